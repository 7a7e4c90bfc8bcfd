"""The learned second opinion on subjects (claims/extraction/subject_ranker.py) and its training
(claims/subject_training.py, `manage.py train_subject_ranker`). Every sentence and article here
is written for the test."""

import json

import pytest
from django.core.management import CommandError, call_command

from claims import subject_training
from claims.extraction import parse
from claims.extraction.subject_ranker import (
    MODEL_PATH,
    ArticleParse,
    ModelFileError,
    adopts,
    choices,
    head_word,
    load,
    rules_only,
)

from .helpers import quantity


@pytest.mark.parametrize(
    ("text", "mention", "rules", "ranked"),
    [
        # the rules name the month; what rose is the rise
        ("Rents went up 6% in May after a rise of 4% in February.", "4", "February", "rise"),
        ("Fares will rise by 3% in January, after an increase of 5% in September.", "5", "September", "increase"),
        # the rules leave these empty; the ranker is sure enough to name them
        ('"Every 2% on the fuel bill costs the fleet R3.1m," she said.', "2", "", "fuel bill"),
        ("Dock workers vote 87 per cent for strike action", "87", "", "workers"),
    ],
)
def test_the_ranker_names_what_the_rules_missed(text, mention, rules, ranked):
    assert quantity(text, mention).subject == ranked
    with rules_only():
        assert quantity(text, mention).subject == rules


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("The clinic saw 1,200 patients last winter.", "1,200", "patients"),
        ("Ticket revenue last season was $18 million.", "18 million", "Ticket revenue"),
        ("Only 210 were paid out.", "210", ""),  # nothing in the sentence is what was paid: stays empty
    ],
)
def test_the_ranker_keeps_what_the_rules_got_right(text, mention, subject):
    assert quantity(text, mention).subject == subject


def test_a_unit_is_never_a_choice():
    doc = next(parse(["The barge carried 900 tonnes of gravel upriver."]))
    span = doc.char_span(doc.text.index("900"), doc.text.index("900") + 3)
    nouns = [c.token.text for c in choices(ArticleParse(doc), span, "t", "gravel") if c.token is not None]
    assert "gravel" in nouns and "barge" in nouns and "tonnes" not in nouns


def test_a_subject_the_sentence_does_not_hold_stays_a_choice():
    doc = next(parse(["The poll had 1,100 respondents."]))
    span = doc.char_span(doc.text.index("1,100"), doc.text.index("1,100") + 5)
    found = choices(ArticleParse(doc), span, None, "margin of error")
    assert [c.features for c in found if c.token is None] == [{"pseudo_rule": 1.0, "u=none": 1.0}]
    assert all(c.keeps_rules == (c.token is None) for c in found)


@pytest.mark.parametrize(
    ("logit", "keeps_rules", "rules_empty", "adopted"),
    [(-5.0, False, False, True),  # another noun ranked first replaces a rules' answer, however unsure
     (5.0, True, False, False),  # the rules' own answer ranked first: nothing to replace
     (0.0, False, True, True),  # an empty subject is filled at even odds ...
     (-0.1, False, True, False)],  # ... and not below
)
def test_when_the_ranked_choice_replaces_the_rules(logit, keeps_rules, rules_empty, adopted):
    assert adopts(logit, keeps_rules=keeps_rules, rules_empty=rules_empty) is adopted


@pytest.mark.parametrize(
    ("text", "head"),
    [("School buildings", "building"), ("the council's", "council"), ("Batteries", "battery"),
     ("bus", "bus"), ("crashes", "crash"), ("", ""), ("—", "")],
)
def test_head_word(text, head):
    assert head_word(text) == head


def test_the_shipped_model_never_saw_the_blind_sets():
    note = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["note"]
    assert not {"gold27", "gold28", "gold29", "gold31", "gold32", "gold33"} & set(note["trained_on"])
    assert set(note["trained_on"]) == set(subject_training.TRAINING_SETS)
    cv = note["cross_validation"]
    assert cv["numbers"] > 9000 and cv["ranked"] >= cv["rules"]


