"""Units of measure, money and street numbers: the small decisions about what
kind of amount a number is, kept apart from finding numbers and their subjects."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .currencies import money_units
from .subject_parse import COUNTED_CONTAINERS, RECORDING_VERBS, _noun_after, _phrase

# Written units, canonical form: symbols keep their usual spelling.
_UNIT_FORMS = {
    "km/h": "km/h", "kph": "km/h", "km": "km", "kg": "kg", "mph": "mph", "cm": "cm", "mm": "mm", "ml": "ml",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW", "mw": "MW", "gw": "GW", "ft": "ft",
    "sq": "sq", "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB", "mbps": "Mbps", "gbps": "Gbps", "lbs": "lb",
    "lb": "lb", "mg": "mg", "oz": "oz", "ppm": "ppm", "ha": "ha", "cc": "cc", "gl": "GL", "tbps": "Tbps",
    # an oil producer's barrels a day, as "barrels per day" is; a pollutant's micrograms
    "bpd": "barrel", "µg": "µg", "μg": "µg",
}
# Units written as words after the number: "400 acres", "1.2 million barrels".
_WORD_UNITS = {
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare", "barrel": "barrel",
    "barrels": "barrel", "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "mile": "mile",
    "miles": "mile", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "foot": "ft", "feet": "ft", "inch": "inch",
    "inches": "inch", "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gallon",
    "gallons": "gallon", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "gram": "g", "grams": "g", "pounds": "lb", "megawatts": "MW", "megawatt": "MW", "gigawatts": "GW",
    "gigawatt": "GW", "kilowatts": "kW", "degrees": "°", "degree": "°", "deg": "°", "calories": "kcal", "volts": "V",
    "acre-feet": "acre-ft", "acre-foot": "acre-ft", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm",
    "centimeters": "cm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "hectometre": "hm",
    "hectometres": "hm", "decibel": "dB", "decibels": "dB", "kilowatt": "kW",
    # bulk water and farm produce: "40 megalitres a day", "290 hundredweight an acre"
    "megalitre": "Ml", "megalitres": "Ml", "megaliter": "Ml", "megaliters": "Ml", "kilolitre": "kl",
    "kilolitres": "kl", "kiloliter": "kl", "kiloliters": "kl", "hundredweight": "cwt",
    # a lake's store, a brewer's output: "about 640GL", "2.4 million hectolitres"
    "gigalitre": "GL", "gigalitres": "GL", "gigaliter": "GL", "gigaliters": "GL", "hectolitre": "hl",
    "hectolitres": "hl", "hectoliter": "hl", "hectoliters": "hl",
    # speeds at sea and in the air, yards on a course, ounces of gold or weight
    "quintal": "q", "quintals": "q", "knot": "kn", "knots": "kn",
    "g": "g", "microgram": "µg", "micrograms": "µg", "kelvin": "K", "teaspoon": "tsp", "teaspoons": "tsp",
    "tablespoon": "tbsp", "tablespoons": "tbsp", "yard": "yd", "yards": "yd", "ounce": "oz", "ounces": "oz",
    # energy: "800 megawatt-hours" is one unit, never a count of hours
    "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "megawatt-hour": "MWh", "megawatt-hours": "MWh",
    "gigawatt-hour": "GWh", "gigawatt-hours": "GWh", "terawatt-hour": "TWh", "terawatt-hours": "TWh",
    # a dose, a camera, a screen's brightness, the air's pressure in a storm
    "milligram": "mg", "milligrams": "mg", "megapixel": "MP", "megapixels": "MP", "nit": "nit", "nits": "nit",
    "millibar": "mbar", "millibars": "mbar", "hectopascal": "hPa", "hectopascals": "hPa",
    # a country's or an industry's emissions: "88 megatonnes of carbon dioxide"
    "megatonne": "Mt", "megatonnes": "Mt", "megaton": "Mt", "megatons": "Mt", "kilotonne": "kt", "kilotonnes": "kt",
    "square": None, "cubic": None,
}
_WORD_UNIT_RE = re.compile(
    # ("800 megawatt hours" is written as often as "800 megawatt-hours")
    r"(?:\s+|-)(?:(square|cubic)\s+)?("
    + "|".join(sorted((k.replace("-", r"[\s-]") for k in _WORD_UNITS if _WORD_UNITS[k]), key=len, reverse=True))
    + r")\b(?:\s+(Celsius|Fahrenheit|centigrade|C\b|F\b))?", re.IGNORECASE)
_STREET_WORDS = {"st", "street", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd",
                 "drive", "way", "place", "square", "terrace", "close", "crescent", "highway", "parkway"}
_ADDRESS_RE = re.compile(r"\s+(?:[NSEW]\.?\s+)?((?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){1,3}?([A-Z][a-z]*\.?)(?=[\s,.;]|$)")


def names_unit(word: str) -> bool:
    """Is this word a unit of measure ("kilometre", "kg", "acres", "km²")?"""
    return word.lower() in _WORD_UNITS or word.lower() in _UNIT_FORMS or bool(_POWER_RE.fullmatch(word))


# What a unit is divided by ("mg/L", "kg/ha"), canonical form: "mg/l" and "mg/L" are one unit.
_DIVISORS = {"l": "L", "dl": "dL", "ml": "ml", "m3": "m³", "m³": "m³", "kg": "kg", "km": "km", "ha": "ha",
             "day": "day", "d": "day", "h": "h"}


# Areas and volumes written with a symbol: "km²", "km2" and "sq km" are the unit
# "sq km" that "square kilometres" gives, "m³" is "cu m", so a figure keyed by unit stays one.
_POWER_RE = re.compile(r"(?:sq\.?\s?(?P<sq>km|m|mi|ft)|(?P<base>km|m|cm|mm|ft|mi)(?P<pow>[²³23]))")


def canonical_unit(written: str) -> str:
    power = _POWER_RE.fullmatch(written.strip())
    if power:
        base = power.group("sq") or power.group("base")
        base = "mile" if base == "mi" else base
        return ("sq " if power.group("sq") or power.group("pow") in "²2" else "cu ") + base
    if "/" in written and written.lower() not in _UNIT_FORMS:
        unit, per = written.split("/", 1)
        return f"{canonical_unit(unit)}/{_DIVISORS.get(per.lower(), per)}"
    return _UNIT_FORMS.get(written.lower(), written)


def is_money(unit: str | None) -> bool:
    return unit is not None and unit in money_units()


def is_address(text: str, end: int) -> bool:
    """A number followed by a street name: "14 W 52nd St", "221 Baker Street"."""
    mt = _ADDRESS_RE.match(text, end)
    if not mt or mt.group(2).lower().rstrip(".") not in _STREET_WORDS:
        return False
    if re.match(r"\s+[NSEW]\.?\s", text[end:]) or re.search(r"\d(?:st|nd|rd|th)\b", mt.group(0)):
        return True  # "14 W 52nd St": a compass point or a numbered street is an address
    # "300 Main Street residents": the street names whom the number counts
    nxt = re.match(r"\s+([a-z]+)", text[mt.end():mt.end() + 20])
    return nxt is None or nxt.group(1) in ("in", "on", "at", "near", "and", "or", "was", "is", "where", "which")


# "Forty Mile Creek", "Seven Mile Beach": a capitalised measure word with a name after it
_PLACE_NAME_RE = re.compile(r"[ \t]+(?:Mile|Miles|MILE|Acre|ACRE|Foot|Mille)[ \t]+[A-Z][A-Za-z]+")


def in_place_name(text: str, end: int) -> bool:
    """A number that opens a place's name rather than counting miles."""
    return bool(_PLACE_NAME_RE.match(text, end))


