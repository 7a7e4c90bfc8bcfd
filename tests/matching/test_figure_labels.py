"""Figures a reviewer can trust, measured: precision and recall of `disputed`, of `revised`
and of one figure per quantity on the hand-labelled reports of figure_reports.py, through
the real extractor and matcher. Run with -s for the table and the remaining errors
(bench/RESULTS.md keeps the numbers)."""

import pytest

from tests.matching import (
    figure_reports,
    figure_reports_heldout,
    figure_reports_heldout2,
    figure_reports_heldout3,
    figure_reports_heldout4,
    figure_reports_heldout5,
    figure_reports_heldout6,
    figure_reports_heldout7,
    figure_reports_heldout8,
    figure_reports_heldout9,
    figure_reports_heldout10,
    figure_reports_heldout11,
    figure_reports_heldout12,
    figure_reports_heldout13,
    figure_reports_heldout14,
    figure_reports_heldout15,
    figure_reports_heldout16,
    figure_reports_heldout17,
    figure_reports_heldout18,
    figure_reports_heldout19,
    figure_reports_heldout20,
    figure_reports_heldout21,
    figure_reports_heldout22,
    figure_reports_heldout23,
    figure_reports_heldout24,
    figure_reports_heldout25,
    figure_reports_heldout26,
    figure_reports_heldout27,
    figure_reports_heldout28,
    figure_reports_heldout29,
    figure_reports_heldout30,
)
from tests.matching.figure_reports import FIGURES, REPORTS
from tests.matching.figure_scoring import ingest_reports, score

pytestmark = pytest.mark.django_db


def measured(labelled=figure_reports):
    """Run a labelled set through extraction and matching, score it, and print what `-s` shows:
    the table, the errors, the values never found and the no-figure values filed with others."""
    scores = score(ingest_reports(labelled), labelled)
    print("\n" + scores.table())
    print("\n".join(scores.errors))
    print("unfound:", scores.unfound)
    print("no figure in a figure:", scores.no_figure_in_a_figure)
    return scores


def assert_floors(scores, *, disputed, revised, one_figure, unfound=()):
    """Every labelled value found (but the `unfound` ones a set's first run missed), and each kind
    at or above its (precision, recall) floor."""
    assert sorted(scores.unfound) == sorted(unfound), scores.unfound
    for kind, (precision, recall) in (("disputed", disputed), ("revised", revised), ("one figure", one_figure)):
        assert scores.precision[kind].value >= precision, (kind, "precision", scores.precision[kind].value)
        assert scores.recall[kind].value >= recall, (kind, "recall", scores.recall[kind].value)


def test_the_labelled_set_is_big_enough_and_has_every_kind():
    assert len(REPORTS) >= 30
    events = {r.id.rstrip("0123456789") for r in REPORTS}
    assert len(events) >= 6
    statuses = [f.status for f in FIGURES]
    assert statuses.count("disputed") >= 5 and statuses.count("revised") >= 5


def test_disputes_revisions_and_figures_meet_their_floors():
    scores = measured()
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 1.0), one_figure=(1.0, 1.0))
    assert not scores.no_figure_in_a_figure, scores.no_figure_in_a_figure


def test_the_held_out_reports_meet_their_floors():
    scores = measured(figure_reports_heldout)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 1.0), one_figure=(1.0, 0.9))
    assert not scores.no_figure_in_a_figure, scores.no_figure_in_a_figure


def test_the_second_held_out_reports_meet_their_floors():
    """Unseen when first run (bench/RESULTS.md): disputed P 0.83 / R 0.71 then; the floors
    are the numbers measured after the general fixes that run prompted."""
    scores = measured(figure_reports_heldout2)
    # One figure raised after the fixes the third unseen set prompted (from 0.95 / 0.72).
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 0.75), one_figure=(1.0, 0.77))
    # The one remaining: the two ends of "between 40 and 60 firefighters" share a figure
    # (one report, so never disputed against each other; labelled no figure).
    assert len(scores.no_figure_in_a_figure) <= 2, scores.no_figure_in_a_figure


def test_the_third_held_out_reports_meet_their_floors():
    """Unseen when first run (bench/RESULTS.md, "Third unseen set"): 35 reports about 8 events,
    labelled and committed before the run; disputed P 1.00 (2/2) / R 0.20 (2/10) then. The
    floors are the numbers measured after the general fixes that run prompted."""
    labelled = figure_reports_heldout3
    assert len(labelled.REPORTS) >= 26 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 7
    scores = measured(labelled)
    # Disputed recall: the one missed is NorthMart's card numbers, whose first report's subject came
    # out as "customers". Revised recall: raised with the sixteenth set's fixes (from 0.83): a floor, then a count
    # said to have risen past it, agree as intervals, but the rise says the count moved. One figure precision: raised after issue 12's parse of what is counted (from 0.88): Tokyo's "620 the week before" is
    # another period's figure.
    assert_floors(scores, disputed=(1.0, 0.9), revised=(1.0, 1.0), one_figure=(0.92, 0.84))
    assert not scores.no_figure_in_a_figure, scores.no_figure_in_a_figure


