"""Numeric claims: find the numbers of a parsed text, their value, unit,
qualifier and the subject they count.

Mentions are found with regular expressions over the raw text (spaCy splits
"$1.13bn" and "£600m" inconsistently), then tied to tokens through character
offsets so that the dependency parse can name what the number counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .measures import canonical_unit, in_place_name, is_address, is_money, measure_units, names_unit, unit_word_after
from .pipeline import text_of

_CUR = (r"(?P<cur>US\$|\$US|AU\$|A\$|CA\$|C\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|₩|₦|₺|₱|Rs\.?\s?|RM\s?|CHF\s?"
        r"|K?Sh(?=\d)|[RP](?=\d)"
        r"|(?:USD|EUR|GBP|SEK|NOK|DKK|JPY|CNY|INR|AUD|CAD|HKD|SGD|ZAR|MYR)\s?)?")
# A minus sign right before the digits: "-3 degrees", "$-12.4bn" (never after a digit: "2-0")
_NEG = r"(?P<neg>(?<![\w.,])[-−](?=\d))?"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = (r"(?P<scale>(?:bn|mn|mln|tn|trn|m|k|b)(?![A-Za-z])"
          r"|[\s-]?(?:(?:lakhs?|thousand)\scrores?|thousand|million|billion|trillion|lakhs?|crores?)\b)?")
_SUFFIX = (r"(?P<suf>\s?%|\s?°\s?[CF](?![A-Za-z])|[CF](?![A-Za-z])|[ \t][CF](?![\w-])|[pc](?![A-Za-z])|\s(?:per\s?cent|percent|percentage points?)\b"
           r"|\s?(?:km/h|kph|km|kg|mph|cm|mm|ml|kWh|MWh|GWh|TWh|kW|MW|GW|ft|sq|GB|MB|TB|KB|Mbps|Gbps|lbs|lb|mg|oz)(?![A-Za-z]))?")
# Not preceded by a letter, digit or "X-" (G7, CS2, COVID-19), not followed by
# letters (5G, 22nd, 3pm) or a clock/decimal continuation.
DIGITS_RE = re.compile(
    r"(?<![A-Za-z0-9_.,:$£€¥₹])(?<![A-Za-z]-)" + _CUR + _NEG + _NUM + _SCALE + _SUFFIX + r"(?![A-Za-z0-9]|[:.,]\d)"
)
_LETTER_MONEY_RE = re.compile(r"(?<![A-Za-z0-9])(?P<cur>[RP])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:bn|m|k|million|billion)\b)")
_CUR_AFTER_RE = re.compile(
    r"\s(" + "|".join(sorted(lx.CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_WEIGHT_BEFORE_RE = re.compile(r"\b(?:weigh\w*|weight|heav(?:y|ier|iest)|light(?:er|est))\b[^.;]*$", re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?|GMT|BST|EST|ET|CET|UTC|hrs|o'clock)\b", re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Fractions keep the six decimals Quantity.value stores: 2/3 -> 0.666667, within any
# reasonable tolerance of the exact value.
FRACTION_PLACES = Decimal("0.000001")

_NUMBER_WORDS = set(lx.UNITS_WORDS) | set(lx.TENS_WORDS) | set(lx.SCALE_WORDS)
_PLURAL_SCALES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                  "billions": 10**9, "trillions": 10**12}
_IDENTIFIER_ENTS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "GPE", "LOC",
                    "NORP", "LANGUAGE"}
_CHANGE_NOUNS = {"rise", "fall", "increase", "decrease", "drop", "growth", "decline", "jump", "gain",
                 "slump", "hike", "reduction", "cut", "cuts", "surge", "dip", "loss", "losses", "boost"}
# Nouns that hold a number rather than name what it counts.
_CONTAINER_NOUNS = {"average", "total", "maximum", "minimum", "sum", "figure", "record", "peak", "high",
                    "low", "level", "tally", "number"}
_CHANGE_VERBS = set(lx.verb_forms("lose lost lost loses losing", "gain", "shed shed sheds shedding",
                                   "add added adds adding", "rise rose risen rises rising", "fall fell fallen falls falling",
                                   "drop dropped drops dropping", "slip slipped slips slipping", "climb", "jump",
                                   "slide slid slides sliding", "tumble", "surge", "plunge", "sink sank sunk sinks sinking",
                                   "grow grew grown grows growing", "decline", "advance", "edge", "dip dipped dips dipping"))
_COST_VERBS = {"cost", "costs", "costing", "fetch", "fetched", "fetches", "sold", "sell", "sells"}
_MEASURE_UNITS = lx.TIME_UNITS | {"times", "point", "points", "percentage", "miles", "mile", "km",
                                  "kilometres", "kilometers", "metres", "meters", "feet", "tonnes",
                                  "tons", "litres", "barrels", "acres", "hectares", "kg", "pounds"}


# "nothing of the £85", "a fraction of the millions": a part of the amount, not what it is
_PORTION_NOUNS = {"penny", "cent", "fraction", "part", "portion", "share", "proportion", "bit", "lot", "most",
                  "much", "none", "rest", "remainder", "majority", "minority", "average", "rate", "total", "half",
                  "third", "quarter", "tenth", "percentage", "per", "excess", "sum"}
# "£5m for the year", "$3bn on Monday": a for/on phrase that names no purpose
_NOT_PURPOSES = {"first", "time", "record", "example", "instance", "average", "basis", "top", "sale", "offer",
                 "end", "back", "board", "hand", "course", "track", "behalf", "condition", "part"}
# "$1,700 per household": shared out, not a price
_PER_HEAD = {"household", "person", "head", "capita", "family", "student", "pupil", "patient", "resident",
             "worker", "employee", "child", "adult", "customer", "user", "voter", "citizen", "member"}


@dataclass
class Mention:
    """One number in the text, before it becomes an ExtractedQuantity."""

    start: int  # the number as written, with its scale word ("1.13bn", "300 million")
    end: int
    value: Decimal
    unit: str | None = None
    ext_start: int = 0  # the whole amount, with currency sign / "%" / currency word
    ext_end: int = 0
    qualifier: str = "exact"
    subject: str = ""
    has_scale: bool = False
    is_word: bool = False
    range_partner: Mention | None = field(default=None, repr=False)
    anchor: Mention | None = field(default=None, repr=False)


def find_quantities(doc: Doc) -> list[Mention]:
    text = text_of(doc)
    mentions = _digit_mentions(text) + _word_mentions(doc)
    mentions.sort(key=lambda m: m.start)
    mentions = _drop_overlaps(mentions)
    mentions = _ratios(text_of(doc), mentions)
    kept = [m for m in mentions if not _is_non_quantity(doc, m)]
    for m in kept:
        if m.value == m.value.to_integral_value():
            m.value = m.value.quantize(Decimal(1))
    _link_ranges_and_conversions(text, kept)
    for m in kept:
        if m.anchor is None and m.range_partner is None:
            _analyse(doc, m)
    for m in kept:  # "8-10%": parse the range as one amount
        if m.range_partner is not None and not m.range_partner.subject:
            p = m.range_partner
            joined = Mention(m.start, p.end, p.value, p.unit, m.ext_start, p.ext_end)
            p.subject = _subject(doc, joined)
    for m in kept:  # second pass: copy from the amount each one converts or pairs with
        if m.anchor is not None:
            m.subject, m.qualifier = m.anchor.subject, m.anchor.qualifier
        elif m.range_partner is not None:
            m.subject = m.range_partner.subject
            m.qualifier = _qualifier(doc, m)
    _share_parallel_subjects(text, kept)
    measure_units(doc, kept)
    return kept


# "27.3 per cent, compared with 12.1 per cent", "from 1,240 to 1,105", "450
# points, or 1.3%": a second value of the same kind measures the same thing.
_PARALLEL_RE = re.compile(r"^(?:\s+[a-z]+)?[\s,;]*(?:(?:compared|against|up|down|rising|falling)\s+(?:with|to|from)\s+|"
                          r"(?:or|and|from|to|versus|vs\.?|against)\s+|\(\s*)(?:just\s+|only\s+|about\s+)?$")


# "12,000 season tickets, 2,000 more than last year": a difference after a comma
_DIFFERENCE_AFTER_RE = re.compile(r"\s+(?:more|fewer|less|higher|lower|up|down)\b")


# "410,000 tonnes for the year, up from 385,000", "€1,900 per megawatt-hour,
# compared with €85": a few words, a comma, then the earlier value
_EARLIER_VALUE_RE = re.compile(r"^(?:\s+[a-z][a-z-]*){0,4}\s*,\s*(?:up|down|compared|rising|falling)\s+(?:with|from)\s+"
                               r"(?:just\s+|only\s+|about\s+)?$")


def _share_parallel_subjects(text: str, ms: list[Mention]) -> None:
    for k, (prev, m) in enumerate(zip(ms, ms[1:])):
        only_unit = bool(m.subject) and (m.subject.split()[-1].lower() in _MEASURE_UNITS - lx.TIME_UNITS
                                         or m.subject.lower() in ("%", "percent", "per cent"))
        part = re.search(r",\s*of\s+(?:which|whom)\s+$", text[max(0, m.ext_start - 12):m.ext_start])
        if m.subject and not only_unit and not part:  # "900 cars, of which 200 ...": a part of them
            continue
        gap = text[prev.ext_end:m.ext_start]
        difference = re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*,\s*", gap) and _DIFFERENCE_AFTER_RE.match(text, m.ext_end)
        near = prev.subject and m.ext_start - prev.ext_end <= 40
        if near and (difference or _PARALLEL_RE.match(gap) or _EARLIER_VALUE_RE.match(gap)) and (
                prev.unit == m.unit or (prev.unit != "%" and m.unit == "%")):
            m.subject = prev.subject
            continue
        # "31% of the group's sales, against 38% two years ago", "rose 8.4% in the 12 months
        # to August, compared with 2.5%", "sold 900 cars, of which 200 ...": the earlier
        # value of the same unit in the sentence
        if _COMPARED_BEFORE_RE.search(text, max(0, m.ext_start - 30), m.ext_start):
            same = next((p for p in reversed(ms[:k + 1]) if p.unit == m.unit and p.subject and not p.is_word
                         and m.ext_start - p.ext_end <= 120 and ". " not in text[p.ext_end:m.ext_start]), None)
            if same is not None and same.subject.split()[-1].lower() not in lx.TIME_UNITS:
                m.subject = same.subject


_COMPARED_BEFORE_RE = re.compile(r"(?:,\s*|\s)(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|versus|vs\.?"
                                 r"|of\s+(?:which|whom|them|those))"
                                 r"\s+(?:just\s+|only\s+|about\s+|around\s+)?$")


# --- finding mentions ---------------------------------------------------------


def _digit_mentions(text: str) -> list[Mention]:
    out = []
    # "R1.42bn", "P14,000": a letter the article writes as a currency with a scale or
    # thousands makes its other amounts money too ("R212", "P17"); alone, a letter is a name
    letters = {mt.group("cur") for mt in _LETTER_MONEY_RE.finditer(text)}
    for mt in DIGITS_RE.finditer(text):
        if _CLOCK_AFTER_RE.match(text, mt.end()) and not mt.group("cur") and not mt.group("suf"):
            continue
        if mt.group("cur") in ("R", "P") and mt.group("cur") not in letters:
            continue
        num = mt.group("num")
        value = Decimal(num.replace(",", ""))
        scale = (mt.group("scale") or "").strip(" -").lower()
        for word in scale.split():  # "1.5 lakh crore": a lakh of crores
            value *= lx.SCALE_ABBREV[word]
        if mt.group("neg"):
            value = -value
        end = mt.end("scale") if mt.group("scale") else mt.end("num")
        unit = None
        cur = (mt.group("cur") or "").strip()
        if cur:
            unit = lx.CURRENCY_SYMBOLS.get(cur, lx.CURRENCY_SYMBOLS.get(cur.rstrip(".")))
        suf = (mt.group("suf") or "").strip().lower()
        ext_end = mt.end()
        if suf in ("p", "c") and mt.group("suf") == suf:
            if cur:  # "$5p" is not pence; give the p back
                ext_end = mt.end("suf") - 1
            else:
                unit = "GBX" if suf == "p" else "cents"  # "7p", "186c a share"
        elif suf.replace(" ", "") in ("c", "f", "°c", "°f"):
            unit = "°" + suf[-1].upper()
        elif suf and suf[0].isalpha() and "per" not in suf:
            unit = canonical_unit(mt.group("suf").strip())  # a measure: "600km", "128GB"
        elif suf:
            unit = "pp" if "point" in suf else "%"
        if unit is None:
            after = _CUR_AFTER_RE.match(text, ext_end)
            if after and after.group(1).lower() in ("pound", "pounds") and \
                    _WEIGHT_BEFORE_RE.search(text, max(0, mt.start() - 40), mt.start()):
                after = None  # "weighs 1,200 pounds": a weight, not sterling
            if after:
                unit = lx.CURRENCY_WORDS[after.group(1).lower()]
                ext_end = after.end()
        out.append(Mention(start=mt.start("neg") if mt.group("neg") else mt.start("num"), end=end, value=value, unit=unit,
                           ext_start=mt.start(), ext_end=ext_end, has_scale=bool(scale)))
    return out


def _word_mentions(doc: Doc) -> list[Mention]:
    """Numbers written in words: "three", "twenty-five", "a dozen", "half a
    million", "two-thirds", "hundreds of thousands", "twice"."""
    text = text_of(doc)
    words = [(m.start(), m.end(), m.group().lower()) for m in WORD_RE.finditer(text)]
    out: list[Mention] = []
    i = 0
    while i < len(words):
        s, e, w = words[i]
        m = None
        if "-" in w:
            m = _hyphen_word(words, i)
            if m:
                out.append(m)
            i += 1
            continue
        if w in lx.MULTIPLIER_WORDS:
            out.append(Mention(s, e, Decimal(lx.MULTIPLIER_WORDS[w]), ext_start=s, ext_end=e, is_word=True))
            i += 1
            continue
        if w in _PLURAL_SCALES and w not in ("tens", "dozens") and not (i > 0 and words[i - 1][2].endswith("digit")):
            # "hundreds of thousands", "billions of dollars": vague, at least the scale
            value, j = Decimal(_PLURAL_SCALES[w]), i
            while j + 2 < len(words) and words[j + 1][2] == "of" and words[j + 2][2] in _PLURAL_SCALES:
                value *= _PLURAL_SCALES[words[j + 2][2]]
                j += 2
            out.append(Mention(s, words[j][1], value, ext_start=s, ext_end=words[j][1], qualifier="at_least",
                               is_word=True))
            i = j + 1
            continue
        if w == "tens" and i + 2 < len(words) and words[i + 1][2] == "of" and words[i + 2][2] in _PLURAL_SCALES:
            value = Decimal(10 * _PLURAL_SCALES[words[i + 2][2]])
            out.append(Mention(s, words[i + 2][1], value, ext_start=s, ext_end=words[i + 2][1],
                               qualifier="at_least", is_word=True))
            i += 3
            continue
        if w == "half" and i + 1 < len(words) and words[i + 1][2] == "of" and _adjacent(text, words[i], words[i + 1]) \
                and not (i > 0 and words[i - 1][2] in ("first", "second", "other", "latter", "former", "back", "the")):
            # "half of the 650 MPs": the proportion 0.5
            out.append(Mention(s, e, Decimal("0.5"), ext_start=s, ext_end=e, is_word=True))
            i += 1
            continue
        if w == "half" and i + 2 < len(words) and words[i + 1][2] == "a" and words[i + 2][2] in lx.SCALE_WORDS:
            value = Decimal(lx.SCALE_WORDS[words[i + 2][2]]) / 2
            out.append(Mention(s, words[i + 2][1], value, ext_start=s, ext_end=words[i + 2][1], is_word=True))
            i += 3
            continue
        if w in ("a", "an") and i + 1 < len(words):
            nxt = words[i + 1][2]
            if nxt == "dozen" and _adjacent(text, words[i], words[i + 1]):
                out.append(Mention(s, words[i + 1][1], Decimal(12), ext_start=s, ext_end=words[i + 1][1],
                                   is_word=True))
                i += 2
                continue
            if nxt in ("third", "quarter", "fifth", "tenth") and (
                (i + 2 < len(words) and words[i + 2][2] == "of") or (i > 0 and words[i - 1][2] in ("by", "than"))
            ):
                out.append(Mention(s, words[i + 1][1], lx.FRACTION_WORDS[nxt].quantize(FRACTION_PLACES), ext_start=s,
                                   ext_end=words[i + 1][1], is_word=True))
                i += 2
                continue
            if nxt in ("hundred", "thousand", "million", "billion", "trillion") and _adjacent(text, words[i], words[i + 1]):
                j, value = _cardinal(words, i + 1, text, start_value=1)
                if j > i + 1:
                    out.append(Mention(s, words[j - 1][1], value, ext_start=s, ext_end=words[j - 1][1],
                                       is_word=True))
                    i = j
                    continue
        if w in lx.UNITS_WORDS or w in lx.TENS_WORDS:
            j, value = _cardinal(words, i, text)
            if j < len(words) and words[j][2] == "dozen" and _adjacent(text, words[j - 1], words[j]):
                value *= 12
                j += 1
            out.append(Mention(s, words[j - 1][1], value, ext_start=s, ext_end=words[j - 1][1], is_word=True))
            i = j
            continue
        i += 1
    for m in out:
        after = _CUR_AFTER_RE.match(text, m.ext_end)
        if after:
            m.unit = lx.CURRENCY_WORDS[after.group(1).lower()]
            m.ext_end = after.end()
        else:
            pc = re.match(r"\s(per\s?cent|percent)\b", text[m.ext_end:], re.IGNORECASE)
            if pc:
                m.unit = "%"
                m.ext_end += pc.end()
    return out


