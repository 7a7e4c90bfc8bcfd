"""What a number counts, read from its claim's parse: the noun it counts and what is said to have
happened to it (the verb or state it is the subject or object of). Word windows guess from what
stands nearest; the parse says which verb a number belongs to, whatever the wording:

    "17 people had died and 23 had been rescued alive"  17 died; 23 rescued, alive
    "Four skiers died"                                   deaths, whoever the skiers are
    "seven of the missing skiers were found alive"       rescued, though drawn from the missing
    "the amount of dead fish removed rose to 31 tonnes"  dead fish, not an amount
    "Prosecutors repeated that 85 million euros had been lost"   lost; the prosecutors only say so

Each number is read when its claim is extracted, from the article's own parse (claims.matching.readings), and
the reading is stored with the quantity (Quantity.counted) for the matcher. A value stored without
one is read when its figures are first keyed (claims.matching.figure_keys): its claim parsed alone
with the extractor's own spaCy pipeline, and the reading remembered for the next time.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claims.extraction import parse_structure
from claims.extraction.subject_cues import number_verb_holder

from .figure_lexicon import FAMILY_OF, GENERIC_SUBJECTS, MONEY_NOUNS, PERSON_FORM, UNIT_NOUNS, VAGUE_SUBJECTS

# Months, which as proper nouns name a date, never what happened: "ticketed from March onwards" is no march.
_MONTHS = set("january february march april may june july august september october november december".split())
# The noun a number stands before: "17 people", "some 30,000 cars", "1.1 billion euros".
_MODIFIER = {"nummod", "quantmod", "compound", "nmod", "amod", "nounmod"}
# How a phrase hangs on the verb whose subject or object it is.
_SUBJECT = {"nsubj", "nsubjpass", "csubj"}
_OBJECT = {"dobj", "obj", "attr", "oprd", "npadvmod"}
# An object of the verb, not its subject's level or a setting: "had counted 65" (the parser
# also reads a bare number after a verb as npadvmod).
_DIRECT = {"dobj", "obj", "npadvmod"}
# The verb's words that say what state it leaves its subject or object in: "confirmed dead",
# "rescued alive", "leaving four unaccounted for", "laid off".
_COMPLEMENT = {"acomp", "oprd", "xcomp", "prt", "ccomp", "advmod"}
# A noun's own words for what happened to it: "infected farms", "14 people injured", "the
# seven that were built".
_NOUN_STATE = {"amod", "acl", "relcl"}
# Verbs that set a number through "to", "at" or "by" say nothing of what is counted: the toll
# "rose to 12", a source "put the number at 212", "raised its estimate to 1.1 billion euros".
_SETTING_PREPS = {"to", "at", "by", "from"}
# Verbs whose object is the level their subject reached: "admissions reached 19,300", "the toll
# stood at 40", "losses topped 2 million": the subject is counted.
_LEVEL_VERBS = set(
    "reach reached reaches reaching hit hits hitting top topped tops total totalled totaled totals exceed exceeded "
    "exceeds surpass surpassed passed numbered stood stand stands".split()
)
# Verbs whose bare object is a count someone made: "his teams had counted 140".
_COUNTING_VERBS = set(
    "counted count counts estimated estimates estimate put puts putting recorded records confirmed confirms gave "
    "given gives reported reports tallied".split()
)
# A clause that holds the number, and the verb above it whose subject gives it ("Prosecutors
# repeated that ...", "the ministry said ...").
_CLAUSE = {"ccomp", "xcomp", "parataxis"}
# What people are on board of, and the prefixes of a ship's name ("the MV Santa Lucia").
_VESSELS = set("ship ferry boat vessel liner yacht plane aircraft jet airliner flight train bus coach".split())
_SHIP_PREFIXES = {"MV", "MS", "MT", "SS", "HMS", "USS", "RMS", "MY"}
# A percentage measures nothing itself, like a unit: "48%", "Forty per cent".
_PERCENT = {"%", "percent", "cent", "pct"}
_SCALE = {"hundred", "thousand", "million", "billion", "trillion", "m", "bn"}


@dataclass(frozen=True)
class Counted:
    """What one number counts, as its claim's parse says."""

    # The head noun counted, lower-case as written ("skiers", "farms"), after "the number of",
    # "12 tonnes of"; "" when the number stands alone ("23 had been rescued").
    noun: str = ""
    # Its words before it ("dead fish", "infected farms"), for a subject the extractor left vague.
    phrase: str = ""
    # Words that say what happened to it, nearest first: the noun's own ("infected", "injured"),
    # then its verb and the verb's complements ("rescued", "alive"; "were", "on board").
    states: tuple[str, ...] = ()
    # It counts only "the number", "the figure" or "their estimate", with nothing after: what,
    # the number before it says ("..., but police put the figure at 12,000").
    vague: bool = False
    # Character offsets in the claim of the words of whoever gives or does something to the
    # number ("Prosecutors repeated that ...", "his teams had counted 140", "Rescuers pulled
    # 23 people"): never what it counts.
    agents: frozenset[int] = field(default_factory=frozenset)
    # The noun is named by the sentence's structure, not guessed: "turnout had been 48%", "48%
    # was the real turnout", "its turnout figure of 61.4%". It outweighs the extractor's subject,
    # which may be whoever stands by the number ("The board stood by its turnout figure of 61.4%").
    named: bool = False


    def as_json(self) -> dict:
        """As Quantity.counted keeps it: only what differs from an empty reading."""
        found = {
            "noun": self.noun, "phrase": self.phrase, "states": list(self.states), "vague": self.vague,
            "agents": sorted(self.agents), "named": self.named,
        }
        return {name: value for name, value in found.items() if value}

    @classmethod
    def from_json(cls, data: Mapping) -> Counted:
        return cls(
            noun=data.get("noun", ""), phrase=data.get("phrase", ""), states=tuple(data.get("states", ())),
            vague=data.get("vague", False), agents=frozenset(data.get("agents", ())), named=data.get("named", False),
        )