def test_the_fourth_held_out_reports_are_measured():
    """Written blind and committed before any run (47 reports, 10 events); first measured once, on
    the rules as they stood after the third set's fixes: disputed P 0.71 (5/7) / R 0.50 (5/10)
    (bench/RESULTS.md, "Fourth unseen set"). It is now a TUNING set: the general fixes of d43eef6
    were made looking at its errors, and the floors are the numbers measured after them."""
    labelled = figure_reports_heldout4
    assert len(labelled.REPORTS) >= 30 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 8
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 1.0), one_figure=(0.85, 0.85))
    assert not scores.no_figure_in_a_figure, scores.no_figure_in_a_figure


def test_the_fifth_held_out_reports_are_measured():
    """Written blind and committed before any run (53 reports, 11 events); measured on the rules as
    they stood when it was written, then once after the fourth set's fixes (bench/RESULTS.md, "the
    fifth set"): disputed P 0.75 / R 0.33 then. It is now a TUNING set: the parse of what a number
    counts (claims/matching/counted.py) was built looking at its errors, and the floors are the
    numbers measured after it (bench/RESULTS.md, "Figures: what is counted, from the parse")."""
    labelled = figure_reports_heldout5
    assert len(labelled.REPORTS) >= 45 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 10
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.88, 0.88), revised=(0.92, 0.84), one_figure=(0.81, 0.67))


def test_the_sixth_held_out_reports_are_measured():
    """Written blind by an engineer who read none of the matcher's or extractor's code, and committed
    before any run (55 reports, 12 events). Measured once, on the rules after the parse of what a
    number counts (bench/RESULTS.md, "the sixth set"): disputed P 0.80 (4/5) / R 0.44 (4/9), revised
    0.91 / 0.67, one figure 0.67 / 0.44 then. It is now a TUNING set: the split fixes (a copula's or a
    figure's noun, deaths of what is not people, strikers, people on a vessel, a report answering
    another's number) were made looking at its errors, and the floors are the numbers measured after
    them (bench/RESULTS.md, "After the split fixes")."""
    labelled = figure_reports_heldout6
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 10
    scores = measured(labelled)
    # Revised raised with the sixteenth set's fixes (from 0.91 / 0.73): a count said to have risen past an earlier floor.
    assert_floors(scores, disputed=(1.0, 0.88), revised=(0.92, 0.8), one_figure=(0.73, 0.61))


def test_the_seventh_held_out_reports_are_measured():
    """Written blind by an engineer who read none of the matcher's or extractor's code, and committed
    before any run (52 reports, 12 events), after the sixth set's split fixes. Measured once
    (bench/RESULTS.md, "the seventh set"): disputed P 0.67 (6/9) / R 0.75 (6/8), revised 0.89 / 0.58,
    one figure 0.69 / 0.62 then. It is now a TUNING set: the fixes of issue 12 (a count that still
    stands is news, what happened to people outweighs who they are, the place of whoever speaks, what
    something is worth, things counted by what happened to them) were made looking at its errors, and
    the floors are the numbers measured after them: disputed 0.89 (8/9) / 1.00 (8/8), revised 1.00
    (11/11) / 0.83 (10/12), one figure 0.87 (82/94) / 0.68 (82/120). The one false dispute left: police
    officers hurt against protesters injured, one family whoever was hurt."""
    labelled = figure_reports_heldout7
    assert len(labelled.REPORTS) >= 45 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 10
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.88, 1.0), revised=(1.0, 0.83), one_figure=(0.87, 0.68))


def test_the_eighth_held_out_reports_are_measured():
    """Written blind by an engineer who read none of the matcher's or extractor's code, and committed
    before any run (56 reports, 12 events), after the seventh set's fixes. Measured once
    (bench/RESULTS.md, "the eighth set"): disputed P 0.67 (8/12) / R 0.67 (8/12), revised 0.75 (9/12) /
    0.47 (8/17), one figure 0.85 / 0.45. It is now a TUNING set: the fixes of issue 12 were made looking
    at its errors (one speaker under two rows or a short name, a source correcting its own number, an
    age after a common noun; a number set against the one before it, 'cited' and a possessive naming
    its source, a running tally in the present perfect, a valuation from the parse, last year's
    figure), and the floors are the numbers after them: disputed 1.00 (12/12) / 1.00 (12/12), revised
    0.93 (13/14) / 0.71 (12/17), one figure 0.88 (80/91) / 0.50 (80/161)."""
    labelled = figure_reports_heldout8
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(0.92, 0.7), one_figure=(0.87, 0.49))


