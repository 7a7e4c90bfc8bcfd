"""What a claim's text says about its numbers, read by claims.matching.status: how it says a count moved
(a rise, a fall, an update, a number it moved from), whether it answers another source's number, and
whether another source gives a number after the one before it ("X said 23, while the company put the
number at 11"). Pure Python, no database."""

from __future__ import annotations

import re
from functools import lru_cache

# A figure's status is worked out again from all its values each time an article adds one, so
# the same claims' texts are read again and again: each reading below is remembered for this
# many (text, position) pairs, a few MB.
CACHED_CLAIMS = 1 << 14

# A later number said to have moved, the way it moved, is a revision however soon it comes:
# "the toll rose to 19" two hours after 15 is news, not a disagreement.
_RISE_CUE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|mounted|raised|up from|swelled|expanded|widened"
    r"|spread(?:ing)?\s+to)\b",
    re.I,
)
_FALL_CUE = re.compile(r"\b(?:fell|fallen|dropped|lowered|decreased|down from)\b", re.I)
# "final" only of a count ("the final toll", "final results"), never a match: "fans who watched the final said".
# ... and a count said to differ from what was first known: "the spill was larger than first thought".
_UPDATE_CUE = re.compile(
    r"\b(?:updated|revised|latest|now|final(?=\s+(?:death\s+)?(?:toll|count|tally|figures?|numbers?|total|results?|"
    r"estimates?|returns)\b)|than\s+(?:first|initially|originally|previously)\s+(?:thought|believed|feared|estimated|reported))\b",
    re.I,
)
# A number said to be what still stands or remains ("17 people were still missing", "3,800 trucks
# remained stranded") is where a moving count stands now: news, like "now". Only in the number's
# own clause, after it: "the museum still puts their value at 3 million" is a source holding out.
_STANDING_AFTER = re.compile(r"[\d.,]*[^\d,;:.!?]{0,40}?\b(?:still|remain|remains|remained|remaining)\b", re.I)
# A number said to be how many have been affected so far ("more than 900 people have been moved
# out", "14 have died") is a running tally: a higher one hours later is the tally growing, as
# if "rose" were said; a lower one still disputes. Only in the number's own clause, after it.
_TALLY_AFTER = re.compile(
    r"[\d.,]*[^\d,;:.!?]{0,40}?\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I
)
# A number its own report calls provisional is superseded by any later one, from anyone:
# "in early results, turnout stood at 54%" then "turnout was 58%" is the count moving on.
PROVISIONAL_CUE = re.compile(
    r"\b(?:preliminary|provisional|(?:partial|initial|early) (?:results|returns|counts?|figures|estimates?|tally))\b",
    re.I,
)
# A report that says it answers another source's number ("1,100, far fewer than the farmers'
# group had claimed") disputes it, however long after: the claim itself says the two disagree.
_REBUTS = re.compile(
    r"\b(?:fewer|less|lower|more|higher|greater|smaller|larger|bigger)\s+than\s+(?:the\s+)?[A-Za-z'’ ]{1,60}?\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:claimed|said|reported|stated|suggested|estimated|counted|counts|gave|gives)\b"
    # ... or than another's figure, named by whose it is: "40 more than the council's figure", "3 fewer than the
    # union's count".
    r"|\b(?:fewer|less|lower|more|higher|greater|smaller|larger|bigger)\s+than\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"[\w-]+['’]s?\s+(?:own\s+)?(?:figure|count|estimate|tally|total|number)\b",
    re.I,
)
# Between two values of one claim: a contrast, then another source giving its number. The
# source may come after the second number ("said 9, not 17 as the police had said"; "80, more
# than the 64 the ministry reported") or be a source's own count ("though the agency's count
# stood at 112"; "a figure the charity called too low, putting the number at 400,000").
_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|though|although|not|than|against|(?:times|twice|double|half) the|contradicting|disputing|"
    r"rejecting|denying|challenging|rejected|rejects|disputed|contradicted|denied|challenged)\b|;"
    r"|,\s*an? (?:figure|number|count|total|estimate|claim)\b",
    re.I,
)
# A source holding to its number ("repeated that 75 boats had sunk", "insisting that ...", "stood by") sets it
# against another's with a bare "not 120" or "rather than 120": that number is someone else's (its own older one
# says "as it had said").
# _HOLDS_TO: only the words that say the source holds its number against another's, said or not ("repeated"
# may be news).
_HOLDING = r"insist(?:ed|ing|s)?|maintain(?:ed|ing|s)?|(?:stood|stands|standing) by|(?:stuck|sticks|sticking) to"
_INSISTS = re.compile(rf"\b(?:repeat(?:ed|ing|s)?|{_HOLDING})\b", re.I)
_HOLDS_TO = re.compile(rf"\b(?:{_HOLDING})\b", re.I)
_BARE_NOT = re.compile(r",\s*(?:(?:and\s+)?not|rather\s+than)\s+(?:the\s+)?[£$€]?\s*$", re.I)
# "well below the union's 900", "far above the league's 800": a number set under or over a source's own.
_BELOW_OR_ABOVE = re.compile(r"\b(?:below|above)\b", re.I)
_SOURCE_GIVES = re.compile(
    r"\b(?:said|says|put|puts|putting|estimated|estimates|estimate|gave|gives|given|counted|counts|count|reported|reports|"
    # "but the ministry valued the harm at 8 million", "assessed it at": who sets a value gives a number.
    r"valued|values|assessed|assesses|pegged|pegs|"
    # "a figure police contradicted", "the number the ministry disputes"
    r"contradicted|contradicts|disputed|disputes|rejected|rejects|denied|denies|challenged|challenges|"
    # "not 136 as the manifest showed": a record gives a number too.
    r"claimed|claims|called|calls|saying|say|cited|cites|citing|showed|shows|according to|stood at|stands at|"
    r"(?:figure|estimate|count|tally|toll) of)\b",
    re.I,
)
_NO_SOURCE = {"as", "the", "a", "an", "had", "has", "have", "was", "were", "been", "earlier", "previously", "first",
              "initially", "originally", "people", "million", "billion", "thousand", "per", "cent", "percent"}