# Parses already read, by claim text and number spans: matching keys the same claims again and
# again (an article's figures, its locks, every pair that grouping compares), and a parse costs
# milliseconds. Bounded, oldest first out; Counted values are immutable, so sharing them is safe.
_READ: OrderedDict[tuple[str, tuple[tuple[int, int], ...]], tuple[Counted, ...]] = OrderedDict()
_READ_LIMIT = 4096
_read_lock = threading.Lock()


Reading = tuple[Counted, ...]
ReadingKey = tuple[str, tuple[tuple[int, int], ...]]


def counted_in(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]) -> list[list[Counted]]:
    """For each claim text, what each of its numbers (character spans) counts: each text parsed
    once, then remembered."""
    keys = [_reading_key(text, claim_spans) for text, claim_spans in zip(texts, spans, strict=True)]
    with _read_lock:
        known = {key: _READ[key] for key in keys if key in _READ}
    known.update(_read_alone([key for key in dict.fromkeys(keys) if key not in known]))
    _remember({key: known[key] for key in keys})
    return [list(known[key]) for key in keys]


def _read_alone(keys: Sequence[ReadingKey]) -> dict[ReadingKey, Reading]:
    """What the numbers of each claim (text, number spans; no two alike) count, each claim parsed alone now."""
    read: dict[ReadingKey, Reading] = {key: () for key in keys if not key[1]}  # no number: nothing to parse
    keys = [key for key in keys if key[1]]
    if not keys:  # claims with no number only: no parse, and no parser loaded for nothing
        return read
    for key, doc in zip(keys, parse_structure([text for text, _ in keys]), strict=True):
        read[key] = tuple(counted_at(doc, start, end) for start, end in key[1])
    return read


def _remember(readings: Mapping[ReadingKey, Reading]) -> None:
    """Keep readings of claims parsed alone, newest last; the oldest go beyond the bound."""
    with _read_lock:
        for key, reading in readings.items():
            _READ[key] = reading
            _READ.move_to_end(key)
        while len(_READ) > _READ_LIMIT:
            _READ.popitem(last=False)


def _reading_key(text: str, spans: Sequence[tuple[int, int]]) -> ReadingKey:
    return text, tuple((start, end) for start, end in spans)