def test_the_ninth_held_out_reports_are_measured():
    """Written blind by an engineer who read none of the matcher's or extractor's code, and committed
    before any run (60 reports, 13 events), after the eighth set's fixes. Measured once
    (bench/RESULTS.md, "the ninth set"): disputed P 0.71 (5/7) / R 0.56 (5/9), revised 0.83 (10/12) /
    0.47 (9/19), one figure 0.65 / 0.44 then. It is now a TUNING set: the fixes of issue 12 were made
    looking at its errors (what something can hold, a part of the things counted before, things washed
    ashore and a thing's noun that ends like a doer's, a number said to answer the one before), and the
    floors are the numbers after them: disputed 0.83 (5/6) / 0.56 (5/9), revised 0.80 (12/15) / 0.58
    (11/19), one figure 0.78 (56/72) / 0.45 (56/124). Revised precision is lower than at the first run:
    a dispute found by luck (two parts of the lifters filed as one count) now reads as a revision."""
    labelled = figure_reports_heldout9
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    # One-figure precision 0.77 -> 0.76 with extractor 1.41: "232 long-finned pilot whales" no longer
    # counts a length, so the stranded whales join the whales' figure, which also holds the refloated ones.
    assert_floors(scores, disputed=(0.83, 0.55), revised=(0.8, 0.57), one_figure=(0.76, 0.45))


def test_the_tenth_held_out_reports_are_measured():
    """Written blind by an engineer who read none of the matcher's or extractor's code, and committed
    before any run (65 reports, 13 events), after the ninth set's fixes. Unseen when first run
    (bench/RESULTS.md, "the tenth set"): disputed P 0.88 (7/8) / R 0.58 (7/12), revised 0.78 (14/18) /
    0.70 (14/20), one figure 0.81 / 0.62. It is now a tuning set: the floors are the numbers measured
    after the general fixes its errors prompted (disputed 1.00 / 1.00, revised 0.95 / 0.95, one figure
    0.89 / 0.69), rounded down."""
    labelled = figure_reports_heldout10
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(0.95, 0.95), one_figure=(0.89, 0.69))


def test_the_eleventh_held_out_reports_are_measured():
    """Written blind by an engineer who read none of the matcher's or extractor's code, and committed
    before any run (62 reports, 14 events), after the tenth set's fixes. Unseen when first run
    (bench/RESULTS.md, "the eleventh set"): disputed P 0.82 (9/11) / R 0.90 (9/10), revised 0.90 (9/10) /
    0.56 (9/16), one figure 0.95 / 0.54, and one value never extracted (found since extractor 1.16.0:
    one figure 0.95 / 0.55). It is now a TUNING set: the floors are the numbers measured after the
    general fixes its errors prompted, rounded down (disputed 1.00 / 1.00, revised 1.00 / 1.00, one
    figure 0.99 / 0.88). The fixes: a count that only grows reported higher by another source hours
    later, the lower number left behind, is the news catching up (not for a closed period's count);
    an outbreak's cases are the sick however qualified; a day's possessive and an illness named after
    someone are no place, a name before "region" or "county" is one; a closed compound is a kind of
    its last part ("beehive", "hive"); "destroying"/"damaging" homes and "N more" done something else
    to; an area counted by what happened to it; who is still held or left after a release is still
    missing; a part with a place of its own is that place's count and no hint of the whole's; what a
    spill let out; a queue is a crowd, who belong are members; the ends of a range of single items,
    a number said only by its scale or as a share are no figure; "told to" is passive. Left:
    taxpayers also worded as "Belgians" and the sum they were overpaid, a university's offers worded
    three ways, "took its 19 crew hostage" against crew aboard, hives that "died" against hives lost."""
    labelled = figure_reports_heldout11
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 1.0), one_figure=(0.98, 0.88))


def test_the_twelfth_held_out_reports_are_measured():
    """Written blind (57 reports, 14 events) and committed before any run (8009c52), after the eleventh
    set's first run. Measured three times before anything was tuned on it (bench/RESULTS.md, "the twelfth
    set"): disputed P 0.67 (6/9) / R 0.60 (6/10), revised 0.67 / 0.40, one figure 0.78-0.79 / 0.51-0.53,
    unchanged by the eleventh set's fixes. It is now a tuning set: after the general fixes its errors
    prompted (a source correcting itself, parts and wholes, one article's own voice against its source,
    things that are not people, bites, lengths, who is left, places), disputed 1.00 / 0.90, revised
    1.00 / 0.93, one figure 0.97 / 0.82; the floors hold those, rounded down."""
    labelled = figure_reports_heldout12
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.9), revised=(1.0, 0.93), one_figure=(0.96, 0.82))