# "up from 21", "from 600 million euros": what a count moved from, right before the number.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+|about\s+|around\s+|some\s+|just\s+)*[£$€]?\s*$", re.I)
NUMERAL = re.compile(r"(?<![\w.,])\d[\d,.]*\b")
# "not 61,000 as it had said on Monday": the number the claim's own source gave before, which it
# now corrects. A pronoun is the claim's speaker; a named source is someone else (_SOURCE_GIVES).
_OWN_EARLIER_AFTER = re.compile(
    # ... or right after it, "as" left out: "620 were electric, not the 400 it had given on Monday".
    r"(?:[^.;:!?\d]{0,30}?\bas|(?<=\d)(?=\s+(?:it|he|she|we|I)\s))\s+(?:it|he|she|we|I)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|initially\s+|earlier\s+|previously\s+|originally\s+)?"
    r"(?:said|reported|announced|stated|estimated|claimed|gave|given|put it)\b"
)
# "against the utility's 1.5 million", "not the union's 160": a source's own number, named by its
# possessive right before it; a time's is no source ("against last year's 4 billion").
_OWNER_BEFORE = re.compile(r"\b(?:the\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)['’]s?\s+(?:own\s+)?[£$€]?\s*$")
# "called the regional council's figure of 350 too high": a number a possessive names as that
# source's figure is that source's, with or without a contrast before it.
OWNERS_FIGURE_BEFORE = re.compile(
    r"\b([\w-]+)['’]s?\s+(?:own\s+)?(?:figure|count|estimate|tally|total|number)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|just\s+|only\s+|more\s+than\s+|fewer\s+than\s+)?[£$€]?\s*$",
    re.I,
)
TIME_WORDS = {"year", "years", "month", "week", "day", "today", "yesterday", "tomorrow", "season", "quarter",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "decade", "night"}
# Who gives a number after a passive verb: "counted by the drivers' union", "given by the Red Cross";
# ... or to whom it was given first: "reported to the coastguard by fishermen".
# ("the 12 billion put forward by the ministry": a particle may stand before "by")
_GIVEN_BY = re.compile(r"(?:\s+(?:forward|out|about))?(?:\s+to\s+(?:the\s+)?[\w-]+)?\s+by\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w-]*)")
_NOT_A_GIVER = {"noon", "midday", "midnight", "dawn", "dusk", "morning", "evening", "afternoon", "then", "now", "mid", "late",
                "early", "end", "hand", "phone", "telephone", "email", "mail"}