def counted_at(doc: Doc, start: int, end: int) -> Counted:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Counted()
    number = next((t for t in span if t.like_num or t.pos_ == "NUM"), span.root)
    noun = _noun_of(number, span)
    # "the injured now number 23": "number" as a verb, which the tagger calls a noun, counts what stands before it
    holder = number_verb_holder(span)
    if holder is not None:
        return Counted(noun=_lower(holder), phrase=_lower(holder), named=True)
    phrase = noun if noun is not None else number
    if phrase.dep_ == "appos" and phrase.head.i < phrase.i and _has_number(phrase.head):
        # "Forty per cent, not 61.4%, was the turnout": a number set beside another counts what it does.
        head = phrase.head
        return counted_at(doc, head.idx, head.idx + len(head.text))
    named = False
    if noun is not None and _lower(noun) in _PERCENT:
        # "48% of voters": the voters are counted; a bare "48%" counts what its clause says.
        measured = _of_object(noun)
        noun = measured if measured is not None and measured.pos_ == "NOUN" else None
    if noun is None and phrase.dep_ in _SUBJECT and phrase.head.lemma_ == "be":
        # "Forty per cent was the real turnout": the copula's attribute is what is counted.
        attribute = next((c for c in phrase.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attribute is not None and _lower(attribute) not in VAGUE_SUBJECTS:
            noun, named = attribute, True
    if noun is not None and _lower(noun) in UNIT_NOUNS | MONEY_NOUNS:
        # "12 tonnes of dead fish": the fish is measured; "85 million euros" measures nothing itself.
        measured = _of_object(noun)
        noun = measured if measured is not None and measured.pos_ == "NOUN" else None
    # "seven of the missing skiers": the seven are drawn from the skiers; what the skiers are
    # ("missing") is not what the seven are.
    drawn_from = _of_object(number) if noun is None and number.pos_ == "NUM" else None
    states: list[Token] = []
    agents: set[int] = set()
    verb = _verb_of(phrase)
    copula = _copula_of(phrase)
    if copula is not None and noun is None:
        # "turnout had been no higher than 48%": what a copula says a number is, it counts (the
        # tagger may take a subject for a verb, "that turnout ...": its role is what tells).
        holder = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if holder is not None and holder.pos_ not in ("PRON", "NUM", "PROPN") and _lower(holder) not in VAGUE_SUBJECTS:
            noun, named = holder, True
            _add_noun_states(holder, states)
            verb = None
    if verb is not None and (
        (phrase.dep_ == "pobj" and phrase.head.lower_ in _SETTING_PREPS)
        or (phrase.dep_ in _DIRECT and verb.lower_ in _LEVEL_VERBS)
    ):
        # "the death toll rose to 12", "put the number of occupants at more than 70": the noun is
        # the verb's subject or object, and the verb only sets it.
        holder = next((c for c in verb.children if c.dep_ in _OBJECT | {"nsubjpass"} and c.i < phrase.i), None)
        holder = holder or next((c for c in verb.children if c.dep_ in _SUBJECT), None)
        if holder is not None and holder.pos_ in ("NOUN", "PROPN") and noun is None:
            noun = holder
            if holder.dep_ in _OBJECT:
                agents |= _subject_words(verb)
        if not _other_thing(holder, noun):
            _add_noun_states(holder, states)
        verb = None
    elif phrase.dep_ == "pobj" and phrase.head.head.pos_ == "NOUN" and phrase.head.lower_ != "among":
        # (Not "the first death among the 23 people bitten": that noun is drawn from them, not what they are.)
        # "the bodies of three skiers", "a budget of 180 million euros", "the Red Cross count of 90"
        owner = phrase.head.head
        states.append(owner)
        kind = next((c for c in owner.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if noun is None and _lower(owner) in VAGUE_SUBJECTS and kind is not None and _lower(kind) not in VAGUE_SUBJECTS:
            # "its turnout figure of 61.4%", "the casualty count of 90": the figure says what it counts.
            noun, named = kind, True
        elif noun is None and _lower(owner) in VAGUE_SUBJECTS:
            return Counted(states=(owner.lower_,), vague=True, agents=frozenset(_words(owner, skip=owner)))
        verb = _verb_of(owner)
    vague = False
    if noun is not None and _lower(noun) in VAGUE_SUBJECTS:
        inner = _of_object(noun)
        if inner is not None and inner.pos_ in ("NOUN", "PROPN"):
            _add_noun_states(noun, states)  # "the death toll": toll is a word for deaths
            noun = inner
        else:
            vague = noun.lower_ not in ("toll",)
    if noun is not None:
        _add_noun_states(noun, states)
    if verb is not None:
        states.append(verb)
        states.extend(c for c in verb.children if c.dep_ in _COMPLEMENT and c.pos_ != "VERB")
        # "were destroyed or made uninhabitable": a verb given as the other of two is said of them too, after it.
        for other in (c for c in verb.children if c.dep_ == "conj" and any(d.lower_ == "or" for d in verb.children)):
            states.append(other)
            states.extend(c for c in other.children if c.dep_ in _COMPLEMENT and c.pos_ != "VERB")
        # "were on board", "flown to hospital", "taken into care"; never a date ("fined since March 3"), which
        # says when, not what happened to them.
        states.extend(
            c for prep in verb.children if prep.dep_ == "prep" for c in prep.children
            if c.dep_ == "pobj" and not (c.pos_ == "PROPN" and c.lower_ in _MONTHS)
        )
        if phrase.dep_ in _DIRECT:
            agents |= _subject_words(verb)  # "Rescuers pulled 23 people", not "fares rise by 4.6%"
    if (
        noun is None
        and drawn_from is None
        and verb is not None
        and phrase.dep_ in _DIRECT
        and verb.lower_ in _COUNTING_VERBS
    ):
        vague = True  # "his teams had counted 140": a count of what, the sentence before says
    agents |= _sources_above(verb or phrase)
    head = noun if noun is not None else drawn_from
    return Counted(
        noun=head.lower_ if head is not None else "",
        phrase=" ".join(t.lower_ for t in _noun_phrase(head, kinds_only=named)) if head is not None else "",
        states=tuple(dict.fromkeys(_state_text(t) for t in states if t is not None)),
        vague=vague,
        agents=frozenset(agents),
        named=named,
    )


def _other_thing(holder: Token | None, noun: Token | None) -> bool:
    """Whether the object a verb moves to a number of things is another thing than they: "traced the stolen
    paintings to 12 galleries" counts galleries, and "stolen" is the paintings' state. Not a word for a count
    ("put the number of boats at 40 boats") or a family ("put the crowd at 9,000 people"), nor of people counted."""
    if holder is None or noun is None or holder == noun or holder.dep_ not in _DIRECT:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False  # "put the spill at 170 tonnes of oil": what is measured, the holder says how
    said, counted = _lower(holder), _lower(noun)
    return not (
        said in VAGUE_SUBJECTS or said in FAMILY_OF or counted in GENERIC_SUBJECTS | VAGUE_SUBJECTS | UNIT_NOUNS | MONEY_NOUNS
        or PERSON_FORM.search(counted)
    )


def _copula_of(phrase: Token) -> Token | None:
    """The form of "be" whose attribute the phrase is: "turnout was 61.4%", "had been no higher than 48%"."""
    node = phrase
    if node.dep_ == "pobj" and node.head.lower_ == "than" and node.head.head.dep_ == "acomp":
        node = node.head.head  # "no higher than 48%"
        return node.head if node.head.lemma_ == "be" else None
    return node.head if node.dep_ == "attr" and node.head.lemma_ == "be" else None


def _has_number(token: Token) -> bool:
    return token.like_num or token.pos_ == "NUM" or any(c.like_num for c in token.children if c.dep_ == "nummod")


def _lower(token: Token) -> str:
    return token.lower_


def _noun_of(number: Token, span) -> Token | None:
    """The noun the number stands before, if any ("17 people", "1.1 billion euros", "some 30,000 cars")."""
    node = number
    while node.dep_ in _MODIFIER and node.head.i != node.i and node.head.i <= span.end + 8:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and node.lower_ not in _SCALE:
            if node.dep_ == "compound" and node.head.pos_ == "NOUN" and node.head.i == node.i + 1:
                node = node.head  # "three poultry farms": farms
            return node
    # "Thirty-one beaches were shut": a number in words the parser hangs on the noun right after it
    # under another role is still that noun's.
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.pos_ == "NOUN" and after.lower_ not in _SCALE and any(t.head.i == after.i for t in span):
        return after
    return None


def _of_object(token: Token) -> Token | None:
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _verb_of(phrase: Token) -> Token | None:
    """The verb (or predicate adjective) the phrase is the subject or object of; conjuncts share
    their first conjunct's verb ("carrying 2,400 passengers and 950 crew")."""
    node = phrase
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
        node = node.head
    if node.dep_ in _SUBJECT | _OBJECT and node.head.pos_ in ("VERB", "AUX", "ADJ"):
        return node.head
    if (
        node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent", "dative") and node.head.head.pos_ in ("VERB", "AUX")
        and node.head.lower_ != "of"  # "Of the 40 injured, 9 were still in hospital": the verb is the 9's
    ):
        return node.head.head
    return None


def _add_noun_states(noun: Token | None, states: list[Token]) -> None:
    if noun is None:
        return
    states.extend(c for c in noun.children if c.dep_ in _NOUN_STATE)
    states.extend(x for c in noun.children if c.dep_ == "prep" for x in c.children if _of_a_vessel(x))
    # "the 9 branches that are to close": what the relative clause goes on to say happens to them.
    states.extend(x for c in noun.children if c.dep_ in ("relcl", "acl") for x in c.children if x.dep_ == "xcomp")
    states.extend(c for c in noun.children if c.dep_ == "compound")
    states.append(noun)


def _state_text(token: Token) -> str:
    """A state word, with the preposition before it when it has one ("on board", "to hospital")."""
    if _on_a_vessel(token) or _of_a_vessel(token):
        return "on board"  # "200 people had been on the MV Santa Lucia" were on board
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return f"{token.head.lower_} {token.lower_}"
    if token.dep_ == "prt":
        return f"{token.head.lower_} {token.lower_}"
    return token.lower_


def _of_a_vessel(token: Token) -> bool:
    """The noun's own "on the train", "aboard the ferry": "the 400 passengers on the train" were on board."""
    return (
        token.dep_ == "pobj" and token.head.lower_ in ("on", "aboard") and token.head.head.pos_ == "NOUN"
        and token.lower_ in _VESSELS
    )


def _on_a_vessel(token: Token) -> bool:
    """Being on a ship, a plane or a train: "were on the ferry", "had been on the MV Santa Lucia"."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("on", "aboard") or token.head.head.lemma_ != "be":
        return False
    return token.lower_ in _VESSELS or any(c.dep_ == "compound" and c.text in _SHIP_PREFIXES for c in token.children)


def _noun_phrase(noun: Token, kinds_only: bool = False) -> list[Token]:
    """The noun with its words before it; kinds_only keeps the nouns that say which kind and
    drops a speaker's adjective ("the real turnout" counts turnout)."""
    if kinds_only:  # not a place either: "UK inflation" is inflation, in the UK
        return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i] + [noun]
    return [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i] + [noun]


def _words(token: Token, skip: Token | None = None) -> set[int]:
    return {t.idx for t in token.subtree if t is not skip}


def _subject_words(verb: Token) -> set[int]:
    """Who does or says what the verb says; a subject with a number of its own is counted, not counting."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT and not any(t.like_num for t in c.subtree)]
    return {t.idx for c in subjects for t in c.subtree}


def _sources_above(node: Token) -> set[int]:
    """The subjects of the verbs whose clause holds the number: who says or does it."""
    found: set[int] = set()
    while (
        node.dep_
        in _CLAUSE | _SUBJECT | _OBJECT | {"advcl", "conj", "pobj", "prep", "nummod", "compound", "relcl", "acl"}
        and node.head.i != node.i
    ):
        child, node = node, node.head
        if child.dep_ in _CLAUSE and node.pos_ in ("VERB", "AUX"):
            found |= _subject_words(node)
    return found
