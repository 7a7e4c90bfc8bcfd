"""What a number counts is read from its article's parse when the claim is extracted, and kept
with the quantity (Quantity.counted): every path that stores claims keeps it, the matcher reads
it instead of parsing the claim again, and a value stored without one is parsed alone."""

import io

import pytest
from django.core.management import call_command

from claims import pipeline, services
from claims.matching import counted, match_article_claims, readings
from claims.matching.counted import Counted
from claims.models import Quantity
from claims.services import ArticleInput

BODY = (
    "Flooding on the Varna plain forced 3,200 people from their homes on Sunday, the district office said. "
    "By Monday, 41 farms had been cut off, and engineers said repairs to the dyke would cost 2 million leva. "
    "The district's 12 schools stayed closed."
)


def test_a_reading_survives_its_trip_through_json():
    reading = Counted(
        noun="farms", phrase="flooded farms", states=("cut", "off"), vague=True, agents=frozenset({4, 0}), named=True
    )
    assert Counted.from_json(reading.as_json()) == reading
    assert Counted().as_json() == {}  # an empty reading is stored as {}, apart from no reading (null)
    assert Counted.from_json({}) == Counted()


def test_numbers_are_read_from_their_articles_parse():
    [(claims, read)] = readings.extract_and_read([BODY])
    by_text = {BODY[q.start : q.end]: read.get((c.start, c.end, q.start, q.end)) for c in claims for q in c.quantities}
    assert by_text["3,200"].noun == "people"
    assert by_text["41"].noun == "farms" and "cut" in by_text["41"].states
    assert by_text["12"].noun == "schools"


@pytest.mark.django_db
def test_the_inline_path_keeps_each_reading_and_the_matcher_parses_nothing():
    counted._READ.clear()
    result = pipeline.article_ingest(data=ArticleInput(body=BODY, title="Varna floods"))
    quantities = list(Quantity.objects.filter(claim__article=result.article))
    read = [q for q in quantities if q.counted is not None]
    assert len(read) >= 3
    assert {"noun": "farms"}.items() <= next(q.counted for q in read if q.text == "41").items()
    assert any(q.figure_id for q in quantities)
    assert not counted._READ  # matching read the stored readings: no claim was parsed again
    match_article_claims(article_id=result.article.pk)
    assert not counted._READ


@pytest.mark.django_db
def test_re_extraction_keeps_readings_for_the_claims_it_stores():
    result = services.article_store_pending(data=ArticleInput(body=BODY, title="Varna floods, later"))
    services.article_extract(article_id=result.article.pk)
    assert Quantity.objects.filter(claim__article=result.article, counted__isnull=False).count() >= 3


@pytest.mark.django_db
def test_a_value_stored_without_a_reading_is_parsed_alone_and_keyed_the_same():
    first = pipeline.article_ingest(data=ArticleInput(body=BODY, title="Varna floods"))
    keyed = dict(Quantity.objects.filter(claim__article=first.article).values_list("text", "figure_id"))
    Quantity.objects.filter(claim__article=first.article).update(counted=None, figure=None)
    counted._READ.clear()
    match_article_claims(article_id=first.article.pk)
    assert counted._READ  # parsed now, claim by claim
    assert dict(Quantity.objects.filter(claim__article=first.article).values_list("text", "figure_id")) == keyed


@pytest.mark.django_db
def test_values_stored_before_readings_were_kept_are_read_by_the_command():
    body = BODY + " The water stayed above the dyke for 3 days."  # a duration: no figure, never read
    first = pipeline.article_ingest(data=ArticleInput(body=body, title="Varna floods"))
    assert Quantity.objects.filter(claim__article=first.article, text="3", counted__isnull=True).exists()
    stored = dict(Quantity.objects.filter(claim__article=first.article).values_list("pk", "counted"))
    Quantity.objects.filter(claim__article=first.article).update(counted=None)
    out = io.StringIO()
    call_command("read_numbers", stdout=out)
    assert out.getvalue().strip() == f"{sum(v is not None for v in stored.values())} value(s) read in 1 article(s)."
    assert dict(Quantity.objects.filter(claim__article=first.article).values_list("pk", "counted")) == stored
    counted._READ.clear()
    match_article_claims(article_id=first.article.pk)
    assert not counted._READ
    out = io.StringIO()
    call_command("read_numbers", stdout=out)  # again: nothing left to read
    assert out.getvalue().strip() == "0 value(s) read in 0 article(s)."
