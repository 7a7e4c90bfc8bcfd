"""The API's JSON renderer writes exactly what DRF's JSONRenderer writes, faster."""

import datetime
import decimal
import uuid
from collections import OrderedDict

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from factcheck.renderers import FastJSONRenderer

AWKWARD = {
    "text": "Ünïcode, quotes \" and \\ back, a line\u2028separator and a paragraph\u2029one, emoji 🧾",
    "when": datetime.datetime(2026, 3, 1, 9, 5, 7, 120, tzinfo=datetime.timezone.utc),
    "noon": datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
    "day": datetime.date(2025, 12, 31),
    "money": decimal.Decimal("1200.50"),
    "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "lazy": gettext_lazy("Not found."),
    "ordered": OrderedDict([("b", 1), ("a", [1.5, None, True, {"x": ()}])]),
    "big": 2**70,
    "score": 0.1 + 0.2,
}


@pytest.mark.parametrize("data", [AWKWARD, [AWKWARD, {}], {"results": [], "next": None}, "plain", 3])
def test_same_bytes_as_drf(data):
    assert FastJSONRenderer().render(data) == JSONRenderer().render(data)


def test_indented_output_is_drfs():
    ours = FastJSONRenderer().render(AWKWARD, "application/json; indent=4")
    assert ours == JSONRenderer().render(AWKWARD, "application/json; indent=4")
    assert b"\n    " in ours


def test_nothing_renders_as_nothing():
    assert FastJSONRenderer().render(None) == b""


def test_a_type_no_encoder_writes_fails_as_drf_does():
    with pytest.raises(TypeError):
        FastJSONRenderer().render({"x": object()})


@pytest.mark.django_db
def test_the_api_answers_with_it(client):
    response = client.get("/api/v1/claims/")
    assert response.status_code in (401, 403)
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
