"""Walking the parse from a number to what it counts: the clause around it
(its verb's subject or object, the nominal of a verb of money), the noun an
"of" phrase belongs to, the phrase of a noun. Used by subjects.py."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .currencies import currency_words
from .mentions import Mention
from .pipeline import text_of

_PLURAL_SCALES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                  "billions": 10**9, "trillions": 10**12}

_CHANGE_NOUNS = {"rise", "fall", "increase", "decrease", "drop", "growth", "decline", "jump", "gain",
                 "slump", "hike", "reduction", "cut", "cuts", "surge", "dip", "loss", "losses", "boost"}
# Nouns that hold a number rather than name what it counts.
_CONTAINER_NOUNS = {"average", "total", "maximum", "minimum", "sum", "figure", "record", "peak", "high",
                    "low", "level", "tally", "number"}
_CHANGE_VERBS = set(lx.verb_forms("lose lost lost loses losing", "gain", "shed shed sheds shedding",
                                   "add added adds adding", "rise rose risen rises rising", "fall fell fallen falls falling",
                                   "drop dropped drops dropping", "slip slipped slips slipping", "climb", "jump",
                                   "slide slid slides sliding", "tumble", "surge", "plunge", "sink sank sunk sinks sinking",
                                   "grow grew grown grows growing", "decline", "advance", "edge", "dip dipped dips dipping",
                                   "widen", "narrow"))
_COST_VERBS = {"cost", "costs", "costing", "fetch", "fetched", "fetches", "sold", "sell", "sells"}
# Verbs whose thing (not person or body) subject is what a sum is for or from:
# "rural clinics receive 900m rand", "a sugar tax raises £90m annually" (raised once, by a
# hospice or an appeal, a sum is funding; raised every year, it is what brings it in)
_YIELD_VERBS = set(lx.verb_forms("receive", "raise", "generate", "yield"))
_RECURRING_YIELD_VERBS = _YIELD_VERBS - set(lx.verb_forms("receive"))
# a scale or a currency word may stand between: "600 million crowns a year"
_RECURRING_RE = re.compile(r"(?:\s*[A-Za-z]+){0,2}?(?:\s*(?:a|per|each|every)\s+(?:year|month|week|day)\b|\s*annually\b)")
_MEASURE_UNITS = lx.TIME_UNITS | {"times", "point", "points", "percentage", "miles", "mile", "km",
                                  "kilometres", "kilometers", "metres", "meters", "feet", "tonnes",
                                  "tons", "litres", "barrels", "acres", "hectares", "kg", "pounds", "centimetres",
                                  "millimetres", "centimeters", "millimeters", "inches", "gallons", "cm", "mm",
                                  "ounces", "grams", "kilograms", "kilos", "cubic", "g", "micrograms", "kelvin",
                                  "teaspoons", "tablespoons", "knots", "yards", "quintals", "milligrams", "megapixels",
                                  "nits", "millibars", "hectopascals"}


# Goods counted in the containers they ship in: "12 million sacks", "900,000
# bales": a unit of amount, like tonnes, when the clause names what is measured.
COUNTED_CONTAINERS = {"bags", "sacks", "bales", "bushels", "crates", "cartons", "boxes", "tins", "bottles"}


# "nothing of the £85", "a fraction of the millions": a part of the amount, not what it is
_PORTION_NOUNS = {"penny", "cent", "fraction", "part", "portion", "share", "proportion", "bit", "lot", "most",
                  "much", "none", "rest", "remainder", "majority", "minority", "average", "rate", "total", "half",
                  "third", "quarter", "tenth", "percentage", "per", "excess", "sum", "equivalent"}
# "£5m for the year", "$3bn on Monday": a for/on phrase that names no purpose
_NOT_PURPOSES = {"first", "time", "record", "example", "instance", "average", "basis", "top", "sale", "offer",
                 "end", "back", "board", "hand", "course", "track", "behalf", "condition", "part", "rest", "remainder",
                 "duration"}  # (not "stay above $100,000 for the rest of the year": a time)
# "$1,700 per household": shared out, not a price
_PER_HEAD = {"household", "person", "head", "capita", "family", "student", "pupil", "patient", "resident",
             "worker", "employee", "child", "adult", "customer", "user", "voter", "citizen", "member"}


def _of_owner(span: Span, inside: set[int], money: bool = False) -> Token | None:
    """"an interim payout of 2.6p", "grant aid of up to NOK 450m": the amount
    is the object of "of" after a noun that names what it is; a sum is also what
    a named change is ("a rent rise of £50": the rise, where "a rise of 5%" is not)."""
    if any(t.dep_ in ("nummod", "compound", "quantmod") and t.head.i >= span.end and t.head.pos_ == "NOUN"
           for t in span):
        return None  # "a region of almost 7 million residents": the amount counts people
    for t in span:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i not in inside:
            owner = _before_of(t.head)
            # (a sum's loss or gain is the result itself: "a net loss of $0.32 a share", "a gain of €40m on the sale")
            named_change = money and (any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in owner.children)
                                      or owner.lower_ in ("loss", "losses", "gain", "gains"))
            if owner.pos_ == "NOUN" and owner.i not in inside and owner.lower_ not in _CONTAINER_NOUNS \
                    and owner.lower_ not in _MEASURE_UNITS and (owner.lower_ not in _CHANGE_NOUNS or named_change) \
                    and owner.lower_ not in currency_words() and owner.lower_ not in _PORTION_NOUNS:
                return owner
    # "aid of up to NOK 450m": a qualifier between "of" and the amount
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
    nouns ("thick fog and gusts of up to 70km/h": the gusts), and on whom a cost
    falls to ("a cost to taxpayers of $4 billion": the cost)."""
    prev = of.doc[of.i - 1] if of.i > 0 else of.head
    if prev.dep_ == "conj" and prev.head.i == of.head.i and prev.pos_ == "NOUN":
        return prev
    owner = of.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "to" and owner.head.head.lower_ in _BORNE_BY:
        return owner.head.head  # "at a cost to taxpayers of $4 billion": the cost, not the taxpayers
    return owner