def test_the_thirteenth_held_out_reports_are_measured():
    """Written blind (66 reports, 14 events) and committed before any run (4600204); nothing has been
    tuned on it. Measured after the eleventh set's fixes: disputed P 0.88 (7/8) / R 0.64 (7/11), revised
    0.72 / 0.75, one figure 0.74 / 0.55; and again after the twelfth set's: disputed 0.89 (8/9) / 0.73
    (8/11), revised 0.72 / 0.75, one figure 0.73 / 0.55. One labelled value, a number written as a word,
    is not extracted. Then tuned on (issue 12, with the fourteenth set): a source saying its number again
    still holds it then; a rebuttal or a source speaks only for its own clause, a word of change too; a
    distance from a place is no figure; a qualifier's words and a subject that is the source name nothing
    counted; gutted, burned and washed away are destroyed; a number set against a part's count corrects the
    part, and "the 400 it had given" is the source's own earlier number; "still stranded" is the stranded;
    taken to hospitals is in hospital. After them: disputed 1.00 (11/11) / 0.91 (10/11), revised 0.94
    (15/16) / 0.88 (14/16), one figure 0.79 (99/125) / 0.64 (99/155). The one
    dispute left is the unextracted word-number's. The floors hold those, rounded down."""
    labelled = figure_reports_heldout13
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.9), revised=(0.93, 0.87), one_figure=(0.79, 0.63), unfound=("anthrax2:one",))


def test_the_fourteenth_held_out_reports_are_measured():
    """Written blind (70 reports, 15 events) and committed before any run (12f6d68), after the twelfth
    set's fixes; nothing has been tuned on it. Measured once: disputed P 0.80 (8/10) / R 0.80 (8/10),
    revised 0.75 (12/16) / 0.69 (11/16), one figure 0.84 / 0.46; one labelled value is not extracted.
    Then tuned on (issue 12, with the thirteenth set): a source's repeat dated by its last saying, a
    rebuttal kept to its clause, a number named as another source's figure even first in its claim, a
    plan to make things apart from how many there are, people stung, flights cancelled and diverted apart,
    a country that records a count is its place, what a theft took, taken to hospitals is in hospital.
    After them: disputed 1.00 (10/10) / 1.00 (10/10), revised 0.94 (16/17) / 0.94 (15/16), one figure
    0.91 (73/80) / 0.50 (73/147). The floors hold those, rounded down."""
    labelled = figure_reports_heldout14
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    # One figure recall raised with the sixteenth set's fixes (from 0.49): a number named only as another's figure.
    # "on Saturday 47 flights had been cancelled" is found since a count after a weekday is no label (1f91359).
    assert_floors(scores, disputed=(1.0, 1.0), revised=(0.94, 0.93), one_figure=(0.91, 0.52))


def test_the_fifteenth_held_out_reports_are_measured():
    """Written blind (72 reports, 15 events) and committed before any run (b366425), after the
    thirteenth and fourteenth sets' fixes; nothing has been tuned on it. Measured once, at 73f45b6:
    disputed P 1.00 (9/9) / R 0.80 (8/10), revised 0.75 (9/12) / 0.50 (8/16), one figure 0.79 (63/80) /
    0.48 (63/132); two labelled values, "one" written as a word, are not extracted. Then tuned on (issue 12):
    who went in and who was inside are one count, and a word of change in a clause of what happened at the
    time is no rise; what a source puts a sum at and a bill are a cost, a sum named only as an estimate after a
    count in another unit is the one sum of these days in its currency, and a sum whose place is unsaid goes on
    with the figure of the number just before it; people diagnosed with a disease or who contracted it are the
    sick; "still" before an irregular participle is the count moving. After them (at b282265): disputed 1.00
    (11/11) / 1.00 (10/10), revised 0.79 (11/14) / 0.62 (10/16), one figure 0.82 (78/95) / 0.59 (78/132). The
    floors hold those, rounded down."""
    labelled = figure_reports_heldout15
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    # One figure raised with the sixteenth set's fixes (from 0.82 / 0.59): a count up from the same point of
    # last year, and who lies in intensive care.
    assert_floors(
        scores, disputed=(1.0, 1.0), revised=(0.78, 0.62), one_figure=(0.85, 0.6), unfound=("men1:one", "men4:One")
    )


