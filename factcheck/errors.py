"""Domain errors: one family, each with a machine-readable code.

The API maps them to HTTP statuses (factcheck.api), the admin to messages, and
management commands to CommandError. A user never sees a traceback.
"""


class ApplicationError(Exception):
    code = "error"
    http_status = 400

    def __init__(self, message: str, *, code: str | None = None, extra: dict | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.extra = extra or {}


class ValidationFailed(ApplicationError):
    code = "invalid"
    http_status = 400


class PermissionDenied(ApplicationError):
    code = "permission_denied"
    http_status = 403


class NotFound(ApplicationError):
    code = "not_found"
    http_status = 404


class Conflict(ApplicationError):
    """An illegal or stale transition: the claim is not in the state the action needs."""

    code = "conflict"
    http_status = 409


class PreconditionFailed(ApplicationError):
    """If-Match named a version of the claim that is no longer current."""

    code = "precondition_failed"
    http_status = 412