# "from 640 metres to 910m", "a 250m-long footbridge": an "m" glued to a
# number without a currency sign is the metre there, not a million
_METRES_WORD_RE = re.compile(r"\d\s?(?:metres?|meters?)\b", re.IGNORECASE)
_LENGTH_AFTER_RE = re.compile(r"-?\s?(?:long|high|tall|deep|wide|above sea level)\b")


# "the 100m backstroke", "the women's 400m hurdles": a race's name, no amount at all
_RACE_AFTER_RE = re.compile(r"\s(?:freestyle|backstroke|breaststroke|butterfly|medley|individual\s+medley|im|hurdles|"
                            r"relay|steeplechase|sprint|dash|final|semi-?final|heats?|title|world\s+record)\b", re.IGNORECASE)
_RACE_BEFORE_RE = re.compile(r"\b(?:men|women|boys|girls)['’]s\s+$", re.IGNORECASE)


def names_a_race(text: str, start: int, end: int) -> bool:
    """Whether "100m" at text[start:end] names a race ("the 100m backstroke", "the women's 400m")."""
    return bool(_RACE_AFTER_RE.match(text, end) or _RACE_BEFORE_RE.search(text, max(0, start - 12), start))


def metres_not_millions(text: str, start: int, end: int) -> bool:
    """Whether the "m" ending text[start:end] ("910m") writes metres."""
    if _LENGTH_AFTER_RE.match(text, end):
        return True
    stops = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_END_RE.search(text, end)
    sentence = text[stops[-1] if stops else max(0, start - 300):after.start() if after else len(text)]
    return bool(_METRES_WORD_RE.search(sentence))


def unit_word_after(text: str, end: int) -> bool:
    return bool(_WORD_UNIT_RE.match(text, end))