def test_the_sixteenth_held_out_reports_are_measured():
    """Written blind (68 reports, 15 events) and committed before any run (adaf97e), after the
    fifteenth set's fixes; nothing has been tuned on it. Measured once, at c9c33fb: disputed P 0.79
    (11/14) / R 0.83 (10/12), revised 0.93 (14/15) / 0.65 (13/20), one figure 0.72 (102/142) / 0.55
    (102/187); every labelled value found. Then tuned on (issue 12): a count up from the same point of an
    earlier period is that period's; a number after a fronted "of the ..." whole is counted where its own clause
    says; containers that leaked are apart from all that crashed; a sum that says nothing of what it is never
    joins a share (what each gets); a month a verb is dated by is no march; a compound closing on a word for
    people names people; who lies in intensive care is in hospital, badly; a count said to have risen past an
    earlier floor is revised; a crew is counted apart from those it carries; a sum named as another's figure is
    what the answer later in its sentence names, even across the extractor's two claims; a number named only
    as another's figure counts what the number before it counts; a count word is never looked for past a
    source said after its clause. After them (at 14be7bd): disputed 1.00 (13/13) / 1.00 (12/12), revised 1.00
    (20/20) / 0.95 (19/20), one figure 0.95 (116/122) / 0.62 (116/187). The one revision left: birds found dead, whose first count the parse hangs on
    the first of two coordinated adjectives before the birds, not on the birds. The floors hold those, rounded down."""
    labelled = figure_reports_heldout16
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 0.95), one_figure=(0.95, 0.62))


def test_the_seventeenth_held_out_reports_are_measured():
    """Written blind (70 reports, 15 events) and committed before any run (ebc5bd8), after the
    sixteenth set's fixes, nothing tuned on it. Measured once, blind, at ebc5bd8: disputed P 1.00
    (14/14) / R 0.79 (11/14), revised 0.83 (15/18) / 0.79 (15/19), one figure 0.77 (137/178) / 0.60
    (137/229); every labelled value found. Then tuned on: a perfect progressive ("had been living there")
    counts what its past form ("lived there") counts. After it: disputed 1.00 (15/15) / 0.86 (12/14),
    revised 0.88 (15/17) / 0.79 (15/19), one figure 0.77 (140/181) / 0.61 (140/229). Then: "in the
    district" is the district the article named before ("Varna district"), a part that never takes over the
    story's unplaced figure. After it: disputed 1.00 (16/16) / 0.93 (13/14), revised 0.94 (15/16) / 0.79
    (15/19), one figure 0.80 (143/179) / 0.62 (143/229). Then: "hospitalisations" count the hospitalised,
    and a count word past another number and a comma is that number's, not the people's after it. After it:
    disputed 1.00 (16/16) / 0.93 (13/14), revised 0.94 (16/17) / 0.84 (16/19), one figure 0.80 (146/182) /
    0.64 (146/229). Then: a place said right after what a number counts is the number's however far it
    stands ("X cancellations across Y ... have risen to 900"). After it: disputed 1.00 (16/16) / 0.93 (13/14),
    revised 1.00 (16/16) / 0.84 (16/19), one figure 0.81 (146/181) / 0.64 (146/229). Then: a number another
    source sets against one before it after a contrast counts the same thing (claims.matching.contrasts): the
    Minnesota cases are found disputed, but with no place their key can read ("Minnesotans", "in the state") they
    now join the national count of the ill, whose rise is no longer read as one revision. After it: disputed 1.00
    (17/17) / 1.00 (14/14), revised 1.00 (15/15) / 0.79 (15/19), one figure 0.80 (152/190) / 0.66 (152/229). The
    floors hold those, rounded down."""
    labelled = figure_reports_heldout17
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 0.78), one_figure=(0.8, 0.66))


