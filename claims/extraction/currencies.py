"""Currency names written as words after an amount ("1.8 billion kronor", "40
zlotys", "3,000 florins"), read from CLDR through Babel so that every currency
the locale data names is covered, not only those someone thought to list.

CLDR gives English display names with their plural ("Swedish kronor", "Polish
zlotys"); the last word is the name an article writes after a number. A few
of those last words are ordinary English words ("marks", "real", "won"): they
name a currency only where the article writes the same word after a large or
scaled amount, which exam marks and verbs never are.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name

# Names CLDR does not give as a last word: sub-units, informal and older names,
# ISO codes written after the amount ("1,200 CHF"), and "crowns", the English
# name of the Nordic and Czech currencies.
_HAND_WORDS = {
    "sterling": "GBP",
    "pence": "GBX",
    "penny": "GBX",
    "cent": "cents",
    "cents": "cents",
    "paise": "paise",
    "kobo": "kobo",
    # other sub-units news writes after an amount ("5 fils a share", "20 piastres a loaf", "60 sen")
    "fils": "fils",
    "piastres": "piastres",
    "piastre": "piastres",
    "halalas": "halalas",
    "centavos": "centavos",
    "centimes": "centimes",
    "kopecks": "kopecks",
    "satang": "satang",
    "sen": "sen",
    "groszy": "groszy",
    "pesewas": "pesewas",
    "pesewa": "pesewas",
    "tambala": "tambala",
    "thebe": "thebe",
    "ngwee": "ngwee",
    "zł": "PLN",
    "zl": "PLN",
    "renminbi": "CNY",
    # the Brazilian real's own plural, which English news writes as often as CLDR's "reals"
    "reais": "BRL",
    "crown": "crowns",
    "crowns": "crowns",
    "quid": "GBP",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
    "jpy": "JPY",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "aud": "AUD",
    "cad": "CAD",
    "cny": "CNY",
    "inr": "INR",
    "hkd": "HKD",
    "sgd": "SGD",
    "zar": "ZAR",
    "myr": "MYR",
    "kr": "SEK",
}
# Which currency a name shared by several means when the article does not say:
# "dollars" are US dollars unless a symbol says otherwise.
_USUAL_CODE = {
    "dollar": "USD",
    "pound": "GBP",
    "euro": "EUR",
    "rupee": "INR",
    "franc": "CHF",
    "krone": "DKK",
    "kroner": "NOK",
    "peso": "MXN",
    "dirham": "AED",
    "lira": "TRY",
    "riyal": "SAR",
    "shilling": "KES",
    "rouble": "RUB",
    "ruble": "RUB",
    "kwacha": "ZMW",
}
# Last words of CLDR names that name no currency of their own ("special drawing
# rights", "gold", "European currency unit").
_NOT_NAMES = {
    "account",
    "unit",
    "units",
    "value",
    "rights",
    "gold",
    "silver",
    "platinum",
    "palladium",
    "currency",
    "day",
    "mvdol",
    "mvdols",
    "cupon",
}
# Last words that are ordinary English words as well ("top marks", "won the
# vote", "real terms", "shoe soles", "a dram of whisky"): a currency only after
# an amount the article elsewhere writes as money with this word.
HOMOGRAPHS = frozenset(
    {"mark", "marks", "real", "reals", "won", "sol", "soles", "dram", "drams", "crown", "crowns", "kip", "lei"}
)


@cache
def currency_words() -> dict[str, str]:
    """Every currency name written as a word, lower case, mapped to its code
    (or, where CLDR lists the name for several currencies none of which is the
    usual one, to the name itself, which still marks the amount as money)."""
    locale = Locale("en")
    current = {
        code
        for spans in get_global("territory_currencies").values()
        for code, _start, end, tender in spans
        if end is None and tender
    }
    codes: dict[str, set[str]] = {}
    singular: dict[str, str] = {}
    for code in locale.currencies:
        one = get_currency_name(code, count=1, locale="en").split()[-1].lower()
        other = get_currency_name(code, count=2, locale="en").split()[-1].lower()
        if not re.fullmatch(r"[^\W\d_]+", one) or one in _NOT_NAMES:
            continue
        if other == one and not one.endswith(("s", "a", "i", "u")) and one not in ("yen", "yuan", "baht", "rand"):
            other = one + "s"  # CLDR gives no plural for some: "florin", "florins"
        for word in (one, other):
            codes.setdefault(word, set()).add(code)
            singular[word] = one
    words: dict[str, str] = {}
    for word, found in codes.items():
        live = found & current or found
        usual = _USUAL_CODE.get(word) or _USUAL_CODE.get(singular[word])
        words[word] = usual or (next(iter(live)) if len(live) == 1 else singular[word])
    for word, code in _HAND_WORDS.items():
        words.setdefault(word, code)
    return words


@cache
def money_units() -> frozenset[str]:
    from .lexicon import CURRENCY_SYMBOLS

    return frozenset(CURRENCY_SYMBOLS.values()) | frozenset(currency_words().values())


@cache
def currency_after_re() -> re.Pattern:
    """A currency name right after an amount: " kronor", " zlotys", and with the
    capitalised words that say whose it is: " Canadian dollars", " CFA francs"."""
    names = sorted(currency_words(), key=len, reverse=True)
    return re.compile(r"(?:\s|-)(?-i:[A-Z][A-Za-z]*\s){0,2}(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


# Whose currency a name is when CLDR's name is longer than what articles write
_HAND_NAMES = {"cfa franc": "XOF", "cfa francs": "XOF"}


@cache
def _full_names() -> dict[str, str]:
    """CLDR's whole English names, lower case, singular and plural: "canadian dollars"."""
    locale = Locale("en")
    names = dict(_HAND_NAMES)
    for code in locale.currencies:
        for count in (1, 2):
            names.setdefault(get_currency_name(code, count=count, locale="en").lower(), code)
    return names


