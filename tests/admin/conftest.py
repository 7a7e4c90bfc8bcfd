"""Admin test helpers: logged-in clients per role, claims stored through the real
ingestion service with explicit extraction results, and a form reader."""

from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.test import Client

from claims.extraction.types import ExtractedAttribution, ExtractedClaim, ExtractedQuantity
from claims.services import ArticleInput, article_ingest


@pytest.fixture
def client_for(db):
    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make


def extracted_claim(body: str, sentence: str, *, speaker: str = "", number: str = "", subject: str = "") -> ExtractedClaim:
    """An ExtractedClaim for `sentence` inside `body`, attributed when a speaker is given."""
    start = body.index(sentence)
    end = start + len(sentence)
    quantities = ()
    if number:
        q_start = body.index(number, start)
        quantities = (
            ExtractedQuantity(
                start=q_start, end=q_start + len(number), text=number, value=Decimal(number.replace(",", "")), subject=subject
            ),
        )
    attribution = None
    if speaker:
        attribution = ExtractedAttribution(
            speaker=speaker, speaker_kind="person", content_start=start, content_end=end, content=sentence, direct=False, cue="said"
        )
    return ExtractedClaim(start=start, end=end, text=sentence, quantities=quantities, attribution=attribution)


def ingest(*, title: str, body: str, claims: list[dict], outlet: str = "Example News"):
    """Store an article and the given claims through claims.services.article_ingest."""
    result = article_ingest(
        data=ArticleInput(body=body, title=title, outlet=outlet),
        extracted=[extracted_claim(body, **c) for c in claims],
    )
    assert result.created
    return result.article


def numbered_article(n: int, *, speaker: str | None = None, outlet: str = "Example News"):
    """An article with one attributed numeric claim (distinct text per n)."""
    sentence = f"{1000 + n} homes were flooded in district {n}"
    body = f"Rain fell all week. {sentence}, officials said. More rain is forecast."
    return ingest(
        title=f"Flood report {n}",
        body=body,
        outlet=outlet,
        claims=[{"sentence": sentence, "speaker": speaker or f"Official {n}", "number": str(1000 + n), "subject": "homes"}],
    )


class _FormReader(HTMLParser):
    """The submittable fields of one <form> (by id), as a browser would send them."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.data, self._textarea, self._select = form_id, False, {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "checkbox", "radio"):
            self.data[attrs["name"]] = attrs.get("value", "")
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and "checked" in attrs:
            self.data[attrs["name"]] = attrs.get("value", "on")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.data[self._textarea] = ""
        elif tag == "select":
            self._select = attrs["name"]
            self.data.setdefault(self._select, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data.removeprefix("\n") if not self.data[self._textarea] else data


def form_data(html: str, form_id: str) -> dict:
    reader = _FormReader(form_id)
    reader.feed(html)
    return reader.data
