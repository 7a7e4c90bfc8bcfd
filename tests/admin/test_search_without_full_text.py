"""The admin's search on a database without full text (SQLite, the quick-start default):
the same syntax as PostgreSQL's websearch, read by claims.filters. The suite runs on
PostgreSQL, so the functions are called directly; they use only portable lookups."""

import pytest

from claims.filters import claims_matching_words, search_terms
from claims.models import Claim
from tests.admin.conftest import ingest

FIELDS = ("text", "content", "speaker__name", "article__title")


def test_words_phrases_and_exclusions_are_read_like_websearch():
    assert search_terms('flood "river bank" -bridge -"night shift"') == (["flood", "river bank"], ["bridge", "night shift"])
    assert search_terms('- "" lone') == (["-", "lone"], [])
    assert search_terms("a\x00b ok") == (["ok"], [])


@pytest.mark.django_db
def test_a_phrase_must_appear_whole_and_an_excluded_word_not_at_all():
    body = "The river bank burst overnight.\nThe bank of the river held near the bridge.\nNo flood near the bridge, the mayor said.\n"
    ingest(title="Flood night", body=body, claims=[
        {"sentence": "The river bank burst overnight"},
        {"sentence": "The bank of the river held near the bridge"},
        {"sentence": "No flood near the bridge", "speaker": "Mayor Ana Reis"},
    ])
    found = lambda q: sorted(c.text for c in claims_matching_words(Claim.objects.all(), q, FIELDS))  # noqa: E731
    assert found('"river bank"') == ["The river bank burst overnight"]
    assert found("river bank") == ["The bank of the river held near the bridge", "The river bank burst overnight"]
    assert found("river -bridge") == ["The river bank burst overnight"]
    assert found("reis") == ["No flood near the bridge"]  # the speaker's name
    assert found("flood night") == found("night")  # the article title counts too