def test_the_eighteenth_held_out_reports_are_measured():
    """Written blind (55 reports, 13 events) and committed before any run (54812c1), after the seventeenth set's fixes;
    nothing has been tuned on it. Measured once, at 54812c1: disputed P 0.82 (9/11) / R 0.75 (9/12), revised 0.67
    (8/12) / 0.62 (8/13), one figure 0.84 (92/110) / 0.68 (92/136); every labelled value found. Then: who medics
    treated, named by a doer-noun ("treated 40 cyclists"), is counted apart from all of them; what flies is counted
    by whether it landed or stayed aloft; a country's name is not the one body named after it; a number set below or
    above a source's own ("well below the union's 900") is that source's; "nine of the salmonella cases were found
    in Malmo" is a part of Malmo's count, and "Region X" names the region "in the region" refers to; a crew aboard
    is counted apart from its passengers; a number naming a marker, gate or route is no figure; a count word before
    a relative clause that holds the number is not the number's. After them: disputed 1.00 (13/13) / 0.92 (11/12),
    revised 0.85 (11/13) / 0.85 (11/13), one figure 0.98 (95/97) / 0.70 (95/136). Then: a source holding to its
    number ("repeated that ...") against a bare "not N" disputes N. After it: disputed 1.00 (14/14) / 1.00 (12/12),
    revised and one figure unchanged. Then: who remains or is in hospital ("nine anglers remain in hospital", "15
    pupils are being treated in hospital") is a count apart from who was taken there. After it: disputed 1.00
    (14/14) / 1.00 (12/12), revised 1.00 (11/11) / 0.85 (11/13), one figure 1.00 (95/95) / 0.70 (95/136). Then:
    "rather than the 55" is another value of what the number before counts; a word for a count or for saying one
    again ("stood by its estimate that 3,000 fans were inside") says nothing of what is counted; money put into
    something is no number a source puts at something; "moved off the beach" is evacuated; a source that maintains,
    insists on or stands by its number answers another's however long before. After them: disputed and revised
    unchanged, one figure 1.00 (101/101) / 0.74 (101/136). Then: "helped 650 commuters out" is evacuated, and a
    count said to cross or pass somewhere "each day" a few words on is a rate. After them: disputed and revised
    unchanged, one figure 1.00 (105/105) / 0.77 (105/136). The floors hold those, rounded down."""
    labelled = figure_reports_heldout18
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 1.0), revised=(1.0, 0.84), one_figure=(1.0, 0.77))


def test_the_nineteenth_held_out_reports_are_measured():
    """Written blind (52 reports, 13 events) and committed before any run (ce92853); nothing has been tuned on it.
    Measured at ce92853 (before set 18 was tuned on), at 02fc0c6 (after), at 8a7f736 (after set 20 was tuned
    on) and at 63d4e7f (extractor 1.35.0): disputed P 1.00 (13/13, then 14/14) / R 0.68 (13/19), revised 0.69
    (9/13) / 0.60 (9/15), one figure 0.90 (72/80) / 0.50 (72/144) each time; every labelled value found. The
    floors hold those, rounded down."""
    labelled = figure_reports_heldout19
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.68), revised=(0.69, 0.6), one_figure=(0.9, 0.5))


def test_the_twentieth_held_out_reports_are_measured():
    """Written blind (55 reports, 13 events) and committed before any run (be11385). Measured once, blind, at
    be11385: disputed P 0.88 (7/8) / R 0.47 (7/15), revised 0.69 (9/13) / 0.69 (9/13), one figure 0.90 (71/79) /
    0.60 (71/118). At 02fc0c6, before the rules below: one figure 0.90 (72/80) / 0.61 (72/118), the rest unchanged.
    Then: a pronoun another source sets at a number after a number set at one ("put the frost damage at 900
    million, but the ministry valued it at 300 million") is another value of that one, and a verb of valuing
    ("valued", "assessed") names who gives a number; a number "counted by" someone named after it ("against the 310
    counted by the passengers' association") is theirs; a verb given as the other of two ("destroyed or made
    uninhabitable") is said of the count too, and things destroyed or made uninhabitable are all uninhabitable; a
    number said to be more or fewer than another's figure ("18 more than the ministry's figure") answers it. After
    them: disputed 0.92 (11/12) / 0.67 (10/15), revised 0.69 (9/13) / 0.69 (9/13), one figure 0.90 (74/82) / 0.63
    (74/118). Then: a number reported to someone by another ("reported to the coastguard by fishermen") is the
    other's, and one said to be fewer than what another source counts ("six fewer than the region counts") answers
    it. After them: disputed 0.93 (13/14) / 0.80 (12/15), revised 0.82 (9/11) / 0.69 (9/13), one figure unchanged.
    Then: the noun a number stands before is what it counts even as the subject of a verb of saying ("eleven
    schools had reported measles cases" counts schools, not the sick). After it: disputed 1.00 (13/13) / 0.80
    (12/15), revised 0.83 (10/12) / 0.77 (10/13), one figure 0.94 (78/83) / 0.66 (78/118). Then: what a verb moves
    to a number of other things lends them none of its words ("traced the damaged crates to 25 warehouses" counts
    warehouses, not damaged ones). After it: disputed 1.00 (14/14) / 0.87 (13/15), revised unchanged, one figure
    0.94 (79/84) / 0.67 (79/118). The floors hold those, rounded down."""
    labelled = figure_reports_heldout20
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.86), revised=(0.83, 0.76), one_figure=(0.94, 0.66))


