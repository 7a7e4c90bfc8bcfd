from django.apps import AppConfig


class FactChecksConfig(AppConfig):
    name = "factchecks"
    verbose_name = "Fact-check library"