# What falls "to" someone "of" an amount: "a cost to the company of £3.5m", "a saving to households of £90"
_BORNE_BY = {"cost", "costs", "bill", "loss", "losses", "saving", "savings", "benefit", "benefits", "boost", "hit"}


def _object_of_nominal_verb(span: Span) -> bool:
    """"raised £2m for cancer research" is funding, "spent £45,000 on
    consultants" spending: a verb that names the money wins over the purpose."""
    for t in span:
        if t.dep_ == "dobj" and t.head.i not in range(span.start, span.end) and t.head.lower_ in lx.VERB_NOMINALS \
                and lx.VERB_NOMINALS[t.head.lower_] != "receipts":  # "will receive £4m for roads": the roads
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
    if tok.pos_ != "NOUN" or tok.lower_ in _MEASURE_UNITS or tok.lower_ in currency_words() or tok.like_num \
            or tok.lower_ in lx.TIME_UNITS:
        return None  # "against 8 last year": a time, not what was counted
    if any(a.i == tok.i for t in span for a in t.ancestors):
        return tok
    if tok.dep_ == span.root.dep_ == "pobj" and tok.head.i == span.root.head.i:
        return tok  # "in £410m deal": the parser made both the preposition's object
    if span.start <= tok.head.i < span.end and tok.dep_ in ("appos", "npadvmod", "compound", "dep"):
        return tok  # "in ₱18bn deal": the noun hung on the amount
    return None


def _purpose_object(doc: Doc, m: Mention) -> str:
    """What a sum pays for when an infinitive follows it: "£58m to extend the metro"."""
    # ("spent $2.7m since 2021 to repair bridges": a time phrase may stand between)
    mt = re.match(r"(?:\s+(?:since|in|during|over|last|this)\s+(?:the\s+)?[\w-]+(?:\s+(?:year|month|week|years|months))?)?"
                  r"\s+to\s+(?=[a-z]+\s)", text_of(doc)[m.ext_end:m.ext_end + 50])
    span = doc.char_span(m.ext_end + mt.end(), m.ext_end + mt.end() + 1, alignment_mode="expand") if mt else None
    verb = span[0] if span is not None and len(span) else None
    if verb is None or verb.tag_ != "VB":
        return ""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:  # the parser lost the object: the noun the words after the verb lead to
        after = [t for t in doc[verb.i + 1:verb.i + 5] if not t.is_punct] if not doc[verb.i + 1].is_punct else []
        obj = next((t for t in after if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod")), None)
    return _phrase(obj) if obj is not None and obj.lower_ not in lx.TIME_UNITS else ""


def _noun_after(doc: Doc, pos: int, pattern: str, acts: bool = False) -> str:
    """The noun phrase right after ``pattern`` at character ``pos``, when the
    parse makes it the object of that preposition. ``acts``: a sum spent or paid,
    which may buy an act ("spent $4m on repairing bridges")."""
    mt = re.match(pattern, text_of(doc)[pos:pos + 60])
    if not mt:
        return ""
    span = doc.char_span(pos + mt.end(), pos + mt.end() + 1, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    tok = span[0]
    # walk to the head noun of the phrase that starts here
    # ("out-of-area placements": the first word of a hyphened modifier hangs on the noun as nmod)
    # ("solar-powered pumps", "low-income families": the first word of a hyphened adjective hangs on its second)
    while (tok.dep_ in ("amod", "compound", "det", "poss", "nummod", "nmod") or (
            tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "HYPH")) and tok.head.i > tok.i:
        tok = tok.head
    if acts and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp") and tok.is_lower and not (
            tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN" and doc[tok.i + 1].is_lower
            and doc[tok.i + 1].dep_ != "dobj"):  # "funding round" (not "repairing bridges", the act's object)
        # "towards widening the bridge", "on restructuring": an act, named by what it acts on or by itself
        # ("towards improving the A614": a named road or site is what the act is on)
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        return _phrase(obj) if obj is not None else "" if any(c.dep_ == "dobj" for c in tok.children) else tok.text
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.lower_ in lx.TIME_UNITS or tok.like_num:
        return ""
    # "in a fish smoking plant": the parser may make the first noun the
    # object; the phrase is headed by the last noun of the run of words
    last = tok
    for t in doc[tok.i + 1:tok.i + 5]:
        if not (t.is_lower and t.is_alpha and (t.pos_ in ("NOUN", "ADJ") or t.tag_ == "VBG")) \
                or t.lower_ in lx.TIME_UNITS or t.lower_ in ("last", "next", "this", "previous"):
            break
        if t.pos_ == "NOUN":
            last = t
    if last.i != tok.i and not any(c.dep_ == "prep" for c in tok.children if c.i < last.i):
        return _phrase(last)
    # "on flight simulators and cabin crew training", "for travel, accommodation and team kit": the whole of what it
    # names (not "lost wages and costs of $9,000", whose second part has an amount of its own)
    items, joined = [tok], None
    while (nxt := next((c for c in items[-1].children if c.dep_ == "conj" and c.pos_ == "NOUN"
                        and not any(x.like_num for x in c.subtree)), None)) is not None and len(items) < 6:
        items.append(nxt)
    if len(items) > 1 and any(x.dep_ == "cc" and x.lower_ == "and" for t in items[:-1] for x in t.children):
        joined = items[-1]
    # (an amount after the joined noun is its own when nothing but "of" or a sign stands between: not "for pain
    # and suffering and €400,000 for ...", which opens the next item)
    after = list(itertools.takewhile(lambda x: x.lower_ not in ("and", ",", ";"), doc[joined.i + 1:joined.i + 4])) \
        if joined is not None else []
    if joined is None or any(x.like_num or any(ch.isdigit() for ch in x.text) for x in after):
        return _phrase(tok)
    end = joined.i  # the parser may leave the last noun of the run out ("cabin crew training")
    while end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].is_alpha and doc[end + 1].pos_ == "NOUN":
        end += 1
    if len(items) > 2:  # the list as written, without its articles
        rest = "".join(t.text_with_ws for t in doc[tok.i + 1:end + 1] if t.dep_ != "det")
        return _phrase(tok) + tok.whitespace_ + rest.rstrip()
    return _phrase(tok) + " and " + _phrase(joined) + "".join(" " + t.text for t in doc[joined.i + 1:end + 1])


def _from_clause(doc: Doc, node: Token, inside: set[int], depth: int = 0, limits: bool = False) -> str:
    """What the clause around ``node`` says the number measures. ``limits``: a sum
    or a measure, whose "above"/"below" phrase names what it bounds ("loans below
    Rs 5 lakh"); a bare count there is more often an age ("children under 5")."""
    if depth > 6:
        return ""
    dep, head = node.dep_, node.head
    if head.i == node.i:
        return ""
    if dep in ("conj", "appos") and (
        head.like_num or head.pos_ in ("NUM", "SYM") or head.text[:1].isdigit()
        or head.lower_ in lx.SCALE_WORDS or head.lower_ in lx.SCALE_ABBREV  # "raised A$300m and HK$2.1 billion"
    ):
        return _from_clause(doc, head, inside, depth + 1, limits)
    nxt = doc[node.i + 1] if node.i + 1 < len(doc) else None
    if dep == "conj" and nxt is not None and nxt.lemma_ == "be" and nxt.dep_ == "conj":
        # "221 were passengers and 19 were crew": the parser joins the second count to the first noun
        return _from_verb(doc, nxt, node, role="nsubj", depth=depth)
    if dep in ("nummod", "quantmod", "compound", "nmod") and head.lower_ in _CONTAINER_NOUNS and head.i not in inside:
        return _from_clause(doc, head, inside, depth + 1, limits)  # "hit a record $307 trillion": what hit it
    if dep == "pobj":
        prep = head
        owner = prep.head
        if owner.lower_ in _CONTAINER_NOUNS and owner.dep_ in ("pobj", "dobj", "attr", "npadvmod"):
            return _from_clause(doc, owner, inside, depth + 1, limits)  # "fell by an average of 6.8%"
        if owner.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in owner.children) \
                and any(c.dep_ == "nsubj" for c in owner.children):
            # "expects its debt to peak at $14 billion": a verb the tagger took for a noun
            return _from_verb(doc, owner, node, role="pobj", depth=depth)
        if owner.pos_ in ("NOUN", "PROPN") and owner.lower_ not in _MEASURE_UNITS and owner.i not in inside:
            if (prep.lower_ in _OWNER_PREPS and (limits or prep.lower_ not in _LIMIT_PREPS) or (prep.lower_ == "for" and owner.i < prep.i
                                                                           and owner.lower_ in _CONTAINERS)) \
                    and owner.pos_ == "NOUN":
                if owner.lower_ in _CHANGE_NOUNS:
                    inner = _prep_object(owner, ("in",))
                    if inner is not None:
                        return _phrase(inner)
                return _phrase(owner)
        if owner.pos_ in ("VERB", "AUX"):
            return _from_verb(doc, owner, node, role="dobj" if bounded_object(owner, prep, amount=limits) else "pobj", depth=depth)
        if owner.lower_ == "up" and prep.lower_ == "to" and owner.head.pos_ in ("VERB", "AUX"):
            # "cut earnings by up to SR180 million": the parse hangs the amount on the qualifier's "up"
            return _from_verb(doc, owner.head, node, role="pobj", depth=depth)
        if owner.pos_ in ("ADJ", "ADV"):
            return _from_clause(doc, owner, inside, depth + 1, limits)
        return ""
    if head.pos_ in ("VERB", "AUX"):
        return _from_verb(doc, head, node, role=dep, depth=depth)
    if head.pos_ in ("ADJ", "ADV", "ADP"):
        return _from_clause(doc, head, inside, depth + 1, limits)
    if head.pos_ == "NOUN" and dep in ("amod", "acl", "prep") and head.lower_ not in _MEASURE_UNITS:
        return _phrase(head)  # "a version, worth $118bn," / "a deal worth $5m"
    return ""


