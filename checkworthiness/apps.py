from django.apps import AppConfig


class CheckworthinessConfig(AppConfig):
    name = "checkworthiness"
    verbose_name = "Check-worthiness"