def _adjacent(text: str, a: tuple, b: tuple) -> bool:
    return text[a[1]:b[0]].strip() == ""


def _cardinal(words: list, i: int, text: str, start_value: int | None = None) -> tuple[int, Decimal]:
    """Read "three hundred and twenty-five thousand" from words[i:]; return (next index, value)."""
    total, current = 0, start_value or 0
    j = i
    while j < len(words):
        if j > i and not _adjacent(text, words[j - 1], words[j]):
            break
        w = words[j][2]
        if w in lx.UNITS_WORDS:
            current += lx.UNITS_WORDS[w]
        elif w in lx.TENS_WORDS:
            current += lx.TENS_WORDS[w]
        elif "-" in w and all(p in lx.TENS_WORDS or p in lx.UNITS_WORDS for p in w.split("-")):
            current += sum(lx.TENS_WORDS.get(p, lx.UNITS_WORDS.get(p, 0)) for p in w.split("-"))
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in lx.SCALE_WORDS:
            total += (current or 1) * lx.SCALE_WORDS[w]
            current = 0
        elif w == "and" and j + 1 < len(words) and j > i and words[j - 1][2] in lx.SCALE_WORDS and (
            words[j + 1][2] in lx.UNITS_WORDS or words[j + 1][2] in lx.TENS_WORDS
        ):
            pass
        else:
            break
        j += 1
    return j, Decimal(total + current)