# A clause of what happened at the time of the count ("31 were on the pier as the tide rose"); not one of what
# came after ("600 had been moved out after the river climbed" tells why the count grew).
_WHEN_BETWEEN = re.compile(r"\b(?:when|as|while|whilst)\b", re.I)
# Where the second number's clause ends: the source after it is inside that clause.
_CLAUSE_END = re.compile(r"[.;:!?](?!\d)|,\s*(?:and|while|whereas|but)\b")


@lru_cache(maxsize=CACHED_CLAIMS)
def second_source_between(text: str, a: int, b: int) -> bool:
    """Whether another source gives the number at b, after the one at a, in one claim's text."""
    named = OWNERS_FIGURE_BEFORE.search(text, a, b)
    if named is not None and named.group(1).lower() not in TIME_WORDS:
        return True
    if _INSISTS.search(text, 0, a) and _BARE_NOT.search(text, a, b):
        return True  # "repeated that 75 boats had sunk, not 120": a number the source holds against another's
    below = _BELOW_OR_ABOVE.search(text, a, b)
    owner = _OWNER_BEFORE.search(text, below.end(), b) if below else None
    if owner is not None and owner.group(1).lower() not in TIME_WORDS:
        return True  # "640, well below the dockers' 900"; not "well above its own target of 500"
    contrast = _CONTRAST.search(text, a, b)
    if contrast is None:
        return False
    owner = _OWNER_BEFORE.search(text, contrast.end(), b)
    if owner is not None and owner.group(1).lower() not in TIME_WORDS:
        return True
    end = _CLAUSE_END.search(text, b)
    # A source before the number gives it only in its clause: "187 runners, far more than the organisers had
    # reported, and that 23 had been taken to hospital" goes back to the claim's speaker at "and that".
    opened = max([contrast.end()] + [m.end() for m in _CLAUSE_END.finditer(text, contrast.end(), b)])
    gives = _SOURCE_GIVES.search(text, opened, end.start() if end else len(text))
    if gives is None or gives.start() < b:
        return gives is not None
    # After the number, someone must give it: "the 64 the ministry reported", not "the 25 reported on Monday";
    # or be said to, after "by": "the 300 counted by the drivers' union", not "the 300 reported by noon".
    between = re.sub(r"^[\d.,\s%]+", "", text[b : gives.start()])
    by = _GIVEN_BY.match(text, gives.end())
    return any(w.lower() not in _NO_SOURCE for w in re.findall(r"[A-Za-z]+", between)) or (
        by is not None and by.group(1).lower() not in TIME_WORDS | _NOT_A_GIVER
    )


# A verb that sets a number on something ("put", "estimated", "valued", "assessed"), then "at".
_SETS_AT = (
    r"\b(?:put|puts|putting|estimated|estimates|estimating|valued|values|valuing|assessed|assesses|assessing|"
    r"pegged|pegs|reckoned|calculated)\s+"
)
_AT_NUMBER = (
    r"at\s+(?:about\s+|around\s+|some\s+|just\s+|only\s+|over\s+|nearly\s+|almost\s+|(?:more|fewer|less)\s+than\s+)?"
    r"[£$€]?\s*$"
)
_SET_AT_BEFORE = re.compile(_SETS_AT + r"(?:[\w'’-]+\s+){0,8}?" + _AT_NUMBER, re.I)
_PRONOUN_SET_AT_BEFORE = re.compile(_SETS_AT + r"(?:it|them)\s+" + _AT_NUMBER, re.I)


