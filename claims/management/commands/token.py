"""python manage.py token USERNAME (--rotate | --revoke) [--as EDITOR]

Rotates (a new token, printed alone on the last line; the old one stops working at
once) or revokes a user's API token. --as names the editor doing it, for the same
rule the services apply: editors manage others' tokens, anyone their own, and only
a superuser a superuser's. Without --as the operator acts as a superuser would.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from factcheck import accounts
from factcheck.errors import ApplicationError


class Command(BaseCommand):
    help = "Rotate or revoke a user's API token."

    def add_arguments(self, parser):
        parser.add_argument("username")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--rotate", action="store_true", help="issue a new token; the old one stops working")
        action.add_argument("--revoke", action="store_true", help="delete the token; API access stops")
        parser.add_argument("--as", dest="actor", default="", help="the editor doing it (checked like in the admin)")

    def handle(self, *args, username, rotate, revoke, actor, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        if actor:
            acting = User.objects.filter(username=actor).first()
            if acting is None:
                raise CommandError(f"No user named {actor!r}.")
        else:
            acting = User(is_superuser=True)  # the operator at the server's shell
        try:
            if rotate:
                token = accounts.token_rotate(user=user, actor=acting)
                self.stdout.write(f"Rotated the token of {username}; the old one no longer works.")
                self.stdout.write(token.key)
            else:
                had = accounts.token_revoke(user=user, actor=acting)
                self.stdout.write(f"Revoked the token of {username}." if had else f"{username} had no token.")
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