def measure_units(doc: Doc, mentions: list) -> None:
    """Give measurements written with a unit word their unit ("400 acres" ->
    acre, "-3 degrees Celsius" -> °C). Runs after subjects are found, so a unit
    never changes what a number is said to count; a subject that is only the
    unit itself gives way to what the clause says is measured."""
    text = doc.user_data.get("claims_text") or doc.text
    for k, m in enumerate(mentions):
        if m.unit is not None:
            if m.unit not in money_units() and m.unit not in ("%", "pp"):
                _name_what_is_measured(doc, text, m, _WORD_UNIT_RE.match(text, m.ext_end))
            # "plans to supply 35 MW": with nothing else said, the unit's quantity
            m.subject = _distance(text, m) or m.subject or _DIMENSIONS.get(m.unit, "")
            continue
        if m.subject.lower() in ("degrees", "degree") and m.range_partner is None and not _WORD_UNIT_RE.match(text, m.ext_end) \
                and not _ANGLE_RE.search(text, max(0, m.ext_start - 120), m.ext_start):
            # "its ninth straight day above 105", "well above the advised 22" after a temperature in degrees:
            # the bare number shares the temperature, never the unit's name
            m.subject = "temperature"
        if m.unit is None and _counts_containers(m.subject):
            # "output is put at 12 million sacks" (not "bought 19,800 sacks of rice": the sacks are what is counted)
            old = m.subject
            if not re.match(_CONTENTS_RE, text[m.ext_end:m.ext_end + 40]):
                m.subject = _measured(doc, m) or m.subject
            for n in mentions[k + 1:k + 3]:  # "..., against 8": the values it shared its subject with
                if n.subject == old and n.unit is None and not _SENTENCE_END_RE.search(text, m.ext_end, n.ext_start):
                    n.subject = m.subject
            p = m.range_partner  # "between 5 and 6 crates a tree": the pair measure one thing
            if p is not None and _counts_containers(p.subject) and not _counts_containers(m.subject):
                p.subject = m.subject
        mt = _WORD_UNIT_RE.match(text, m.ext_end)
        if not mt:
            continue
        word = re.sub(r"\s+", "-", mt.group(2).lower())
        if word in ("pounds",) and re.search(r"(?:£|\bGBP\b)", text[max(0, m.start - 40):m.start]):
            continue
        unit = _WORD_UNITS[word]
        if mt.group(1):
            unit = ("sq " if mt.group(1).lower() == "square" else "cu ") + unit
        if unit == "°":
            scale = (mt.group(3) or "").lower()
            unit = "°F" if scale in ("fahrenheit", "f") else "°C" if scale in ("celsius", "centigrade", "c") else "°"
        m.unit = unit
        _name_what_is_measured(doc, text, m, mt)
        m.subject = _distance(text, m) or m.subject or _DIMENSIONS.get(unit, "")
    for k, m in enumerate(mentions):
        if m.unit is not None and m.unit not in money_units() and m.unit not in ("%", "pp") \
                and _is_unit_word(m.subject, m.unit):
            m.subject = _gapped(doc, text, m, mentions[:k]) or m.subject
    _compound_times(doc, text, mentions)
    for m, n in zip(mentions, mentions[1:]):  # "105 by 68 metres": both sides of one size, in the unit written last
        if n.unit is not None and m.unit is None and _BY_RE.fullmatch(text, m.ext_end, n.ext_start):
            m.unit, m.subject = n.unit, n.subject
    for m, n in zip(mentions, mentions[1:]):  # "the pitch measures 105 by 68 metres": both sides measure the pitch
        sized = _SIZED_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
        if sized and n.unit is not None and _BY_RE.fullmatch(text, m.ext_end, n.ext_start) \
                and sized.group("thing").lower() not in _NOT_SIZED and _is_unit_word(n.subject, n.unit):
            m.subject = n.subject = sized.group("thing")
    for m in mentions:  # "lows of 4 to 7 degrees": the first end is measured in the unit written after the second
        p = m.range_partner
        if p is not None and p.unit is not None and m.unit in (None, p.unit) and _is_unit_word(m.subject, p.unit):
            m.unit, m.subject = p.unit, p.subject


def _name_what_is_measured(doc: Doc, text: str, m, written: re.Match | None = None) -> None:
    """A subject that only repeats the unit gives way to what is measured: for a
    temperature, the low, high or chill the sentence names; else the clause's;
    else what a reader calls the unit's quantity ("weight", "volume")."""
    if written is not None:
        modified = _modified_noun(doc, written)
        if modified:  # "a 90-tonne crane" measures the crane
            m.subject = modified
            return
    named = temperature_named_before(text, m) if m.unit in TEMPERATURE_UNITS else ""
    if named:  # "with lows of minus 6C", "highs near 35C": the words before it name it
        m.subject = named
        return
    if m.unit in TEMPERATURE_UNITS and (_is_unit_word(m.subject, m.unit) or m.subject == "temperature"):
        found = _heated(doc, m) or _temperature_word(text, m)
        if found:
            m.subject = found
            return
        if _is_unit_word(m.subject, m.unit) and (m.unit != "°" or not _ANGLE_RE.search(text, max(0, m.ext_start - 60),
                                                                                       m.ext_end + 30)):
            # "warm the rooms to 18 degrees Celsius": with nothing else named, a temperature
            # ("its third straight day above 35 degrees": a day is when, not what is measured)
            found = _measured(doc, m)
            m.subject = found if found and found.split()[-1].lower() not in lx.TIME_UNITS else "temperature"
            return
    if (_is_unit_word(m.subject, m.unit, written.group(0) if written else "") or m.subject in _AVERAGES) and m.unit != "°":
        m.subject = _noun_after(doc, m.ext_end, _UNIT_OF_RE) or _measured(doc, m) or _produced(doc, m) \
            or _holder(doc, m) or _quantity_name(text, m) or m.subject