def _hyphen_word(words: list, i: int) -> Mention | None:
    s, e, w = words[i]
    parts = w.split("-")
    if all(p in lx.TENS_WORDS or p in lx.UNITS_WORDS for p in parts) and parts[0] in lx.TENS_WORDS:
        value = sum(lx.TENS_WORDS.get(p, lx.UNITS_WORDS.get(p, 0)) for p in parts)
        return Mention(s, e, Decimal(value), ext_start=s, ext_end=e, is_word=True)
    if len(parts) == 2 and parts[0] in lx.UNITS_WORDS and parts[1] in lx.FRACTION_WORDS:
        value = lx.UNITS_WORDS[parts[0]] * lx.FRACTION_WORDS[parts[1]]
        return Mention(s, e, value.quantize(FRACTION_PLACES), ext_start=s, ext_end=e, is_word=True)
    if len(parts) == 2 and parts[0] in lx.UNITS_WORDS and parts[0] != "one" and parts[1] in lx.TIME_UNITS:
        # "a two-year deal": an amount of time
        n = lx.UNITS_WORDS[parts[0]]
        return Mention(s, s + len(parts[0]), Decimal(n), ext_start=s, ext_end=e, is_word=True)
    return None


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.ext_start < out[-1].ext_end:
            if (m.ext_end - m.ext_start) > (out[-1].ext_end - out[-1].ext_start):
                out[-1] = m
            continue
        out.append(m)
    return out


