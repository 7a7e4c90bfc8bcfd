import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
# Every CELERY_* Django setting configures Celery; see factcheck/settings.py.
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _embed_on_one_thread_per_process(**_):
    from factcheck import embeddings

    embeddings.worker_process_started()