# Who pays, said in the singular: "a commuter from the coast will pay £4,980" (plural nouns pay too: "foot passengers")
_PAYERS = {"family", "household", "commuter", "motorist", "passenger", "visitor", "customer", "tenant", "homeowner",
           "buyer", "shopper", "patient", "pensioner", "worker", "employee", "user", "subscriber", "traveller", "traveler"}
# Plural words that stand for people without naming them: "others pay between €8 and €12" names no fare
STAND_IN_WORDS = {"others", "many", "some", "most", "few", "all", "those", "these", "both"}


# Words of a bound the parser reads as prepositions before a sum: "raise about KSh4 billion" (not "between":
# "islands charge between US$5 and US$10" names who charges the range)
_BOUNDING_PREPS = {"about", "around", "over", "under"}


def bounded_object(verb: Token, prep: Token, *, amount: bool) -> bool:
    """ "plans to raise up to Dh1.1 billion", "raised about KSh4 billion": the parser made the sum the object of
    "to" (with "up" the verb's particle) or of "about", but the sum is what the verb raises, pays or spends, and
    the words before it only its bound (not "prices went up to $5", a verb with no sum of its own, nor "spent
    about a year", no sum at all). `amount`: the number has a unit, a sum or a measure."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in lx.VERB_NOMINALS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if prep.lower_ in _BOUNDING_PREPS:
        return amount
    up = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ == "to" and up is not None and up.lower_ == "up" and up.dep_ == "prt" and up.head.i == verb.i


def _from_verb(doc: Doc, verb: Token, node: Token, role: str, depth: int) -> str:
    if role in ("nsubj", "nsubjpass") and (whole := _fronted_whole(verb, node)) is not None \
            and not any(c.dep_ == "attr" for c in verb.children):
        return _phrase(whole)  # "Of the 800 shops, 512 closed and 90 reopened": some of the shops
    nsubj = _subject_of_verb(verb, node)
    # (not a change's size in per cent: "had grown 12 per cent to 41,200" names no thing that grew)
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != node.i and not c.like_num
                 and (c.pos_ in ("NOUN", "PRON", "PROPN") or _nounish(c)) and not _is_scale_token(c)
                 and c.lower_ not in _IDIOM_OBJECTS and not (_is_percent(c) and role == "pobj" and _prep_object(c, ("of",)) is None)
                 # ("closed down 6.1% at $4.12, their weakest finish since May": a description of the value)
                 and not (c.left_edge.i > node.i and doc[c.left_edge.i - 1].text == ",")), None)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in ("aside", "off", "out") and c.i == verb.i + 1)), None)
    nominal = _nominal(verb, particle, role)
    if verb.lower_ in RECORDING_VERBS and role in ("dobj", "pobj"):
        nsubj = dobj = None  # nor is whom it was taken of: "clocked the rider at 96 mph"
    if role in ("dobj", "npadvmod") and nsubj is not None and verb.lower_ in _CHANGE_VERBS and _is_percent(node) \
            and nsubj.pos_ == "PRON":
        nsubj = _subject_before(nsubj) or nsubj  # "The shares rose 4%. They have gained 27% this year."
    if role in ("dobj", "npadvmod") and nsubj is not None and verb.lower_ in _CHANGE_VERBS and _is_percent(node) \
            and nsubj.pos_ in ("NOUN", "PROPN") and nsubj.lower_ not in lx.RELATIVE_PRONOUNS:
        return _phrase(nsubj) or nsubj.text  # "Shell lost 2.1 per cent": Shell's shares moved
    bearer = next((c for c in verb.children if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < node.i and not c.like_num)),
                  None) if verb.lower_.startswith("cost") and role in ("dobj", "pobj", "npadvmod") else None
    if bearer is not None and not (bearer.pos_ == "PRON" and nsubj is not None and _common_noun(nsubj)):
        # "the strike cost the economy £2bn": what someone bore, not what caused it (but "shearing costs him
        # $4 a bale" names what he pays for)
        return "cost"
    if verb.lower_ in ("sell", "sells", "selling") and role == "pobj" and node.head.lower_ == "for" and dobj is None:
        thing = _phrase(nsubj) if nsubj is not None and _common_noun(nsubj) and nsubj.lower_ not in _MEASURE_UNITS else ""
        # "a sack sells for 300 pesos": the going price, named by the goods ("a tub of ice cream": the ice cream's);
        # not "the house sold for $2m", the house's, nor "selling its stake for $2m", the stake's
        return f"{thing.rpartition(' of ')[2]} price".lstrip()
    if verb.lower_ in _COST_VERBS and role in ("dobj", "npadvmod", "attr") and nsubj is not None:
        if _common_noun(nsubj) and nsubj.lower_ not in lx.RELATIVE_PRONOUNS:
            return _phrase(nsubj)  # "the bridge will cost £80m": what costs it
        if nsubj.pos_ == "PROPN" and nsubj.ent_type_ in ("PRODUCT", "ORG", "") and verb.lower_.startswith("cost"):
            return "price"  # "the Zephyr 125 costs ₹89,400": a named product's price
    if role in ("dobj", "npadvmod") and verb.lower_ in _YIELD_VERBS and (verb.lower_ not in _RECURRING_YIELD_VERBS or _RECURRING_RE.match(
            doc.text, node.idx + len(node.text))):
        # "the fees are meant to raise ...": the subject of the verb it completes
        source = nsubj if nsubj is not None or verb.dep_ != "xcomp" else next(
            (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < verb.i), None)
        if source is not None and source.pos_ == "NOUN" and _common_noun(source) and source.lower_ not in _AGENT_NOUNS:
            return _phrase(source)
    if role == "dobj" and nominal == "payment" and _is_percent(node):
        return "rate"  # "shopkeepers pay 14% on overdrafts": a rate, not a sum paid
    if role == "dobj" and nominal == "payment" and nsubj is not None and nsubj.pos_ == "NOUN" and _common_noun(nsubj) \
            and (nsubj.tag_ == "NNS" or nsubj.lower_ in lx.PERSON_NOUNS | _PAYERS) \
            and nsubj.lower_ not in lx.RELATIVE_PRONOUNS | lx.ANONYMOUS_NOUNS | lx.ORG_NOUNS | _AGENT_NOUNS | STAND_IN_WORDS:
        return _phrase(nsubj)  # "foot passengers will pay £7.40": who pays names the fare, as a reader does
    if role in ("dobj", "npadvmod") and nominal and not (nominal == "stake" and not _is_percent(node)):
        return nominal  # "will invest 9 billion pesos": spending (a fund "holds $5m": no stake)
    if role != "dobj" and dobj is not None and not (dobj.lower_ in lx.TIME_UNITS and nsubj is None):
        if (noun := relative_antecedent(dobj, verb)) is not None:
            return _phrase(noun)
        if _named_figure(dobj):
            return " ".join(t.text for t in dobj.subtree if t.i == dobj.i or (t.i < dobj.i and t.dep_ == "compound"))
        if dobj.pos_ == "NOUN" or _nounish(dobj):
            return _phrase(_what_changed(dobj) if role == "pobj" else dobj)
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) if role == "nsubj" else None
    if attr is not None and verb.lemma_ == "be" and _common_noun(attr):
        return _phrase(attr)  # "221 were passengers": the number is of what they are said to be
    if nsubj is not None:
        if (noun := relative_antecedent(nsubj, verb)) is not None and noun.pos_ == "NOUN":
            return _phrase(noun)
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
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "the stock rallied before finishing up 2.9%": what finished is what rallied
        return _from_verb(doc, verb.head.head, verb, role="xcomp", depth=depth + 1)
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") or verb.head.pos_ in ("ADJ",):
        up = verb.head
        while up.pos_ == "ADJ" and up.head.i != up.i:
            up = up.head
        if verb.dep_ == "ccomp" and up.lower_ in lx.SPEECH_VERBS | lx.BELIEF_VERBS:
            return ""  # "a spokesman said 40 were hurt": who says it is not what is counted
        if up.pos_ in ("VERB", "AUX") and up.i != verb.i:
            return _from_verb(doc, up, verb, role="xcomp", depth=depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        return _phrase(verb.head)
    return ""


def _fronted_whole(verb: Token, node: Token) -> Token | None:
    """The noun of an "Of the ..." phrase that opens the clause whose subject is a bare number."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i < node.i and c.i == c.sent.start:
                obj = _pobj(c)
                if obj is not None and obj.pos_ == "NOUN" and not obj.like_num:
                    return obj
    return None