@pytest.mark.parametrize(
    ("content", "error"),
    [("not json", "unreadable subject ranker"), ('{"format": "other/1", "weights": {}}', "is not a subject ranker"),
     ('{"format": "subject-ranker-logreg/1"}', "is not a subject ranker")],
)
def test_a_broken_model_file_is_named(tmp_path, content, error):
    path = tmp_path / "ranker.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelFileError, match=error):
        load(path)
    with pytest.raises(ModelFileError, match="run `manage.py train_subject_ranker`"):
        load(tmp_path / "missing.json")


ARTICLES = {
    "north": (
        "Harbour board lifts dues\n\nThe harbour board raised mooring dues by 8% on Monday. "
        "Fishing crews landed 2,400 tonnes of mackerel last year, and the board expects 2,900 tonnes this year. "
        "The new crane cost $1.2 million.",
        [("8%", 8, ["mooring dues", "dues"]), ("2,400", 2400, ["mackerel"]),
         ("2,900", 2900, ["mackerel"]), ("$1.2 million", 1_200_000, ["crane"])],
    ),
    "south": (
        "Orchard growers count losses\n\nHail stripped 300 hectares of orchards in the valley. "
        "Growers said 45 per cent of the apple crop was lost, and insurers put the damage at £6m. "
        "About 120 pickers were sent home.",
        [("300", 300, ["orchards"]), ("45", 45, ["apple crop"]), ("£6m", 6_000_000, ["damage"]),
         ("120", 120, ["pickers"])],
    ),
}


def _gold_set(folder, name):
    folder.mkdir(parents=True)
    text, items = ARTICLES[name]
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    numeric = [{"mention": mention, "value": value, "subjects": subjects, "required": True}
               for mention, value, subjects in items]
    (folder / f"{name}.gold.json").write_text(json.dumps({"numeric": numeric}), encoding="utf-8")


def test_training_writes_a_model_the_ranker_reads(tmp_path):
    _gold_set(tmp_path / "sets" / "north", "north")
    _gold_set(tmp_path / "sets" / "south", "south")
    out = tmp_path / "ranker.json"
    call_command("train_subject_ranker", data=str(tmp_path / "sets"), sets="north,south", output=str(out))
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["note"]["trained_on"] == ["north", "south"]
    assert model["note"]["numbers"] == 8  # every annotated number was found and paired with its gold
    assert model["note"]["cross_validation"]["folds"] == 2
    weights = load(out)
    assert weights["(intercept)"] == model["weights"]["(intercept)"] and len(weights) > 10


def test_training_refuses_what_it_cannot_use(tmp_path):
    _gold_set(tmp_path / "north", "north")
    with pytest.raises(CommandError, match="no gold set folder for: nowhere"):
        call_command("train_subject_ranker", data=str(tmp_path), sets="north,nowhere", output=str(tmp_path / "m.json"))
    with pytest.raises(CommandError, match="at least two gold sets"):
        call_command("train_subject_ranker", data=str(tmp_path), sets="north", output=str(tmp_path / "m.json"))
    with pytest.raises(CommandError, match="--c must be positive"):
        call_command("train_subject_ranker", data=str(tmp_path), sets="north", c=0, output=str(tmp_path / "m.json"))
    with pytest.raises(CommandError, match="cannot write the model to"):
        call_command("train_subject_ranker", data=str(tmp_path), sets="north", no_cv=True,
                     output=str(tmp_path / "no such folder" / "m.json"))
    for bad, error in (('{"numeric": [{"mention": "8%"}]}', r"numeric\[0\]: no numeric value"),
                       ('{"numeric": [{"mention": "8%", "value": "eight"}]}', r"numeric\[0\]: no numeric value"),
                       ('{"numeric": [{"value": 8, "start": "x", "end": 2}]}', "start and end must be whole numbers"),
                       ('{"numeric": [{"mention": "9%", "value": 9}]}', "mention '9%' is not in its context"),
                       ("[1, 2]", "not a JSON object"), ("{", "north.gold.json")):
        (tmp_path / "north" / "north.gold.json").write_text(bad, encoding="utf-8")
        with pytest.raises(CommandError, match=error):
            call_command("train_subject_ranker", data=str(tmp_path), sets="north", no_cv=True,
                         output=str(tmp_path / "m.json"))
    assert not (tmp_path / "m.json").exists()
