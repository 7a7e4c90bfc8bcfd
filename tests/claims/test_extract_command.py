"""extract_claims --jsonl: the scorer's contract, and no database writes."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim

SEED = Path(__file__).resolve().parents[2] / "seeds" / "gaza-hostage-talks.txt"


def run(*paths):
    out = io.StringIO()
    call_command("extract_claims", "--jsonl", *paths, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_every_line_honours_the_contract_and_nothing_is_stored():
    text = SEED.read_text(encoding="utf-8")
    claims = run(str(SEED))
    assert claims and {c["document"] for c in claims} == {str(SEED)}
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]
        for q in c["quantities"]:
            assert text[q["start"] : q["end"]] == q["text"]
            assert q["qualifier"] in {"exact", "approximately", "at_least", "more_than", "at_most", "less_than"}
        if c["attribution"]:
            a = c["attribution"]
            assert text[a["content_start"] : a["content_end"]] == a["content"]
            assert a["speaker"] and a["speaker"].lower() not in {"he", "she", "they", "it"}
    assert not Article.objects.exists() and not Claim.objects.exists()


@pytest.mark.django_db
def test_a_folder_means_its_text_files_and_a_bad_path_fails_after_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 12 bridges were closed.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("Not an article: 99 reasons.", encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 inputs failed"):
        call_command("extract_claims", "--jsonl", str(tmp_path), str(tmp_path / "missing.txt"), stdout=out)
    documents = {json.loads(line)["document"] for line in out.getvalue().splitlines()}
    assert documents == {str(tmp_path / "a.txt")}