# Verbs that hold their subject at a level: "has run at 6%", "stood at 4.1%", "averaged 3%". Not the same
# list as subjects._STAYING: "hold" is left out here ("a fund, which holds $3.2m" holds what it contains), and
# "run" there ("trains will run at up to 160 km/h" run at a speed).
_HOLDING_VERBS = set(lx.verb_forms("run ran runs running", "stand stood stands standing", "average", "hover", "remain",
                                  "sit sat sits sitting"))


def relative_antecedent(word: Token, clause: Token) -> Token | None:
    """The noun a relative pronoun stands for, when ``word`` is one in the relative clause headed by ``clause``
    ("the levy, which raised ...": the levy); None for any other word."""
    return clause.head if word.lower_ in lx.RELATIVE_PRONOUNS and clause.dep_ == "relcl" else None


def _subject_of_verb(verb: Token, node: Token) -> Token | None:
    """The subject of a verb: its own, a gerund standing as one ("Grazing would be
    cut by 30%"), the noun a misparsed reduced relative hangs on ("the number of
    shops left empty had fallen"), or for a verb joined to another by "and", that
    one's ("The towers have ... and were 90% let")."""
    for c in verb.children:
        if c.i == node.i or c.like_num or c.pos_ == "SYM" or _is_scale_token(c):
            continue
        if c.dep_ in ("nsubj", "nsubjpass"):
            # ("inflation, which they said had run at 7%": the relative clause is the verb of saying's)
            relative = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.head.i < verb.i else verb
            if c.tag_ == "WDT" and relative.dep_ == "relcl" and verb.lower_ in _CHANGE_VERBS | _HOLDING_VERBS \
                    and relative.head.pos_ in ("NOUN", "PROPN") and relative.head.ent_type_ != "PERSON":
                # "imports, which rose 34%", "wage growth, which has run at 6%": what the relative clause is about
                return relative.head
            # "Acme Properties H1 profit jumps 41%": a headline parsed with two subjects means the nearer noun
            later = [x for x in verb.children if x.dep_ == "nsubj" and c.i < x.i < verb.i and x.pos_ == "NOUN"]
            if later and c.pos_ == "PROPN":
                return later[-1]
            return _averaged_noun(c) or _shown_noun(c, verb) or c
        if c.dep_ in ("csubj", "csubjpass"):
            if _nounish(c):
                return c
            inner = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i and x.pos_ == "NOUN"), None)
            if inner is not None and c.tag_ in ("VBN", "VBD"):
                return inner
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "dobj" for c in verb.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        # "the terminal is projected to cost $168m", "prices are expected to rise 4%": the subject of the verb
        # it completes (not "asked residents to pay": the object would be)
        raised = next((c for c in verb.head.children
                       if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
        if raised is not None:
            return raised
    # (a root noun with a subject is a verb the tagger misread: "figures show overnight stays fell")
    if verb.dep_ in ("conj", "ccomp") and verb.head.i != verb.i and (verb.head.pos_ in ("VERB", "AUX") or (
            verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.head.children))) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        if (stranded := _stranded_subject(verb)) is not None:
            return stranded
        if verb.dep_ == "conj":
            return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head  # "Museum entry to cost £12": a headline's "to" is its future, the noun before it the subject
    return None


_SHOWING = set(lx.verb_forms("show shown showed shows showing", "suggest", "reveal", "indicate"))


def _showing_word(t: Token) -> bool:
    """ "Figures from Visit Wales show overnight stays": a verb of showing the parser hung on the noun it shows
    (tagged a verb, or after the figures that show it), which is no word of that noun's phrase ("talk show
    ratings" keeps its)."""
    return t.lower_ in ("show", "shows", "showed") and (
        t.pos_ == "VERB" or any(x.lower_ in lx.EVIDENCE_NOUNS for x in t.doc[t.sent.start : t.i]))


def _shown_noun(source: Token, verb: Token) -> Token | None:
    """ "Figures from the Met Office show rainfall in the valley fell 30%": the parser took the verb of
    showing for a modifier inside the source's phrase and the source for the subject; what it shows is."""
    if source.lower_ not in lx.EVIDENCE_NOUNS:
        return None
    for t in source.doc[source.i + 1 : verb.i]:
        if t.lower_ in _SHOWING and t.dep_ in ("compound", "amod") and t.i < t.head.i < verb.i and _common_noun(t.head):
            return t.head
    return None


# Verbs of a market's day that quote a price "at" a level or move by a share: "closed at 18.40",
# "the index ended 1.2% lower", "changed hands at 6%"
QUOTED_VERBS = set(lx.verb_forms("trade", "close", "settle", "open", "finish", "end", "change"))


def _subject_before(pronoun: Token) -> Token | None:
    """The noun a "they" or an "it" that opens a sentence stands for: the subject of the sentence before,
    when it is a common noun of the same number ("The company's shares rose 3.8%. They have gained 27%")."""
    sent = pronoun.sent
    if pronoun.lower_ not in ("they", "it") or pronoun.i != sent.start or sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent.root
    subject = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or (subject.tag_ == "NNS") != (pronoun.lower_ == "they"):
        return None
    return subject


_JOINING_WORDS = {"and", "but", "while", "whereas", "whilst"}
_BEFORE_A_VERB = {"aux", "auxpass", "neg", "advmod"}


def _stranded_subject(verb: Token) -> Token | None:
    """ "Patronage climbed to 81% and fares for students had risen 6%", "receipts jumped 9%, while
    attendance, measured in tickets scanned, grew 4%": the parser hung the second clause's noun on the
    first clause, leaving the verb joined to it without a subject. The noun that opens the words between
    the joining word and the verb is that subject."""
    doc = verb.doc
    end = verb.i
    while end > verb.head.i + 1 and doc[end - 1].dep_ in _BEFORE_A_VERB:
        end -= 1
    start = end
    while start > verb.head.i + 1 and doc[start - 1].lower_ not in _JOINING_WORDS:
        start -= 1
    if start <= verb.head.i + 1 and verb.dep_ == "ccomp":
        # "residents were told their rates would rise by 9.5%": the parser made the clause's subject the
        # object of the verb that reports it
        told = doc[end - 1]
        while told.dep_ == "pobj" and told.head.dep_ == "prep" and told.head.i > verb.head.i + 1:
            # "figures show overnight stays in the county fell 3%": the noun the phrase is of, or before it
            # when the parser hung the phrase on the verb of showing
            prep = told.head
            told = prep.head if prep.head.i > verb.head.i else doc[prep.i - 1]
        if told.tag_ == "VBN" and told.dep_ == "ccomp" and told.head.i == verb.head.i:
            # "said the number of fish kills recorded nationally rose to 38": the participle that opens a reduced
            # relative, taken for a clause of its own, holds the subject
            return next((c for c in told.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        # (a gerund too: "figures show shoplifting in the county rose by 23%")
        return told if told.head.i == verb.head.i and told.dep_ in ("dobj", "xcomp") and _common_noun(told) else None
    if start <= verb.head.i + 1 or start == end:
        return None
    noun = None
    for t in doc[start:end]:
        if t.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "SCONJ", "PRON") or t.like_num:
            break
        if t.pos_ == "NOUN":
            noun = t
    if noun is None or noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in lx.TIME_UNITS | PERIOD_NOUNS:
        return None
    return noun


# Nouns that date a clause rather than name what it counts: "last season", "the weekend before"
PERIOD_NOUNS = {"year", "month", "week", "quarter", "season", "night", "day", "weekend"}
PERIOD_NOUNS |= {f"{noun}s" for noun in PERIOD_NOUNS}
_AVERAGE_WORDS = {"average", "median", "typical", "mean"}


def _averaged_noun(subj: Token) -> Token | None:
    """ "The average asking rent ... fell": the parser took "average" for the subject and the noun for
    an object of "asking"; the noun is what is averaged."""
    if subj.lower_ not in _AVERAGE_WORDS or subj.pos_ != "ADJ":
        return None
    for t in subj.doc[subj.i + 1:subj.i + 5]:
        if t.pos_ == "NOUN" and t.head.i in (subj.i, subj.i + 1, t.i - 1) or (t.pos_ == "NOUN" and t.dep_ == "dobj"):
            return t
        if t.pos_ not in ("VERB", "ADJ", "NOUN"):
            return None
    return None


def _nounish(t: Token) -> bool:
    """A word the tagger called a verb that stands where a noun does, with none of
    a verb's own arguments: "fares on the main route had risen", "top up the scheme"."""
    return t.pos_ == "VERB" and (t.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "dobj") or (
        t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.pos_ == "VERB" and t.i > t.head.i)) \
        and (t.is_lower or t.is_sent_start) and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "ccomp",
                                              "xcomp", "prt", "advmod", "neg") for c in t.children)


