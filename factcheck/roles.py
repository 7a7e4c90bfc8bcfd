"""The roles, defined once: what each may do, and the question "may this user?".

The migration that first creates the groups, the sync after every migrate,
`add_user`, the API's permission classes, the admin, the workflow services and
the tests all read these names.
"""

from __future__ import annotations

# The permissions the workflow asks about (Claim.Meta.permissions and Django's own).
REVIEW = "claims.review_claim"
APPROVE = "claims.approve_claim"
ASSIGN = "claims.assign_claim"
CORRECT = "claims.correct_claim"
ADD_ARTICLE = "claims.add_article"
VIEW_CLAIM = "claims.view_claim"
VIEW_ARTICLE = "claims.view_article"
VIEW_SPEAKER = "claims.view_speaker"

VIEWER, REVIEWER, EDITOR = "viewer", "reviewer", "editor"

_VIEW = [
    VIEW_ARTICLE,
    VIEW_CLAIM,
    VIEW_SPEAKER,
    "claims.view_quantity",
    "reviews.view_reviewevent",
    "reviews.view_evidence",
    "factchecks.view_factcheck",
]
ROLES: dict[str, list[str]] = {
    # The editorial team: reads everything, changes nothing.
    VIEWER: _VIEW,
    # Reviews claims; may not delete or edit extracted fields.
    REVIEWER: [*_VIEW, REVIEW],
    # Everything a reviewer may do, plus sign-off, assignment, correction and ingestion.
    EDITOR: [
        *_VIEW,
        REVIEW,
        APPROVE,
        ASSIGN,
        CORRECT,
        "claims.change_claim",
        "claims.change_quantity",
        "claims.change_speaker",
        ADD_ARTICLE,
        "claims.change_article",
    ],
}


def user_may(user, permission: str) -> bool:
    """The one test of a role's permission: an active user holding it."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(permission))


def roles_sync(group_model, permission_model) -> None:
    """Make each role's group hold exactly its permissions (idempotent).

    Takes the models so that a migration can pass its historical ones. A
    permission whose app is not installed (yet) is skipped."""
    for role, perms in ROLES.items():
        group, _ = group_model.objects.get_or_create(name=role)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            found = permission_model.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if found is not None:
                wanted.append(found)
        group.permissions.set(wanted)
