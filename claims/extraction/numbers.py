"""Numeric claims: find the numbers of a parsed text, their value, unit,
qualifier and the subject they count.

Mentions are found with regular expressions over the raw text (spaCy splits
"$1.13bn" and "£600m" inconsistently), then tied to tokens through character
offsets so that the dependency parse can name what the number counts.
"""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .cricket import cricket_subjects
from .currencies import HOMOGRAPHS, currency_after_re, currency_code, money_homographs, shared_sign_code
from .gaelic import gaelic_scores
from .identifiers import counts_parts, names_not_counts
from .measures import (
    canonical_unit,
    in_place_name,
    is_address,
    is_money,
    measure_units,
    metres_not_millions,
    names_a_race,
    unit_word_after,
)
from .mentions import Mention
from .pipeline import text_of
from .qualifiers import qualifier_of
from .subject_cues import number_as_verb
from .subject_parse import _PLURAL_SCALES
from .subject_ranker import rerank
from .subject_sharing import (
    charge_named_before,
    elided_temperatures,
    share_change_subjects,
    share_fraction_wholes,
    share_measured_subjects,
    share_parallel_subjects,
)
from .subjects import clause_subject, name_time_spans, subject_of, tokens_at

# A minus sign before a currency sign: "a margin of -€14 a ticket", "cash flow of -$2.6 million"
_NEG_CUR = r"(?P<negcur>(?<![\w.,])[-−](?=(?:US|AU|A|CA|C|NZ|HK|S)?[$£€¥₹]\d))?"
# (a sign may stand apart from its amount: "R$ 4 million", "€ 3.2 billion"; an ISO code before the digits: "AED4.9 billion")
# Letters that are a currency only in an article that writes them with a scale or thousands ("R2.7bn", "SR260
# million"); alone, a letter or two before digits is a name ("SR71")
_LETTER_CURRENCIES = ("SR", "QR", "Tk", "R", "P", "N")
# Letters that are a currency only on an amount written as money, with a scale, thousands or cents: "K380
# million", "MK45 billion", "Le 2.1 trillion", "Br 971 billion"; "the K2", "MT 4", "Le 2" are names or words
_SHAPED_LETTERS = ("MK", "TSh", "USh", "Kz", "MT", "FCFA", "CFA", "Le", "Br", "K")
_MONEY_SHAPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[\s-]?(?:bn|tn|m|k|million|billion|trillion)\b"
                              r"|\d{1,4}\.\d{2}(?![\d.])")
_CUR = (r"(?P<cur>(?:US\$|\$US|AU\$|A\$|CA\$|C\$|NZ\$|HK\$|S\$|R\$|TT\$|J\$|BDS\$|Bds\$|EC\$|N\$|GH¢|GH₵|\$|£|€|¥|₹|₩|₦"
        r"|₺|₱|₵|₫|฿|₴|₽|₪|₸|₾|E£|L\$)[ \u00a0]?"
        r"|(?:" + "|".join(_SHAPED_LETTERS) + r")[ \u00a0]?(?=\d)"
        r"|Rs\.?\s?|RM\s?|RMB\s?|NIS\s?|CHF\s?|Sfr\.?\s?|Dhs?\s?(?=\d)|Rp\.?\s?(?=\d)|ZiG\s?(?=\d)"
        r"|K?Sh(?=\d)|KShs?\.?\s?|Kshs?\.?\s?|Shs\.?\s?(?=\d)|Tk\.?\s(?=\d)|(?:" + "|".join(_LETTER_CURRENCIES) + r")(?=\d)"
        r"|(?:" + "|".join(lx.CURRENCY_CODES) + r")\s?)?")