def _is_percent(tok: Token) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.text == "%" or tok.lower_ in ("percent", "pc") or (tok.lower_ == "cent" and tok.i and doc[tok.i - 1].lower_ == "per"):
        return True  # "lost 22%": the parser made the sign the head ("6.5 per cent": the "cent")
    return nxt is not None and (nxt.text == "%" or nxt.lower_ in ("per", "percent", "pc"))


def _nominal(verb: Token, particle: str | None, role: str) -> str:
    if role not in ("dobj", "attr", "npadvmod", "pobj", "xcomp"):
        return ""
    if particle and (verb.lower_, particle) in lx.PARTICLE_NOMINALS:
        return lx.PARTICLE_NOMINALS[(verb.lower_, particle)]
    if role == "dobj" or role == "npadvmod" and (verb.lower_ in _SAVING or not any(c.dep_ == "dobj" for c in verb.children)):
        # ("were earning ₹9,000-11,000 a month", "saved each family €900": the sum beside the verb is its object)
        nominal = lx.VERB_NOMINALS.get(verb.lower_, "")
        if nominal == "payment" and any(c.dep_ in ("advcl", "xcomp") and c.lower_ in _SETTLING for c in verb.children):
            return "settlement"  # "paid $1.3m to settle lawsuits"
        if nominal == "funding" and _raised_by_a_charge(verb):
            return "revenue"  # "the tourist tax, which raised €42 million", "the duty increase would raise $310 million"
        return (_paid_out_by(verb) or nominal) if nominal == "payment" else nominal
    return ""