def test_the_twenty_first_held_out_reports_are_measured():
    """Written blind (57 reports, 13 events) and committed before any run (b2a2b22); seven of its fifteen
    disputes cross two outlets with no cue word, three of them on consecutive days. Measured once, blind, at
    6e1e4c2 and never tuned on: disputed P 1.00 (13/13) / R 0.73 (11/15), revised 0.82 (9/11) / 0.69 (9/13), one
    figure 0.97 (63/65) / 0.45 (63/139). Most splits are one quantity worded two ways by two outlets (two nouns
    for the same people or things) or keyed with a word of its sentence that names no state of what is counted.
    The floors hold those, rounded down."""
    labelled = figure_reports_heldout21
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.73), revised=(0.81, 0.69), one_figure=(0.96, 0.45))


def test_the_twenty_second_held_out_reports_are_measured():
    """Written blind (60 reports, 13 events) and committed before any run (3ede615); ten of its fifteen
    disputes set two outlets quoting two sources against each other on the same or the next day with no cue
    word, each outlet wording the count its own way. Measured once, blind, at a15926d and never tuned on:
    disputed P 1.00 (14/14) / R 0.80 (12/15), revised 0.92 (12/13) / 0.86 (12/14), one figure 0.85 (114/134) /
    0.63 (114/181); two values unfound (counts given after the verb, "now number N") and three no-figure values
    filed with others (the two ends of a temperature range, an emergency line's number). The floors hold
    those, rounded down. Since extractor 1.41 reads "number" as a verb, both counts are found."""
    labelled = figure_reports_heldout22
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.8), revised=(0.92, 0.85), one_figure=(0.85, 0.62))


def test_the_twenty_third_held_out_reports_are_measured():
    """Written blind (58 reports, 13 events) and committed before any run (2ea520c), by a writer asked to word
    each quantity as each outlet would (other nouns for the same people and things, other verbs for what
    happened). Measured once, blind, at 2ea520c and never tuned on: disputed P 1.00 (6/6) / R 0.40 (6/15),
    revised 0.83 (10/12) / 0.69 (9/13), one figure 0.93 (69/74) / 0.52 (69/132). A flag raised is a real
    dispute; most disputes are missed because the two sides' values land in two figures. The floors hold
    those, rounded down. After the nouns for the same people or things became one word (SAME_THING) and the
    lexicon's other general words of 2026-12-05: disputed 1.00 (8/8) / 0.47 (7/15), one figure 0.94 / 0.56."""
    labelled = figure_reports_heldout23
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.46), revised=(0.83, 0.69), one_figure=(0.93, 0.56))


def test_the_twenty_fourth_held_out_reports_are_measured():
    """Written blind (57 reports, 13 events, five outlets) and committed before any run (a211c2f; seven labels
    then rewritten as their bodies write them, "400-bed", so that the scorer finds them). Measured once, blind,
    at the committed tree: disputed P 0.86 (6/7) / R 0.40 (6/15), revised 0.71 (5/7) / 0.38 (5/13), one figure
    0.96 (45/47) / 0.44 (45/103). Then read, and tuned on with general words only (the same people or things
    named two ways, a period said by an adjective or "every", a sum a strike is costing, oil that escaped, in
    custody, infections, a walkout): disputed 0.89 (8/9) / 0.53 (8/15), revised 0.78 (7/9) / 0.54 (7/13), one
    figure 0.96 (53/55) / 0.51 (53/103); and after a sum "valued at" became a value however far the verb: disputed
    0.90 (9/10) / 0.60 (9/15), revised 0.88 (7/8) / 0.54, one figure 0.96 (55/57) / 0.53. The floors hold those,
    rounded down."""
    labelled = figure_reports_heldout24
    assert len(labelled.REPORTS) >= 50 and len({r.id.rstrip("0123456789") for r in labelled.REPORTS}) >= 12
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.9, 0.6), revised=(0.87, 0.53), one_figure=(0.96, 0.53))


def test_the_twenty_fifth_held_out_reports_are_measured():
    """Written blind (56 reports, 13 events) and committed before any run (23e52b1); measured at two sessions'
    starts and ends and never read or tuned on: disputed P 0.86 (6/7) / R 0.40 (6/15), revised 0.79 (11/14) /
    0.77 (10/13), one figure 0.96 (44/46) / 0.53 (44/83). Then read, and tuned on: a number another source sets
    against one before it after a contrast counts the same thing (claims.matching.contrasts). After it: disputed
    0.89 (8/9) / 0.53 (8/15), revised unchanged, one figure 0.96 (46/48) / 0.55 (46/83); and after what was so at
    the event's moment (spilled, aboard) is disputed by another source a day later: disputed 0.90 (9/10) / 0.60
    (9/15), one figure 0.96 (47/49) / 0.57 (47/83). The floors hold those, rounded down."""
    labelled = figure_reports_heldout25
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.9, 0.6), revised=(0.78, 0.76), one_figure=(0.95, 0.56))