# --- what is not a quantity ------------------------------------------------------


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_non_quantity(doc: Doc, m: Mention) -> bool:
    span = _tokens(doc, m.start, m.end)
    if span is None or len(span) == 0:
        return True
    first, last = span[0], span[-1]
    text = text_of(doc)
    if m.is_word and m.value == 1 and text[m.start:m.end].lower() in ("one", "an", "a"):
        # "one" counts only as a number word modifying a noun: not "one of the
        # biggest", "no one", "one-off", "one day"
        if first.dep_ != "nummod" or first.head.i <= first.i:
            return True
        if first.i > 0 and doc[first.i - 1].lower_ in ("no", "the", "any", "every", "each", "this", "that"):
            return True
        if first.head.lower_ in ("day", "another", "thing", "way", "time"):
            return True
    # Numbers inside names and identifiers: "Radio 4", "Section 427", "Formula One".
    if _inside_a_name(span) and m.unit is None and not unit_word_after(text, m.ext_end):
        return True
    prev = _prev_word(doc, first)
    plain = m.unit is None and not m.has_scale
    if plain and (is_address(text, m.end) or in_place_name(text, m.end)):
        return True  # "14 W 52nd St", "221 Baker Street": a street number; "100 Mile House"
    if plain and prev is not None and prev.is_title and first.head.i == prev.i and prev.i + 1 == first.i:
        return True  # "Highway 97", "Gate 5": a number after the noun it labels
    if plain and prev is not None and prev.is_alpha and (prev.is_title or prev.is_upper):
        if prev.pos_ == "PROPN" and prev.lower_ not in lx.MONTHS and not prev.is_sent_start:
            return True
    if plain and prev is not None and prev.i + 1 == first.i and prev.is_alpha and prev.text[:1].islower() \
            and any(ch.isupper() for ch in prev.text[1:]):
        return True  # "iPhone 15", "eBay 2": a product's name
        if prev.lower_ in ("no", "no.", "number", "section", "article", "clause", "chapter", "room", "flight"):
            return True
    if plain and prev is not None and (prev.lower_ in ("no.", "nos", "#", "number") or prev.text == "No"):
        return True
    if plain and prev is not None and prev.lower_ in lx.LABEL_WORDS and not m.is_word and prev.i + 1 == first.i \
            and "." not in text[m.start:m.end] and prev.pos_ in ("NOUN", "PROPN"):
        # "type 2 diabetes", "stage 4", "tier 3": a label, not an amount
        return True
    if prev is not None and prev.lower_ in lx.RANK_WORDS and m.unit is None and not m.has_scale:
        return True  # "finish in the top four"
    if plain and not m.is_word and "." not in text[m.start:m.end]:
        v = m.value
        # Years: "in 2003", "2000 and 2003 results" (but "2000 troops" counts).
        if 1800 <= v <= 2100 and "," not in text[m.start:m.end]:
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            counted = (
                last.dep_ == "nummod" and last.head.i > last.i and last.head.tag_ in ("NNS", "NNPS")
                and last.ent_type_ != "DATE"
            )
            if not counted or (nxt is not None and nxt.lower_ in lx.MONTHS):
                return True
        # Days of the month: "25 December", "December 25", "on the 3rd of May".
        if 1 <= v <= 31:
            nxt = _next_word(doc, last)
            if (prev is not None and prev.lower_.rstrip(".") in lx.MONTHS) or (
                nxt is not None and (nxt.lower_.rstrip(".") in lx.MONTHS or (nxt.lower_ == "of" and
                                     _next_word(doc, nxt) is not None and
                                     _next_word(doc, nxt).lower_ in lx.MONTHS))
            ):
                return True
    return False


def _prev_word(doc: Doc, tok: Token) -> Token | None:
    i = tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _next_word(doc: Doc, tok: Token) -> Token | None:
    i = tok.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


_ONE_IN = re.compile(r"^\s+in\s+$")