# What raises money by charging for something, so that what it raises is revenue, not funds given: a tax, a levy,
# a rise in one, or the measure that brings it in
_CHARGES = {"tax", "taxes", "levy", "levies", "duty", "duties", "toll", "tolls", "charge", "charges", "fee", "fees",
            "tariff", "tariffs", "surcharge", "increase", "increases", "rise", "hike", "change", "changes", "measure",
            "measures", "bill", "sale", "sales", "auction"}


def _raised_by_a_charge(verb: Token) -> bool:
    """Does a charge raise the sum ("which raised", "would raise", "is expected to raise"), or a sale ("hopes to
    raise $2 billion by selling its stake")?"""
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" and g.lower_ in ("selling", "charging", "taxing")
                                                         for g in c.children) for c in verb.children):
        return True
    node = verb
    while node.dep_ == "xcomp" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "is expected to raise"
    raiser = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if raiser is not None:
        raiser = relative_antecedent(raiser, node) or raiser
    return raiser is not None and raiser.lower_ in _CHARGES


_SAVING = set(lx.verb_forms("save"))
_SETTLING = set(lx.verb_forms("settle"))


# What pays a sum out to whoever holds it: "the post pays $60,000", "jobs paying $30 an hour"
_PAYING_THINGS = {"job", "jobs", "post", "posts", "position", "positions", "role", "roles", "pension", "pensions",
                  "annuity", "annuities", "bond", "bonds", "policy", "policies", "prize", "award", "grant",
                  "scholarship", "contract", "contracts", "benefit", "benefits", "account", "accounts"}


