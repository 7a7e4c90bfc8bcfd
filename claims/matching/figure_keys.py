"""Which figure a quantity is an observation of: what it counts (a subject family), where (the
place phrase nearest to it) and in which unit. Pure Python, no database.

Different wordings of one quantity are one subject: "death toll", "number of people
killed" and "deaths" are all `deaths` (SUBJECT_FAMILIES, a lexicon of the counts that news
follows over time). Other subjects are their own words, singular; claims.matching.figures
also joins a subject to a lone figure whose words contain it ("cases" and "measles cases").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from .facts import ClaimFacts, QuantityFacts
from .no_figure import is_no_figure, series_positions
from .places import Token, normalise_place, places, token_index, tokens_of
from .similarity import words
from .status import second_source_between

# Count words that name one family of figure, whatever the wording.
SUBJECT_FAMILIES = {
    "deaths": (
        "dead death deaths toll killed kill kills killing died die dies dying fatalities fatality fatal "
        "lives bodies perished victims"
    ),
    "injured": "injured injuries injury wounded hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless refugees fled uprooted",
    "evacuated": "evacuated evacuees evacuation relocated",
    "rescued": "rescued survivors saved",
    # Who was on board, not what the vessel is licensed to carry.
    "aboard": "aboard onboard carrying carried",
    "crowd": (
        "crowd crowds marched march marchers protesters demonstrators rally protest turnout attended attendance "
        "gathered vigil mourners"
    ),
    "arrested": "arrested arrest arrests detained detention detentions detainees",
    # Jobs lost however said: "cut 300 jobs", "40 employees were laid off", "65 lost their jobs".
    "job": "layoffs redundancies redundant",
    "cost": "cost costs damage damages budget budgeted price priced",
    # What insurers will pay is not what the damage costs: both are reported, often the same day.
    "insured losses": "insured",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization",
    # Fell ill: a poisoning or an outbreak counts the sick, whatever the verb.
    "ill": "ill sick sickened sickening poisoned poisoning",
}
_FAMILY_OF = {word: family for family, ws in SUBJECT_FAMILIES.items() for word in ws.split()}
# Count words only with the word before them: "taken to hospital" counts the hospitalised, "a
# hospital district" does not; "on board" counts who was aboard, "the board" does not.
_AFTER_WORD = {"hospital": ({"to", "in", "into"}, "hospitalised"), "board": ({"on"}, "aboard")}
# ... or with the word after them: "moved out", "forced out".
_BEFORE_WORD = {
    "moved": ({"out"}, "evacuated"), "forced": ({"out"}, "evacuated"), "hospital": ({"treatment", "care"}, "hospitalised"),
    "laid": ({"off"}, "job"),
}
# ... or with the words before them: "forced 4,000 people from their homes", "out of their homes".
_PHRASE_ENDS = {
    "homes": ((("from", "their"), "evacuated"), (("of", "their"), "evacuated"), (("leave", "their"), "evacuated")),
    "jobs": ((("lost", "their"), "job"), (("lose", "their"), "job")),
    # "9,000 took part in the march"
    "part": ((("took",), "crowd"), (("taking",), "crowd"), (("take",), "crowd"), (("taken",), "crowd")),
}
# Buildings are counted by what happened to them: destroyed, damaged, or without power.
# A utility counts its customers as homes: "450,000 customers lost power" and "700,000 households
# without electricity" are one figure.
_BUILDINGS = {"home", "house", "building", "property", "dwelling", "household", "structure", "customer", "subscriber"}
_BUILDING_STATES = {
    "destroyed": "destroyed flattened razed levelled leveled collapsed wrecked swept demolished lost",
    "damaged": "damaged",
    "flooded": "flooded inundated submerged",
    "without power": "power electricity blackout outage outages supply",
    # Power given back is not power lost: "restored to 310,000 customers".
    "power restored": "restored reconnected",
}
_STATE_OF = {word: state for state, ws in _BUILDING_STATES.items() for word in ws.split()}
_FAMILIES_AND_STATES = set(SUBJECT_FAMILIES) | {f"homes {state}" for state in _BUILDING_STATES} | {"evacuated", "hospitalised", "aboard"}
# Subjects that say nothing on their own: "23,000 people" counts what the verb says.
_GENERIC_SUBJECTS = {
    "people", "person", "persons", "individuals", "residents", "civilians", "men", "women", "children",
    "villagers", "inhabitants", "locals", "families",
    # Who they are, not what happened to them: "21 passengers were injured", "23 workers were taken to hospital".
    "passengers", "workers", "employees", "staff", "tourists",
    # ... and more of them: "killing 11 miners", "43 pupils fell ill", "12 soldiers were wounded".
    "miners", "pupils", "students", "soldiers", "troops", "sailors", "fishermen", "migrants", "pilgrims", "fans",
    "spectators", "guests", "visitors", "commuters", "shoppers", "prisoners", "inmates", "crew",
    "militants", "fighters", "rebels", "insurgents",
}
# Subjects that say only that something is counted: "the number of people killed".
_VAGUE_SUBJECTS = {"number", "total", "tally", "count", "figure", "toll", "estimate", "estimates", "part"}
# Who gives a number is not what it counts: "their union saying 36,000 had walked off the job".
_SPEECH = {"said", "says", "say", "saying", "told", "put", "puts", "putting", "estimated", "estimates", "reported",
           "claimed", "claims", "announced"}
_PARTICLES = {"off", "out", "on", "up", "down", "in", "forward", "back", "through", "away"}
_PASSIVE = {"been", "being", "be", "was", "were", "is", "are"}
# A number per day, per meal, to each family is a rate, another figure than a total: "handles 14,000
# containers a day" is not how many are stranded.
_RATE = re.compile(
    r"^(?:[\s-]+(?!a\b|an\b|per\b|each\b)[\w'’]+){0,3}?\s+(?:a|an|per|each)\s+(?:[\w]+['’]s\s+)?"
    r"(day|week|month|year|hour|night|meal|head|person|family|household|pupil|child|passenger|tonne|barrel|litre|"
    r"share|capita)\b(?!\s+(?:after|before|earlier|later|ago)\b)",
    re.I,
)
_NATIONAL = {"country", "nationwide", "countrywide"}
# How the label of a figure of one unnamed country says so: claims.matching.figures reads it back,
# so the country named later ("across Zambia") takes that figure, as it never takes a region's.
NATIONWIDE = " nationwide"
# "410,000 of those affected": a part of a number said before, unless what happened to them is said.
_OF_THOSE = re.compile(r"^\s+of\s+(?:them|those|these|whom)\b", re.I)
# "about 1,900 of which could be repaired": a part of the things counted, whatever the words near.
_OF_WHICH = re.compile(r"^\s+of\s+which\b", re.I)
_AMONG_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s*$", re.I)
# Currencies the extractor may leave as the subject ("2.4 million lira"): what is paid is said by
# the words around, not by the currency.
_CURRENCY_NOUNS = set(
    "peso pesos lira liras lire rupee rupees yen yuan renminbi rand naira shilling shillings franc francs krona kronor "
    "krone kroner zloty zlotys ringgit baht won dinar dinars dirham dirhams real reais rouble roubles ruble rubles "
    "hryvnia hryvnias lei leu forint forints koruna korunas taka cedi cedis kwacha birr riyal riyals rial rials dong "
    "rupiah soles bolivar bolivars lempira lempiras quetzal quetzales colon colones".split()
)
# Two sides of a bargain are two figures, never a dispute: "the union is asking for 15%; the
# agency has offered 1%".
_BARGAIN_CUES = {
    **dict.fromkeys("offer offers offered offering propose proposes proposed proposing pledge pledges pledged pledging "
                    "promise promises promised".split(), "offer"),
    **dict.fromkeys("demand demands demanded demanding ask asks asked asking seek seeks sought seeking appeal appeals "
                    "appealed appealing request requests requested".split(), "demand"),
}
# How badly: "5 seriously injured" and "20 injured" are two figures.
_SEVERITY_FAMILIES = {"injured", "hospitalised"}
_SEVERITY = re.compile(r"\b(seriously|critically|severely|badly|gravely|slightly|lightly)\b", re.I)
# "in Auckland alone", "in the town itself": a part, said to be one; never the whole's figure.
_PART_AFTER = re.compile(r"^\s+(?:alone|itself)\b", re.I)
# A subject that is only the unit's name says what is measured in, not what is measured:
# "lies in 40 metres of water" and "lowered by 6 metres" are two figures.
_UNIT_NOUNS = set(
    "metre metres meter meters millimetre millimetres centimetre centimetres kilometre kilometres km mile miles "
    "foot feet inch inches tonne tonnes ton tons litre litres liter liters kilogram kilograms kg "
    "barrel barrels hectare hectares acre acres gallon gallons".split()
)
# A number of more of something is a change, not the count: "seven more bodies", "another 40
# homes"; and "by 30 to 250" gives the change, then the count.
_MORE_AFTER = re.compile(r"^\s*(?:more|additional|further|extra)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s*[£$€]?\s*$", re.I)
_BY_BEFORE = re.compile(r"\bby\s*(?:an? average of\s*|about\s*|around\s*)?[£$€]?\s*$", re.I)
# "much of the country" is a part of it, not the whole.
_PART_OF = re.compile(r"\b(?:much|most|parts?|some|half) of the \w+", re.I)
_POSSESSIVE_NAME = re.compile(r"\b((?:[A-Z][\w-]+ )*[A-Z][\w-]+)['’]s\b")
# A subject that says only that something changed ("a rise of 6.3%", "the 4.6% increase")
# counts what the article last counted in that unit.
_CHANGE_SUBJECTS = {"rise", "increase", "hike", "jump", "cut", "fall", "drop", "growth", "decline"}
_TO_BETWEEN = re.compile(r"^\S*\s+to\s*[£$€]?\s*$", re.I)
# "across the region", "in the countries around the Indian Ocean": a stated whole, not a
# place left unsaid, so the value is never filed under one country's figure.
_WHOLE = {
    "region", "regions", "regional", "country", "countries", "worldwide", "nationwide", "globally", "overall", "whole",
}
_STOPWORDS = set(
    "a an the of in on at by to for from with and or but as is are was were be been being has have had "
    "that which who this these those it its their there than more less least most at about around some "
    "nearly almost over under up down so also said says say according told now since after before".split()
)
# Place phrases and count words further than this many words from a number are not about it.
_WINDOW_WORDS = 8
_NUMBERISH = re.compile(r"^[\d.,]+$")
_NUMBER_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"}
# The extractor's currency units are ISO codes ("EUR", "USD", "GBX").
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class FigureKey:
    subject: str
    scope: str
    unit: str
    # The claim says it counts a whole ("across the region"): an empty scope that is stated,
    # so claims.matching.figures never files it under a place's figure.
    whole: bool = field(default=False, compare=False)
    # Places the claim names anywhere ("Mozambique's disaster agency said 41 had died"): when
    # its own place is unsaid and figures of several places fit, these choose among them.
    hint: tuple[str, ...] = field(default=(), compare=False)
    # The place is said to be a part ("in Auckland alone"): it never takes over a figure whose
    # place was left unsaid.
    part: bool = field(default=False, compare=False)
    # The whole stated is one country ("nationwide", "across the country"), not a region.
    national: bool = field(default=False, compare=False)

    def label(self) -> str:
        where = f" in {self.scope.title()}" if self.scope else NATIONWIDE if self.national else ""
        unit = f" ({self.unit})" if self.unit else ""
        return f"{self.subject or 'amount'}{where}{unit}"


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def figure_keys(facts: ClaimFacts) -> list[FigureKey | None]:
    """One key per quantity of the claim: what it counts (a subject family), where (the
    place phrase nearest to it) and in which unit; None when the claim does not say what it
    counts, or the number is no figure (a duration, an age, a vote, a series)."""
    return _claim_keys(facts)[0]


def _claim_keys(facts: ClaimFacts) -> tuple[list[FigureKey | None], dict[int, FigureKey]]:
    """figure_keys, and the numbers that are a figure but do not say of what (their key with an
    empty subject): the sentence they continue may say it ("TTK said 157 miners were
    underground, but the union said more than 200 had gone down")."""
    tokens = tokens_of(facts.text)
    positions = [token_index(tokens, q.start, q.end) for q in facts.quantities]
    number_at = {p for p in positions if p is not None}
    counted = {w for q in facts.quantities for w in words(q.subject)} | set(_FAMILY_OF)
    # Each place and count word belongs to the number nearest to it.
    found_places = places(facts.text, tokens, counted)
    whole_words = set(words(_PART_OF.sub("", facts.text)))
    whole = bool(_WHOLE & whole_words)
    national = bool(_NATIONAL & whole_words)
    hint = tuple(
        {normalise_place(p) for _, p in found_places} | {normalise_place(m) for m in _POSSESSIVE_NAME.findall(facts.text)}
    )
    # Words that say who gives a number ("the city health office said") say nothing of what it counts.
    sources = _source_words(facts.text, tokens)
    keys: list[FigureKey | None] = []
    unsaid: dict[int, FigureKey] = {}
    previous_subject = previous_unit = ""
    for n, (q, pos) in enumerate(zip(facts.quantities, positions, strict=True)):
        if pos is None or is_no_figure(facts.text, q):
            keys.append(None)
            continue

        def nearest_to_me(index: int, pos: int = pos) -> bool:
            distance = abs(index - pos)
            return distance <= _WINDOW_WORDS and all(abs(index - other) >= distance for other in number_at)

        def shared(index: int, pos: int = pos) -> bool:
            return any(abs(index - other) <= abs(index - pos) for other in number_at if other != pos)

        unit = q.unit or ""
        if not unit and not words(q.subject) and _CURRENCY.match(previous_unit):
            unit = previous_unit  # "85 million euros; the company says closer to 140 million"
        own = _own_subject(q.subject, tokens, pos, number_at, sources)
        # A bare number after a counted one is elliptical: "150,000 killed, including 110,000 in Aceh".
        subject = _money_key(unit, tokens, pos) or _subject_key(
            own, tokens, pos, nearest_to_me, previous_subject, shared, sources
        )
        own_words = set(words(own))
        if previous_subject and previous_unit == unit and own_words and own_words <= _UNIT_NOUNS and not _of_head(tokens, pos):
            subject = previous_subject  # "12 miles of shoreline, three times the 4 miles X had reported"
        if subject in _BUILDINGS and previous_subject.startswith("homes "):
            subject = previous_subject  # "450,000 customers lost power ..., putting it at 700,000 households"
        subject = subject or previous_subject
        measure_only = bool(own_words) and own_words <= _UNIT_NOUNS | _VAGUE_SUBJECTS and unit not in {"", "%", "pp"} \
            and not _CURRENCY.match(unit)
        if measure_only and not _of_head(tokens, pos) and not (previous_unit == unit and subject == previous_subject):
            # "estimating it at 4,200 barrels": a measure that says nothing of what it measures is
            # the one figure reported in that unit these days (claims.matching.figures), an empty subject.
            subject = ""
        mine = [(abs(i - pos), i, place) for i, place in found_places if nearest_to_me(i)]
        scope = normalise_place(min(mine)[2]) if mine else ""
        part = bool(mine) and bool(_PART_AFTER.match(facts.text[_place_end(facts.text, tokens, min(mine)[1], min(mine)[2]) :]))
        if not subject and not measure_only:
            keys.append(None)
            unsaid[n] = FigureKey(subject="", scope=scope[:200], unit=unit[:20], whole=whole and not scope, part=part)
            continue
        previous_subject, previous_unit = subject, unit
        following = facts.quantities[n + 1] if n + 1 < len(facts.quantities) else None
        if _is_change(facts.text, q, following):
            subject = f"{subject} change"
        after = facts.text[q.end :]
        if (_OF_THOSE.match(after) and subject not in _FAMILIES_AND_STATES) or _OF_WHICH.match(after) \
                or _AMONG_BEFORE.search(facts.text[: q.start]):
            subject = f"{subject} among them"  # "410,000 of those affected lived ...", "including 12 children": a part
        if subject in _SEVERITY_FAMILIES and (severity := _SEVERITY.search(_clause_after(facts, n))):
            # "Five people were seriously injured" is not how many were injured.
            subject = f"{subject} {'slightly' if severity.group(1).lower() in {'slightly', 'lightly'} else 'seriously'}"
        if bargain := _bargain(tokens, pos, number_at):
            subject = f"{subject} {bargain}"
        if rate := _RATE.match(facts.text[q.end :]):
            subject = f"{subject or unit} per {rate.group(1).lower()}"
        keys.append(FigureKey(
            subject=subject[:200], scope=scope[:200], unit=unit[:20], whole=whole and not scope,
            hint=hint if not scope else (), part=part, national=national and not scope,
        ))
    # A number that does not say what it counts, with another source's number after it that
    # does: "their union saying 36,000 had walked off the job, while the agency put the number
    # of striking nurses at 24,000". Both count the same.
    for n in sorted(unsaid):
        later = next((m for m in range(n + 1, len(keys)) if keys[m] is not None), None)
        if later is not None and keys[later].unit == unsaid[n].unit and second_source_between(
            facts.text, facts.quantities[n].start, facts.quantities[later].start
        ):
            keys[n] = replace(keys[later], scope=unsaid.pop(n).scope or keys[later].scope)
    series = series_positions([f"{k.subject}|{k.scope}|{k.unit}" if k else "" for k in keys])
    return [None if i in series else k for i, k in enumerate(keys)], unsaid


def _clause_after(facts: ClaimFacts, n: int) -> str:
    """The words after the n-th number, up to the next number or the end of its clause."""
    q = facts.quantities[n]
    end = facts.quantities[n + 1].start if n + 1 < len(facts.quantities) else len(facts.text)
    return re.split(r"[,;.]", facts.text[q.end : min(end, q.end + 80)], maxsplit=1)[0]


def _bargain(tokens: Sequence[Token], pos: int, number_at: set[int]) -> str:
    """"offer" or "demand" when the number is what one side of a bargain offers or asks for: the
    cue word shortly before it, with no other number between."""
    for t in reversed(tokens[max(pos - 6, 0) : pos]):
        if t.index in number_at:
            return ""
        if cue := _BARGAIN_CUES.get(t.text.lower()):
            return cue
    return ""


def _place_end(text: str, tokens: Sequence[Token], index: int, place: str) -> int:
    """Where the place phrase found at token `index` ends in the text."""
    end = tokens[index].start + len(place)
    return end if text[tokens[index].start : end] == place else tokens[index].end


def _source_words(text: str, tokens: Sequence[Token]) -> set[int]:
    """Token indexes of who gives a number: the words right before "said", "saying", "put"
    ("the city health office said", "their union saying"), up to a comma or a number."""
    found: set[int] = set()
    for t in tokens:
        if t.text.lower() not in _SPEECH:
            continue
        after = tokens[t.index + 1].text.lower() if t.index + 1 < len(tokens) else ""
        before = tokens[t.index - 1].text.lower() if t.index else ""
        if (after in _PARTICLES and t.text.lower().startswith("put")) or before in _PASSIVE:
            continue  # "appointments had been put off": no one gives a number
        k = t.index - 1
        while k >= 0 and not _NUMBERISH.match(tokens[k].text) and not re.search(r"[,.;:!?\"“”]", text[tokens[k].end : tokens[k + 1].start]):
            found.add(k)
            k -= 1
    return found


def article_figure_keys(claims_facts: Sequence[ClaimFacts]) -> list[list[FigureKey | None]]:
    """figure_keys of an article's claims, in the order they are written: a subject that
    says only that something changed takes the key the article last gave a value in that unit,
    and a number that does not say what it counts, in a claim that goes on with the sentence
    of the one before ("..., but the union said more than 200 had gone down"), counts what that
    claim last counted in its unit."""
    last: dict[str, FigureKey] = {}
    result: list[list[FigureKey | None]] = []
    for facts in claims_facts:
        keys, unsaid = _claim_keys(facts)
        if result and facts.text[:1].islower():
            before = [k for k in result[-1] if k is not None]
            for i, key in unsaid.items():
                same_unit = [k for k in before if k.unit == key.unit]
                if same_unit:
                    keys[i] = replace(same_unit[-1], scope=key.scope or same_unit[-1].scope, part=key.part)
        for i, key in enumerate(keys):
            if key is None:
                continue
            if set(key.subject.split()) <= _CHANGE_SUBJECTS and key.unit in last:
                keys[i] = last[key.unit]
            else:
                last[key.unit] = key
        result.append(keys)
    return result


def _own_subject(subject: str, tokens: Sequence[Token], pos: int, number_at: set[int], sources: set[int]) -> str:
    """The extracted subject, unless its words stand far from the number and nearer another
    one: in "a navy spokesman said 140 ..., though the agency's count stood at 112" the
    spokesman is no subject of 112; nor is who gives the number ("their union saying 36,000")."""
    wanted = {w for w in words(subject) if w not in _STOPWORDS}
    at = [t.index for t in tokens if t.text.lower() in wanted]
    if at and all(i in sources for i in at):
        return ""
    if not at or len(number_at) < 2:
        return subject
    mine = [
        i for i in at
        if abs(i - pos) <= _WINDOW_WORDS or all(abs(i - other) >= abs(i - pos) for other in number_at)
    ]
    return subject if mine else ""


def _is_change(text: str, q: QuantityFacts, following: QuantityFacts | None) -> bool:
    """"seven more bodies", "another 40", "rose by 237 to 5,380": the number is a change of the count."""
    if _MORE_AFTER.match(text[q.end :]) or _MORE_BEFORE.search(text[: q.start]):
        return True
    return bool(
        following and _BY_BEFORE.search(text[: q.start]) and _TO_BETWEEN.match(text[q.end : following.start])
    )


def _subject_key(
    subject: str, tokens: Sequence[Token], pos: int, near: Callable[[int], bool], previous: str = "",
    shared: Callable[[int], bool] = lambda index: False, sources: set[int] = frozenset(),
) -> str:
    subject_words = [w for w in words(subject) if w not in _STOPWORDS]
    for i, w in enumerate(subject_words):
        if w in _FAMILY_OF:
            return _FAMILY_OF[w]
        if w in _BEFORE_WORD and i + 1 < len(subject_words) and subject_words[i + 1] in _BEFORE_WORD[w][0]:
            return _BEFORE_WORD[w][1]  # "28 had needed hospital treatment"
    lemmas = [_singular(w) for w in subject_words]
    if lemmas and lemmas[-1] in _BUILDINGS:
        return _building_key(lemmas[-1], tokens, pos)
    # "17 cholera patients had died": whose head noun says only who, the verb says what is counted.
    if subject_words and subject_words[-1] not in _GENERIC_SUBJECTS | _VAGUE_SUBJECTS | _UNIT_NOUNS | _CURRENCY_NOUNS | {"patients"}:
        # "the number of pupils sickened": the number of them is what is counted ("card numbers" are counted).
        while len(lemmas) > 1 and lemmas[0] in _VAGUE_SUBJECTS:
            lemmas = lemmas[1:]
        return " ".join(lemmas)
    if subject_words and subject_words[-1] in _UNIT_NOUNS and (head := _of_head(tokens, pos)):
        return head  # "12 miles of marsh shoreline": the shoreline is measured
    # The count word nearest to the number: "killed 23,000 people", "23,000 dead"; one
    # nearer another number still counts for a bare "2,000 residents were evacuated".
    # A count word as near another number is that one's as much as mine: "9 died and 64 were
    # injured" counts 64 injured.
    family = [
        (not near(t.index), shared(t.index), abs(t.index - pos), name)
        for t in tokens
        if abs(t.index - pos) <= _WINDOW_WORDS and (name := _family_at(tokens, t.index))
    ]
    if family:
        return min(family)[3]
    # "23 workers from the Ghent paint factory had been treated in hospital": the verb
    # comes later, in the clause before any other number.
    for t in tokens[pos + 1 : pos + 1 + 2 * _WINDOW_WORDS]:
        if _NUMBERISH.match(t.text) and t.index > pos + 1:
            break
        if name := _family_at(tokens, t.index):
            return name
    if not subject_words:
        return ""
    if previous and all(w in _VAGUE_SUBJECTS for w in subject_words):
        return previous  # "..., while the company put the number at 11": the number of what came before
    if subject_words[-1] in _VAGUE_SUBJECTS and not previous:
        # "the union said the real number was 500": of what, the sentence before says (or nothing does).
        return ""
    # ... or earlier, in the clause before it: "Evacuation orders around X were widened on
    # Tuesday to cover 11,500 people".
    for t in reversed(tokens[max(pos - 2 * _WINDOW_WORDS, 0) : pos]):
        if _NUMBERISH.match(t.text):
            break
        if name := _family_at(tokens, t.index):
            return name
    key = [w for w in lemmas if w not in _VAGUE_SUBJECTS] or lemmas
    # "3,000 people were rescued": the nearest content word says which people.
    content = [
        (abs(t.index - pos), t.text.lower())
        for t in tokens
        if near(t.index)
        and t.index != pos
        and not _NUMBERISH.match(t.text)
        and t.text.lower() not in _NUMBER_WORDS
        and t.text[:1].islower()
        and t.text.lower() not in _STOPWORDS
        and t.text.lower() not in subject_words
        and t.index not in sources
    ]
    if content:
        key.append(min(content)[1])
    return " ".join(key)


def _family_at(tokens: Sequence[Token], i: int) -> str:
    if tokens[i].text == "March" and i:
        return ""  # the month, not a march
    word = tokens[i].text.lower()
    if word in _AFTER_WORD and i and tokens[i - 1].text.lower() in _AFTER_WORD[word][0]:
        return _AFTER_WORD[word][1]
    if word in _BEFORE_WORD and i + 1 < len(tokens) and tokens[i + 1].text.lower() in _BEFORE_WORD[word][0]:
        return _BEFORE_WORD[word][1]
    for before, name in _PHRASE_ENDS.get(word, ()):
        if i >= len(before) and tuple(t.text.lower() for t in tokens[i - len(before) : i]) == before:
            return name
    return _FAMILY_OF.get(word, "")


# What ends the words after "of" that say what a length or an area is of.
_OF_END = _STOPWORDS | {"will", "would", "could", "can", "may", "might", "must", "should", "is", "are", "per", "each"}


def _of_head(tokens: Sequence[Token], pos: int) -> str:
    """"12 miles of marsh shoreline had been oiled": what a number of units is of (its last word)."""
    unit_at = pos + 1
    while unit_at < len(tokens) and (_NUMBERISH.match(tokens[unit_at].text) or tokens[unit_at].text.lower() in _NUMBER_WORDS):
        unit_at += 1  # "2,000" is two tokens, "1.2 million" three
    if unit_at + 1 >= len(tokens) or tokens[unit_at + 1].text.lower() != "of":
        return ""
    run = []
    for t in tokens[unit_at + 2 : unit_at + 5]:
        if t.text.lower() in _OF_END or not t.text[:1].islower() or _NUMBERISH.match(t.text):
            break
        run.append(t.text.lower())
    return _singular(run[-1]) if run else ""


def _money_key(unit: str, tokens: Sequence[Token], pos: int) -> str:
    """An amount of money with a cost word near it is the cost, whatever the subject came out
    as: "the line, budgeted at 1.8 billion euros" and "will cost 1.8 billion euros"; beside
    "insured" it is what insurers pay, another figure."""
    if not _CURRENCY.match(unit):
        return ""
    near = {_FAMILY_OF.get(t.text.lower()) for t in tokens if abs(t.index - pos) <= 3}
    return "insured losses" if "insured losses" in near else "cost" if "cost" in near else ""


def _building_key(noun: str, tokens: Sequence[Token], pos: int) -> str:
    """"homes destroyed", "homes damaged", "homes without power": one figure each, whatever the noun."""
    states = [
        (abs(t.index - pos), _STATE_OF[t.text.lower()])
        for t in tokens
        if t.text.lower() in _STATE_OF and abs(t.index - pos) <= _WINDOW_WORDS
        # "had lost power" is power lost, not a home lost.
        and not (t.text.lower() == "lost" and t.index + 1 < len(tokens)
                 and _STATE_OF.get(tokens[t.index + 1].text.lower()) == "without power")
    ]
    return f"homes {min(states)[1]}" if states else noun
