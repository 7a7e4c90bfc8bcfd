"""History is append-only: through the model, the queryset, and raw SQL alike."""

import pytest
from django.db import DatabaseError, connection, transaction

from reviews.models import Evidence, ReviewEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(verified):
    return ReviewEvent.objects.filter(claim=verified, action="verdict").get()


def test_the_model_refuses_to_change_or_delete_an_event(event):
    event.note = "rewritten"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()


def test_the_queryset_refuses_bulk_update_and_delete(event):
    with pytest.raises(PermissionError):
        ReviewEvent.objects.filter(pk=event.pk).update(note="rewritten")
    with pytest.raises(PermissionError):
        ReviewEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(PermissionError):
        Evidence.objects.filter(event=event).delete()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE reviews_reviewevent SET note = 'rewritten' WHERE id = %s",
        "DELETE FROM reviews_reviewevent WHERE id = %s",
        "UPDATE reviews_evidence SET url = 'https://evil.example/' WHERE event_id = %s",
        "DELETE FROM reviews_evidence WHERE event_id = %s",
    ],
)
def test_the_database_itself_refuses_update_and_delete(event, sql):
    # A savepoint, so the refused statement does not poison the test's transaction.
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [event.pk])
    event.refresh_from_db()
    assert event.note == "The report says so."
    assert Evidence.objects.filter(event=event).values_list("url", flat=True).get() == "https://stats.example.org/report"


def test_the_database_refuses_even_a_truncate_free_mass_delete(verified):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM reviews_reviewevent")
    assert ReviewEvent.objects.filter(claim=verified).count() == 2