def _paid_out_by(verb: Token) -> str:
    """The thing that pays a sum, when it is one that pays its holder (a job,
    a pension, a bond), not a payer who spends it."""
    payer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if payer is None and verb.dep_ in ("acl", "relcl"):
        payer = verb.head
    return _phrase(payer) if payer is not None and payer.lower_ in _PAYING_THINGS else ""


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _prep_object(noun: Token, preps: tuple[str, ...]) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = _pobj(c)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
                return obj
    return None


# Objects of set phrases that name nothing measured: "changed hands at 6%", "took place"
# Verbs whose subject is the instrument or the place that took a reading ("the gauge
# recorded 41C", "cameras clocked him at 96 mph"), never what the reading measures
RECORDING_VERBS = set(lx.verb_forms("record", "register", "clock", "log logged logs logging"))
_AGENT_NOUNS = lx.ANONYMOUS_NOUNS | lx.ORG_NOUNS | lx.PERSON_NOUNS | lx.RELATIVE_PRONOUNS
_IDIOM_OBJECTS = {"hands", "place", "effect", "shape", "hold", "course"}


# "the fee of ...", "loans below Rs 5 lakh", "readings above 90 ppm": the noun the
# prepositional phrase holding the amount belongs to
_LIMIT_PREPS = {"above", "below", "under", "over", "exceeding"}
_OWNER_PREPS = {"of", "at", "by", "worth", "in", "on"} | _LIMIT_PREPS


# What goods are sold in: "a jug of milk", "a loaf of bread" name the goods too.
_CONTAINERS = {"jug", "bag", "bottle", "loaf", "carton", "tin", "can", "box", "packet", "pack", "bar", "jar", "tub",
               "crate", "sack", "barrel", "cup", "pint", "kilo", "kilogram", "pound", "litre", "gallon", "tray"}


# ... and through "nmod", which also hangs a currency sign or a part of the amount on it ("£ 1,900", "up to A$180,000").
THROUGH_NMOD = ("nummod", "compound", "quantmod", "nmod")


def amount_root(node: Token, through: tuple[str, ...] = ("nummod", "compound", "quantmod")) -> Token:
    """The token the whole amount hangs by: its number climbed through the words that only make up the amount."""
    while node.dep_ in through and node.head.i != node.i:
        node = node.head
    return node


# Verbs the tagger reads as nouns after a plural, the plural taken for their modifier
_VERBS_READ_AS_NOUNS = {"work", "practise", "practice", "live", "operate", "serve", "study", "vote", "remain", "stay",
                        "wait", "commute", "travel", "die", "sleep"}


def _phrase(noun: Token | None) -> str:
    """The noun with the compound words and adjacent adjectives before it:
    "death toll", "operating earnings growth", "paid leave"."""
    if noun is None:
        return ""
    doc = noun.doc
    if noun.lower_ == "ex" and noun.i + 1 < len(doc) and doc[noun.i + 1].text == "-":
        return ""  # "₹92,100 ex-showroom", parsed as a noun "ex": a term of the price, never a thing
    if noun.lower_ in _VERBS_READ_AS_NOUNS and noun.i > 0 and doc[noun.i - 1].tag_ == "NNS" \
            and doc[noun.i - 1].dep_ == "compound" and doc[noun.i - 1].head.i == noun.i \
            and (noun.i + 1 == len(doc) or doc[noun.i + 1].pos_ in ("PUNCT", "ADP", "ADV")):
        # "1,900 anaesthesiologists practise in", "where 4,600 teachers work.": a verb read as a noun, its
        # subject as its modifier (not "sales work was cut": a noun, a verb after it)
        noun = doc[noun.i - 1]
    if noun.lower_ in _COMPASS and noun.i > 0 and doc[noun.i - 1].dep_ == "compound" and doc[noun.i - 1].head.i == noun.i \
            and doc[noun.i - 1].pos_ == "NOUN":
        noun = doc[noun.i - 1]  # "hectares of scrub land west of the town": the land, not "land west"
    start = noun.i
    hyphened = False
    while start > 0:
        prev = doc[start - 1]
        if prev.tag_ == "HYPH" and start > 1 and not prev.whitespace_ and not doc[start - 2].whitespace_ \
                and doc[start - 2].is_alpha and doc[start - 2].head.i in (noun.i, start):
            start, hyphened = start - 2, True  # "the follow-up", "long-term loans": one word
            continue
        if prev.dep_ == "conj" and prev.pos_ == "NOUN" and start >= 3 and doc[start - 2].lower_ in ("and", "or") \
                and prev.head.i == start - 3 and prev.head.head.i == noun.i and prev.head.dep_ in ("nmod", "compound") \
                and _bare_word(prev.head):
            start -= 3  # "timber and paper exports", the first word parsed as the exports' modifier
            continue
        if prev.head.i == noun.i or (prev.dep_ == "compound" and prev.head.i == start):
            if prev.dep_ in ("compound", "amod") and not prev.like_num and prev.pos_ not in ("SYM", "NUM", "PROPN") \
                    and prev.is_alpha and not _is_scale_token(prev) and prev.lower_ not in ("per", "cent", "percent") \
                    and not _showing_word(prev):
                # ("a 40 per cent stake": the stake; the share is the number's unit)
                start -= 1
                continue
        break
    shared = _shared_head(noun)
    if shared is not None and not hyphened:
        return " ".join(t.text for t in doc[start:shared.i + 1])  # "shoe and leather exports": the exports of both
    words = [doc[start:noun.i + 1].text] if hyphened else [t.text for t in doc[start:noun.i + 1]]
    if noun.lower_ in ("number", "numbers", "total", "count", "amount", "tally", "unit") or noun.lower_ in _CONTAINERS:
        # "a jug of milk sold for $15": the milk in it
        # "the number of nurses fell": the nurses are counted; "8p for every unit of power": the power
        inner = _prep_object(noun, ("of",)) or _named_by_adjective(noun)
        if inner is not None and inner.pos_ in ("NOUN", "ADJ"):
            return " ".join(words) + " of " + _phrase(inner)
    if noun.lower_ in ("loss", "losses") and doc[noun.i + 1 : noun.i + 2].text.lower() == "of" and noun.i + 2 < len(doc) \
            and doc[noun.i + 2].tag_ == "NNS" and doc[noun.i + 2].is_lower and doc[noun.i + 2].head.i == noun.i + 1:
        words += ["of", doc[noun.i + 2].text]  # "£30,500 for loss of earnings": what was lost
    if noun.lower_ == "margin" and doc[noun.i + 1 : noun.i + 3].text.lower() == "of error":
        words += ["of", "error"]  # a poll's margin of error is no margin of anything else
    if noun.lower_ in ("cost", "costs") and doc[noun.i + 1 : noun.i + 2].text.lower() == "of" \
            and doc[noun.i + 2 : noun.i + 3].text.lower() in _COSTS_OF:
        words += ["of", doc[noun.i + 2].text]  # "cost of sales", "the cost of living": one measure, as accounts name it
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "per" and doc[noun.i + 2].lower_ in _PER_WHAT:
        words += ["per", doc[noun.i + 2].text]  # "distribution per unit", "earnings per share": one measure
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if noun.pos_ == "PROPN" and after is not None and after.head.i == noun.i and after.dep_ in ("nummod", "appos", "compound") \
            and after.text.isdigit() and _INDEX_NAME_RE.fullmatch(noun.text):
        words.append(after.text)  # "the FTSE 100", "the Nikkei 225": the number is part of the index's name
    return " ".join(words)


