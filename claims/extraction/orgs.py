"""Organisations a speaker phrase names without naming them: "the company", "the
airline", "the Association", "The operator, Midshires Buses"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from . import lexicon as lx
from .names import BUSINESS_ENDINGS, LEGAL_FORMS, clean_name, not_a_person

# Nouns for a business by its trade: "the airline", "the retailer".
TRADE_NOUNS = {"airline", "carrier", "retailer", "chain", "operator", "brewer", "miner", "lender", "insurer",
               "carmaker", "manufacturer", "supplier", "publisher", "broadcaster", "developer", "builder",
               "utility", "producer", "maker", "grocer", "supermarket", "bank", "firm", "company", "group",
               "club", "franchise", "startup", "start-up", "charity", "hospice", "regulator", "watchdog", "miller",
               "processor"}


# The last word of a name that says it is a company
_INCORPORATED = BUSINESS_ENDINGS | {"corporation", "limited", "co", "pty", "tbk", "asa", "ab", "oyj"}


# Bodies a lede often describes before naming them ("their union says", "the agency said")
_NAMED_LATER = {"union", "agency", "association", "council", "commission", "authority", "board", "federation",
                "regulator", "utility", "department", "ministry", "institute"}
# what names a trade union without the word: "Ontario Council of School Support Workers",
# "United Steelworkers Local 6166", "Writers Guild of America"
_UNION_NAME_WORDS = {"workers", "workers'", "employees", "steelworkers", "teamsters", "guild"}
# adjectives that make a description an institution of its own kind ("the central bank")
_OWN_KIND = {"central", "federal", "world"}


def proper(name: str) -> bool:
    first = name.split(" ")[0] if name else ""
    return bool(first) and first[0].isupper() and first.lower() not in ("the", "a", "an") \
        and name.lower() not in lx.ORG_NOUNS


def org_key(name: str) -> str:
    return name.replace(" ", "").lower()


def definite_org(head: Token, phrase: str, mentions: list, ents: tuple[Span, ...]) -> str:
    """"the Association" -> "Association of Regional Grocers"; "the company"
    -> the organisation last spoken of (a country or city never is one)."""
    doc = head.doc
    word = head.lower_
    earlier = [m for m in mentions if m.start < head.left_edge.idx and proper(m.name)]
    # the last organisation named with the noun in its name, whatever its role in
    # its sentence: "fund managers surveyed by Bank of America ..., the bank said"
    named = [(m.start, m.name) for m in earlier if m.kind == "organization"]
    named += [(e.start_char, clean_name(e.text)) for e in ents
              if e.label_ == "ORG" and e.start_char < head.left_edge.idx]
    # "the weather agency" is not the water agency named before: a noun the phrase
    # is described by must be in the name
    described = {c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i}
    for _, name in sorted(named, reverse=True):
        if _bears(word, name) and len(name) > len(clean_name(phrase)) and proper(name) \
                and described <= set(name.lower().split()):
            return name
    # (not "the opposition Independent group": a party's)
    placed = described_trade(head) and word != "group"
    if not placed and any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and c.i < head.i for c in head.children):
        return ""  # "Harbour Power Corporation said": a name, not a word for one named before
    if word in _CO_OP:
        # "Kilbrack Co-op will spend ... the co-op said", "Wildwood Park Co-operative Homes ... the co-op":
        # the one co-operative the article named before, tagged or not
        named_co_ops = {_name_around(t) for t in doc[:head.left_edge.i] if t.lower_ in _CO_OP and t.text[:1].isupper()}
        if len({org_key(n) for n in named_co_ops}) == 1:
            return named_co_ops.pop()
    described_so = {_appositive_name(t) for t in doc[:head.left_edge.i]
                    if t.lower_ == word and t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i} - {""}
    if len({org_key(n) for n in described_so}) == 1:
        return described_so.pop()  # "Kaitiaki Wai, the water regulator, said ... The regulator added"
    if any(c.dep_ == "amod" and c.lower_ in _OWN_KIND for c in head.children):
        return ""  # "the central bank": an institution of its own, not the company named before
    if word in _NAMED_LATER and not any(_bears(word, n) for _, n in named):
        # "..., their union says. The members of the Metro Workers Union ...": a body the lede describes
        # and the next lines name, the one body in the article with that word in its name
        later = {clean_name(e.text) for e in ents if e.label_ == "ORG" and e.start_char > head.idx
                 and _bears(word, clean_name(e.text)) and described <= set(clean_name(e.text).lower().split())}
        if len({org_key(n) for n in later}) == 1:
            return max(later, key=len)
    if word in ("company", "firm", "group", "corporation", "business", "bank", "insurer", "giant"):
        for m in reversed(earlier):
            # (a ministry or a police force that spoke last is no company: "the ministry said 40 km, while the
            # company said 18")
            if m.kind == "organization" and not m.place and not _PUBLIC_BODIES & set(m.name.lower().split()):
                return m.name
        # none the subject of a sentence: the one organisation named by its trade
        # ("figures from the operator Halden Ferries ... The company said")
        traded = {clean_name(e.text) for e in ents if e.label_ == "ORG" and e.start_char < head.left_edge.idx
                  and _by_trade(e)}
        if len(traded) == 1:
            return traded.pop()
        # "Brenmark's new mower ... Brenmark's dealers ..., and the firm says": the one
        # business the article has named, and named more than once, in any role; a body ("the
        # Competition Bureau") is no firm
        named_before = [n for n in (clean_name(e.text) for e in ents if e.label_ == "ORG"
                                    and e.start_char < head.left_edge.idx) if proper(n)]
        keys = {org_key(n) for n in named_before}
        # (a university, a regulator or a ministry named too is no second candidate)
        businesses = _whole_names(
            [n for n in named_before if not set(n.lower().split()) & (lx.ORG_NOUNS | _PUBLIC_BODIES)])
        if len({org_key(n) for n in businesses}) == 1 and word in ("company", "firm") \
                and businesses[0].split()[-1].lower().rstrip(".") in _INCORPORATED:
            # "A rocket lifted off from Atlantic Orbital Inc.'s pad ..., the company said", "a drug from Norvik
            # Therapeutics ...; the company said": the one business named before, and named as one
            return businesses[0]
        if not named_before:
            # "Sarawira Gloves Bhd slipped into a loss ..., the group said", the name tagged as nothing: the one
            # business named before by its legal form, when the model tagged no body at all
            incorporated = _bodies(_untagged_names_ending_in(doc[:head.left_edge.i], _LEGAL_WORDS))
            if len(incorporated) == 1:
                return incorporated[0]
        if len(keys) == 1 and len(named_before) > 1:
            only = named_before[0]
            if word in ("company", "firm", "business") and not set(only.lower().split()) & lx.ORG_NOUNS \
                    and not only.isupper():
                return only
    if word in TRADE_NOUNS:
        kin = _trade_kin(word)
        # (a name after its trade is a body's, whatever the model tagged it: "carrier Nordair")
        plying = {clean_name(e.text) for e in ents if e.label_ in ("ORG", "PERSON") and e.start_char < head.left_edge.idx
                  and (_trade_before(e) in kin or ((e.label_ == "ORG" or not_a_person(e))
                                                   and kin & {w.lower() for w in clean_name(e.text).split()}))}
        plying |= _untagged_names_ending_in(doc[:head.left_edge.i], kin)
        bodies = _bodies(plying)
        if len(bodies) == 1:
            # "Scandinavian carrier Nordair ..., the airline said", "Jamhuri Commercial Bank ..., the
            # lender said": the one body the article gave that trade, whatever else it named
            return bodies[0]
        # "the airline said", "the retailer announced": the one organisation named
        # so far; with two, which one is meant is a guess, so the description stays
        # (not one the article gave another trade: "carrier Nordair" is not "the manufacturer")
        other_trade = {clean_name(e.text) for e in ents if _trade_before(e) and _trade_kin(_trade_before(e))
                       and _trade_before(e) not in kin}
        names = {m.name for m in earlier if m.kind == "organization" and m.name not in other_trade}
        # every organisation the article has named so far counts as a candidate,
        # subject of a sentence or not
        named_keys = {org_key(clean_name(e.text)) for e in ents
                      if e.label_ == "ORG" and e.start_char < head.left_edge.idx}
        named_keys |= {org_key(n) for n in names}
        others = {t.text for t in doc[:head.left_edge.i] if t.pos_ == "PROPN" and t.ent_type_ not in
                  ("ORG", "PERSON", "GPE", "NORP", "DATE", "LOC") and t.is_title and t.dep_ in ("nsubj", "conj")}
        if len(names) == 1 and len(named_keys) == 1 and not others:
            return names.pop()
    return ""


def described_trade(head: Token) -> bool:
    """ "the Aberdeen club", "the Co Laois processor": a trade's word in lower case after "the", whatever names
    before it say where the body is; a description of a body, not its name."""
    return head.is_lower and head.lower_ in TRADE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                                                 for c in head.children)


def _bodies(names: set[str]) -> list[str]:
    """The bodies the names stand for, each by its longest name: a name whose words, less its legal form, run
    in order inside a longer one, with the same first or last word, is that body's ("Kovar Bank" in a
    headline, "Kovar Commercial Bank Plc" below; "Flour Mills Plc", a name the tagger cut, of "Ardent
    Flour Mills")."""
    def core(name: str) -> list[str]:
        words = name.lower().split()
        return words[:-1] if len(words) > 1 and words[-1].rstrip(".") in _LEGAL_WORDS else words

    def inside(short: list[str], long: list[str]) -> bool:
        rest = iter(long)
        return len(short) < len(long) and (short[0] == long[0] or short[-1] == long[-1]) and len(short) > 1 \
            and all(w in rest for w in short)

    ordered = sorted(names, key=lambda n: (-len(n.split()), n))
    kept: list[str] = []
    for name in ordered:
        if not any(org_key(name) == org_key(k) or core(name) == core(k) or inside(core(name), core(k)) for k in kept):
            kept.append(name)
    return kept


