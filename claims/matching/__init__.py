"""Linking the same claim across articles, and the same number across reports.

    similarity   whether two texts make the same statement (trigrams, containment)
    facts        what a claim says, without the database (ClaimFacts, QuantityFacts)
    figure_keys  which figure a quantity belongs to (subject family, place, unit)
    places       where a number is about ("in northern Portugal", "Indonesia's toll")
    no_figure    numbers that are no figure (durations, ages, votes, ordinals, series)
    intervals    which reported values can all be true
    rules        same statement, same value, same quantity
    candidates   what grouping one article reads (raw SQL on PostgreSQL)
    groups       claims making the same statement share a ClaimGroup
    figures      filing quantities under figures, recounting a figure
    status       consistent / revised / disputed: the one home of a figure's status
    claim_cues   what a claim's text says of its numbers: how they moved, who else gives one
    bulk         one bulk UPDATE for the rows matching changes
    service      match_article_claims, the one entry point that writes
    selectors    reads for the admin and the API

The names below are re-exported so callers keep importing from claims.matching.
"""

from .facts import ClaimFacts, QuantityFacts, claim_facts
from .figure_keys import figure_keys
from .figures import figure_refresh
from .intervals import Interval, conflicting_positions, intervals_conflict, value_interval
from .keys import FigureKey
from .rules import same_claim, same_quantity, same_statement
from .selectors import Observation, figure_disputing_claims, figure_list, figure_observations, group_claims
from .service import MatchResult, match_article_claims
from .status import ReportedValue, figure_status

__all__ = [
    "ClaimFacts",
    "FigureKey",
    "Interval",
    "MatchResult",
    "Observation",
    "QuantityFacts",
    "ReportedValue",
    "claim_facts",
    "conflicting_positions",
    "figure_disputing_claims",
    "figure_keys",
    "figure_list",
    "figure_observations",
    "figure_refresh",
    "figure_status",
    "group_claims",
    "intervals_conflict",
    "match_article_claims",
    "same_claim",
    "same_quantity",
    "same_statement",
    "value_interval",
]