def _ratios(text: str, ms: list[Mention]) -> list[Mention]:
    """"one in five children" is the proportion 0.2, not the counts 1 and 5."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and m.value == 1 and m.unit is None and nxt.unit is None and nxt.value > 1 \
                and _ONE_IN.match(text[m.end:nxt.start]):
            out.append(Mention(m.start, nxt.end, (Decimal(1) / nxt.value).quantize(FRACTION_PLACES),
                               ext_start=m.ext_start, ext_end=nxt.ext_end, is_word=m.is_word))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


# --- ranges and conversions ------------------------------------------------------

_RANGE_SEP = re.compile(r"^\s?(?:-|–|—|to)\s?$")


def _link_ranges_and_conversions(text: str, ms: list[Mention]) -> None:
    """"8-9%" / "between 100 and 200" are two quantities: the first borrows the
    second's scale and unit. "$10bn (£5.17bn)": a conversion in brackets shares
    the qualifier and subject of the amount it converts."""
    open_anchor: Mention | None = None
    for prev, cur in zip(ms, ms[1:]):
        gap = text[prev.ext_end:cur.ext_start]
        before_prev = text[max(0, prev.ext_start - 12):prev.ext_start].lower()
        compatible = prev.unit is None or cur.unit is None or prev.unit == cur.unit
        if prev.unit in ("%", "pp") and cur.unit is None and "to" in gap.lower():
            compatible = False  # "jumped 48% to 21,000": a change, then the new level
        if prev.has_scale and not cur.has_scale and cur.unit is None and "to" in gap.lower():
            compatible = False  # "lent $38.6 million to 27 firms": a range shares its scale from the end
        is_range = (compatible and bool(_RANGE_SEP.match(gap))) or (
            gap.strip().lower() == "and" and re.search(r"\bbetween\s*$", before_prev)
        )
        if is_range:
            if not prev.has_scale and cur.has_scale and _written_value(text, cur):
                prev.value *= cur.value / _written_value(text, cur)
            prev.unit = prev.unit or cur.unit
            cur.unit = cur.unit or prev.unit
        if is_range:
            prev.range_partner = cur
            continue
        if re.fullmatch(r"\s*\(\s*", gap) and prev.unit is not None:
            open_anchor = prev.anchor or prev
            cur.anchor = open_anchor
        elif open_anchor is not None and re.fullmatch(r"\s*[;,/]\s*", gap):
            cur.anchor = open_anchor
        else:
            open_anchor = None


def _written_value(text: str, m: Mention) -> Decimal:
    raw = text[m.start:m.end]
    digits = re.match(r"[\d,]+(?:\.\d+)?", raw)
    return Decimal(digits.group().replace(",", "")) if digits else m.value


# --- qualifier -----------------------------------------------------------------


_QUALIFIERS_LONGEST_FIRST = sorted(lx.QUALIFIER_BEFORE, key=lambda pq: -len(pq[0]))


def _qualifier(doc: Doc, m: Mention) -> str:
    text = text_of(doc)
    before = " ".join(text[max(0, m.ext_start - 40):m.ext_start].lower().split())
    before = " ".join(re.sub(r"[\"“”‘’(]|(?<!\w)'", " ", before).split())
    # the longest phrase wins: "no more than" is at most, not "more than"
    for phrase, q in _QUALIFIERS_LONGEST_FIRST:
        if before == phrase or before.endswith(" " + phrase):
            if phrase == "up to" and _phrasal_up(before):
                continue
            if phrase == "over" and is_money(m.unit) and _names_a_thing_after(doc, m):
                continue  # "grilled over a $64 million market project": over is about
            return _negated(before[: -len(phrase)], q)
    after = " ".join(text[m.ext_end:m.ext_end + 30].lower().split())
    for phrase, q in lx.QUALIFIER_AFTER:
        if after.startswith(phrase + " ") or after == phrase or after.startswith(phrase + ",") or after.startswith(phrase + "."):
            return q
    span = _tokens(doc, m.ext_start, m.ext_end)
    if span is not None:
        for t in span:
            if t.head.i not in range(span.start, span.end) and t.dep_ in ("dobj", "attr", "npadvmod", "pobj", "nummod"):
                verb = t.head
                if t.dep_ == "nummod" and verb.dep_ == "dobj":  # "exceeded 5,000 units"
                    verb = verb.head
                if verb.lower_ in lx.MORE_THAN_VERBS:
                    return "more_than"
    if m.qualifier != "exact":
        return m.qualifier
    return "exact"


def _names_a_thing_after(doc: Doc, m: Mention) -> bool:
    """A sum of money that describes the noun after it: "a $64 million market project"."""
    span = _tokens(doc, m.ext_start, m.ext_end)
    head = span.root.head if span is not None else None
    return head is not None and head.i >= span.end and head.pos_ == "NOUN" and span.root.dep_ in (
        "compound", "nummod", "amod", "nmod")


# A bound denied is the other bound: "no higher than 48%" is at most 48%, "not below 20" at least
# 20 (the phrases QUALIFIER_BEFORE spells out, "no more than", "no fewer than", win before this).
_NEGATED_BOUND = {"more_than": "at_most", "less_than": "at_least"}


def _negated(before: str, qualifier: str) -> str:
    words = before.split()
    if qualifier in _NEGATED_BOUND and words and words[-1] in ("no", "not"):
        return _NEGATED_BOUND[qualifier]
    return qualifier


def _phrasal_up(before: str) -> bool:
    """"pushed it up to 18 months", "right up to": "up" belongs to the verb."""
    words = before.split()
    if len(words) < 3:
        return False
    w = words[-3]
    return w in ("it", "them", "him", "her", "right", "way", "all", "us")


# --- subject -------------------------------------------------------------------


def _analyse(doc: Doc, m: Mention) -> None:
    m.qualifier = _qualifier(doc, m)
    m.subject = _subject(doc, m)


def _inside_a_name(span: Span) -> bool:
    """Whether a number is part of a name the parser found: "Radio 4", "Section 427", "Formula One".
    An entity of numbers alone names nothing: the small model tags a count now and then as a
    product ("and 210 mechanics have lost their jobs"), and that count stays a quantity."""
    for t in span:
        if t.ent_type_ in _IDENTIFIER_ENTS:
            start = t.i
            while start > 0 and t.doc[start].ent_iob_ == "I":
                start -= 1
            end = t.i + 1
            while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
                end += 1
            if any(w.is_alpha and not w.like_num for w in t.doc[start:end]):
                return True
    return False


def _subject(doc: Doc, m: Mention) -> str:
    span = _tokens(doc, m.ext_start, m.ext_end)
    if span is None:
        return ""
    named = _named_by_form(doc, m, span)
    if named:
        return named
    inside = set(range(span.start, span.end))
    tops = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    tops = [t for t in tops if t.pos_ != "PUNCT"] or tops
    # "six of those months", "90% of average earnings", "two-thirds of voters"
    for t in span:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i not in inside:
                obj = _pobj(c)
                if obj is not None and obj.lower_ in _CONTAINER_NOUNS and any(x.dep_ == "poss" for x in obj.children):
                    continue  # "recovered to 92% of its 2019 level": the clause names what recovered
                # "8% of Google" names the whole, not what is counted; "58% of Saxons" counts people
                if obj is not None and obj.lower_ not in lx.CURRENCY_WORDS and (
                        (obj.pos_ == "NOUN" and not obj.ent_type_) or obj.tag_ == "NNPS"):
                    return _phrase(obj)
                if obj is not None and obj.lower_ in _PLURAL_PRONOUNS:
                    # "Of the 300 nurses surveyed, 42% of them": what "them" stands for
                    found = _plural_antecedent(doc, span.start)
                    if found is not None:
                        return _phrase(found)
    # "raised its dividend to 12p a share", "cut its forecast by 0.3 points":
    # the figure the verb set
    adjusted = adjusted_object(span.root)
    if adjusted is not None:
        return _phrase(adjusted)
    text = text_of(doc)
    after = text[m.ext_end:m.ext_end + 60]
    # "£60bn in sales", "$2bn in aid": the noun after "in" is what the money is
    if is_money(m.unit):
        found = _noun_after(doc, m.ext_end, r"\s+in\s+(?:new\s+|extra\s+|additional\s+)?(?=[a-z])")
        if found:
            return found
    # "wiping £60bn off the value", "shave 0.2 points off growth"
    found = _noun_after(doc, m.ext_end, r"\s+off\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?")
    if found:
        return found
    # "a dividend of 3.1p a share", "credit of up to SEK 800m": the noun the amount is of
    owner = _of_owner(span, inside)
    if owner is not None:
        return _phrase(owner)
    # "$80 a barrel", "12p a litre", "$2,450 an ounce": a price
    per = re.match(r"\s+(?:a|an|per)\s+([a-z]+)\b", after)
    if is_money(m.unit) and per and per.group(1) not in lx.TIME_UNITS \
            and per.group(1) not in _PER_HEAD:
        return _level_of(tops[0]) or "price"
    # "1.2 kilometres long", "8,849 metres high"
    dim = re.match(r"(?:\s*[a-z]+)?\s+([a-z]+)\b", after)
    if dim and dim.group(1) in lx.DIMENSION_ADJECTIVES and dim.group(1) != "old":
        return lx.DIMENSION_ADJECTIVES[dim.group(1)]
    # "410 per 100,000 people": a rate; the clause names what the rate is of
    if re.match(r"\s+per\s+(?:[\d,.]+|a\s|one\s|every\s)", after):
        base = doc.char_span(m.ext_end, m.ext_end + 40 if m.ext_end + 40 <= len(text) else len(text), alignment_mode="expand")
        holder = next((t for t in base if t.pos_ == "NOUN"), None) if base is not None else None
        verb = holder.head if holder is not None and holder.dep_ in ("dobj", "attr", "pobj") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _common_noun(c)), None)
            if subj is not None:
                return _phrase(subj)
        return "rate"
    unit_noun: Token | None = None
    node = tops[0]
    for t in tops:
        h = t.head
        if t.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod") and h.i > t.i and h.pos_ in ("NOUN", "PROPN"):
            if h.lower_ in lx.CURRENCY_WORDS or h.i in inside:
                continue
            if h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ == "NOUN" and h.lower_ not in _MEASURE_UNITS:
                h = h.head  # "six league games": the number counts games
            if h.lower_ in ("point", "points") and h.dep_ in ("dobj", "npadvmod") and h.head.lower_ in _CHANGE_VERBS:
                # "the index shed 450 points": the index moved
                subj = next((c for c in h.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                if subj is not None:
                    return _phrase(subj) or subj.text
            if h.lower_ in _MEASURE_UNITS:
                if h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ in ("NOUN", "PROPN") \
                        and text_of(doc)[m.end:h.idx] == "-" and h.lower_ not in lx.TIME_UNITS:
                    return _phrase(h.head)  # "the 226-mile race" measures the race
                if m.unit:  # "15% year on year", "$5m a year": not a count of years
                    node = h
                    break
                stuff = _prep_object(h, ("of",))
                if stuff is not None and stuff.pos_ == "NOUN" and h.lower_ not in lx.TIME_UNITS \
                        and h.lower_ not in ("times", "point", "points", "percentage"):
                    return _phrase(stuff)  # "410,000 tonnes of wheat": the wheat is measured
                # amounts of time and measures: the unit is what is counted
                return _phrase(h)
            if h.lower_ in _CHANGE_NOUNS:
                inner = _prep_object(h, ("in", "of"))
                if inner is not None:
                    return _phrase(inner)
            return _phrase(h)
    # "£310m for school buildings", "spent £45,000 on consultants": what the money pays for
    if is_money(m.unit):
        found = _noun_after(doc, m.ext_end, r"\s+(?:for|on|towards|toward)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|new\s+)?(?=[a-z])")
        if found and found.split()[-1].lower() not in _PER_HEAD | _NOT_PURPOSES and not _object_of_nominal_verb(span):
            return found
        found = _purpose_object(doc, m)  # "£96m to repair flood defences"
        if found and not _object_of_nominal_verb(span):
            return found
    # "a record £90m fee": the noun the amount stands before, when the amount
    # hangs on it through a misparsed modifier
    following = _noun_right_after(doc, span)
    if following is not None:
        return _phrase(following)
    # "£57 a week", "£102.80 per month": a rate paid, unless a verb names the
    # money ("lost £60,000 a year") or what costs it ("rents cost £14m a year")
    if is_money(m.unit) and re.match(r"\s+(?:a|per|each)\s+(?:week|month|year|day|hour)\b(?!\s+(?:earlier|ago|before))",
                                     text_of(doc)[m.ext_end:]) and not _object_of_nominal_verb(span) \
            and not any(t.head.lower_ in _COST_VERBS for t in span):
        return _level_of(tops[0]) or "payment"
    found = _from_clause(doc, node, inside)
    if found:
        return found
    return _phrase(unit_noun) if unit_noun is not None else ""


_BE_VERBS = {"is", "was", "are", "were", "be", "been", "stood", "stands", "remains", "remained", "'s"}


def _level_of(node: Token) -> str:
    """"rents are now €1,700 a month", "costs rose to 78 kr per kilo": a rate that
    a copula or a verb of change gives its subject is the level of that subject."""
    verb = node.head
    if node.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head
    elif node.dep_ not in ("attr", "dobj", "npadvmod", "acomp"):
        return ""
    if verb.lower_ not in _BE_VERBS and verb.lower_ not in _CHANGE_VERBS:
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _phrase(subj) if subj is not None and subj.pos_ == "NOUN" else ""


def adjusted_object(node: Token) -> Token | None:
    """The object of a verb that sets a figure, when the amount is its "to",
    "from" or "by" phrase: "raised its forecast to 410,000 tonnes" -> forecast."""
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and node.lower_ not in _MEASURE_UNITS and node.lower_ not in lx.CURRENCY_WORDS \
                and not _is_scale_token(node) and node.text not in ("%",):
            return None  # "took his tally to 12 goals": the goals are counted
    if node.dep_ != "pobj" or node.head.lower_ not in ("to", "from", "by"):
        return None
    verb = node.head.head
    if verb.pos_ != "VERB" or verb.lower_ not in lx.ADJUST_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                and c.i < node.i and c.lower_ not in lx.CURRENCY_WORDS and c.lower_ not in _CONTAINER_NOUNS), None)
    return _what_changed(obj) if obj is not None else None


def _what_changed(noun: Token) -> Token:
    """"a 31% rise in net profit" to an amount: the profit reached it, not the rise."""
    inner = _prep_object(noun, ("in",)) if noun.lower_ in _CHANGE_NOUNS else None
    return inner if inner is not None and inner.pos_ == "NOUN" and not inner.ent_type_ else noun


_PLURAL_PRONOUNS = {"them", "these", "those"}


def _plural_antecedent(doc: Doc, before: int) -> Token | None:
    """The plural noun a "them" stands for: the nearest one before it in the
    same sentence or the one before ("Of the 300 nurses surveyed, 42% of them")."""
    sent = doc[before].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[first:before]):
        if t.tag_ == "NNS" and t.dep_ != "compound" and t.lower_ not in _MEASURE_UNITS \
                and t.lower_ not in lx.TIME_UNITS and t.lower_ not in _PLURAL_SCALES:
            return t
    return None


# "Daniel Reeve, 34, from Reading": a bare number between commas after a name
_AFTER_NAME_RE = re.compile(r"[A-Z][\w'’.-]*,\s*$")
# "children aged 10 to 11", "as young as six"
_AGE_BEFORE_RE = re.compile(r"(?:\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?|\bas\s+(?:young|old)\s+as\s+)$",
                            re.IGNORECASE)
# "a 27-nation bloc", "a three-year deal", "a 10-year-old"
_HYPHEN_NOUN_RE = re.compile(r"-([a-z]+)(-old)?\b")


_SCORE_RE = re.compile(r"(?<![\d.,])(\d{1,2})[-–](\d{1,2})(?![\d%.,]\d|[\d%])")


def _is_score(text: str, start: int, end: int) -> bool:
    """"led 2-0", "a 1-1 draw", "won 5-4 on penalties": two small numbers
    joined by a dash, the first not below the second (a range rises: "10-12")."""
    for mt in _SCORE_RE.finditer(text, max(0, start - 3), min(len(text), end + 3)):
        if mt.start() <= start and end <= mt.end() and int(mt.group(1)) >= int(mt.group(2)):
            return True
    return False


def _named_by_form(doc: Doc, m: Mention, span: Span) -> str:
    """Subjects the writing itself gives, before any parse: an age ("Reeve,
    34,", "aged 10", "a 10-year-old"), the noun a number is hyphened to ("a
    27-nation bloc" counts nations), and "twice" as an adverb (times)."""
    text = text_of(doc)
    written = text[m.start:m.end].lower()
    if written in lx.MULTIPLIER_WORDS:
        tok = span[0]
        if tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") and \
                not re.match(r"\s+as\b|\s+the\b", text[m.end:m.end + 5]):
            return "times"  # "scored twice", not "twice as many" or "twice the average"
        return ""
    if m.unit is not None or m.has_scale:
        return ""
    if _is_score(text, m.start, m.end):
        return "score"
    before = text[max(0, m.ext_start - 30):m.ext_start]
    small = m.value == m.value.to_integral_value() and 0 < m.value < 120
    if small and _AGE_BEFORE_RE.search(before):
        return "age"
    if small and _AFTER_NAME_RE.search(before) and re.match(r"\s*,", text[m.ext_end:m.ext_end + 3]):
        i = span.start - 1
        while i > 0 and doc[i].is_punct:
            i -= 1
        if doc[i].pos_ == "PROPN":
            return "age"
    hy = _HYPHEN_NOUN_RE.match(text, m.end)
    if hy and not names_unit(hy.group(1)):  # "the 1.2-kilometre wall" measures the wall
        if hy.group(2) or hy.group(1) == "old":
            return "age"
        noun = doc.char_span(hy.start(1), hy.end(1), alignment_mode="expand")
        if hy.group(1) in lx.TIME_UNITS or (noun is not None and len(noun) == 1 and noun[0].pos_ == "NOUN"):
            return hy.group(1)
    return ""


def _of_owner(span: Span, inside: set[int]) -> Token | None:
    """"a final dividend of 3.1p", "export credit of up to SEK 800m": the amount
    is the object of "of" after a noun that names what it is."""
    if any(t.dep_ in ("nummod", "compound", "quantmod") and t.head.i >= span.end and t.head.pos_ == "NOUN"
           for t in span):
        return None  # "a city of nearly 20 million people": the amount counts people
    for t in span:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i not in inside:
            owner = _before_of(t.head)
            if owner.pos_ == "NOUN" and owner.i not in inside and owner.lower_ not in _CONTAINER_NOUNS \
                    and owner.lower_ not in _MEASURE_UNITS and owner.lower_ not in _CHANGE_NOUNS \
                    and owner.lower_ not in lx.CURRENCY_WORDS and owner.lower_ not in _PORTION_NOUNS:
                return owner
    # "credit of up to SEK 800m": a qualifier between "of" and the amount
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].lower_ in ("up", "to", "about", "around", "nearly", "almost", "some", "over", "than",
                                      "more", "less", "least", "at", "roughly", "approximately"):
        i -= 1
    if i > 0 and i < span.start - 1 and doc[i].lower_ == "of":
        owner = _before_of(doc[i])
        if owner.pos_ == "NOUN" and owner.i < i and owner.lower_ not in _CONTAINER_NOUNS | _MEASURE_UNITS | \
                _CHANGE_NOUNS | _PORTION_NOUNS:
            return owner
    return None