def _whole_names(names: list[str]) -> list[str]:
    """The names, less those that only begin another ("Halvorsen" in a headline, "Halvorsen
    Therapeutics" below: one business), in order."""
    return [n for n in names if not any(len(o.split()) > len(n.split()) and o.split()[: len(n.split())] == n.split()
                                        for o in names)]


_CO_OP = lx.CO_OP_NOUNS
# The words that only say how a business is incorporated: "Plc", "Bhd", "Limited"
_LEGAL_WORDS = (_INCORPORATED - BUSINESS_ENDINGS) | LEGAL_FORMS


def _name_around(tok: Token) -> str:
    """The name a capitalised word stands in: its entity, or the run of capitalised words around it."""
    doc = tok.doc
    if tok.ent_type_ == "ORG":
        return clean_name(next(e.text for e in doc.ents if e.start <= tok.i < e.end))
    start, end = tok.i, tok.i + 1
    while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
            and not doc[start - 1].is_sent_start:
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < len(doc) and end - tok.i < 3 and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return clean_name(doc[start:end].text)


def _untagged_names_ending_in(span: Span, words: set[str]) -> set[str]:
    """ "Pine Hollow Electric", tagged as nothing: capitalised names of two to four words whose
    last word is one of ``words``."""
    found = set()
    for t in span:
        if t.lower_ in words and t.pos_ == "PROPN" and t.is_title and not t.ent_type_:
            k = t.i
            while k > span.start and t.i - k < 3 and span.doc[k - 1].pos_ == "PROPN" and span.doc[k - 1].is_title \
                    and not span.doc[k - 1].ent_type_:
                k -= 1
            if k < t.i:
                found.add(span.doc[k:t.i + 1].text)
    return found