# "Wheat accounts for 12.1 million tonnes, barley 6.3 million tonnes and canola 3.4 million tonnes": where a list
# says its verb once, the noun right before each later measure names it
_GAPPED_RE = re.compile(r"(?:,|\band|\bwhile)\s+([A-Za-z][\w-]*)\s+"
                        r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$")


def _gapped(doc: Doc, text: str, m, earlier: list) -> str:
    mt = _GAPPED_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
    if not mt or not any(p.unit == m.unit and not _SENTENCE_END_RE.search(text, p.ext_end, m.ext_start)
                         for p in earlier):
        return ""
    span = doc.char_span(mt.start(1), mt.end(1))
    if span is None or len(span) != 1 or span[0].pos_ not in ("NOUN", "PROPN") or span[0].lower_ in lx.TIME_UNITS:
        return ""
    return span[0].text


# "1,010 gigawatt hours (GWh) of electricity": what so many units of it are (not "of the forecast": a part)
# ("barrels of oil equivalent" is itself a unit)
_UNIT_OF_RE = (r"(?:[\s-]+[A-Za-z]+){0,2}?\s*(?:\(\s*[A-Za-z]{1,6}\s*\))?\s+of\s+"
               r"(?!the\b|its\b|their\b|this\b|oil\s+equivalent\b)(?=[a-z])")


_BY_RE = re.compile(r"\s*(?:by|x|×)\s*")
# What a size of two sides is the size of: "the pitch measures 105 by", "the garden shed, 3 by"
_SIZED_RE = re.compile(r"\b(?P<thing>[A-Za-z]+)(?:\s+(?:measures|measured|measuring|is|was|are|were)|,)\s+"
                       r"(?:about\s+|roughly\s+|some\s+|just\s+|only\s+)?$")
_NOT_SIZED = {"it", "which", "that", "they", "each", "one", "and", "or", "but", "about", "of", "at", "in", "now"}
_TIME_PARTS = ("hour", "minute", "second")
_TIME_PART_RE = re.compile(r"\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b\.?(?:\s*(?:,|and)?\s*)", re.IGNORECASE)


_IS_BEFORE_RE = re.compile(r"\b(?:is|was|are|were|stood\s+at)\s+"
                           r"(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|over\s+)?$")


def _compound_times(doc: Doc, text: str, mentions: list) -> None:
    """"in 3 hours 11 minutes 52 seconds", "1 hour 30 minutes": the parts of one time, each named
    "time", or what the clause says the time is ("the average wait was seven hours and 40 minutes")
    (a bare "4 hours" stays a count of hours)."""
    def part(m):
        mt = _TIME_PART_RE.match(text, m.ext_end)
        word = mt.group(1).lower() if mt else ""
        rank = next((i for i, p in enumerate(_TIME_PARTS) if word.startswith(p[0])), None)
        return rank, mt.end() if mt else m.ext_end
    k = 0
    while k < len(mentions):
        chain = [k]
        rank, end = part(mentions[k])
        while rank is not None and chain[-1] + 1 < len(mentions) and mentions[chain[-1] + 1].ext_start == end:
            nxt_rank, nxt_end = part(mentions[chain[-1] + 1])
            if nxt_rank is None or nxt_rank <= rank:
                break
            chain.append(chain[-1] + 1)
            rank, end = nxt_rank, nxt_end
        # (not a margin: "leads by 2 minutes 45 seconds" keeps its units)
        if len(chain) > 1 and not re.search(r"\bby\s+$", text[max(0, mentions[k].ext_start - 5):mentions[k].ext_start]):
            # (only what the time is, after a copula: "cuts the trip to 2 hours 15 minutes" is a time)
            named = _measured(doc, mentions[k]) if _IS_BEFORE_RE.search(text, max(0, mentions[k].ext_start - 30),
                                                                        mentions[k].ext_start) else ""
            if not named or named.split()[-1].lower() in lx.TIME_UNITS:
                named = "time"
            for i in chain:
                mentions[i].subject = named
        k = chain[-1] + 1


def _counts_containers(subject: str) -> bool:
    return bool(subject) and subject.split()[-1].lower() in COUNTED_CONTAINERS


# "19,800 sacks of rice": the containers a count of goods is in
_CONTENTS_RE = r"\s+(?:" + "|".join(sorted(COUNTED_CONTAINERS)) + r")\s+of\s+(?=[a-z])"
_LENGTHS = {"km", "m", "mile", "ft", "inch", "cm", "mm", "nautical mile", "yd"}
TEMPERATURE_UNITS = {"°", "°C", "°F"}
# "lies 45 kilometres from the coast", "80 km south-east of the town": how far
def _distance(text: str, m) -> str:
    if m.unit not in _LENGTHS:
        return ""
    after = text[m.ext_end:m.ext_end + 40]
    word = re.match(r"\s*(?:[A-Za-z]+)", after)  # the unit word, when the mention stops before it
    rest = after[word.end():] if word and names_unit(word.group().strip()) else after
    if re.match(r"\s+(?:off|above)\s+the\s+(?:ground|floor)\b", rest, re.IGNORECASE):
        return "height"  # "blades that pass 30 metres off the ground"
    return "distance" if re.match(r"(?:\s+|-)?(?:from|away|off|offshore|inland|(?:north|south|east|west)"
                                  r"(?:[\s-]?(?:east|west))?\s+of)\b", rest, re.IGNORECASE) else ""


# Bare "degrees" measure an angle where the sentence turns, tilts or slopes; else, in news, a temperature
_ANGLE_RE = re.compile(r"\b(?:turn(?:s|ed|ing)?|tilt(?:s|ed|ing)?|bank(?:s|ed|ing)?|rotat\w*|angle[sd]?|slop\w*|"
                       r"inclin\w*|lean(?:s|ed|ing)?|heading|bearing|latitude|longitude|pitch(?:ed)?|"
                       r"swivel\w*|arc|degree\s+turn)\b", re.IGNORECASE)
# What a weather report measures in degrees: "the low was -19°F", "wind chills reached -40".
_TEMPERATURE_WORDS = {"low", "lows", "high", "highs", "temperature", "temperatures", "chill", "chills",
                      "reading", "readings", "maximum", "minimum", "mercury", "thermometer"}


_TEMPERATURE_OF_RE = re.compile(r"\b((?:wind\s+)?(?:temperatures?|highs?|lows?|chills?|maximums?|minimums?))\s+"
                                r"(?:of|near|around|at|reaching|between)\s+(?:about\s+|around\s+|up\s+to\s+|"
                                r"as\s+low\s+as\s+|as\s+high\s+as\s+)?(?:minus\s+)?$", re.IGNORECASE)
# A full stop that ends a sentence, not one after "St" or an initial
_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?]\s|\n")


