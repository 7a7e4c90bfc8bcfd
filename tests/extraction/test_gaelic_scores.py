"""Scores of the Gaelic games, goals then points, read only in a report of
those games. Every sentence here is written for the test."""

from .helpers import quantities


def test_a_hurling_score_is_goals_then_points():
    text = "Kilbride won the county hurling final, beating Ardnagh by 2-17 to 1-14 at a packed ground."
    assert [(q.text, q.subject) for q in quantities(text)] == [
        ("2", "goals"), ("17", "points"), ("1", "goals"), ("14", "points")]


def test_a_player_tally_in_gaelic_football():
    text = "In the Gaelic football semi-final, corner-forward Niamh Toibin kicked 0-7, four of them frees."
    subjects = {q.text: q.subject for q in quantities(text)}
    assert (subjects["0"], subjects["7"]) == ("goals", "points")


def test_a_dashed_score_elsewhere_is_no_count_of_goals():
    text = "The visitors won 2-1 in the league on Saturday."
    assert "goals" not in [q.subject for q in quantities(text)]