def _bears(word: str, name: str) -> bool:
    """The name is one that "the <word>" can stand for: it holds the word, or, for a union,
    it ends naming its members ("the union" for "Ontario Council of School Support Workers")."""
    words = name.lower().split()
    if word in words:
        return True
    branch = len(words) > 2 and words[-2] == "local" and words[-1].isdigit()  # "Transit Drivers Local 512"
    if branch:
        words = words[:-2]
    return word == "union" and (branch or words[-1] in _UNION_NAME_WORDS)  # not "Workers at the mill"


def appositive_org(head: Token) -> str:
    """"The operator, Midshires Buses, said": a proper name in apposition to an
    organisation noun names it."""
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON":
            words = [t for t in c.subtree if t.i <= c.i and not t.is_punct]
            if 1 <= len(words) <= 4 and words[0].is_title:
                return clean_name(" ".join(t.text for t in words))
    return ""


# Words for the same trade, in a name or before it: "the airline" is "carrier Nordair" or "SkyJet Airlines"
_TRADE_KIN = ({"airline", "airlines", "carrier", "airways"}, {"lender", "bank"}, {"miner", "mining", "minerals"},
              {"retailer", "chain", "stores", "supermarket", "supermarkets", "grocer"}, {"insurer", "insurance"},
              {"carmaker", "automaker", "motors"}, {"brewer", "brewery", "breweries"}, {"developer", "properties"},
              {"miller", "mills"}, {"processor"}, {"operator"}, {"publisher"}, {"broadcaster"},
              {"utility", "hydro", "power", "electric", "electricity", "energy"}, {"producer"}, {"supplier"}, {"builder"},
              {"manufacturer"}, {"maker"}, {"charity"}, {"hospice"}, {"club"}, {"franchise"})


