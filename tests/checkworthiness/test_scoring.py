"""The scoring service on sentences written for these tests, with the model in the repository."""

import json
from dataclasses import dataclass

import numpy as np
import pytest

from checkworthiness import services
from checkworthiness.model import CHECKED_FILE, MODEL_PATH, LinearModel, ModelFileError, load
from factcheck import embeddings

SPECIFIC = [
    "Unemployment in this state fell from 9.1 percent to 4.3 percent in the last six years.",
    "The new tariff will cost American families $1,200 a year, according to the budget office.",
    "My opponent voted against the veterans' health bill three times in 2014.",
    "Crime in our biggest cities went up by 17 percent last year.",
]
SMALL_TALK = [
    "Thank you all for coming tonight.",
    "Good evening and welcome, everybody.",
    "Well, let me just say it's great to be here.",
    "Okay, thank you.",
]


def test_a_specific_checkable_statement_outranks_small_talk():
    scores = services.checkworthiness_score([{"text": t, "speaker": "CANDIDATE"} for t in SPECIFIC + SMALL_TALK])
    specific, small_talk = scores[: len(SPECIFIC)], scores[len(SPECIFIC):]
    assert all(0.0 <= s <= 1.0 for s in scores)
    # Every checkable statement above every pleasantry, not just on average.
    assert min(specific) > max(small_talk), (specific, small_talk)


def test_a_figure_makes_the_same_statement_more_worth_checking():
    vague = "Our schools have gotten a lot better."
    precise = "Graduation rates in our schools rose from 71 percent to 88 percent since 2010."
    low, high = services.checkworthiness_score([{"text": vague}, {"text": precise}])
    assert high > low


def test_the_transcript_voice_and_the_audience_score_below_a_candidate_saying_the_same():
    text = "We cut taxes for 90 percent of working families."
    candidate, system = services.checkworthiness_score(
        [{"text": text, "speaker": "SMITH", "speaker_kind": "person"}, {"text": text, "speaker": "SYSTEM"}]
    )
    assert candidate > system


@dataclass
class ClaimLike:
    text: str
    speaker: str = ""
    embedding: bytes | None = None


def test_dicts_and_objects_score_alike_and_a_stored_embedding_is_used_as_is():
    text = SPECIFIC[0]
    vector = embeddings.embed([text])[0]
    from_dict = services.checkworthiness_score([{"text": text, "speaker": "X"}])
    from_object = services.checkworthiness_score([ClaimLike(text, "X", embeddings.to_bytes(vector))])
    assert from_dict == pytest.approx(from_object, abs=1e-5)
    # A stored vector is not recomputed: a different vector changes the score.
    other = embeddings.embed(["The weather was pleasant in the afternoon."])[0]
    assert services.checkworthiness_score([ClaimLike(text, "X", embeddings.to_bytes(other))]) != from_object


def test_context_is_optional_and_counts_when_given():
    text = "That plan would add 3 trillion dollars to the debt."
    alone, no_context, with_context = services.checkworthiness_score([
        {"text": text},
        {"text": text, "context": {}},
        {"text": text, "context": {"previous": "What would you do about the deficit?",
                                   "following": "Independent economists put it at 4 trillion."}},
    ])
    assert alone == no_context
    assert with_context != alone and 0 < with_context < 1


def test_order_is_kept_and_an_empty_batch_is_empty():
    texts = SMALL_TALK + SPECIFIC
    batch = services.checkworthiness_score([{"text": t} for t in texts])
    one_by_one = [services.checkworthiness_score([{"text": t}])[0] for t in texts]
    assert batch == pytest.approx(one_by_one, abs=1e-5)
    assert services.checkworthiness_score([]) == []


def test_a_sentence_without_text_is_refused_clearly():
    with pytest.raises(ValueError, match="text"):
        services.checkworthiness_score([{"text": "  "}])


def test_the_model_file_is_small_readable_json_with_its_data_and_scores():
    assert MODEL_PATH.stat().st_size < 100_000
    assert (MODEL_PATH.parent / CHECKED_FILE).stat().st_size < 1_000_000
    note = json.loads(MODEL_PATH.read_text())["note"]
    assert "CheckThat! 2019" in note["data"] and "research" in note["data"]
    assert note["cross_validation"]["map"] > 0.19


def test_a_damaged_model_file_is_a_clear_error():
    model = load()
    with pytest.raises(ModelFileError):
        LinearModel.from_json('{"format": "something-else"}', model.checked, model.unchecked)
    with pytest.raises(ModelFileError, match="different trainings"):
        LinearModel.from_json(MODEL_PATH.read_text(), model.checked[:-1], model.unchecked)
    with pytest.raises(ModelFileError, match="features"):
        model.predict(np.zeros((1, 3), dtype=np.float32))