# Verbs that bring a thing to a temperature or keep it there: "heat the oven to 220C", "the steel is heated to
# 1,600C", "samples are kept at minus 80 degrees", "the permafrost has warmed by 0.4 degrees"
_HEATING = set(lx.verb_forms("heat", "preheat", "warm", "cool", "chill", "set set set sets setting", "keep kept kept keeps "
                             "keeping", "hold held held holds holding", "store", "bake", "roast", "freeze froze frozen "
                             "freezes freezing", "fire", "turn"))


def temperature_named_before(text: str, m) -> str:
    """ "lows of minus 6C", "wind chills around minus 20": the words right before a temperature that name it."""
    named = _TEMPERATURE_OF_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
    return named.group(1) if named else ""


def _heated(doc: Doc, m) -> str:
    """What a verb of heating, cooling or keeping brings to the temperature: its object, else its subject."""
    node = _amount_node(doc, m)
    while node is not None and node.dep_ == "pobj" and node.head.dep_ == "pobj":
        node = node.head  # ("by 0.4 to 0.6 degrees")
    if node is None or node.dep_ != "pobj":
        return ""
    prep = node.head
    if prep.lower_ in ("around", "about", "nearly", "almost", "roughly", "over", "under") and prep.head.pos_ == "ADP":
        prep = prep.head  # ("heated to around 1,600C": the parser hangs the amount on the qualifier)
    if prep.lower_ not in ("to", "at", "by"):
        return ""
    verb = prep.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head
    if verb.lower_ not in _HEATING or verb.pos_ != "VERB":
        return ""
    held = next((c for c in verb.children if c.dep_ == "dobj"), None) \
        or next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    # (a lower-case word is a common noun, whatever the tagger says: "heat the oven")
    if held is None or not (held.pos_ == "NOUN" or held.pos_ == "PROPN" and held.is_lower) \
            or held.lower_ in _TEMPERATURE_WORDS or held.lower_ in lx.PERSON_NOUNS or names_unit(held.lower_):
        return ""
    return _phrase(held)


def _temperature_word(text: str, m) -> str:
    """The last word of the sentence before a temperature that names what it
    measures, with "wind" before "chill": the tokens of "-19°F" often parse badly."""
    start = max(m.ext_start - 150, 0)
    ends = list(_SENTENCE_END_RE.finditer(text, start, m.ext_start))
    start = ends[-1].end() if ends else start
    found = list(re.finditer(r"\b(?:(wind)\s+)?([a-z]+)\b", text[start:m.ext_start], re.IGNORECASE))
    for w in reversed(found):  # ("Highs in the capital will reach 25 degrees": a word that opens a sentence too)
        if w.group(2).lower() in _TEMPERATURE_WORDS:
            return w.group(0)
    return ""


# What a unit measures, for a measurement the text names nothing else for.
_DIMENSIONS = {"mph": "speed", "km/h": "speed", "kn": "speed", "°C": "temperature", "°F": "temperature", "kW": "power",
               "MW": "power", "GW": "power", "km": "distance", "mile": "distance",
               "sq km": "area", "sq m": "area", "sq mile": "area", "sq ft": "area", "cu m": "volume",
               "kg": "weight", "lb": "weight", "dB": "noise"}
