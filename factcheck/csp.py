"""A Content-Security-Policy header on every response (settings.FACTCHECK_CSP).

Django 5.2 has no CSP of its own; the policy is one string, so a middleware of a
few lines does it. A view that sets its own header keeps it.
"""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.FACTCHECK_CSP

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response