def set_again_by_another(text: str, a: int, b: int) -> bool:
    """Whether the number at b is another source's for what the number at a was set at: "Growers put the harm to
    their orchards at 30 million, but the ministry valued it at 8 million". The pronoun stands for what the first
    was put at; both set a number on one thing. Not "the firm raised 5 million and investors valued it at 40
    million": "it" is the firm, the first number no estimate of anything."""
    pronoun = _PRONOUN_SET_AT_BEFORE.search(text[:b])
    if pronoun is None or pronoun.start() < a or not _SET_AT_BEFORE.search(text[:a]):
        return False
    return second_source_between(text, a, b)


@lru_cache(maxsize=CACHED_CLAIMS)
def moved_from(text: str, start: int) -> bool:
    """Whether the number at `start` is the one its claim says the count moved from: "rose to
    35, up from 21 on Tuesday", "raised its estimate to 1.1 billion euros, up from 600 million",
    or the source's own number that it now corrects: "58,000, not 61,000 as it had said"."""
    if _FROM_BEFORE.search(text[:start]) and (_RISE_CUE.search(text) or _FALL_CUE.search(text)):
        return True
    number = NUMERAL.match(text, start)
    return number is not None and bool(_OWN_EARLIER_AFTER.match(text, number.end()))


def _own_clause(text: str, start: int) -> tuple[int, int]:
    """Where the clause of the number at `start` begins and ends (_CLAUSE_END)."""
    opened = max([0] + [m.end() for m in _CLAUSE_END.finditer(text, 0, start)])
    end = _CLAUSE_END.search(text, start)
    return opened, end.start() if end else len(text)


@lru_cache(maxsize=CACHED_CLAIMS)
def rebuts_in_clause(text: str, start: int | None) -> bool:
    """Whether the number's own clause says it answers another source's number (_REBUTS): "1,100, far fewer
    than the farmers' group had claimed", but not the 23 of "treated 187, far more than the organisers had
    reported, and that 23 had been taken to hospital"; or its claim says its source holds to it (_HOLDS_TO)."""
    if start is None:
        return bool(_REBUTS.search(text))
    # "the league insisted on Friday that 9,000 fans had attended": a source holding to its number
    # answers whoever gave another, however long before.
    return bool(_REBUTS.search(text, *_own_clause(text, start)) or _HOLDS_TO.search(text, 0, start))


def _corrects_itself(text: str) -> bool:
    """Whether the claim sets its number against one its own source gave before ("said 58,000 had
    registered, not 61,000 as it had said on Monday"): the source updates its number, a revision
    of whatever report held the older one, never another source's dispute."""
    return any(_OWN_EARLIER_AFTER.match(text, m.end()) for m in NUMERAL.finditer(text))


@lru_cache(maxsize=CACHED_CLAIMS)
def claim_cue(text: str, start: int | None = None) -> str:
    if _corrects_itself(text):
        return "update"
    lo, hi = _own_clause(text, start) if start is not None else (0, len(text))
    for name, cue in (("rise", _RISE_CUE), ("fall", _FALL_CUE), ("update", _UPDATE_CUE)):
        found = cue.search(text, lo, hi)
        # "31 were on the pier as the tide rose": a word of change in a time clause after the number says
        # what happened then, not how the count moved.
        if found and not (start is not None and _WHEN_BETWEEN.search(text, start, found.start())):
            return name
    if start is None:
        return ""
    if _STANDING_AFTER.match(text, start):
        return "update"
    return "rise" if _TALLY_AFTER.match(text, start) else ""