# What flies at a length flies that high: "was cruising at 38,000 feet", "flew at 18,000 metres"
_FLYING_AT_RE = re.compile(r"\b(?:fl(?:y|ew|ying|own|ies)|cruis(?:e|ed|es|ing)|soar(?:s|ed|ing)?|hover(?:s|ed|ing)?)\b"
                           r"[^.;]{0,30}?\bat\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
# A length is a depth below something, a height above it, else a length.
_LENGTH_SIDES = (("depth", r"under|below|beneath|down|deep|underground"), ("height", r"above|over|high|tall|up"),
                 ("width", r"across|wide"))


def _quantity_name(text: str, m) -> str:
    """What a reader calls the quantity a unit measures, when the clause names
    nothing measured: "rode at 55 kilograms" gives a weight. Bulk amounts
    ("40 litres", "9,000 tonnes") keep their unit: readers name them by it."""
    if m.unit.startswith(("sq ", "cu ")):
        return ""  # "square feet", "cubic metres": readers name these by the unit
    if m.unit in _LENGTHS and _FLYING_AT_RE.search(text, max(0, m.ext_start - 60), m.ext_start):
        return "altitude"  # "the jet was cruising at 38,000 feet"
    if m.unit in _LENGTHS:
        # (past a word, or the inches of "6 feet 9 inches tall")
        after = re.sub(r"^\s*(?:[a-z]+\s+)?(?:\d+\s*(?:inches|inch|in)\s+)?", " ", text[m.ext_end:m.ext_end + 30],
                       flags=re.IGNORECASE)
        for name, words in _LENGTH_SIDES:
            # (not "20 km below Bristol": how far along a river or road from a named place)
            if re.match(r"\s+(?:" + words + r")\b(?!\s+(?-i:[A-Z]))", after, re.IGNORECASE):
                return name
        return ""
    return _DIMENSIONS.get(m.unit, "")


# Verbs whose subject holds, carries, makes or uses the amount in their object: "the tank holds 40
# litres", "a kiln able to produce 800 tonnes a day"
_HOLDING_VERBS = set(lx.verb_forms("hold held held holds holding", "store", "carry carried carries carrying",
                                   "haul", "produce", "generate", "treat",
                                   # "the estate covers 1,750 acres", "a bridge spanning 1.2 km"
                                   "cover", "span spanned spans spanning", "occupy occupied occupies occupying",
                                   # "depots received 12 million litres": what took the amount in holds it
                                   "receive"))
# Verbs whose object is an amount used up, named by the verb's noun: "homes using 600 kWh" measures use
_USING_VERBS = {**dict.fromkeys(lx.verb_forms("use"), "use"), **dict.fromkeys(lx.verb_forms("consume"), "consumption"),
                # "a pipeline to supply 300 million litres a day": a supply, not a measure of the pipeline
                **dict.fromkeys(lx.verb_forms("supply supplied supplies supplying"), "supply"),
                # "the firm sold 80,000 tonnes": an amount traded is named by the trade, not by the trader
                **dict.fromkeys(lx.verb_forms("sell sold sold sells selling"), "sales"),
                **dict.fromkeys(lx.verb_forms("export"), "exports"), **dict.fromkeys(lx.verb_forms("import"), "imports"),
                **dict.fromkeys(lx.verb_forms("deliver"), "deliveries")}


_HOLDS_BEFORE_RE = re.compile(r"\b([a-z]+)\s+([a-z]+)\s+(?:about\s+|around\s+|up\s+to\s+|roughly\s+|nearly\s+|some\s+)?$")


def _amount_node(doc: Doc, m) -> Token | None:
    """The token that stands for the whole amount in the parse: the number's span climbed through
    the words that only make up the amount ("about 40", "900 tonnes")."""
    span = doc.char_span(m.ext_start, m.ext_end, alignment_mode="expand")
    if span is None:
        return None
    node = span.root
    while True:
        # ("between 300 and 400 acres": the second end hangs on the first)
        while (node.dep_ in ("nummod", "compound", "quantmod") or (node.dep_ == "conj" and node.head.like_num)) \
                and node.head.i != node.i:
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ in ("by", "x") and node.head.head.like_num and node.head.head.i < node.i:
            node = node.head.head  # "105 by 68 metres": the size is where its first side stands
            continue
        break
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in _AVERAGES:
        node = node.head.head  # "use an average of 310 litres": the average stands where the amount does
    return node


_AVERAGES = {"average", "mean", "median", "total", "maximum", "minimum"}


def _with_modifiers(noun: Token) -> str:
    """The noun with its compound words and adjectives before it ("the storage tank" -> "storage tank")."""
    return " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod") or t.i == noun.i)


def _holder(doc: Doc, m) -> str:
    """"The barge can carry 900 tonnes", "a home using 600 kWh a month": the
    thing that holds or uses the amount, a common noun only."""
    node = _amount_node(doc, m)
    if node is None:
        return ""
    verb = node.head
    said = _HOLDS_BEFORE_RE.search(doc.text, max(0, m.ext_start - 50), m.ext_start)
    if said and said.group(2).lower() in _HOLDING_VERBS and (verb.lower_ != said.group(2).lower() or verb.pos_ != "VERB"):
        # "its battery stores 40 kWh": the parser took the verb for a noun; the noun before it holds the amount
        before = doc.char_span(said.start(1), said.end(1))
        if before is not None and before[0].pos_ == "NOUN" and before[0].lower_ not in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS:
            return before.text
    if node.dep_ == "pobj" and ((verb.lower_ == "to" and verb.i > 0 and doc[verb.i - 1].lower_ == "up")
                                or verb.lower_ in ("between", "about", "around", "over", "under", "nearly")):
        node, verb = verb, verb.head  # "can carry up to 30 tonnes", "covers between 300 and 400 acres"
    if node.dep_ in ("dobj", "prep") and verb.lower_ in _USING_VERBS:
        return _USING_VERBS[verb.lower_]
    if node.dep_ not in ("dobj", "prep") or verb.lower_ not in _HOLDING_VERBS:
        return ""
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is not None and holder.tag_ == "WDT" and verb.dep_ == "relcl":
        holder = verb.head  # "the estate, which covers 1,750 acres"
    if holder is None and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "amod":
        verb = verb.head  # "a battery able to store 80 MWh"
    if holder is None and verb.dep_ in ("acl", "relcl", "amod"):
        holder = verb.head  # "a battery storing 80 MWh"
    if holder is None or holder.pos_ != "NOUN" or holder.lower_ in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS:
        return ""
    return _with_modifiers(holder)


