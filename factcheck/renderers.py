"""JSON by default, and DRF's browsable API for a person logged in through the admin.

The browsable renderer is offered only to a session login (Django's own
request.user, set by AuthenticationMiddleware): a token client, or anyone not
logged in, gets JSON whatever its Accept header says.
"""

from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BrowsableAPIRenderer


class LoggedInBrowsableNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        user = getattr(request._request, "user", None)
        if not (user is not None and user.is_authenticated):
            renderers = [r for r in renderers if not isinstance(r, BrowsableAPIRenderer)] or renderers
        return super().select_renderer(request, renderers, format_suffix)