# A minus sign right before the digits: "-3 degrees", "$-12.4bn" (never after a digit: "2-0")
_NEG = r"(?P<neg>(?<![\w.,])[-−](?=\d))?"
# (a decimal comma before a scale word is no thousands separator: "1,1 million", "ZiG1,4 billion")
# ("₹1,10,450 crore": lakhs grouped in twos, as Indian papers write them)
_NUM = (r"(?P<num>\d+,\d{1,2}(?=[ \u00a0]?(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn)\b)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
# Thousands grouped by spaces ("900 000", "R2 500"), in an article that writes them so (_spaced_thousands)
_NUM_SPACED = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|" + _NUM.removeprefix("(?P<num>")
# ... and in any article, a group of three that starts with a nought, which no number does: "R300 000", "4 050"
_NUM_NOUGHT_GROUP = (r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]0\d{2}(?:[ \u00a0\u202f]\d{3})*(?![\d,.]\d|\d)|"
                     + _NUM.removeprefix("(?P<num>"))
# "$3.4M", "$72.5 Million": a capital scale letter counts only after a currency sign (see _digit_mentions)
_SCALE = (r"(?P<scale>(?:bn|bln|mn|mln|tn|trn|tr|bil|mil|m|k|b|M|B|K|BN)(?![A-Za-z])"
          # "Rs. 2.4 bn", "$3 mln": the short scales no unit is written as, spaced
          r"|[ \u00a0](?:bn|mn|mln|bln)(?![A-Za-z])"
          # "Rs 3,400cr", "₹500 cr": crores, as Indian papers shorten them (only after a currency sign)
          r"|[ \u00a0]?cr(?![A-Za-z])"
          r"|[\s-]?(?:(?:lakhs?|thousand)\scrores?|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|lakhs?|crores?)\b)?")
_SUFFIX = (r"(?P<suf>\s?%|\s?°\s?[CF](?![A-Za-z])|[CF](?![A-Za-z])|[ \t][CF](?![\w-])|\s?pc(?![A-Za-z])|[pc](?![A-Za-z])|\s(?:per\s?cent|percent|percentage points?)\b"
           # an area or a volume: "212 km²", "40 m3", "75 sq km" (before "km" alone takes "km" of "km²")
           r"|\s?(?:(?:km|m|cm|mm|ft|mi)[²³23]|sq\.?\s?(?:km|m|mi|ft))(?![A-Za-z0-9])"
           r"|\s?(?:km/h|kph|km|kg|mph|cm|mm|ml|kWh|MWh|GWh|TWh|kW|MW|GW|ft|sq|GB|MB|TB|KB|Mbps|Gbps|Tbps|GL|lbs|lb|mg|oz|ppm|ha|cc"
           # an engine's power, torque and speed: "310hp", "1,250Nm at 1,400rpm"
           r"|bhp|hp|Nm|rpm|hPa|mbar"
           # a chip's clock, a battery, a diet's grams and calories: "3.2GHz", "5,000mAh", "750g", "2,000kcal"
           # (a capital G after digits is a mobile network: "5G")
           # (and a screen's refresh rate: "120Hz")
           r"|GHz|MHz|Hz|mAh|kcal|g"
           # an oil producer's output, a pollutant in the air: "1.71m bpd", "44µg/m3"
           r"|bpd|[µμ]g)"
           # a concentration or a rate written with its own divisor: "0.015 mg/L", "120 kg/ha"
           r"(?:/(?:L|l|dL|ml|m³|m3|kg|km|ha|day|d|h)(?![A-Za-z0-9]))?(?![A-Za-z]))?")
# A frequency that names a band of spectrum: "the 3.5GHz band", "the 3.5GHz and 700MHz bands"
_BAND_AFTER_RE = re.compile(r"(?:\s*(?:,|and|or)\s*[\d.]+\s?[GM]Hz)*\s+(?:frequency\s+|spectrum\s+)?bands?\b")
_MINUS_BEFORE_RE = re.compile(r"(?<!plus or )(?<!plus-or-)(?<!\+/-)\bminus\s+$", re.IGNORECASE)
# Not preceded by a letter, digit or "X-" (G7, CS2, COVID-19), not followed by
# letters (5G, 22nd, 3pm) or a clock/decimal continuation.
# (a currency sign after "X-" opens the second amount of a range: "£1.2m-£1.5m")
_DIGITS_BEFORE = r"(?<![A-Za-z0-9_.,:$£€¥₹])(?:(?<![A-Za-z]-)|(?=[$£€¥₹]\d))" + _NEG_CUR + _CUR + _NEG
_DIGITS_AFTER = _SCALE + _SUFFIX + r"(?![A-Za-z0-9]|[:.,]\d)"
DIGITS_SPACED_RE = re.compile(_DIGITS_BEFORE + _NUM_SPACED + _DIGITS_AFTER)
DIGITS_NOUGHT_GROUP_RE = re.compile(_DIGITS_BEFORE + _NUM_NOUGHT_GROUP + _DIGITS_AFTER)
# (or with cents: "R27.58 an hour")
_LETTER_MONEY_RE = re.compile(r"(?<![A-Za-z0-9])(?P<cur>" + "|".join(_LETTER_CURRENCIES) + r")(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[\s-]?(?:bn|m|k|million|billion)\b"
                              r"|\d{1,4}\.\d{2}(?![\d.]))")
_LETTER_MONEY_SPACED_RE = re.compile(r"(?<![A-Za-z0-9])(?P<cur>[RPN])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")
# An article that groups thousands with spaces and never with commas: "1 250 workers", "R2 500 a month"
# (not a day before a count, "on May 5 200 people")
_SPACED_GROUP_RE = re.compile(r"(?<![\d,.])(?<!Jan )(?<!Feb )(?<!Mar )(?<!Apr )(?<!May )(?<!Jun )(?<!Jul )(?<!Aug )(?<!Sep )"
                              r"(?<!Oct )(?<!Nov )(?<!Dec )\d{1,3}[ \u00a0\u202f]\d{3}(?![\d,.]\d|\d)")
_NOUGHT_GROUP_RE = re.compile(r"\d[ \u00a0\u202f]0\d{2}")
_COMMA_GROUP_RE = re.compile(r"(?<![\d,.])\d{1,3},\d{3}(?!\d)")


def _spaced_thousands(text: str) -> bool:
    return bool(_SPACED_GROUP_RE.search(text)) and not _COMMA_GROUP_RE.search(text)


def number_value(num: str) -> Decimal:
    """The value of digits as written: "1,250", "1 250", "12.5", and a decimal comma before a scale ("1,1")."""
    if re.fullmatch(r"\d+,\d{1,2}", num):
        return Decimal(num.replace(",", "."))
    return Decimal(re.sub(r"[,\s\u00a0\u202f]", "", num))


_WEIGHT_BEFORE_RE = re.compile(r"\b(?:weigh\w*|weight|heav(?:y|ier|iest)|light(?:er|est))\b[^.;]*$", re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?|GMT|BST|EST|ET|CET|UTC|hrs|o'clock)\b", re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Fractions keep the six decimals Quantity.value stores: 2/3 -> 0.666667, within any
# reasonable tolerance of the exact value.
FRACTION_PLACES = Decimal("0.000001")

_NUMBER_WORDS = set(lx.UNITS_WORDS) | set(lx.TENS_WORDS) | set(lx.SCALE_WORDS)
_IDENTIFIER_ENTS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "GPE", "LOC",
                    "NORP", "LANGUAGE"}
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
    for m in kept:  # "lows of minus 6C": the value is negative ("plus or minus 3" is a margin)
        if m.value > 0 and _MINUS_BEFORE_RE.search(text, max(0, m.ext_start - 20), m.ext_start):
            m.value = -m.value
    _link_ranges_and_conversions(text, kept)
    for m in kept:
        if m.anchor is None and m.range_partner is None:
            _analyse(doc, m)
    for m in kept:  # "8-10%": parse the range as one amount
        if m.range_partner is not None and not m.range_partner.subject:
            p = m.range_partner
            joined = Mention(m.start, p.end, p.value, p.unit, m.ext_start, p.ext_end)
            p.subject = subject_of(doc, joined)
    for m in kept:  # second pass: copy from the amount each one converts or pairs with
        if m.anchor is not None:
            m.subject, m.qualifier = m.anchor.subject, m.anchor.qualifier
        elif m.range_partner is not None:
            m.subject = m.range_partner.subject
            m.qualifier = qualifier_of(doc, m)
    share_parallel_subjects(text, kept)
    cricket_subjects(text, kept)
    gaelic_scores(text, kept)
    measure_units(doc, kept)
    share_measured_subjects(text, kept)
    share_change_subjects(text, kept)
    share_fraction_wholes(text, kept)
    charge_named_before(text, kept)
    elided_temperatures(text, kept)
    name_time_spans(doc, kept)
    for m in kept:
        if not m.subject:
            m.subject = clause_subject(doc, m, kept)
    _elided_currency(text, kept)
    rerank(doc, kept)
    for m in kept:  # "HK$71.3 billion (US$9.1 billion)": a conversion names what the amount it converts names, last
        if m.anchor is not None and m.anchor.subject:
            m.subject = m.anchor.subject
    return kept


# "40 billion pesos, against the 12 billion put forward by the ministry", "$5.1 billion from 4.2 billion a
# year earlier": a sum set against one before it in the same sentence, its currency left unsaid
_SET_AGAINST_GAP_RE = re.compile(
    r"[^.;!?]{0,40}?\b(?:against|versus|vs\.?|than|from|compared\s+(?:with|to)|rather\s+than|not)\s+"
    r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:estimated\s+|reported\s+|earlier\s+|original\s+)?$", re.IGNORECASE
)
# ... and nothing after it that it could count: "from 4.2 billion a year earlier", not "from 2.4 million people"
_NOTHING_COUNTED_AFTER_RE = re.compile(
    r"\s*(?:[,.;:)\"”’]|$|\s*\b(?:a|an|the|in|on|at|for|by|to|last|this|that|which|it|they|he|she|its|their|earlier|"
    r"before|ago|previously|put|given|cited|reported|claimed|estimated|forecast|projected|set|offered|quoted)\b)"
)