def _modified_noun(doc: Doc, written: re.Match) -> str:
    """"a 400-tonne crane", "a 50-megawatt solar plant": a unit hyphened to the
    number modifies the noun after it, which is what is measured."""
    if not written.group(0).startswith("-") or written.group(1):
        return ""
    end = written.end()
    shape = re.match(r"-(?:long|high|tall|wide|deep|thick)\b", doc.text[end:end + 8])
    if shape:
        end = shape.end() + end  # "a 4.5-metre-wide crater": the size's shape word stands between
    after = doc.char_span(end, min(end + 40, len(doc.text)), alignment_mode="expand")
    if after is None:
        return ""
    words: list[str] = []
    for t in after:
        if t.is_space:
            continue
        # the first word is a noun whatever its tag ("a 2-litre can"); then nouns and adjectives
        if not t.is_alpha or not t.is_lower or (words and (t.pos_ not in ("NOUN", "ADJ") or t.text.endswith("ing"))):
            break
        words.append(t.text)
        if len(words) == 3:
            break
    while len(words) > 1 and doc.vocab[words[-1]].is_stop:
        words.pop()
    return " ".join(words)


_TRAVEL_VERBS = lx.verb_forms("travel travelled travels travelling traveled traveling")
# Verbs whose subject is what a measurement in their object measures: "winds reached 70 mph".
_LEVEL_VERBS = set(lx.verb_forms("reach", "hit hit hits hitting", "top topped tops topping", "exceed", "weigh",
                                 "measure", "average", "total totalled totaled totals totalling", "record",
                                 "gain", "lose lost loses losing", "drop dropped drops dropping", "add added adds",
                                 "rise rose risen rises rising", "fall fell fallen falls falling", "peak", "climb",
                                 "stand stood stands standing", "sink sank sunk sinks", "grow grew grown grows growing",
                                 "shrink shrank shrunk shrinks", "slip slipped slips", "jump", "surge", "plunge",
                                 # "the alarm read 250 ppm", "output is seen at 12 million tonnes"
                                 "read read reads reading", "see saw seen sees", "estimate", "forecast",
                                 "project", "come came come comes coming", "peg pegged pegs pegging",
                                 # "arrivals touched 31,600 quintals", Indian papers' "reached"
                                 "touch touched touches touching",
                                 # "the permafrost has warmed by 0.6 degrees", "the lake shrank by 3 metres"
                                 "warm", "cool", "expand", "contract", "deepen", "retreat",
                                 # "diesel accounted for 3.4 million tonnes": its share of a whole
                                 "account")) | set(_TRAVEL_VERBS)  # "the drive travelled 347 yards"


_BE_FORMS = {"is", "was", "are", "were", "be", "been", "being", "remains", "remained", "stood", "stands", "lies", "lay"}
_BEYOND = {"above", "below", "over", "under", "higher", "lower", "short", "beyond"}
_DEPTH_VERBS = set(lx.verb_forms("drill", "dig dug digs digging", "dive dived dove dives diving", "bore"))


def _is_unit_word(subject: str, unit: str, written: str = "") -> bool:
    """No subject, or one that only repeats the unit ("tonnes", "mph", the
    "hours" of "kilowatt-hours")."""
    if not subject:
        return True
    word = subject.split()[-1].lower()
    if word in re.split(r"[\s-]+", written.lower()):
        return True
    word = re.sub(r"^[-+−]?\d[\d.,]*", "", word) or word  # "1.5C", "2C": the number itself, its unit glued on
    bare = unit.removeprefix("sq ").removeprefix("cu ")  # "square metres" is the unit "sq m"
    return canonical_unit(word) in (unit, bare) or _WORD_UNITS.get(word) in (unit, bare) \
        or (word in _WORD_UNITS and unit.startswith("acre")) or word in ("c", "f", "°", "celsius", "fahrenheit", "centigrade") \
        or (unit in TEMPERATURE_UNITS and word in ("degrees", "degree", "deg"))


# Verbs that put a size on their object: "put the loss at 9,000 tonnes"
_SIZING_VERBS = set(lx.verb_forms("estimate", "put put puts putting", "measure", "forecast", "project",
                                  "peg pegged pegs pegging", "value", "calculate", "assess", "gauge"))


# Verbs that keep their object (or a passive's subject) at a size: "quotas were held at 2,300 tonnes"
_KEEPING_VERBS = set(lx.verb_forms("hold held held holds holding", "keep kept kept keeps keeping",
                                   "leave left left leaves leaving", "set set set sets setting", "cap capped caps capping",
                                   "fix", "maintain", "freeze froze frozen freezes freezing"))


_PRODUCING = {**dict.fromkeys(lx.verb_forms("produce"), "production"), **dict.fromkeys(lx.verb_forms("generate"), "output")}


def _produced(doc: Doc, m) -> str:
    """ "the farm will produce about 1,900 gigawatt-hours a year", "a supplier producing 500,000 litres": a
    measure that a verb of producing makes, with nothing named as made, is the production (the output)."""
    node = _amount_node(doc, m)
    if node is None or node.dep_ != "dobj" or node.head.head.lower_ in ("able", "capable"):
        return ""  # (not "a plant able to produce 60 cubic hectometres": what the plant can do)
    return _PRODUCING.get(node.head.lower_, "")