def _trade_kin(word: str) -> set[str]:
    return next((kin for kin in _TRADE_KIN if word in kin), set())


def _trade_before(ent: Span) -> str:
    """ "regional carrier SkyJet Airlines": the trade noun the name comes after, if any."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text == ",":
        before = doc[ent.start - 2] if ent.start > 1 else None
    return before.lower_ if before is not None and before.pos_ == "NOUN" else ""


def _by_trade(ent: Span) -> bool:
    """"operator Halden Ferries", "the carrier, Skyline Air": a name the article
    gives with the trade of the organisation it names."""
    trade = _trade_before(ent)
    return trade in TRADE_NOUNS or trade in lx.ORG_NOUNS


# Words that make a name a public body's, never a business's
_PUBLIC_BODIES = {"ministry", "department", "police", "government", "council", "agency", "commission", "court",
                  "parliament", "senate", "assembly", "authority", "office", "inspectorate", "service", "union",
                  "tribunal", "army", "municipality"}
_POSSESSIVE_RE = re.compile(r"['’]s\b")


def org_cut_short(ent: Span, ents: tuple[Span, ...]) -> str:
    """ "Prairie Crest says", tagged "Crest": the capitalised words right before a name that, with it, run
    inside the name of an organisation the article gave before; else the name as tagged."""
    doc, start = ent.doc, ent.start
    while start > 0 and ent.start - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    name = clean_name(ent.text, titles=ent.label_ != "ORG")
    if start == ent.start:
        return name
    longer = clean_name(doc[start:ent.end].text, titles=False)
    named = (clean_name(e.text, titles=False) for e in ents if e.label_ == "ORG" and e.start_char < doc[start].idx)
    return longer if any(f" {longer} " in f" {n} " for n in named) else name


def fuller_org(name: str, before: int, ents: tuple[Span, ...]) -> str:
    """"Brandt" after "Atelier Brandt", "Korvin" after "Korvin Motors Ltd": the one
    longer name of an organisation the article gave before, that starts or ends with it."""
    words = name.split()
    # (a name the tagger ran on past its possessive ends there: "Prairie Crest Renewables Inc.'s Elk Hill")
    fuller = {_POSSESSIVE_RE.split(clean_name(e.text, titles=False))[0].strip() for e in ents
              if e.label_ == "ORG" and e.start_char < before}
    fuller = {f for f in fuller if len(f.split()) > len(words)
              and words in (f.split()[:len(words)], f.split()[-len(words):])}
    return fuller.pop() if len(fuller) == 1 else name


def joined_lists(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"the Board for Standards, Training and Audit", cut by the NER model at its
    comma: one name, whose "for", "of" or "on" takes a list of capitalised words
    closed by "and"."""
    out: list[Span] = []
    for e in ents:
        if out and out[-1].end > e.start:
            continue  # inside a name already joined
        # (the model may tag the rest a body: 'Boxer" Mohammed')
        if out and out[-1].label_ == "PERSON" and e.label_ in ("PERSON", "ORG") and e.start == out[-1].end + 1 \
                and e.doc[out[-1].end].text in ('"', "“") and any(t.text in ('"', "”") for t in e[1:3]) and len(e) <= 5:
            out[-1] = Span(e.doc, out[-1].start, e.end, label="PERSON")  # 'Clyde' + '"Boxer" Mohammed': a nickname
            continue
        if out and out[-1].label_ == e.label_ == "ORG" and out[-1].end == e.start and out[-1][-1].tag_ == "POS":
            out[-1] = Span(e.doc, out[-1].start, e.end, label="ORG")  # "the Commuters'" + "Alliance"
            continue
        if out and out[-1].label_ == e.label_ == "ORG" and _cut_at_and(out[-1], e):
            # "the Textile and" + "Apparel Association": a name the model cut at its "and"
            out[-1] = Span(e.doc, out[-1].start, e.end, label="ORG")
            continue
        end = _listed_end(e) if e.label_ == "ORG" else None
        end = _of_place_end(e, end or e.end) if e.label_ == "ORG" else end
        end = _numbered_end(e, end or e.end) if e.label_ == "ORG" else end
        start = _and_start(e, _glued_prefix_start(e)) if e.label_ == "ORG" else e.start
        start = _legal_prefix_start(e, start) if e.label_ in ("ORG", "PERSON") else start
        if out and out[-1].end > start:
            start = e.start
        changed = (end and end != e.end) or start != e.start
        out.append(Span(e.doc, start, end or e.end, label=e.label_) if changed else e)
    return tuple(out)


