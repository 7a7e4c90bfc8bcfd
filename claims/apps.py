from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        # Wiring only: tell the (Django-free) extraction package which spaCy pipeline to load.
        from django.conf import settings

        from . import extraction

        set_model_name = getattr(extraction, "set_model_name", None)
        if set_model_name is not None:
            set_model_name(settings.FACTCHECK_SPACY_MODEL or None)