def noun_like(tok: Token) -> bool:
    """A noun, or a superlative standing as one: "a season's best", "a world best"."""
    return tok.pos_ == "NOUN" or (tok.tag_ == "JJS" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "appos"))


def _measured(doc: Doc, m) -> str:
    """"Winds reached 70 mph": the subject of the verb the measurement completes."""
    node = _amount_node(doc, m)
    if node is None:
        return ""
    if node.dep_ == "pobj" and noun_like(node.head.head) and node.head.lower_ in ("to", "above", "of", "at", "below"):
        # "a forecast to 410,000 tonnes", "speeds above 90 mph", "a season's best of 64.2 metres"
        owner = node.head.head
        return " ".join(t.text for t in owner.subtree if t.i <= owner.i and (t.dep_ in ("compound", "amod") or t.i == owner.i)
                        and t.i >= owner.left_edge.i and not t.is_punct)
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "by") and node.head.head.lower_ in lx.ADJUST_VERBS:
        # "cut its fuel use to 31 litres": the verb's object is what the amount measures
        changed = next((c for c in node.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if changed is not None and changed.lower_ not in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS:
            return _phrase(changed)
    if node.dep_ == "pobj" and node.head.lower_ == "at" and node.head.head.lower_ in _SIZING_VERBS | _KEEPING_VERBS:
        # "put the loss at 9,000 tonnes", "kept the quota at 2,300 tonnes": the verb's object is what the
        # amount measures; "quotas were left unchanged at 2,300 tonnes": the passive's subject
        holder = node.head.head
        valued = next((c for c in holder.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if valued is None and holder.lower_ in _KEEPING_VERBS:
            valued = next((c for c in holder.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if valued is not None and valued.lower_ not in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS:
            return _phrase(valued)
    if node.dep_ in ("dobj", "attr", "npadvmod", "pobj"):
        verb = node.head.head if node.dep_ == "pobj" else node.head
        while node.dep_ == "pobj" and verb.pos_ == "ADP" and verb.dep_ in ("prep", "pcomp") and verb.head.i != verb.i:
            verb = verb.head  # "fell from a year earlier to 78 million tonnes": "to" hangs on "from"
        if node.dep_ == "npadvmod" and verb.pos_ in ("ADP", "ADV") and verb.lower_ in _BEYOND:
            verb = verb.head  # "the river was 2.1 metres above its normal level"
            if verb.lower_ not in _LEVEL_VERBS and verb.lower_ not in _BE_FORMS:
                return ""  # "the roof gave way 300 metres below the surface": no level of the roof
        if verb.lower_ in lx.VERB_NOMINALS and lx.VERB_NOMINALS[verb.lower_] == "weight":
            return "weight"  # "the satellite weighs 1,200 pounds"
        if verb.lower_ in _DEPTH_VERBS and node.dep_ in ("dobj", "npadvmod"):
            return "depth"  # "they are drilling 300 metres"
        if node.dep_ in ("dobj", "pobj") and verb.lower_ not in _LEVEL_VERBS:
            return ""  # "the network would supply 450 million litres": the network is no measure
        if node.dep_ == "pobj" and verb.lower_ in _TRAVEL_VERBS:
            return ""  # "travelling at 17 knots": a speed, where "travelled 347 yards" is how far the drive went
        if verb.pos_ in ("VERB", "AUX"):
            # a common noun, or a named river or peak ("the Ord River peaked at 9 metres")
            # ("demand had to fall from 40 litres": the verb completing another has that one's subject)
            owner = verb.head if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb
            subj = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass") and (
                c.pos_ == "NOUN" or (c.pos_ == "PROPN" and (c.ent_type_ in ("LOC", "FAC", "") or _is_water(c))))), None)
            if subj is None and owner.dep_ == "relcl" and owner.head.pos_ in ("NOUN", "PROPN") \
                    and owner.head.ent_type_ != "PERSON" and any(
                    c.dep_ == "nsubj" and c.tag_ == "WDT" for c in owner.children):
                subj = owner.head  # "imports, which rose 34% to 1.2 million tonnes"
            # "researchers measured 96 km²": who measures is not what is measured
            if subj is not None and node.dep_ == "dobj" and subj.lower_ in lx.ANONYMOUS_NOUNS | lx.PERSON_NOUNS:
                subj = None
            if verb.lower_ in RECORDING_VERBS:
                subj = None  # "the gauge recorded 41C": the gauge took the reading
            if subj is not None:
                named = _with_modifiers(subj)
                if subj.pos_ == "PROPN" and m.unit in _LENGTHS and _WATERS & set(named.lower().split()):
                    return f"{named} level"  # "the River Eden peaked at 5.8 metres": the river's level
                return named
    return ""


def _is_water(name: Token) -> bool:
    """ "the River Taff", "Lake Taupo": a named river or lake, whatever the entity tagger took it for."""
    return bool(_WATERS & {t.lower_ for t in name.subtree if t.i <= name.i})


_WATERS = {"river", "lake", "creek", "dam", "reservoir", "loch", "lough", "estuary", "harbour", "harbor"}
