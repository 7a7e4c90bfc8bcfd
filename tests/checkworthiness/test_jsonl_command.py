"""`manage.py checkworthiness --jsonl PATH...`: the contract in ../shared/eval/README.md,
on debate files written for these tests."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

SCORER = Path(settings.BASE_DIR).parent / "shared" / "eval" / "score_checkworthiness.py"

DEBATE = [
    ("MODERATOR", "Good evening and welcome to the second debate of the season."),
    ("MODERATOR", "Senator, what would you do about the cost of housing?"),
    ("LEE", "Thank you, it's great to be here."),
    ("LEE", "Rents in this city have gone up 42 percent since 2015 while wages rose 9 percent."),
    ("LEE", "My opponent voted to cut the housing budget by $300 million."),
    ("AUDIENCE", "(APPLAUSE)"),
    ("PARK", "Well, that's simply not true, and you know it."),
    ("PARK", "We built 12,000 new homes in my first two years as mayor."),
]


def _write(path: Path, rows, *, labels=None, start=1):
    lines = []
    for i, (speaker, text) in enumerate(rows, start):
        label = f"\t{labels[i - start]}" if labels is not None else ""
        lines.append(f"{i}\t{speaker}\t{text}{label}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("checkworthiness", "--jsonl", *args, stdout=out, stderr=err)
        error = None
    except CommandError as exc:
        error = exc
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()], err.getvalue(), error


def test_one_object_per_line_with_the_path_as_given(tmp_path):
    first = _write(tmp_path / "first.tsv", DEBATE)
    second = _write(tmp_path / "second.tsv", DEBATE[2:5], start=10)
    rows, err, error = _run(str(first), str(second))
    assert error is None and err == ""
    assert [(r["document"], r["line_number"]) for r in rows] == (
        [(str(first), n) for n in range(1, 9)] + [(str(second), n) for n in (10, 11, 12)]
    )
    assert set(rows[0]) == {"document", "line_number", "score"}
    scores = {r["line_number"]: r["score"] for r in rows if r["document"] == str(first)}
    assert all(isinstance(s, float) and 0 <= s <= 1 for s in scores.values())
    # The figures the candidates state outrank the greetings and the applause.
    assert min(scores[4], scores[5], scores[8]) > max(scores[1], scores[3], scores[6])


def test_a_label_column_is_ignored_and_a_folder_means_its_tsv_files(tmp_path):
    _write(tmp_path / "labelled.tsv", DEBATE, labels=[0, 0, 0, 1, 1, 0, 0, 1])
    (tmp_path / "notes.txt").write_text("not a debate")
    rows, _, error = _run(str(tmp_path))
    assert error is None
    assert {r["document"] for r in rows} == {str(tmp_path / "labelled.tsv")} and len(rows) == len(DEBATE)


def test_a_bad_file_is_named_and_the_others_still_score(tmp_path):
    good = _write(tmp_path / "good.tsv", DEBATE[:3])
    broken = tmp_path / "broken.tsv"
    broken.write_text("this line has no line number\tor speaker\n")
    missing = tmp_path / "missing.tsv"
    rows, err, error = _run(str(broken), str(good), str(missing))
    assert [r["document"] for r in rows] == [str(good)] * 3
    assert "broken.tsv: line 1" in err and "missing.tsv" in err
    assert error is not None and "2 of 3" in str(error)


def test_nothing_to_score_is_a_usage_error():
    with pytest.raises(CommandError):
        call_command("checkworthiness", stdout=StringIO(), stderr=StringIO())


@pytest.mark.skipif(not SCORER.is_file(), reason="the lab's scorer (../shared/eval) is not on this machine")
def test_the_labs_scorer_reads_the_output(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    _write(gold / "town_hall.tsv", DEBATE, labels=[0, 0, 0, 1, 1, 0, 0, 1])
    manage = Path(settings.BASE_DIR) / "manage.py"
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--cmd", f"{sys.executable} {manage} checkworthiness --jsonl"],
        capture_output=True, text=True, timeout=300, cwd=settings.BASE_DIR,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["lines_without_score"] == 0
    assert result["map"] > 0.8  # the three figures are the three lines worth checking
