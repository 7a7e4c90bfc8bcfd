from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


def _library_changed(sender, **kwargs):
    from .services import factchecks_library_changed

    factchecks_library_changed()


class FactChecksConfig(AppConfig):
    name = "factchecks"
    verbose_name = "Fact-check library"

    def ready(self):
        from .models import FactCheck

        # A row saved or deleted one at a time (a verdict recorded or withdrawn, the admin,
        # a cascade) moves the library's version; bulk writes move it in the services.
        post_save.connect(_library_changed, sender=FactCheck, dispatch_uid="factcheck_saved")
        post_delete.connect(_library_changed, sender=FactCheck, dispatch_uid="factcheck_deleted")