def _shared_head(noun: Token) -> Token | None:
    """"Shoe and leather exports": the parser makes the bare first noun the head and the exports its
    conjunct, though both words modify the exports."""
    doc = noun.doc
    # (a sentence's first word may be tagged a name: "Timber and paper exports")
    bare = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_sent_start and not noun.ent_type_)
    if not bare or noun.i + 3 >= len(doc) or doc[noun.i + 1].lower_ not in ("and", "or"):
        return None
    if not _bare_word(noun):
        return None  # "a shoe and leather exports", "88 per cent and room rates": no shared head
    conj = next((c for c in noun.children if c.dep_ == "conj"), None)
    if conj is None or conj.pos_ != "NOUN" or not 2 <= conj.i - noun.i - 1 <= 3:
        return None
    between = doc[noun.i + 2 : conj.i]
    return conj if all(t.head.i == conj.i and t.dep_ in ("compound", "amod") and t.is_alpha for t in between) else None


def _bare_word(t: Token) -> bool:
    """A word that opens a noun phrase by itself: no article, owner or number of its own, and no number or
    "per" before it."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return t.is_alpha and t.lower_ not in ("cent", "percent") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in t.children) and not (
        before is not None and (before.like_num or before.lower_ == "per"))


def _named_by_adjective(noun: Token) -> Token | None:
    """ "the number of unemployed", "the count of homeless": an adjective that names people, after "of"."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = _pobj(of) if of is not None else None
    return obj if obj is not None and obj.pos_ == "ADJ" else None


# Share indices named with their number of members
_INDEX_NAME_RE = re.compile(r"FTSE|ASX|Nikkei|DAX|CAC|S&P|Sensex|Nifty|STOXX|Stoxx|IBEX|AEX|SMI|OMXS|KOSPI|TSX|JSE|BIST|"
                            r"MSCI|Russell|Hang\s?Seng|Straits|KLCI|NZX|SET|PSEi|Euro\s?Stoxx")


_PER_WHAT = {"share", "unit", "capita", "head"}
_COSTS_OF = {"sales", "living", "borrowing", "capital", "materials", "goods", "funds", "production", "credit", "revenue"}


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west"}


def _named_figure(t: Token) -> bool:
    """ "held Bank Rate at 4.5%", "the Consumer Price Index rose 2%": a figure's proper name, whose last
    word is a common noun for a figure."""
    return t.pos_ in ("PROPN", "NOUN") and t.is_title and t.lower_ in _FIGURE_NAME_HEADS and not t.is_sent_start


_FIGURE_NAME_HEADS = {"rate", "index", "price", "prices", "yield"}


def _named_in_lower_case(t: Token) -> bool:
    """A word in lower case the tagger took for a name, with no entity: a common noun ("km² of heath")."""
    return t.pos_ == "PROPN" and t.is_lower and not t.ent_type_


def _common_noun(t: Token) -> bool:
    """A common noun, also when a sentence-initial one was tagged PROPN ("Turnout was ...")."""
    if t.pos_ == "NOUN" or _nounish(t):
        return True
    return (t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "GPE", "NORP") and t.is_sent_start
            and t.tag_ == "NNP" and t.is_title and not any(c.dep_ == "compound" for c in t.children))


def _is_scale_token(t: Token) -> bool:
    """spaCy sometimes splits "947m" into "947" + "m"; the "m" is no noun."""
    return t.lower_.rstrip(".") in lx.SCALE_ABBREV


def _what_changed(noun: Token) -> Token:
    """"a 31% rise in net profit" to an amount: the profit reached it, not the rise."""
    inner = _prep_object(noun, ("in",)) if noun.lower_ in _CHANGE_NOUNS else None
    return inner if inner is not None and inner.pos_ == "NOUN" and not inner.ent_type_ else noun
