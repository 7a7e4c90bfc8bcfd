"""Create the demo's login once, and say how to use it (make run calls this)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a 'demo' editor for the one-machine demo and print its password."

    def handle(self, *args, **options):
        password_file = settings.VAR_DIR / "demo_password"
        user = get_user_model().objects.filter(username="demo").first()
        if user is None or not password_file.exists():
            password = secrets.token_urlsafe(12)
            user = user or get_user_model()(username="demo")
            user.is_staff = True
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name="editor")])
            password_file.write_text(password)
        self.stdout.write(
            f"Log in at http://127.0.0.1:8000/admin/ as demo / {password_file.read_text().strip()} "
            "(an editor; the API is at http://127.0.0.1:8000/api/docs/)."
        )
