"""The family of what a number counts, from its parse (claims.matching.counted): what happened
to the people it counts (rescued, deaths, on board), to money (lost, insured), or to things that
died ("sheep deaths"); and whether a counted noun names people. figure_keys builds keys on them."""

from __future__ import annotations

from .counted import Counted
from .figure_lexicon import (
    AFTER_WORD,
    AREA_UNIT,
    BEFORE_WORD,
    BUILDINGS,
    CURRENCY,
    CURRENCY_NOUNS,
    DYING,
    FAMILY_OF,
    FLIGHT_STATE_OF,
    FLYING,
    GENERIC_SUBJECTS,
    MONEY_FAMILY_OF,
    MONEY_NOUNS,
    PARSED_FAMILY_OF,
    PEOPLE_FAMILIES,
    PERSON_FORM,
    POLICE,
    PRONOUNS,
    SAME_THING,
    SPILL_UNIT,
    SPILLED,
    THING_STATE_OF,
    THINGS_LIKE_DOERS,
    TREATED,
    UNIT_NOUNS,
    VAGUE_SUBJECTS,
)


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("sses"):
        return word[:-2]  # "losses", "businesses"
    # "suspicious", "census", "bus": no plural to undo.
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def same_thing(word: str) -> str:
    """The word a figure key uses for a noun: singular, and one word for the nouns that name the same
    people or things ("supporters", "fans"; "households", "homes": SAME_THING)."""
    noun = singular(word)
    return SAME_THING.get(noun, noun)


# Taken to hospital, however: not moved or transferred from one hospital to others.
_TAKEN = {"taken", "rushed", "flown", "brought", "airlifted", "admitted", "sent"}


# What happened to people, said by the verb of their clause: two of them ("were killed or hurt") count both.
_ONE_OR_THE_OTHER = {"killed": "deaths", "dead": "deaths", "died": "deaths", "hurt": "injured", "injured": "injured",
                     "wounded": "injured", "missing": "missing"}


def parsed_family(read: Counted, unit: str) -> str:
    """The family of what happened to the people a number counts, as the parse says: the
    nearest of its state words that names one ("23 had been rescued alive": rescued; "Four
    skiers died": deaths). Only for counts of people, or of nobody said: what happened to
    things (homes, farms, cars) or to money is read from their own words."""
    if unit or not (not read.noun or read.noun in VAGUE_SUBJECTS or read.noun in PRONOUNS or is_person(read.noun)):
        return ""
    # What happened to them outweighs who they are: "14 protesters had been detained" counts
    # arrests, "31 marchers were hurt" the injured; the noun's own family is the last resort.
    # What their verb says outweighs the noun's own words: "six people hurt in the crash remained in hospital"
    # counts the hospitalised (the parse lists the noun's words, the noun, then its verb's).
    if "to hospitals" in read.states and _TAKEN & set(read.states):
        return "hospitalised"  # "19 people had been taken to hospitals in two cities"; not "moved to other hospitals"
    at = read.states.index(read.noun) if read.noun in read.states else len(read.states)
    verbs, own = read.states[at + 1 :], [s for s in read.states[:at] if s != read.noun]
    both = {_ONE_OR_THE_OTHER[state] for state in verbs if state in _ONE_OR_THE_OTHER}
    if len(both) > 1:
        return " or ".join(sorted(both))  # "all 30 on the bus were killed or hurt": a count of both, the figure of neither
    for state in [*verbs, *own] + [s for s in read.states if s == read.noun]:
        ws = state.split()
        if len(ws) == 2 and ws[1] in AFTER_WORD and ws[0] in AFTER_WORD[ws[1]][0]:
            return AFTER_WORD[ws[1]][1]  # "flown to hospital", "were on board"
        if len(ws) == 1 and ws[0] in AFTER_WORD and AFTER_WORD[ws[0]][0] & set(read.states):
            return AFTER_WORD[ws[0]][1]  # "are still held": the parse gives "held" and "still" apart
        if len(ws) == 2 and ws[0] in BEFORE_WORD and ws[1] in BEFORE_WORD[ws[0]][0]:
            return BEFORE_WORD[ws[0]][1]  # "laid off"
        for w in ws:
            if (family := FAMILY_OF.get(w) or PARSED_FAMILY_OF.get(w)) in PEOPLE_FAMILIES:
                return family
    return _treated(read)


def deaths_of(noun: str) -> str:
    """Deaths of what is not people keep what died ("sheep deaths"): a fire that kills two people
    and 3,000 sheep reports two figures. "" for a noun that names people, a unit or a family."""
    if not noun or is_person(noun) or noun in VAGUE_SUBJECTS | UNIT_NOUNS | CURRENCY_NOUNS | PRONOUNS | set(FAMILY_OF):
        return ""
    return f"{same_thing(noun)} deaths"