def _before_of(of: Token) -> Token:
    """The noun "of" belongs to; the parser hangs it on the first of two joined
    nouns ("heavy rain and winds of up to 50mph": the winds)."""
    prev = of.doc[of.i - 1] if of.i > 0 else of.head
    return prev if prev.dep_ == "conj" and prev.head.i == of.head.i and prev.pos_ == "NOUN" else of.head


def _object_of_nominal_verb(span: Span) -> bool:
    """"raised £2m for cancer research" is funding, "spent £45,000 on
    consultants" spending: a verb that names the money wins over the purpose."""
    for t in span:
        if t.dep_ == "dobj" and t.head.i not in range(span.start, span.end) and t.head.lower_ in lx.VERB_NOMINALS:
            return True
    return False


def _noun_right_after(doc: Doc, span: Span) -> Token | None:
    i = span.end
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].dep_ in ("amod", "compound"):
        i += 1
    if i >= len(doc):
        return None
    tok = doc[i]
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
    if tok.pos_ != "NOUN" or tok.lower_ in _MEASURE_UNITS or tok.lower_ in lx.CURRENCY_WORDS or tok.like_num:
        return None
    if any(a.i == tok.i for t in span for a in t.ancestors):
        return tok
    return None


def _purpose_object(doc: Doc, m: Mention) -> str:
    """What a sum pays for when an infinitive follows it: "£58m to extend the metro"."""
    mt = re.match(r"\s+to\s+(?=[a-z]+\s)", text_of(doc)[m.ext_end:m.ext_end + 30])
    span = doc.char_span(m.ext_end + mt.end(), m.ext_end + mt.end() + 1, alignment_mode="expand") if mt else None
    verb = span[0] if span is not None and len(span) else None
    if verb is None or verb.tag_ != "VB":
        return ""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:  # the parser lost the object: the noun the words after the verb lead to
        after = [t for t in doc[verb.i + 1:verb.i + 5] if not t.is_punct] if not doc[verb.i + 1].is_punct else []
        obj = next((t for t in after if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod")), None)
    return _phrase(obj) if obj is not None and obj.lower_ not in lx.TIME_UNITS else ""


def _noun_after(doc: Doc, pos: int, pattern: str) -> str:
    """The noun phrase right after ``pattern`` at character ``pos``, when the
    parse makes it the object of that preposition."""
    mt = re.match(pattern, text_of(doc)[pos:pos + 40])
    if not mt:
        return ""
    span = doc.char_span(pos + mt.end(), pos + mt.end() + 1, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    tok = span[0]
    # walk to the head noun of the phrase that starts here
    while tok.dep_ in ("amod", "compound", "det", "poss", "nummod") and tok.head.i > tok.i:
        tok = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.lower_ in lx.TIME_UNITS or tok.like_num:
        return ""
    return _phrase(tok)


def _from_clause(doc: Doc, node: Token, inside: set[int], depth: int = 0) -> str:
    if depth > 6:
        return ""
    dep, head = node.dep_, node.head
    if head.i == node.i:
        return ""
    if dep in ("conj", "appos") and (
        head.like_num or head.pos_ in ("NUM", "SYM") or head.text[:1].isdigit()
        or head.lower_ in lx.SCALE_WORDS or head.lower_ in lx.SCALE_ABBREV  # "raised A$300m and HK$2.1 billion"
    ):
        return _from_clause(doc, head, inside, depth + 1)
    if dep in ("nummod", "quantmod", "compound", "nmod") and head.lower_ in _CONTAINER_NOUNS and head.i not in inside:
        return _from_clause(doc, head, inside, depth + 1)  # "hit a record $307 trillion": what hit it
    if dep == "pobj":
        prep = head
        owner = prep.head
        if owner.lower_ in _CONTAINER_NOUNS and owner.dep_ in ("pobj", "dobj", "attr", "npadvmod"):
            return _from_clause(doc, owner, inside, depth + 1)  # "rose by an average of 3.4%"
        if owner.pos_ in ("NOUN", "PROPN") and owner.lower_ not in _MEASURE_UNITS and owner.i not in inside:
            if prep.lower_ in ("of", "at", "by", "worth", "in", "on") and owner.pos_ == "NOUN":
                if owner.lower_ in _CHANGE_NOUNS:
                    inner = _prep_object(owner, ("in",))
                    if inner is not None:
                        return _phrase(inner)
                return _phrase(owner)
        if owner.pos_ in ("VERB", "AUX"):
            return _from_verb(doc, owner, node, role="pobj", depth=depth)
        if owner.pos_ in ("ADJ", "ADV"):
            return _from_clause(doc, owner, inside, depth + 1)
        return ""
    if head.pos_ in ("VERB", "AUX"):
        return _from_verb(doc, head, node, role=dep, depth=depth)
    if head.pos_ in ("ADJ", "ADV", "ADP"):
        return _from_clause(doc, head, inside, depth + 1)
    if head.pos_ == "NOUN" and dep in ("amod", "acl", "prep") and head.lower_ not in _MEASURE_UNITS:
        return _phrase(head)  # "a version, worth $118bn," / "a deal worth $5m"
    return ""


def _from_verb(doc: Doc, verb: Token, node: Token, role: str, depth: int) -> str:
    nsubj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != node.i
                  and not c.like_num and c.pos_ != "SYM" and not _is_scale_token(c)), None)
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != node.i and not c.like_num
                 and c.pos_ in ("NOUN", "PRON", "PROPN") and not _is_scale_token(c)), None)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in ("aside", "off", "out") and c.i == verb.i + 1)), None)
    nominal = _nominal(verb, particle, role)
    if role in ("dobj", "npadvmod") and nsubj is not None and verb.lower_ in _CHANGE_VERBS and _is_percent(node) \
            and nsubj.pos_ in ("NOUN", "PROPN") and nsubj.lower_ not in lx.RELATIVE_PRONOUNS:
        return _phrase(nsubj) or nsubj.text  # "Shell lost 2.1 per cent": Shell's shares moved
    if verb.lower_ in _COST_VERBS and role in ("dobj", "npadvmod", "attr") and nsubj is not None \
            and _common_noun(nsubj) and nsubj.lower_ not in lx.RELATIVE_PRONOUNS:
        return _phrase(nsubj)  # "the bridge will cost £80m": what costs it
    if role == "dobj" and nominal:
        return nominal  # "will spend 12 billion rupees": spending
    if role != "dobj" and dobj is not None:
        if dobj.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _phrase(verb.head)
        if dobj.pos_ == "NOUN":
            return _phrase(_what_changed(dobj) if role == "pobj" else dobj)
    if nsubj is not None:
        if nsubj.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
            return _phrase(verb.head)
        if _common_noun(nsubj) and nsubj.lower_ not in lx.ANONYMOUS_NOUNS | lx.ORG_NOUNS:
            return _phrase(nsubj)
        # an agent ("TimeWarner posted ...", "it owns 8%"): name the act instead
        if dobj is not None and dobj.pos_ == "NOUN":
            return _phrase(dobj)
        nominal = _nominal(verb, particle, role)
        if nominal:
            return nominal
        if nsubj.pos_ == "NOUN" and role not in ("dobj",):
            return _phrase(nsubj)
        return ""
    nominal = _nominal(verb, particle, role)
    if nominal:
        return nominal
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") or verb.head.pos_ in ("ADJ",):
        up = verb.head
        while up.pos_ == "ADJ" and up.head.i != up.i:
            up = up.head
        if up.pos_ in ("VERB", "AUX") and up.i != verb.i:
            return _from_verb(doc, up, verb, role="xcomp", depth=depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        return _phrase(verb.head)
    return ""


def _is_percent(tok: Token) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.text == "%" or tok.lower_ in ("percent", "pc"):
        return True  # "lost 22%": the parser made the sign the head
    return nxt is not None and (nxt.text == "%" or nxt.lower_ in ("per", "percent", "pc"))


def _nominal(verb: Token, particle: str | None, role: str) -> str:
    if role not in ("dobj", "attr", "npadvmod", "pobj", "xcomp"):
        return ""
    if particle and (verb.lower_, particle) in lx.PARTICLE_NOMINALS:
        return lx.PARTICLE_NOMINALS[(verb.lower_, particle)]
    if role == "dobj":
        return lx.VERB_NOMINALS.get(verb.lower_, "")
    return ""


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _prep_object(noun: Token, preps: tuple[str, ...]) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = _pobj(c)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
                return obj
    return None


def _phrase(noun: Token | None) -> str:
    """The noun with the compound words and adjacent adjectives before it:
    "death toll", "operating earnings growth", "paid leave"."""
    if noun is None:
        return ""
    start = noun.i
    doc = noun.doc
    while start > 0:
        prev = doc[start - 1]
        if prev.head.i == noun.i or (prev.dep_ == "compound" and prev.head.i == start):
            if prev.dep_ in ("compound", "amod") and not prev.like_num and prev.pos_ not in ("SYM", "NUM", "PROPN") and prev.is_alpha:
                start -= 1
                continue
        break
    words = [t.text for t in doc[start:noun.i + 1]]
    if noun.lower_ in ("number", "numbers", "total", "count", "amount", "tally"):
        # "the number of nurses fell": the nurses are counted
        inner = _prep_object(noun, ("of",))
        if inner is not None and inner.pos_ == "NOUN":
            return " ".join(words) + " of " + _phrase(inner)
    return " ".join(words)


def _common_noun(t: Token) -> bool:
    """A common noun, also when a sentence-initial one was tagged PROPN ("Turnout was ...")."""
    if t.pos_ == "NOUN":
        return True
    return (t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "GPE", "NORP") and t.is_sent_start
            and t.tag_ == "NNP" and t.is_title and not any(c.dep_ == "compound" for c in t.children))


def _is_scale_token(t: Token) -> bool:
    """spaCy sometimes splits "947m" into "947" + "m"; the "m" is no noun."""
    return t.lower_.rstrip(".") in lx.SCALE_ABBREV
