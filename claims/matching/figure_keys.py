"""Which figure a quantity is an observation of: what it counts (a subject family), where (the
place phrase nearest to it) and in which unit. Pure Python, no database.

Different wordings of one quantity are one subject: "death toll", "number of people
killed" and "deaths" are all `deaths` (SUBJECT_FAMILIES in figure_lexicon.py, the counts that news
follows over time). Other subjects are their own words, singular; claims.matching.figures
also joins a subject to a lone figure whose words contain it ("cases" and "measles cases").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .claim_cues import OWNERS_FIGURE_BEFORE, TIME_WORDS, moved_from, second_source_between, set_again_by_another
from .contrasts import contrast_lead, other_sources_counts
from .counted import Counted, counted_in
from .facts import ClaimFacts, QuantityFacts
from .families import deaths_of_things, is_person, money_family, parsed_family, same_thing, spilled, state_of_things
from .figure_lexicon import (
    AMONG_BEFORE,
    AREA_UNIT,
    BUILDINGS,
    BY_BEFORE,
    CAPACITY_BEFORE,
    CASUALTY_FAMILIES,
    CHANGE_SUBJECTS,
    CREW,
    CURRENCY,
    DRAWN_FROM_BEFORE,
    EARLIER_PERIOD,
    EXTENT_BEFORE,
    FAMILIES_AND_STATES,
    FAMILY_OF,
    IN_INTENSIVE_CARE,
    LEFT_AFTER_RELEASE,
    MASS_WORDS,
    MEASURE_NAMES,
    MORE_AFTER,
    MORE_BEFORE,
    NATIONAL,
    NOT_INSTEAD,
    OF_THE,
    OF_THOSE,
    OF_WHICH,
    PART_AFTER,
    PART_OF,
    PART_OF_WHOLE,
    PAST_PERIOD,
    PERIOD_BEFORE,
    PLANNED_BEFORE,
    POLICE,
    POSSESSIVE_NAME,
    PRONOUNS,
    PUT_AT_BEFORE,
    SEVERITY,
    SEVERITY_FAMILIES,
    STANDING,
    STILL_THERE,
    TO_BETWEEN,
    TO_EACH,
    UNIT_NOUNS,
    VAGUE_SUBJECTS,
    VERB_BEFORE,
    WHOLE,
    WINDOW_WORDS,
)
from .keys import FigureKey
from .no_figure import is_no_figure, keyed_by_parse, series_positions
from .place_references import named_kinds, referred_places, subject_place
from .places import Token, normalise_place, places, token_index, tokens_of
from .similarity import words
from .subject_words import bargain_of, money_key, of_head, own_subject, rate_of, source_words, subject_key


def figure_keys(facts: ClaimFacts) -> list[FigureKey | None]:
    """One key per quantity of the claim: what it counts (a subject family), where (the
    place phrase nearest to it) and in which unit; None when the claim does not say what it
    counts, or the number is no figure (a duration, an age, a vote, a series)."""
    return _claim_keys(facts, _parsed([facts])[0])[0]


def _parsed(claims_facts: Sequence[ClaimFacts]) -> list[list[Counted]]:
    """What each number of the claims counts: as read when the claim was extracted, else parsed now (one parse
    per claim); nothing, and no parse, for a claim whose keys never read it (keyed_by_parse)."""
    stored = [[q.counted for q in f.quantities] if keyed_by_parse(f) else None for f in claims_facts]
    wanted = [f for f, known in zip(claims_facts, stored, strict=True) if known is not None and None in known]
    read = iter(counted_in([f.text for f in wanted], [[(q.start, q.end) for q in f.quantities] for f in wanted]))
    return [
        [Counted()] * len(f.quantities) if known is None else next(read) if None in known else known
        for f, known in zip(claims_facts, stored, strict=True)
    ]


def _claim_keys(
    facts: ClaimFacts, parsed: Sequence[Counted], named: dict[str, str] | None = None
) -> tuple[list[FigureKey | None], dict[int, FigureKey]]:
    """figure_keys, and the numbers that are a figure but do not say of what (their key with an
    empty subject): the sentence they continue may say it ("TTK said 157 miners were
    underground, but the union said more than 200 had gone down")."""
    if not facts.quantities:
        # Half the claims hold no number: their places and sources would be worked out for no key.
        return [], {}
    tokens = tokens_of(facts.text)
    positions = [token_index(tokens, q.start, q.end) for q in facts.quantities]
    number_at = {p for p in positions if p is not None}
    counted = {w for q in facts.quantities for w in words(q.subject)} | set(FAMILY_OF)
    # Each place and count word belongs to the number nearest to it.
    spoken_from: list[str] = []
    # A place named only by its kind ("in the district") is a part of the story's place: it never takes that over.
    referred = referred_places(facts.text, tokens, named or {})
    found_places = places(facts.text, tokens, counted, spoken_from) + referred
    whole_words = set(words(PART_OF.sub("", facts.text)))
    whole = bool(WHOLE & whole_words)
    national = bool(NATIONAL & whole_words)
    hint = tuple(
        {normalise_place(p) for _, p in found_places} | {normalise_place(m) for m in POSSESSIVE_NAME.findall(facts.text)}
        | {normalise_place(p) for p in spoken_from}
    )
    # Numbers that count a part of another ("including 300 in Leeds", "80 of them in Leeds", "Of the cases
    # in Norway, 12 were in Bergen").
    parts = {
        p for q, p in zip(facts.quantities, positions, strict=True)
        if p is not None and (AMONG_BEFORE.search(facts.text[: q.start]) or OF_THOSE.match(facts.text[q.end :])
                              or OF_WHICH.match(facts.text[q.end :]) or DRAWN_FROM_BEFORE.search(facts.text[: q.start]))
    }
    # Words that say who gives a number ("the city health office said") say nothing of what it counts.
    sources = source_words(facts.text, tokens)
    keys: list[FigureKey | None] = []
    unsaid: dict[int, FigureKey] = {}
    # The numbers whose parse says what happened to what they count ("14 people detained").
    evented: set[int] = set()
    previous_subject = previous_unit = ""
    for n, (q, pos) in enumerate(zip(facts.quantities, positions, strict=True)):
        if pos is None or is_no_figure(facts.text, q):
            keys.append(None)
            continue
        last = keys[-1] if keys else None
        if last is not None and (q.unit or last.unit) == last.unit:
            if moved_from(facts.text, q.start):
                # "35 were injured, up from 21 on Tuesday": the count the number before it moved from,
                # unless it was another period's ("1,450 last week, up from 620 the week before").
                other_period = EARLIER_PERIOD.match(facts.text[q.end :])
                keys.append(replace(last, subject=f"{last.subject} {PERIOD_BEFORE}") if other_period else last)
                continue
            if NOT_INSTEAD.search(facts.text[: q.start]) or _answers(facts, n, last.subject) or set_again_by_another(
                facts.text, facts.quantities[n - 1].start, q.start
            ) or (
                OWNERS_FIGURE_BEFORE.search(facts.text[: q.start]) and not set(words(q.subject)) - VAGUE_SUBJECTS
            ):
                # "87 had been detained, not 60 as the police say", "..., but police put the crowd at
                # 20,000", "branded the union's figure of 25 false": another value of what the one before counts
                keys.append(last)
                continue

        def nearest_to_me(index: int, pos: int = pos) -> bool:
            distance = abs(index - pos)
            return distance <= WINDOW_WORDS and all(abs(index - other) >= distance for other in number_at)

        def shared(index: int, pos: int = pos) -> bool:
            return any(abs(index - other) <= abs(index - pos) for other in number_at if other != pos)

        unit = q.unit or ""
        if not unit and not words(q.subject) and CURRENCY.match(previous_unit):
            unit = previous_unit  # "85 million euros; the company says closer to 140 million"
        read = parsed[n]
        # Who says or does something to the number is not what it counts ("Prosecutors repeated
        # that 85 million euros had been lost", "his teams had counted 140").
        agents = {t.index for t in tokens if t.start in read.agents}
        own = own_subject(q.subject, tokens, pos, number_at, sources | agents)
        if AREA_UNIT.match(unit) and not set(words(own)) & FAMILY_OF.keys():
            # "the blaze covered 4 hectares", "flames had spread over 9 hectares", "the search area was widened to
            # 2,000 sq km": what an area is of goes by many names in one event; the area is the one in that unit.
            own = "acres" if unit.startswith("acre") else "hectares" if unit.startswith("hectare") else "square kilometres"
        if (
            # ... and of a sum the extractor calls only an estimate: "raised its estimate of the debts to 90 million euros"
            (unit in ("", "%") or (CURRENCY.match(unit) and bool(own) and set(words(own)) <= VAGUE_SUBJECTS))
            and read.phrase
            and read.noun not in VAGUE_SUBJECTS | PRONOUNS
            and (read.named or (own and set(words(own)) <= VAGUE_SUBJECTS))
        ):
            # "the amount of dead fish removed rose to 31 tonnes": dead fish; "turnout had been no
            # higher than 48%", "the board stood by its turnout figure of 61.4%": turnout, whatever
            # subject the extractor gave (none, or who stood by it). A noun the parse only guesses
            # stays out ("the number of patients admitted this year rose to 43,050" is no year).
            own = read.phrase
        event = (
            parsed_family(read, unit) or money_family(read, unit, own) or spilled(read, unit, f"{_clause_after(facts, n)} {_relative_before(facts, n)}")
            or deaths_of_things(read, unit) or state_of_things(read.noun, read, unit)
        )
        if not event and not unit and IN_INTENSIVE_CARE.match(_clause_after(facts, n)) and (
            not read.noun or read.noun in PRONOUNS or is_person(read.noun)
        ):
            # "11 were in intensive care", "six patients are still in intensive care": in hospital, badly (below).
            event = "hospitalised"
        if not event and read.noun in PRONOUNS and n and parsed[n - 1].states:
            # "41,200 patients were admitted, 18,500 of them in Dhaka": what happened to them.
            event = parsed_family(parsed[n - 1], unit)
        if not event and not read.noun and n:
            # "40 bridges were inspected: 3 were destroyed and 11 damaged": what happened to those things.
            event = state_of_things(next((p.noun for p in parsed[n - 1 :: -1] if p.noun), ""), read, unit)
        if event:
            evented.add(n)
            subject = event
            # "officers, nine of whom were hurt": who a pronoun stands for, the extractor's subject says.
            who = set(words(q.subject)) if read.noun in PRONOUNS else set(read.phrase.lower().split() or [read.noun])
            if event in CASUALTY_FAMILIES and POLICE & who:
                subject = f"{event} police"
        elif read.vague and previous_subject and previous_unit == unit:
            subject = previous_subject  # "..., but police put the figure at 12,000": the number of what came before
        elif read.vague and not set(words(own)) - VAGUE_SUBJECTS:
            # "accused the board of inflating its figure of 61.4%": the claim before says of what
            # (article_figure_keys), not a count word that happens to stand near.
            subject = ""
        else:
            # A bare number after a counted one is elliptical: "150,000 killed, including 110,000 in Aceh".
            subject = money_key(unit, tokens, pos, read.states, own) or subject_key(
                own, tokens, pos, nearest_to_me, previous_subject, shared, sources, facts.text
            )
        crew = CREW & (set(words(q.subject)) if read.noun in PRONOUNS else set(read.phrase.lower().split() or [read.noun]))
        if subject in CASUALTY_FAMILIES | {"ill", "aboard"} and crew:
            subject = f"{subject} crew"  # "12 crew fell ill", "with 300 passengers and 20 crew aboard": apart from who travels
        own_words = set(words(own))
        if (
            previous_subject and previous_unit == unit and own_words and own_words <= UNIT_NOUNS
            and not of_head(tokens, pos) and not event
        ):
            # "12 miles of shoreline, three times the 4 miles X had reported"; not "flattened 50 hectares of
            # cane and damaged a further 80 hectares", whose own verb says what happened to them.
            subject = previous_subject
        if subject in BUILDINGS and previous_subject.startswith("homes "):
            subject = previous_subject  # "450,000 customers lost power ..., putting it at 700,000 households"
        subject = subject or previous_subject
        if CURRENCY.match(unit) and _to_each(facts, n):
            subject = TO_EACH  # "pay each of them 150 euros", "each family will receive 4,000 rupees"
        if len(own_list := words(own)) > 1 and own_list[0] in MASS_WORDS and not event:
            subject = "weight"  # "the 500 kg bomb", "a 40-tonne lorry": the thing's weight, as "weighing 500 kg"
        measure_only = bool(own_words) and own_words <= UNIT_NOUNS | VAGUE_SUBJECTS | MEASURE_NAMES and unit not in {"", "%", "pp"} and (
            not CURRENCY.match(unit)
            # "leaving 300 patients waiting, repeating its estimate of 2 million pounds": a sum that names only an estimate
            # is no sum of what the number before counted in another unit, but the one sum of these days in its currency.
            or (previous_unit != unit and subject == previous_subject)
        )
        if measure_only and not event and not of_head(tokens, pos) and not (previous_unit == unit and subject == previous_subject):
            # "estimating it at 4,200 barrels": a measure that says nothing of what it measures is
            # the one figure reported in that unit these days (claims.matching.figures), an empty subject;
            # but "the queue stretched for 18 km" says it measures a length, as "it was 40 km long" does.
            subject = "length" if EXTENT_BEFORE.search(facts.text[: q.start]) else ""
        # A whole stated near another number, or far from this one ("a trade deal with other countries"), is not its.
        whole = any(
            t.text.lower() in WHOLE & whole_words
            and not (pos in parts and t.index < pos)
            and (
                (abs(t.index - pos) <= 2 * WINDOW_WORDS and not shared(t.index))
                or _owns_place(t.index, pos, number_at, parts, nearest_to_me)
            )
            for t in tokens
        )
        mine = [(abs(i - pos), i, place) for i, place in found_places if _owns_place(i, pos, number_at, parts, nearest_to_me)]
        scope = normalise_place(min(mine)[2]) if mine else subject_place(facts.text, q.subject, found_places)
        part = bool(mine) and (
            bool(PART_AFTER.match(facts.text[_place_end(facts.text, tokens, min(mine)[1], min(mine)[2]) :]))
            or min(mine)[1:] in referred or bool(OF_THE.match(facts.text[q.end :]))  # "9 of the cases were in Oslo"
        )
        if not subject and not measure_only:
            keys.append(None)
            unsaid[n] = FigureKey(subject="", scope=scope[:200], unit=unit[:20], whole=whole and not scope, part=part)
            continue
        if not unit and LEFT_AFTER_RELEASE.search(facts.text[: q.start]):
            subject = "missing"
        previous_subject, previous_unit = subject, unit
        following = facts.quantities[n + 1] if n + 1 < len(facts.quantities) else None
        if _is_change(facts.text, q, following, facts.quantities[n - 1] if n else None):
            subject = f"{subject} change"
        after = facts.text[q.end :]
        # "46 were lost in the bay, 3 of them carrying acid": of the family of the count before, with no place of
        # its own, a part; "4 of them seriously" is how many were badly hurt (below).
        # "Four of the dead were tourists": drawn from the family the words after "of the" name, a part of it too.
        of_the = OF_THE.match(after)
        drawn_from = words(after[of_the.end() :])[:1] if of_the else []
        same_family = not SEVERITY.search(_clause_after(facts, n)) and (
            (not scope and last is not None and last.subject == subject)
            or bool(drawn_from and FAMILY_OF.get(drawn_from[0]) == subject)
        )
        if ((OF_THOSE.match(after) or OF_THE.match(after)) and (subject.removesuffix(" police") not in FAMILIES_AND_STATES or same_family)) \
                or OF_WHICH.match(after) or (AMONG_BEFORE.search(facts.text[: q.start])
                                             and not (scope and subject in FAMILIES_AND_STATES)):
            # "410,000 of those affected lived ...", "including 12 children": a part; of a family, with a place
            # of its own, that place's count ("including 80 in Leeds", as "80 of them in Leeds")
            subject = f"{subject} among them"
        if CAPACITY_BEFORE.search(facts.text[: q.start]):
            subject = f"{subject} capacity"
        elif not unit and PLANNED_BEFORE.search(facts.text[: q.start]):
            subject = f"{subject} planned"
        if PAST_PERIOD.search(_clause_after(facts, n)):
            subject = f"{subject} {PERIOD_BEFORE}"  # "seized 40 tonnes at the port last year": another period's
        if subject in SEVERITY_FAMILIES and (severity := SEVERITY.search(_clause_after(facts, n))):
            # "Five people were seriously injured" is not how many were injured.
            subject = f"{subject} {'slightly' if severity.group(1).lower() in {'slightly', 'lightly'} else 'seriously'}"
        elif subject == "hospitalised" and (STILL_THERE.match(_clause_after(facts, n)) or STANDING & set(read.states)):
            subject = "hospitalised still"  # "nine remain in hospital": who lies there now, not all who were taken there
        if bargain := bargain_of(tokens, pos, number_at):
            subject = f"{subject} {bargain}"
        if subject != TO_EACH and (rate := rate_of(facts.text[q.end :], own_list)):
            subject = f"{subject or unit} per {rate}"
        keys.append(FigureKey(
            subject=subject[:200], scope=scope[:200], unit=unit[:20], whole=whole and not scope,
            hint=_hint_of_mine(hint, found_places, pos, parts) if not scope else (), part=part,
            national=national and not scope,
        ))
    _part_and_whole(facts, parsed, keys, evented)
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


def _part_and_whole(facts: ClaimFacts, parsed: Sequence[Counted], keys: list[FigureKey | None], evented: set[int]) -> None:
    """"2,100 of the firm's 3,800 workers could lose their jobs": the whole a part is drawn from counts how
    many there are in all, another figure than the part's; what the words after it say happened (jobs
    lost) is the part's, unless the whole's own parse says what happened to it ("9 of the 14 people
    detained", the detained); a part said of nothing else is a part, as "seven of the trucks" is."""
    for n in range(1, len(keys)):
        whole, part = keys[n], keys[n - 1]
        q = facts.quantities[n]
        if whole is None or n in evented or not PART_OF_WHOLE.match(facts.text[facts.quantities[n - 1].end : q.start]):
            continue
        bare = " ".join(same_thing(w) for w in words(parsed[n].phrase or q.subject) if w not in VAGUE_SUBJECTS)
        if not bare:
            continue
        keys[n] = replace(whole, subject=f"{bare} in all"[:200])
        if part is not None and part.subject == bare:
            # Drawn from the whole, and said of nothing else ("visited 210 of the 2,600 stations"): a part.
            keys[n - 1] = replace(part, subject=whole.subject if whole.subject != bare else f"{bare} among them")
        if n + 1 < len(keys) and keys[n + 1] == whole and _corrects_the_part(facts, n):
            keys[n + 1] = keys[n - 1]


def _corrects_the_part(facts: ClaimFacts, n: int) -> bool:
    """Whether the number after a whole ("620 of the 3,150 cars were electric, not the 400 it had given")
    corrects what the sentence says of the part: a verb stands between the whole and "not"."""
    text = facts.text
    between = text[facts.quantities[n].end : facts.quantities[n + 1].start]
    return bool(NOT_INSTEAD.search(text[: facts.quantities[n + 1].start])) and bool(
        re.search(r"\b(?:were|was|are|is|had|have|has|could|would|will|[a-z]+ed)\b", between.split(",")[0])
    )


def _to_each(facts: ClaimFacts, n: int) -> bool:
    """Whether the n-th number, a sum, is what each one gets: "each" in its clause, no other number between."""
    q = facts.quantities[n]
    start = facts.quantities[n - 1].end if n else 0
    end = facts.quantities[n + 1].start if n + 1 < len(facts.quantities) else len(facts.text)
    before = re.split(r"[;.]", facts.text[max(start, q.start - 60) : q.start])[-1]
    after = re.split(r"[,;.]", facts.text[q.end : min(end, q.end + 60)], maxsplit=1)[0]
    return bool(re.search(r"\beach\b", before, re.I) or re.search(r"\beach\b", after, re.I))


def _owns_place(i: int, pos: int, number_at: set[int], parts: set[int], nearest: Callable[[int], bool]) -> bool:
    """Whether the place at token i is the number's at pos: the nearest number's, but a part's place comes
    after it; one before it belongs to the whole it is drawn from ("40 had tested positive in Norway,
    12 of them in Bergen": Norway is the 40's)."""
    if pos in parts and i < pos:
        return False
    following = min((p for p in number_at if p > pos), default=None)
    return nearest(i) or (following in parts and pos < i < following)


def _hint_of_mine(hint: tuple[str, ...], found: Sequence[tuple[int, str]], pos: int, parts: set[int]) -> tuple[str, ...]:
    """The places a claim names, but those of a part counted by another of its numbers: in "2,000 people
    were treated, including 300 in Leeds" Leeds is the 300's place, no hint of the 2,000's."""
    theirs = {
        normalise_place(p) for i, p in found
        if (nearest := min(parts | {pos}, key=lambda at: abs(at - i))) != pos and abs(nearest - i) < abs(pos - i)
        and i > nearest  # a place before a part is the whole's (_owns_place)
    }
    return tuple(h for h in hint if h not in theirs)


def _answers(facts: ClaimFacts, n: int, subject: str) -> bool:
    """Whether the n-th number is another source's, put at a number of what the one before counts:
    its name for it says no other thing ("the crowd"), or the same ("the number of shops damaged")."""
    put = PUT_AT_BEFORE.search(facts.text[: facts.quantities[n].start])
    if put is None or not second_source_between(facts.text, facts.quantities[n - 1].start, facts.quantities[n].start):
        return False
    named = put.group(1).lower().split(" of ", 1)
    if len(named) == 1:  # "the crowd", unless it names another family than the one before ("the death toll")
        families = {FAMILY_OF[w] for w in words(named[0]) if w in FAMILY_OF}
        return not families or subject.split()[0] in families or subject.split()[0] not in FAMILY_OF.values()
    own = words(named[1])
    return bool(own) and same_thing(own[0]) in {same_thing(w) for w in subject.split()}


def _clause_after(facts: ClaimFacts, n: int) -> str:
    """The words after the n-th number, up to the next number or the end of its clause."""
    q = facts.quantities[n]
    end = facts.quantities[n + 1].start if n + 1 < len(facts.quantities) else len(facts.text)
    return re.split(r"[,;.]", facts.text[q.end : min(end, q.end + 80)], maxsplit=1)[0]


_RELATIVE_VERB = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?([a-z]+)\b[^,;.]*$")


def _relative_before(facts: ClaimFacts, n: int) -> str:
    """The verb of a relative clause just before the n-th number, in its clause: "its estimate of the
    ammonia that escaped to 35 tonnes" says what happened to what it measures."""
    found = _RELATIVE_VERB.search(facts.text[max(0, facts.quantities[n].start - 80) : facts.quantities[n].start])
    return found.group(1) if found else ""


def _place_end(text: str, tokens: Sequence[Token], index: int, place: str) -> int:
    """Where the place phrase found at token `index` ends in the text."""
    end = tokens[index].start + len(place)
    return end if text[tokens[index].start : end] == place else tokens[index].end


def article_figure_keys(claims_facts: Sequence[ClaimFacts]) -> list[list[FigureKey | None]]:
    """figure_keys of an article's claims, in the order they are written: a subject that
    says only that something changed takes the key the article last gave a value in that unit,
    and a number that does not say what it counts, in a claim that goes on with the sentence
    of the one before ("..., but the union said more than 200 had gone down") or that says it
    is only a count ("his teams had counted 140"), counts what that claim last counted in its unit."""
    last: dict[str, FigureKey] = {}
    result: list[list[FigureKey | None]] = []
    named: dict[str, str] = {}  # places named with their kind ("Varna district"), for "in the district" after
    for facts, parsed in zip(claims_facts, _parsed(claims_facts), strict=True):
        keys, unsaid = _claim_keys(facts, parsed, named)
        named = named_kinds(facts.text, named)
        if result:
            _answered_across(claims_facts[len(result) - 1], result[-1], facts, keys)
            before = [k for k in result[-1] if k is not None]
            # A count that says only that it is one ("Love County's manager said his teams had
            # counted 140", "the Red Cross count of 90") counts what the claim before counted.
            continuing = unsaid if facts.text[:1].islower() or contrast_lead(facts) else {
                i: k for i, k in unsaid.items() if parsed[i].vague
            }
            for i, key in continuing.items():
                same_unit = [k for k in before if k.unit == key.unit]
                if same_unit:
                    keys[i] = replace(same_unit[-1], scope=key.scope or same_unit[-1].scope, part=key.part)
        for i, key in enumerate(keys):
            if key is None:
                continue
            if set(key.subject.split()) <= CHANGE_SUBJECTS and key.unit in last:
                keys[i] = last[key.unit]
            else:
                last[key.unit] = key
        result.append(keys)
    other_sources_counts(claims_facts, result)
    return result


def _answered_across(before: ClaimFacts, before_keys: list[FigureKey | None], facts: ClaimFacts, keys: list[FigureKey | None]) -> None:
    """"A group attacked the ministry's estimate of 500,000 euros, putting the dredging bill at 900,000 euros",
    read as a claim that ends before "putting" and one that holds the whole sentence: the sum the first names only
    as another's figure, its subject unsaid, is of what the answer put at a number names."""
    offset = facts.text.find(before.text)
    first = next((i for i, k in enumerate(keys) if k is not None), None)
    if offset < 0 or first is None or not keys[first].subject:
        return
    answer = facts.quantities[first]
    if not PUT_AT_BEFORE.search(facts.text[: answer.start]):
        return
    for j, (theirs, key) in enumerate(zip(before.quantities, before_keys, strict=True)):
        owner = OWNERS_FIGURE_BEFORE.search(before.text[: theirs.start])
        if (
            key is not None and not key.subject and key.unit == keys[first].unit and offset + theirs.end <= answer.start
            and owner is not None and owner.group(1).lower() not in TIME_WORDS
        ):
            before_keys[j] = keys[first]


def _is_change(text: str, q: QuantityFacts, following: QuantityFacts | None, previous: QuantityFacts | None) -> bool:
    """"seven more bodies", "another 40", "rose by 237 to 5,380": the number is a change of the count.
    Not after a number done something else to ("destroying 420 homes and damaging 1,600 more",
    "flattened 50 hectares and damaged a further 80"): those more are others, another count."""
    more = MORE_BEFORE.search(text[: q.start])
    if MORE_AFTER.match(text[q.end :]) or more:
        return previous is None or _verb_before(text, more.start() if more else q.start) in (
            "", _verb_before(text, previous.start)
        )
    return bool(
        following and BY_BEFORE.search(text[: q.start]) and TO_BETWEEN.match(text[q.end : following.start])
    )


def _verb_before(text: str, end: int) -> str:
    """The verb right before a number ("damaging about 1,600"), its qualifier skipped; "" if none."""
    found = VERB_BEFORE.search(text[:end])
    return found.group(1).lower() if found else ""