def _appositive_name(noun: Token) -> str:
    """The proper name a description stands in apposition to: "Kaitiaki Wai" of "Kaitiaki Wai, the regulator"."""
    name = noun.head
    words = [t for t in name.subtree if t.i <= name.i and not t.is_punct and t.dep_ != "det"]
    if not 1 <= len(words) <= 6 or not words[0].is_title:
        return ""
    return clean_name(noun.doc[words[0].i:name.i + 1].text)


# Words after which a union's name goes on with the branch's number: "Local 2214", "Lodge 45"
_NUMBERED_BRANCHES = {"local", "lodge", "branch", "chapter", "district"}
# A legal form written before a company's name: "PT Kelam Samudera Terminal", Indonesia's
_LEGAL_PREFIXES = {"PT"}


def _numbered_end(ent: Span, end: int) -> int:
    """ "Canadian Union of Public Employees Local" + "2214": a union's branch ends with its number."""
    doc = ent.doc
    if end < len(doc) and doc[end - 1].lower_ in _NUMBERED_BRANCHES and doc[end].is_digit:
        return end + 1
    return end


def _legal_prefix_start(ent: Span, start: int) -> int:
    """ "PT" + "Kelam Samudera Terminal": the legal form before a company's name opens it."""
    return start - 1 if start > 0 and start == ent.start and ent.doc[start - 1].text in _LEGAL_PREFIXES else start


def _and_start(ent: Span, start: int) -> int:
    """ "the Maritime and Port Authority of Singapore", tagged from "Port": capitalised words that nothing
    tags, with "and" after them and "the" before them, open the name ("the Treasury and the Bank" are two)."""
    doc = ent.doc
    if start != ent.start or start < 2 or doc[start - 1].lower_ != "and":
        return start
    k = start - 1
    while k - 1 >= 0 and start - 1 - (k - 1) <= 3 and doc[k - 1].is_title and not doc[k - 1].ent_type_ \
            and doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[k - 1].lower_ != "the":
        k -= 1
    # ("Environment and Climate Change Canada said": a government department's name opens a sentence or follows
    # a word in lower case, without "the")
    opens = k == 0 or doc[k - 1].lower_ == "the" or doc[k].is_sent_start or (
        doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k - 1].lower_ not in ("and", "or", "of"))
    return k if k < start - 1 and opens else start