def test_the_twenty_sixth_held_out_reports_are_measured():
    """Written blind (58 reports, 14 events) and committed before any run (2b6d51c); measured at the session's
    start commit (707c3ac) and at its end, never read or tuned on: disputed P 1.00 (9/9) / R 0.60 (9/15) both
    times, revised 0.81 (13/16) / 0.92 (12/13), one figure 0.99 (80/81) / 0.73 (80/109) at the start and 0.99
    (82/83) / 0.75 (82/109) at the end. Then read, and tuned on: a number another source sets against one before it
    after a contrast counts the same thing (claims.matching.contrasts), also when the contrast stands between two
    claims (", but the mayor said nearly 700 had gone"). After it: disputed 1.00 (12/12) / 0.80 (12/15),
    revised 0.87 (13/15) / 0.92 (12/13), one figure 0.99 (88/89) / 0.81 (88/109); and after the sums of crop
    losses and crop damage became one (a family said by one side names the count for both) and what was aboard
    became an event's fact: disputed 1.00 (13/13) / 0.87 (13/15), revised 0.93 (13/14) / 0.92 (12/13). The floors
    hold those, rounded down."""
    labelled = figure_reports_heldout26
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.86), revised=(0.92, 0.92), one_figure=(0.98, 0.8))


def test_the_twenty_seventh_held_out_reports_are_measured():
    """Written blind (59 reports, 14 events) and committed before any run (f87db4d); measured at the session's
    start commit (26d008c) and at its end, never read or tuned on: disputed P 0.91 (10/11) / R 0.67 (10/15) at the
    start, 0.85 (11/13) / 0.73 (11/15) at the end; revised 0.75 (9/12) / 0.64 (9/14), then 0.73 (8/11) / 0.57
    (8/14); one figure 0.82 (91/111) / 0.60 (91/152), then 0.82 (93/113) / 0.61 (93/152). Opened and read in the
    next session (2026-12-05, 11:52 UTC), whose rules (an update repeated by another source, vines and vineyards,
    a sum's elided currency, a rally's crowd, the dead not caught up) took it to disputed 0.93 (14/15) / 0.93
    (14/15), revised 0.90 (9/10) / 0.64 (9/14), one figure 0.82 (100/122) / 0.66 (100/152). The floors hold that."""
    labelled = figure_reports_heldout27
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.93, 0.93), revised=(0.9, 0.64), one_figure=(0.81, 0.65))


def test_the_twenty_eighth_held_out_reports_are_measured():
    """Written blind (60 reports, 14 events) and committed before any run (e20f800); measured at the session's
    start commit (08c7b35) and at its end, never read or tuned on: disputed P 0.93 (14/15) / R 0.87 (13/15) both
    times; revised 0.80 (12/15) / 0.73 (11/15); one figure 0.84 (108/129) / 0.69 (108/157). The floors hold the end,
    rounded down."""
    labelled = figure_reports_heldout28
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.93, 0.86), revised=(0.8, 0.73), one_figure=(0.83, 0.68))


def test_the_twenty_ninth_held_out_reports_are_measured():
    """Written blind (68 reports, 14 events) and committed before any run (bd2ba5a); measured at the session's
    start commit (08c7b35) and at its end, never read or tuned on: disputed P 0.88 (14/16) / R 0.88 (14/16) at the
    start, 0.88 (15/17) / 0.94 (15/16) at the end; revised 0.85 (11/13), then 0.92 (11/12), / 0.69 (11/16); one
    figure 0.87 (91/105) / 0.61 (91/149). The floors hold the end, rounded down."""
    labelled = figure_reports_heldout29
    scores = measured(labelled)
    assert_floors(scores, disputed=(0.88, 0.93), revised=(0.91, 0.68), one_figure=(0.86, 0.61))


def test_the_thirtieth_held_out_reports_are_measured():
    """Written blind (65 reports, 14 events) and committed before any run (46a845f); measured at the session's
    start commit (08c7b35) and at its end, never read or tuned on: disputed P 1.00 (14/14) / R 0.87 (13/15) both
    times; revised 0.93 (13/14) / 0.81 (13/16); one figure 0.89 (86/97) / 0.60 (86/144). The floors hold the end,
    rounded down."""
    labelled = figure_reports_heldout30
    scores = measured(labelled)
    assert_floors(scores, disputed=(1.0, 0.86), revised=(0.92, 0.81), one_figure=(0.88, 0.59))
