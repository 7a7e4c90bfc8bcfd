"""python manage.py add_user NAME --role viewer|reviewer|editor [--token]

Creates or updates a user in exactly one role. The password comes from
FACTCHECK_PASSWORD when set; otherwise it is unusable and the user works by API
token only. With --token the token is printed alone on the last line.
"""

import os

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from rest_framework.authtoken.models import Token

from factcheck.roles import ROLES


class Command(BaseCommand):
    help = "Create or update a user with a role (viewer, reviewer or editor)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=list(ROLES))
        parser.add_argument("--email", default="")
        parser.add_argument("--token", action="store_true", help="print the user's API token as the last line")

    @transaction.atomic
    def handle(self, *args, username, role, email, token, **options):
        groups = {g.name: g for g in Group.objects.filter(name__in=ROLES)}
        if role not in groups:
            raise CommandError(f"The {role!r} role does not exist: run `manage.py migrate` first.")
        user, created = get_user_model().objects.get_or_create(username=username)
        password = os.environ.get("FACTCHECK_PASSWORD")
        if password:
            user.email = email or user.email
            try:
                # Django's validators (settings.AUTH_PASSWORD_VALIDATORS): length, common, numeric, similar.
                password_validation.validate_password(password, user)
            except ValidationError as exc:
                raise CommandError("FACTCHECK_PASSWORD is refused: " + " ".join(exc.messages)) from None
            user.set_password(password)
        elif created:
            user.set_unusable_password()
        if not user.has_usable_password():
            self.stderr.write(
                f"Warning: {username} has no password and cannot log in to the admin; set FACTCHECK_PASSWORD "
                "and run add_user again, or use `manage.py changepassword`. The API token still works."
            )
        if email:
            user.email = email
        # Staff status opens the admin; what a user may do there comes from the role.
        user.is_staff = True
        user.is_active = True
        user.save()
        user.groups.remove(*[g for name, g in groups.items() if name != role])
        user.groups.add(groups[role])
        self.stdout.write(f"{'Created' if created else 'Updated'} {role} {username}.")
        if token:
            key, _ = Token.objects.get_or_create(user=user)
            self.stdout.write(key.key)