def _glued_prefix_start(ent: Span) -> int:
    """ "the Co-operative Housing Federation", tagged from "Housing": a capitalised word written with
    a hyphen just before the name is its first word."""
    doc, k = ent.doc, ent.start
    if k >= 3 and doc[k - 2].text in ("-", "‐") and not doc[k - 2].whitespace_ and not doc[k - 3].whitespace_ \
            and doc[k - 3].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 3].is_alpha:
        return k - 3
    return k


def _of_place_end(ent: Span, end: int) -> int:
    """ "the Association of Fish Traders and Processors" + "of Ghana": an association, a union or a
    chamber named with its trades ends with the country or city it is of."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    # ("The Human Rights Commission" + "of Kenya", "the Reserve Bank" + "of Fiji": a body's name that ends in
    # the word for the body goes on with the country it is of)
    if not words or (words[0].lower_ not in _BODY_WORDS and words[-1].lower_ not in _BODY_WORDS | _NAMED_OF_A_PLACE) \
            or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    return k if end + 1 < k and k - end <= 3 and doc[k - 1].ent_type_ in ("GPE", "LOC", "") else end


def _cut_at_and(first: Span, second: Span) -> bool:
    """ "The Kenya Tea and" + "Coffee Association", "Footwear" + "and" + "Leather Association": one
    body's name, whose last word is a body's and whose first part ends in no such word."""
    doc = first.doc
    if first.end == second.start and first[-1].lower_ == "and":
        return True
    return second.start == first.end + 1 and doc[first.end].lower_ == "and" and len(first) <= 4 \
        and second[-1].lower_ in _BODY_WORDS and first[-1].lower_ not in lx.ORG_NOUNS and first[-1].is_title \
        and all(t.is_title or t.lower_ in ("the", "of") or t.tag_ == "POS" for t in second)


_BODY_WORDS = {"association", "federation", "council", "union", "chamber", "institute", "alliance", "society"}
_NAMED_OF_A_PLACE = {"commission", "bank", "board", "authority", "agency", "foundation", "league", "confederation",
                     "congress", "corporation"}


def _listed_end(ent: Span) -> int | None:
    doc = ent.doc
    if not any(t.lower_ in ("for", "of", "on") for t in ent[1:]) or ent.end >= len(doc):
        return None
    if doc[ent.end].lower_ == "and":
        return _and_end(ent)
    if doc[ent.end].text != ",":
        return None
    i, seen_and = ent.end + 1, False
    while i < len(doc) and doc[i].ent_type_ in ("", "ORG") and (
            (doc[i].is_title and doc[i].pos_ == "PROPN") or (doc[i].lower_ == "and" and not seen_and)
            or (doc[i].text == "," and not seen_and)):
        seen_and = seen_and or doc[i].lower_ == "and"
        i += 1
    if not seen_and or not doc[i - 1].is_title:
        return None
    return i


def _mistimed(tok: Token) -> bool:
    """A capitalised word the model tagged a date or a time that names no day or month: "Highways",
    before a paragraph break."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.lower_ not in lx.MONTHS | lx.WEEKDAYS and tok.is_alpha


def _and_end(ent: Span) -> int | None:
    """"the Ministry of Colleges and Universities", "the Department of Public Works and
    Highways", "... of Forestry, Fisheries and the Environment", cut by the NER model at its
    "and": the capitalised words after it (and its "the"), up to three, that nothing else tags
    and that close the phrase."""
    doc = ent.doc
    first = ent.end + 1
    if first < len(doc) and doc[first].lower_ == "the":
        first += 1
    i = first
    while i < len(doc) and i - first < 3 and doc[i].is_title and (doc[i].ent_type_ in ("", "ORG") or _mistimed(doc[i])) \
            and (doc[i].pos_ == "PROPN" or (doc[i].pos_ == "NOUN" and not doc[i].is_sent_start)) \
            and doc[i].lower_.rstrip(".") not in lx.TITLES and doc[i].lower_ not in lx.PERSON_NOUNS:
        i += 1
    if i == first or (i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN"):
        return None
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
        # "... of Master Bakers and Caterers of Nigeria": the place the body is of ends the name
        k = i + 1
        while k < len(doc) and k - i <= 3 and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        return k if k - i <= 3 else i
    return i