def _elided_currency(text: str, ms: list[Mention]) -> None:
    for prev, cur in zip(ms, ms[1:]):
        if cur.unit is None and is_money(prev.unit) \
                and _SET_AGAINST_GAP_RE.fullmatch(text, prev.ext_end, cur.ext_start) \
                and _NOTHING_COUNTED_AFTER_RE.match(text, cur.ext_end) and (cur.has_scale or not prev.has_scale):
            cur.unit = prev.unit


# --- finding mentions ---------------------------------------------------------


def _digit_mentions(text: str) -> list[Mention]:
    out = []
    # "R2.7bn", "P9,500": a letter the article writes as a currency with a scale or
    # thousands makes its other amounts money too ("R212", "P17"); alone, a letter is a name
    spaced = _spaced_thousands(text)
    letters = {mt.group("cur") for mt in _LETTER_MONEY_RE.finditer(text)}
    letters |= {mt.group("cur") for mt in _LETTER_MONEY_SPACED_RE.finditer(text) if spaced or _NOUGHT_GROUP_RE.search(mt.group())}
    homographs = money_homographs(text)
    for mt in (DIGITS_SPACED_RE if spaced else DIGITS_NOUGHT_GROUP_RE).finditer(text):
        if _CLOCK_AFTER_RE.match(text, mt.end()) and not mt.group("cur") and not mt.group("suf"):
            continue
        if mt.group("cur") in _LETTER_CURRENCIES and mt.group("cur") not in letters:
            continue
        if (mt.group("cur") or "").strip() in _SHAPED_LETTERS and not _MONEY_SHAPED_RE.match(text, mt.start("num")):
            continue  # "K2", "the K100": a mountain, a model
        if mt.group("scale") in ("M", "B", "K", "BN") and not mt.group("cur"):
            continue  # "3M", "4K", "Boeing 737 MAX": a name, not a scaled amount
        if mt.group("scale") == "m" and not mt.group("cur") and names_a_race(text, mt.start(), mt.end()):
            continue  # "the 100m backstroke": a race's name
        num = mt.group("num")
        value = number_value(num)
        scale = (mt.group("scale") or "").strip(" -").lower()
        if scale == "cr" and not mt.group("cur"):
            scale = ""  # "a 12 cr engine": crores only after a currency sign
        metres = mt.group("scale") == "m" and not mt.group("cur") and metres_not_millions(text, mt.start(), mt.end())
        scale = "" if metres else scale
        for word in scale.split():  # "1.5 lakh crore": a lakh of crores
            value *= lx.SCALE_ABBREV[word]
        if mt.group("neg") or mt.group("negcur"):
            value = -value
        end = mt.end("scale") if scale else mt.end("num")
        unit = "m" if metres else None
        cur = (mt.group("cur") or "").strip()
        if cur:
            symbol = lx.CURRENCY_SYMBOLS.get(cur, lx.CURRENCY_SYMBOLS.get(cur.rstrip(".")))
            unit = shared_sign_code(cur, text) or symbol  # "K", "FCFA": the country named decides
        suf = (mt.group("suf") or "").strip().lower()
        ext_end = mt.end()
        if suf in ("p", "c") and mt.group("suf") == suf:
            if cur:  # "$5p" is not pence; give the p back
                ext_end = mt.end("suf") - 1
            else:
                unit = "GBX" if suf == "p" else "cents"  # "7p", "186c a share"
        elif suf.replace(" ", "") in ("c", "f", "°c", "°f"):
            unit = "°" + suf[-1].upper()
        elif suf == "pc":
            unit = "%"  # "by 16 pc", "up 4pc": per cent, as Irish and Indian papers write it
        elif suf and suf[0].isalpha() and "per" not in suf:
            unit = canonical_unit(mt.group("suf").strip())  # a measure: "600km", "128GB"
            if unit in ("GHz", "MHz") and _BAND_AFTER_RE.match(text, ext_end):
                continue  # "in the 3.5GHz and 700MHz bands": a band's name, not an amount of spectrum
        elif suf:
            unit = "pp" if "point" in suf else "%"
        if unit is None:
            after = _currency_after(text, ext_end, homographs)
            if after and after.group(1).lower() in ("pound", "pounds") and (
                    after.group().startswith("-") or _WEIGHT_BEFORE_RE.search(text, max(0, mt.start() - 40), mt.start())):
                after = None  # "weighs 1,200 pounds", "a 10-pound bag": a weight, not sterling
            if after:
                unit = currency_code(after)
                ext_end = after.end()
        start = mt.start("negcur") if mt.group("negcur") else mt.start("neg") if mt.group("neg") else mt.start("num")
        out.append(Mention(start=start, end=end, value=value, unit=unit,
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
            # "half of the 120 senators": the proportion 0.5
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
    homographs = money_homographs(text)
    for m in out:
        after = _currency_after(text, m.ext_end, homographs)
        if after:
            m.unit = currency_code(after)
            m.ext_end = after.end()
        else:
            pc = re.match(r"\s(per\s?cent|percent)\b", text[m.ext_end:], re.IGNORECASE)
            if pc:
                m.unit = "%"
                m.ext_end += pc.end()
    return out


def _currency_after(text: str, end: int, homographs: set[str]) -> re.Match | None:
    """A currency name right after an amount; an ordinary word such as "marks"
    only where the article writes it after money elsewhere."""
    after = currency_after_re().match(text, end)
    if after and after.group(1).lower() in HOMOGRAPHS and after.group(1).lower() not in homographs:
        return None
    return after


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
    nxt = words[i + 1][2] if i + 1 < len(words) else ""
    if len(parts) == 2 and parts[0] in lx.UNITS_WORDS and parts[0] != "one" and counts_parts(parts[1], nxt):
        # "a nine-hole course", "a four-lane road": how many parts the thing named after it has
        return Mention(s, s + len(parts[0]), Decimal(lx.UNITS_WORDS[parts[0]]), ext_start=s, ext_end=e, is_word=True)
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


def _is_non_quantity(doc: Doc, m: Mention) -> bool:
    span = tokens_at(doc, m.start, m.end)
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
    if plain and not m.is_word and names_not_counts(doc, first, prev, m.start, m.end, text):
        return True
    if plain and (is_address(text, m.end) or in_place_name(text, m.end)):
        return True  # "14 W 52nd St", "221 Baker Street": a street number; "Forty Mile Creek"
    if plain and prev is not None and prev.is_title and first.head.i == prev.i and prev.i + 1 == first.i:
        return True  # "Route 9", "Gate 5": a number after the noun it labels
    if plain and prev is not None and prev.is_alpha and (prev.is_title or prev.is_upper):
        if prev.pos_ == "PROPN" and prev.lower_ not in lx.MONTHS | lx.WEEKDAYS and not prev.is_sent_start:
            return True  # (not "by Monday 41 farms": a day, then a count)
    if plain and prev is not None and prev.i + 1 == first.i and prev.is_alpha and prev.text[:1].islower() \
            and any(ch.isupper() for ch in prev.text[1:]):
        return True  # "iPhone 15", "eBay 2": a product's name
    if plain and prev is not None and prev.i + 1 == first.i \
            and prev.lower_ in ("section", "article", "clause", "chapter", "room", "flight"):
        return True  # "flight 2217", "section 12": a label
    if plain and prev is not None and (prev.lower_ in ("no.", "nos", "#", "number") or prev.text == "No") \
            and not number_as_verb(prev):
        return True
    if plain and prev is not None and prev.lower_ in lx.LABEL_WORDS and not m.is_word and prev.i + 1 == first.i \
            and "." not in text[m.start:m.end] and prev.pos_ in ("NOUN", "PROPN"):
        # "type 2 diabetes", "stage 4", "tier 3": a label, not an amount
        return True
    if prev is not None and prev.lower_ in lx.RANK_WORDS and m.unit is None and not m.has_scale \
            and prev.pos_ != "VERB" and not (prev.i > 0 and doc[prev.i - 1].lower_ == "to"):
        return True  # "finish in the top four", not "expected to top 120,000"
    if plain and not m.is_word and "." not in text[m.start:m.end]:
        v = m.value
        # Years: "in 2003", "2011 and 2014 results" (but "2000 troops" counts).
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
            compatible = False  # "lent $12.4 million to 15 firms": a range shares its scale from the end
        is_range = (compatible and bool(_RANGE_SEP.match(gap))) or (
            gap.strip().lower() == "and" and re.search(r"\bbetween\s*$", before_prev)
        )
        if is_range:
            # ("rose by 95,000 to 4.2 million": a number written in thousands borrows no scale)
            if not prev.has_scale and cur.has_scale and _written_value(text, cur) and _written_value(text, prev) < 1000:
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
    digits = re.match(r"\d+,\d{1,2}(?!\d)|\d[\d, \u00a0\u202f]*?(?:\.\d+)?(?![\d,.])", raw)
    return number_value(digits.group().strip()) if digits else m.value


# --- qualifier -----------------------------------------------------------------


# --- subject -------------------------------------------------------------------


def _analyse(doc: Doc, m: Mention) -> None:
    m.qualifier = qualifier_of(doc, m)
    m.subject = subject_of(doc, m)


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