def deaths_of_things(read: Counted, unit: str) -> str:
    """ "3,000 sheep and goats had died": the parse says they died. Not "killed": animals are
    killed on purpose ("540,000 birds were being killed", a cull), and a number on a place
    ("killed on seven infected farms") takes that verb too."""
    if unit or not any(w in DYING for state in read.states for w in state.split()):
        return ""
    return deaths_of(read.noun)


def state_of_things(noun: str, read: Counted, unit: str) -> str:
    """What happened to the things a number counts (or to an area of them), as its parse says: "64 schools had been
    damaged", "damaging 38 schools" (school damaged), "six would have to be demolished" (school
    destroyed), and a bare number after a count of them, "40 bridges were inspected: 3 were
    destroyed" (`noun` is then the count before's). Not for dwellings, whose state
    figure_keys reads from the words around ("450,000 customers had lost power" is no home
    lost), nor for people, units and money. "Lost" says nothing of a thing's state ("lost
    production has reached 9,800 cars")."""
    # A noun that looks like a doer only by its ending ("containers", "tankers") may be a thing; an
    # area of it too ("5,200 hectares of cane were flattened", "a further 8,000 damaged").
    if (unit and not AREA_UNIT.match(unit)) or not noun or noun in GENERIC_SUBJECTS | VAGUE_SUBJECTS | UNIT_NOUNS | MONEY_NOUNS | PRONOUNS:
        return ""
    thing = same_thing(noun)
    if thing in BUILDINGS:
        return ""
    if thing in FLYING:  # "had taken off", "were in the air": a phrase of the parse, not its words apart
        flown = (FLIGHT_STATE_OF.get(s) or next(filter(None, map(FLIGHT_STATE_OF.get, s.split())), "") for s in read.states)
        if state := next((state for state in flown if state), ""):
            return f"{thing} {state}"
    said = (
        THING_STATE_OF.get(w) or (w.endswith("ing") and THING_STATE_OF.get(w[:-3] + "ed"))
        for s in read.states if s != read.noun for w in s.split() if w != "lost"
    )
    states = [state for state in said if state]
    # "34 flats were destroyed or made uninhabitable": all that cannot be lived in, as a destroyed flat cannot be.
    # Only from the parse, which keeps another number's verb apart ("40 were destroyed and 12 made uninhabitable").
    state = "uninhabitable" if states[:1] == ["destroyed"] and "uninhabitable" in states else next(iter(states), "")
    return f"{thing} {state}" if state else ""


def _treated(read: Counted) -> str:
    """ "<who> treated" for people a doer-noun names ("cyclists", "climbers") that the parse says were treated:
    a count apart from all of them. People said by a generic noun ("40 people were treated") get their verb from
    the words near (claims.matching.subject_words), as "people treated"."""
    if not read.noun or read.noun in GENERIC_SUBJECTS or not is_person(read.noun):
        return ""
    said = {w for state in read.states if state != read.noun for w in state.split()}
    return f"{same_thing(read.noun)} treated" if said & TREATED else ""


def spilled(read: Counted, unit: str, clause: str = "") -> str:
    """ "spilled" for an amount (of volume or weight) that its parse, or the rest of its own clause
    ("2,000 barrels of oil leaked from the tanker"), says a spill or a leak let out."""
    if not SPILL_UNIT.match(unit):
        return ""
    said = {w for state in read.states for w in state.split()} | {read.noun} | set(clause.lower().split())
    return "spilled" if said & SPILLED else ""


def money_family(read: Counted, unit: str, own: str = "") -> str:
    """What happened to an amount of money, when its parse says (lost, or insured), else when the extractor's
    subject `own` does: "against the 12 billion put forward by the ministry", losses the parse did not read,
    are the losses figure however they are said."""
    if not CURRENCY.match(unit):
        return ""
    said = next((MONEY_FAMILY_OF[w] for state in read.states for w in state.split() if w in MONEY_FAMILY_OF), "")
    last = own.split()[-1].lower() if own.split() else ""
    return said or MONEY_FAMILY_OF.get(last, "")


def is_person(noun: str) -> bool:
    """Whether a counted noun names people: the who-nouns, or one formed as a doer ("skiers",
    "investors", "occupants", "evacuees", "tourists", "civilians")."""
    return noun in GENERIC_SUBJECTS | POLICE or noun in {"patients", "patient"} or (
        bool(PERSON_FORM.search(noun)) and noun not in THINGS_LIKE_DOERS
    )
