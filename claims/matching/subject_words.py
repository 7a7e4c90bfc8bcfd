"""What a number counts, read from the words near it (claims.matching.figure_keys falls back on these
when the parse says nothing): the count word nearest to the number ("killed 23,000 people", "23,000
dead"), what a length or an area is of ("12 miles of marsh shoreline"), what a sum of money is (a
cost, a value), what happened to homes, and which words only say who gives the number. Pure Python."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .families import deaths_of, same_thing
from .figure_lexicon import (
    AFTER_A_LOSS,
    AFTER_WORD,
    BARGAIN_CUES,
    BEFORE_A_NUMBER,
    BEFORE_WORD,
    BILL_WORDS,
    BUILDINGS,
    COUNTING,
    CURRENCY,
    CURRENCY_NOUNS,
    DYING,
    FAMILY_OF,
    GENERIC_SUBJECTS,
    GONE_IN,
    INSIDE,
    NUMBER_WORDS,
    NUMBERISH,
    PARTICLES,
    PASSIVE,
    PERIOD_OF,
    PHRASE_ENDS,
    RATE,
    SPEECH,
    STANDING,
    STATE_OF,
    STOPWORDS,
    THEFT_WORDS,
    UNIT_NOUNS,
    VAGUE_SUBJECTS,
    VALUE_WORDS,
    WINDOW_WORDS,
)
from .places import Token
from .similarity import words


def source_words(text: str, tokens: Sequence[Token]) -> set[int]:
    """Token indexes of who gives a number: the words right before "said", "saying", "put"
    ("the city health office said", "their union saying"), up to a comma or a number."""
    found: set[int] = set()
    for t in tokens:
        if t.text.lower() not in SPEECH:
            continue
        after = tokens[t.index + 1].text.lower() if t.index + 1 < len(tokens) else ""
        before = tokens[t.index - 1].text.lower() if t.index else ""
        if (
            (after in PARTICLES and t.text.lower().startswith("put"))
            or before in PASSIVE
            or (t.text.lower() == "told" and after == "to")
            or (t.text.lower().startswith("put") and all(x.text.lower() != "at" for x in tokens[t.index + 1 : t.index + 12]))
        ):
            # "appointments had been put off", "villages told to stop fishing", "9,000 savers had put money into the
            # fund" (a source puts a number at something): no one gives a number
            continue
        if before in {"and", "but", "then"}:
            continue  # "... had been destroyed and put the losses at": its giver is the clause's subject, said before
        k = t.index - 1
        while (
            k >= 0
            and not NUMBERISH.match(tokens[k].text)
            and not re.search(r"[,.;:!?\"“”]", text[tokens[k].end : tokens[k + 1].start])
        ):
            found.add(k)
            k -= 1
    return found


def own_subject(subject: str, tokens: Sequence[Token], pos: int, number_at: set[int], sources: set[int]) -> str:
    """The extracted subject, unless its words stand far from the number and nearer another
    one: in "a navy spokesman said 140 ..., though the agency's count stood at 112" the
    spokesman is no subject of 112; nor is who gives the number ("their union saying 36,000")."""
    ordered = [w for w in words(subject) if w not in STOPWORDS]
    wanted = set(ordered)
    at = [t.index for t in tokens if t.text.lower() in wanted]
    # The noun the number stands before is what it counts, even as the subject of a verb of saying: "eleven
    # schools had reported measles cases" counts schools, not who gave a count.
    sources = sources - {_counted_at(tokens, pos)}
    if at and all(i in sources for i in at):
        return ""
    # "the regional fire chief said more than 500 had been in the club when the fire started": a subject
    # whose head noun stands only where the source is named is the source, whatever its other words do.
    head = [t.index for t in tokens if ordered and t.text.lower() == ordered[-1]]
    if len(ordered) > 1 and head and all(i in sources for i in head):
        return ""
    if not at or len(number_at) < 2:
        return subject
    mine = [i for i in at if abs(i - pos) <= WINDOW_WORDS or all(abs(i - other) >= abs(i - pos) for other in number_at)]
    return subject if mine else ""


def _counted_at(tokens: Sequence[Token], pos: int) -> int:
    """The index of the word right after a number and its number words ("2,000 ships", "1.2 million voters")."""
    at = pos + 1
    while at < len(tokens) and (NUMBERISH.match(tokens[at].text) or tokens[at].text.lower() in NUMBER_WORDS):
        at += 1
    return at


# What follows a source said after its clause, before the next clause's number: "reported late on Sunday, and ".
_CLAUSE_AFTER_SOURCE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}\s*,\s*(?:and|but|while|as)?\s*(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$"
)


def subject_key(
    subject: str,
    tokens: Sequence[Token],
    pos: int,
    near: Callable[[int], bool],
    previous: str = "",
    shared: Callable[[int], bool] = lambda index: False,
    sources: set[int] = frozenset(),
    text: str = "",
) -> str:
    subject_words = [w for w in words(subject) if w not in STOPWORDS]
    for i, w in enumerate(subject_words):
        if w in FAMILY_OF:
            if w in DYING and i + 1 < len(subject_words) and (dead := deaths_of(subject_words[-1])):
                return dead  # "1,100 dead sheep and goats": sheep deaths, as "3,000 sheep had died"
            return FAMILY_OF[w]
        if w in BEFORE_WORD and i + 1 < len(subject_words) and subject_words[i + 1] in BEFORE_WORD[w][0]:
            return BEFORE_WORD[w][1]  # "28 had needed hospital treatment"
    lemmas = [same_thing(w) for w in subject_words]
    if lemmas and lemmas[-1] in BUILDINGS:
        return building_key(lemmas[-1], tokens, pos)
    # "17 cholera patients had died": whose head noun says only who, the verb says what is counted.
    if subject_words and subject_words[-1] not in GENERIC_SUBJECTS | VAGUE_SUBJECTS | UNIT_NOUNS | CURRENCY_NOUNS | {
        "patients"
    }:
        # "the number of pupils sickened": the number of them is what is counted ("card numbers" are counted).
        while len(lemmas) > 1 and lemmas[0] in VAGUE_SUBJECTS:
            lemmas = lemmas[1:]
        return " ".join(lemmas)
    if subject_words and subject_words[-1] in UNIT_NOUNS and (head := of_head(tokens, pos)):
        return head  # "12 miles of marsh shoreline": the shoreline is measured
    # The count word nearest to the number: "killed 23,000 people", "23,000 dead"; one
    # nearer another number still counts for a bare "2,000 residents were evacuated".
    # A count word as near another number is that one's as much as mine: "9 died and 64 were
    # injured" counts 64 injured.
    who = bool(subject_words) and subject_words[-1] in GENERIC_SUBJECTS  # people, whatever else a word says
    family = [
        (not near(t.index), shared(t.index), abs(t.index - pos), name)
        for t in tokens
        if abs(t.index - pos) <= WINDOW_WORDS
        and not (who and _across_another(tokens, t.index, pos, text))
        and (name := family_at(tokens, t.index))
    ]
    if family:
        return min(family)[3]
    # "23 workers from the Ghent paint factory had been treated in hospital": the verb
    # comes later, in the clause before any other number.
    for t in tokens[pos + 1 : pos + 1 + 2 * WINDOW_WORDS]:
        if NUMBERISH.match(t.text) and t.index > pos + 1:
            break
        if name := family_at(tokens, t.index):
            return name
    if not subject_words:
        return ""
    if previous and all(w in VAGUE_SUBJECTS for w in subject_words):
        return previous  # "..., while the company put the number at 11": the number of what came before
    if subject_words[-1] in VAGUE_SUBJECTS and not previous:
        # "the union said the real number was 500": of what, the sentence before says (or nothing does).
        return ""
    # ... or earlier, in the clause before it: "Evacuation orders around X were widened on
    # Tuesday to cover 11,500 people"; never past a source said after what it gives ("Three walkers died,
    # mountain police reported late on Sunday, and 400 slept in halls"): its clause ends there.
    for t in reversed(tokens[max(pos - 2 * WINDOW_WORDS, 0) : pos]):
        if NUMBERISH.match(t.text) or (
            t.text.lower() in SPEECH
            and t.index - 1 in sources
            and _CLAUSE_AFTER_SOURCE.match(text, t.end, tokens[pos].start)
        ) or (text and _RELATIVE.search(text, t.end, tokens[pos].start)):
            break
        if name := family_at(tokens, t.index):
            return name
    key = [w for w in lemmas if w not in VAGUE_SUBJECTS] or lemmas
    # "3,000 people were rescued": the nearest content word says which people.
    content = [
        (abs(t.index - pos), t.text.lower())
        for t in tokens
        if near(t.index)
        and t.index != pos
        and not NUMBERISH.match(t.text)
        and t.text.lower() not in NUMBER_WORDS
        and t.text[:1].islower()
        and t.text.lower() not in STOPWORDS
        and t.text.lower() not in subject_words
        and t.index not in sources
        and t.text.lower() not in COUNTING  # "found 300 people sleeping outside": who counts says nothing of what
        # "kept to its estimate that 70 people were aboard", "repeating that 900 people had fled": a word for a count,
        # or for saying one again, says nothing of what is counted either.
        and t.text.lower() not in VAGUE_SUBJECTS | _SAID_AGAIN
    ]
    if content:
        distance, word = min(content)
        word = _as_done(tokens, pos, distance, word)
        if word in INSIDE or _gone_in(tokens, min(content)[0], pos, word):
            word = "inside"  # "22 people had entered the mine", "only 22 had gone in": who was inside
        # "90 tourists were still stranded": still in the state the count was of, the count itself moving.
        state = ""
        if word == "still":
            still = next((t.index for t in tokens[pos + 1 :] if t.text.lower() == "still"), None)
            following = tokens[still + 1].text.lower() if still is not None and still + 1 < len(tokens) else ""
            # A participle of its own, irregular too: "still taught elsewhere", "still shut", "still held".
            state = following if re.fullmatch(r"[a-z]+(?:ed|ght|wn|en)|shut|held|kept|stuck", following) else ""
        key.append(
            state or ("still" if word in STANDING else word)
        )  # "140 still inside", "12 remained inside": who is left
    return " ".join(key)


def rate_of(after: str, own: Sequence[str]) -> str:
    """What a number is counted per, said after it ("6 million euros a day", "every day", "per tonne") or by
    an adjective of its own subject ("put the blockade's daily cost at 6 million euros"); "" for none."""
    if rate := RATE.match(after):
        return rate.group(1).lower()
    return next((PERIOD_OF[w] for w in own if w in PERIOD_OF), "")


def bargain_of(tokens: Sequence[Token], pos: int, number_at: set[int]) -> str:
    """"offer" or "demand" when the number is what one side of a bargain offers or asks for: the
    cue word shortly before it, with no other number between."""
    for t in reversed(tokens[max(pos - 6, 0) : pos]):
        if t.index in number_at:
            return ""
        if cue := BARGAIN_CUES.get(t.text.lower()):
            return cue
    return ""


def _gone_in(tokens: Sequence[Token], distance: int, pos: int, word: str) -> bool:
    """Whether the content word at `distance` from the number is a verb of going followed by "in" or "inside"."""
    if word not in GONE_IN:
        return False
    at = next((t.index for t in tokens if abs(t.index - pos) == distance and t.text.lower() == word), None)
    return at is not None and at + 1 < len(tokens) and tokens[at + 1].text.lower() in {"in", "inside", "into"}


def family_at(tokens: Sequence[Token], i: int) -> str:
    if tokens[i].text == "March" and i:
        return ""  # the month, not a march
    word = tokens[i].text.lower()
    if word in BEFORE_A_NUMBER and i + 1 < len(tokens) and NUMBERISH.match(tokens[i + 1].text):
        return BEFORE_A_NUMBER[word]
    if word in AFTER_WORD and i and tokens[i - 1].text.lower() in AFTER_WORD[word][0]:
        return AFTER_WORD[word][1]
    if word in BEFORE_WORD and i + 1 < len(tokens) and tokens[i + 1].text.lower() in BEFORE_WORD[word][0]:
        return BEFORE_WORD[word][1]
    for before, name in PHRASE_ENDS.get(word, ()):
        if i >= len(before) and tuple(t.text.lower() for t in tokens[i - len(before) : i]) == before:
            return name
    return FAMILY_OF.get(word, "")


# What ends the words after "of" that say what a length or an area is of.
_OF_END = STOPWORDS | {"will", "would", "could", "can", "may", "might", "must", "should", "is", "are", "per", "each"}


def of_head(tokens: Sequence[Token], pos: int) -> str:
    """ "12 miles of marsh shoreline had been oiled": what a number of units is of (its last word)."""
    unit_at = pos + 1
    while unit_at < len(tokens) and (
        NUMBERISH.match(tokens[unit_at].text) or tokens[unit_at].text.lower() in NUMBER_WORDS
    ):
        unit_at += 1  # "2,000" is two tokens, "1.2 million" three
    if unit_at + 1 >= len(tokens) or tokens[unit_at + 1].text.lower() != "of":
        return ""
    run = []
    for t in tokens[unit_at + 2 : unit_at + 5]:
        if t.text.lower() in _OF_END or not t.text[:1].islower() or NUMBERISH.match(t.text):
            break
        run.append(t.text.lower())
    return same_thing(run[-1]) if run else ""


_SAID_AGAIN = {"repeated", "repeating", "repeats", "insisted", "insisting", "insists", "maintained", "maintaining"}
# ", which 900 people ran", ", where 40 were treated": a relative clause opened before a number.
_RELATIVE = re.compile(r",\s*(?:which|where|whom|whose)\b", re.I)
_THEFT_NOUNS = {"theft", "thefts", "heist", "embezzlement"}
_AUXILIARIES = {"had", "has", "have", "was", "were", "been", "be"}


def money_key(unit: str, tokens: Sequence[Token], pos: int, states: Sequence[str] = (), own: str = "") -> str:
    """An amount of money with a cost word near it is the cost, whatever the subject came out
    as: "the line, budgeted at 1.8 billion euros" and "will cost 1.8 billion euros"; beside
    "insured" it is what insurers pay, another figure; beside "worth" or "value", what
    something is worth ("the paintings were worth 4 million euros", "put their value at 6 million")."""
    if not CURRENCY.match(unit):
        return ""
    # The words near it, and those its parse hangs it on however far: "a valuation of more than 8
    # million euros" is a value, whatever qualifier stands between.
    # ... and what its own subject or a "put ... at" before it names: "the bill could reach 9 million euros",
    # "put the cost of clearing the quarry at 4 million pounds".
    said = [t.text.lower() for t in tokens if abs(t.index - pos) <= 3] + [w for s in states for w in s.split()]
    said += words(own) + _put_at_words(tokens, pos)
    near = {FAMILY_OF.get(w) or ("cost" if w in BILL_WORDS else "value" if w in VALUE_WORDS else None) for w in said}
    # What was stolen: "hackers had stolen digital assets worth about 18 million euros", "put the theft at 23
    # million euros"; not the worth of things called stolen ("the stolen paintings were worth 4 million euros").
    if any(
        t.text.lower() in THEFT_WORDS
        and (
            (abs(t.index - pos) <= 3 and t.text.lower() in _THEFT_NOUNS)
            or (abs(t.index - pos) <= 6 and t.index and tokens[t.index - 1].text.lower() in _AUXILIARIES)
        )
        for t in tokens
    ):
        near.add("stolen")
    return next((family for family in ("insured losses", "cost", "stolen", "value") if family in near), "")


_QUALIFIER_WORDS = {
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "just",
    "only",
    "more",
    "less",
    "than",
    "over",
}


def _put_at_words(tokens: Sequence[Token], pos: int) -> list[str]:
    """The words a source puts at the number ("put the cost of the repairs at 4 million"): between "put" and
    the "at" right before it (a qualifier skipped), no other number between; with the verb when it says what the
    number is ("valued the haul at 2 million"); none if not so said."""
    k = pos - 1
    while k >= 0 and tokens[k].text.lower() in _QUALIFIER_WORDS:
        k -= 1
    if k < 0 or tokens[k].text.lower() != "at":
        return []
    for j in range(k - 1, max(k - 11, -1), -1):
        if NUMBERISH.match(tokens[j].text):
            return []
        if tokens[j].text.lower() in {"put", "puts", "putting"}:
            return [t.text.lower() for t in tokens[j + 1 : k]]
        if tokens[j].text.lower() in {"valued", "values", "valuing", "priced", "prices"}:
            return [t.text.lower() for t in tokens[j : k]]  # "valued the jewels at roughly 2 million euros": what they are worth
    return []


def building_key(noun: str, tokens: Sequence[Token], pos: int) -> str:
    """ "homes destroyed", "homes damaged", "homes without power": one figure each, whatever the noun."""
    states = [
        (abs(t.index - pos), STATE_OF[_state_word(t.text)])
        for t in tokens
        if _state_word(t.text) in STATE_OF
        and abs(t.index - pos) <= WINDOW_WORDS
        # "had lost power", "had lost windows": what it lost, not a home lost ("were lost in the fire" is).
        and not (
            t.text.lower() == "lost"
            and t.index + 1 < len(tokens)
            and re.fullmatch(r"[a-z]+", tokens[t.index + 1].text)
            and tokens[t.index + 1].text not in AFTER_A_LOSS
        )
    ]
    state = min(states)[1] if states else ""
    before = " ".join(t.text.lower() for t in tokens[max(pos - 2, 0) : pos])
    after = {t.text.lower() for t in tokens[pos + 1 : pos + 6]}
    if state == "power restored" and (before == "all but" or "without" in after):
        # "restored to all but 3,500 homes", "restored to parts, but 41,000 were still without it": those left without.
        state = "without power"
    return f"homes {state}" if state else noun


def _state_word(word: str) -> str:
    """A building state word as STATE_OF holds it: "destroying 420 homes" says destroyed."""
    word = word.lower()
    return word[:-3] + "ed" if word.endswith("ing") and word not in STATE_OF else word


def _as_done(tokens: Sequence[Token], pos: int, distance: int, word: str) -> str:
    """A verb in its perfect progressive form says what its past form says: "200 people had been living there"
    counts what "200 people lived there" counts ("liv-ing" and "liv-ed" share a stem). Who "are sleeping"
    outside, as who is found "sleeping" there, is left as said: a state now, not what was done."""
    i = next((t.index for t in tokens if abs(t.index - pos) == distance and t.text.lower() == word), None)
    if i and word.endswith("ing") and len(word) > 5 and tokens[i - 1].text.lower() == "been":
        return word[:-3] + "ed"
    return word


def _across_another(tokens: Sequence[Token], i: int, pos: int, text: str) -> bool:
    """Whether another number and a clause break stand between the word at i and the number at pos: the word is
    that number's alone ("Admissions rose to 45, and eight people lost their sight" counts no admissions in the
    eight people), though "9 died and 64 were injured" leaves each its nearer word. A word before a relative clause
    that holds the number is its main clause's: "Three riders remain in hospital after the stage, which 180 people
    finished"."""
    low, high = sorted((i, pos))
    if i < pos and text and _RELATIVE.search(text[tokens[i].end : tokens[pos].start]):
        return True
    between = [t for t in tokens[low + 1 : high] if NUMBERISH.match(t.text)]
    return bool(between) and bool(text) and bool(re.search(r"[,;]", text[tokens[low].end : tokens[high].start]))