def currency_code(after: re.Match) -> str:
    """The code of a currency name matched by currency_after_re: the whole name
    ("Swiss francs") when CLDR knows it, else the last word's usual currency."""
    written = re.sub(r"\s+", " ", after.group(0).strip()).lower()
    words = written.split()
    for k in range(len(words) - 1):
        code = _full_names().get(" ".join(words[k:]))
        if code:
            return code
    return currency_words()[after.group(1).lower()]


@cache
def currency_names_pattern() -> str:
    """The longer names, for phrases like "to the dollar" (not "kr", "usd")."""
    return "|".join(re.escape(w) for w in currency_words() if len(w) > 3)


_MONEY_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:bn|m|million|billion|trillion)"


def money_homographs(text: str) -> set[str]:
    """The ordinary words that this article writes as currencies: after an
    amount with thousands or a scale ("3,400 marks", "1.2 billion crowns")."""
    found = set()
    for mt in re.finditer(r"(?:" + _MONEY_AMOUNT + r")\s+([A-Za-z]+)\b", text):
        word = mt.group(1).lower()
        if word in HOMOGRAPHS:
            found.add(word)
            found.add(word[:-1] if word.endswith("s") else word + "s")
    return found


# Signs that several countries' currencies share, and the names an article gives each country: "K380
# million" is Zambia's kwacha, Malawi's, Papua New Guinea's kina or Myanmar's kyat; "FCFA 25 billion"
# the West or the Central African franc. The first code is the usual one in English news.
_SHARED_SIGNS = {
    "K": (
        ("ZMW", re.compile(r"\b(?:Zambia(?:n)?s?|Lusaka|Copperbelt)\b")),
        ("MWK", re.compile(r"\b(?:Malawi(?:an)?s?|Lilongwe|Blantyre)\b")),
        ("PGK", re.compile(r"\b(?:Papua New Guinea(?:n)?s?|PNG|Port Moresby)\b")),
        ("MMK", re.compile(r"\b(?:Myanmar|Burm(?:a|ese)|Yangon|Naypyidaw|Naypyitaw)\b")),
    ),
    "FCFA": (
        ("XOF", re.compile(r"\b(?:Senegal(?:ese)?|Ivory Coast|Ivorian|C[ôo]te d'Ivoire|Mali(?:an)?|Burkina Faso"
                           r"|Niger|Benin|Togo(?:lese)?|Guinea-Bissau|Dakar|Abidjan|Bamako|Ouagadougou|Niamey|Cotonou"
                           r"|Lom[ée])\b")),
        ("XAF", re.compile(r"\b(?:Cameroon(?:ian)?|Gabon(?:ese)?|Chad(?:ian)?|Congo(?:lese)?|Central African|Equatorial"
                           r" Guinea|Yaound[ée]|Douala|Libreville|N'Djamena|Brazzaville|Bangui|Malabo)\b")),
    ),
}
_SHARED_SIGNS["CFA"] = _SHARED_SIGNS["FCFA"]


def shared_sign_code(sign: str, text: str) -> str | None:
    """The code of the currency a sign that several countries share stands for in this article: the one
    whose country it names most often, and the usual one when it names none of them (or two as often).
    None for a sign no two currencies share."""
    countries = _SHARED_SIGNS.get(sign)
    if countries is None:
        return None
    counts = [(len(pattern.findall(text)), code) for code, pattern in countries]
    most = max(n for n, _ in counts)
    leaders = [code for n, code in counts if n == most]
    return leaders[0] if most and len(leaders) == 1 else countries[0][0]
