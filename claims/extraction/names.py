"""Personal names the NER model missed: runs of capitalised proper nouns
("Goalkeeper Tomas Reyes", "Trade Minister Maria Lindqvist's plan") with the
titles and roles in front taken off, indexed by surname so that a speaker
named by surname alone gets the full name the article gave."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx

_TITLE_WORDS = {x.rstrip(".") for x in lx.TITLES}

# Words that open a role rather than a name ("Trade Minister", "Chief Executive").
ROLE_WORDS = {t.rstrip(".") for t in lx.TITLES} | lx.PERSON_NOUNS | {
    "chief", "executive", "officer", "director", "manager", "coach", "goalkeeper", "striker", "captain",
    "defender", "midfielder", "forward", "bowler", "batsman", "spokesman", "spokeswoman", "chairman",
    "chairwoman", "president", "vice", "deputy", "foreign", "trade", "health", "finance", "home", "prime",
    "attorney", "general", "solicitor", "barrister", "prosecutor", "judge", "justice", "mayor", "councillor",
    "governor", "senator", "representative", "congressman", "congresswoman", "mp", "mep", "lord", "lady",
    "sir", "dame", "dr", "prof", "mr", "mrs", "ms", "miss", "kc", "qc", "head", "teacher", "founder", "member",
}
# Words that make a run of capitals an organisation or place, never a person.
ORG_WORDS = lx.ORG_NOUNS | {
    "city", "united", "county", "rovers", "athletic", "fc", "ltd", "plc", "inc", "corp", "holdings",
    "airlines", "airways", "buses", "energy", "news", "times", "post", "journal", "college", "court",
    "street", "road", "river", "glacier", "open", "cup", "league", "marathon", "festival", "games",
    "bay", "port", "harbour", "island", "valley", "north", "south", "east", "west", "royal", "national",
    "international", "&", "and", "of", "for",
}


def name_index(doc: Doc) -> dict[str, set[str]]:
    """Surname -> the full names (two or three words) that end with it. A word is
    what the article writes without a space: "Okafor-Lind", "N'Diaye", glued
    from the pieces the tokenizer cut it into."""
    out: dict[str, set[str]] = {}
    for name_words in _name_runs(doc):
        out.setdefault(_text(name_words[-1]), set()).add(" ".join(_text(w) for w in name_words))
    return out


def inner_surname_of(word: str, people: list, index: dict[str, set[str]]) -> str:
    """The one name of three or more words with ``word`` inside it, not first nor last: a Spanish
    double surname's first part ("Ferreyra" of "Camila Ferreyra Aguirre"), a Chinese surname before
    the given names ("Lam" of "Karen Lam Ka-yee"). ``people`` are the tagged persons (start, name,
    entity), ``index`` the name runs of name_index. Never a guess between two."""
    names = {name for _, name, _ in people} | {name for names in index.values() for name in names}
    found = {name for name in names if word in name.split()[1:-1]}
    return found.pop() if len(found) == 1 else ""


def name_spans(doc: Doc) -> list[tuple[Span, str]]:
    """The personal names (two or three words) that runs of capitalised proper
    nouns hold, the role in front left off: each as its span and its text."""
    return [(doc[w[0][0].i:w[-1][-1].i + 1], " ".join(_text(x) for x in w)) for w in _name_runs(doc)]


def _name_runs(doc: Doc) -> list[list]:
    out: list[list] = []
    words = glued_words(doc)
    i, n = 0, len(words)
    while i < n:
        if not _capital_word(words[i]):
            i += 1
            continue
        j = i
        while j < n and (_capital_word(words[j]) or (
                words[j][0].lower_ in ("van", "von", "de", "der", "ten", "da", "di", "al")
                and j + 1 < n and _capital_word(words[j + 1]))):
            j += 1
        run = words[i:j]
        i = j
        # the role in front: "Trade Minister Maria Lindqvist" -> "Maria Lindqvist"
        last_role = max((k for k, w in enumerate(run) if _text(w).lower().rstrip(".") in ROLE_WORDS), default=-1)
        name_words = run[last_role + 1:]
        if last_role < 0 and len(name_words) == 3 and _portfolio(run[0][0]):
            name_words = name_words[1:]  # "Minister for Housing Declan Murphy": the portfolio is no name
        if not 2 <= len(name_words) <= 3:
            continue
        if any(t.lower_ in ORG_WORDS or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT")
               for w in name_words for t in w):
            continue
        out.append(name_words)
    return out


_GLUE = {"-", "‐", "'", "’"}
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")


def glued_words(doc: Doc) -> list[list]:
    """The tokens grouped into the words the text writes without a space between:
    "Okafor", "-", "Lind" is one word; a hyphen or apostrophe with a space
    on either side is its own."""
    words: list[list] = []
    for t in doc:
        prev = words[-1][-1] if words else None
        glued = prev is not None and not prev.whitespace_ and prev.is_alpha == (t.text in _GLUE) and (
            (t.text in _GLUE and t.i + 1 < len(doc) and not t.whitespace_ and doc[t.i + 1].is_alpha)
            or (prev.text in _GLUE and len(words[-1]) > 1 and t.is_alpha))
        if glued:
            words[-1].append(t)
        else:
            words.append([t])
    return words


def _text(word) -> str:
    return "".join(t.text_with_ws for t in word).strip() if not isinstance(word, str) else word


def name_word(text: str) -> bool:
    """"Okafor-Lind", "N'Diaye", "Dufresne": a capitalised word of letters,
    hyphens and apostrophes, not all capitals."""
    return bool(_NAME_WORD.fullmatch(text)) and text[0].isupper() and not (len(text) > 1 and text.isupper())


def _capital_word(word) -> bool:
    if len(word) == 1:
        return _capital(word[0])
    return word[-1].pos_ == "PROPN" and name_word(_text(word)) and (
        not word[0].is_sent_start or any(t.ent_type_ == "PERSON" for t in word))


def _capital(t) -> bool:
    if t.pos_ != "PROPN" or not name_word(t.text):
        return False
    return not t.is_sent_start or t.lower_.rstrip(".") in ROLE_WORDS or t.ent_type_ == "PERSON" or _first_name(t)


def _first_name(t) -> bool:
    """"Dana Okoro, who runs the bakery, said" opening a paragraph: a first word
    in compound with the capitalised word after it, neither tagged as anything."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and t.dep_ == "compound" and t.head.i == nxt.i and nxt.pos_ == "PROPN" \
        and not t.ent_type_ and not nxt.ent_type_ and name_word(nxt.text) and t.lower_ not in ORG_WORDS


_NAME_PARTICLES = {"van", "von", "der", "den", "de", "ten", "ter", "da", "di", "du", "le", "la", "del", "bin", "al"}
# Given names written short with a full stop, which the tokenizer takes for a sentence's end: "Ma." (Maria,
# in the Philippines), "Mohd." (Mohammad; "Md." too where the tokenizer splits it), "Wm.", "Chas.", "Jas.",
# "Thos.".
GIVEN_NAME_SHORT = {"Ma", "Md", "Mohd", "Muhd", "Wm", "Chas", "Jas", "Thos"}
# Words that open a surname written after a first name: "Gráinne Ní Bhriain" is "Ms Ní Bhriain",
# "Seán Ó Dálaigh" "Mr Ó Dálaigh", "Hendrik van Dam" "Van Dam".
SURNAME_PARTICLES = _NAME_PARTICLES | {"ní", "nic", "ó", "o", "ua", "uí", "mac", "mhic", "dos", "das", "della", "st", "st."}


_CANTONESE_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")


def cantonese_given(word: str) -> bool:
    """ "Ka-yee", "Chi-fai", "Jong-un": a given name of two syllables written after the surname."""
    return bool(_CANTONESE_GIVEN.fullmatch(word))


def surnames_of(name: str) -> list[str]:
    """The words a later mention may use for the person: the last, and for "Amanda Wong Ka-yee"
    the surname before the given name."""
    words = name.split()
    if len(words) > 1 and cantonese_given(words[-1]):
        return [words[-1], words[-2]]
    return words[-1:]


def _glue_inside(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen or apostrophe written inside a word ("Lavallée-Côté")."""
    return doc[k].text in _GLUE and not doc[k].whitespace_ and k > 0 and not doc[k - 1].whitespace_


def _portfolio(tok: Token) -> bool:
    """Whether ``tok`` names what a role is for or of ("Housing" in "Minister for Housing ...")."""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].lower_ in ("for", "of") and doc[tok.i - 2].lower_.rstrip(".") in ROLE_WORDS


def extend_name(ent: Span) -> Span:
    """The small model often tags only the surname ("Ghazi Hamad" -> "Hamad"):
    take in the capitalised compound words before it, the name it is a compound
    of after it ("Jean-Marc" of "Jean-Marc Dufresne"), and the rest of a word
    the text writes without a space ("Okafor-Lind", "N'Diaye")."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        t = doc[start - 1]
        if _portfolio(t):
            break  # "Minister for Transport Niamh Cassidy": the portfolio is not her first name
        # "Cllr Hendrik van Dam-Moller" tagged as two people, the second from "van"
        particle_led = start == ent.start and doc[start].lower_ in _NAME_PARTICLES
        # ("Minister for Labour Nazrul Hasan Chowdhury": the first name taken for the object of "for")
        if t.pos_ == "PROPN" and t.is_title and (t.dep_ in ("compound", "pobj") and not t.ent_type_ or particle_led) \
                and t.lower_.rstrip(".") not in _TITLE_WORDS and (t.dep_ != "pobj" or (
                    start == ent.start and name_word(t.text) and t.lower_ not in ORG_WORDS)):
            start -= 1
            continue
        if start > 1 and t.text in _GLUE and not t.whitespace_ and not doc[start - 2].whitespace_ \
                and name_word(doc[start - 2].text):
            start -= 2
            continue
        if start > 1 and t.text == "." and doc[start - 2].text in GIVEN_NAME_SHORT and not doc[start - 2].whitespace_ \
                and (start == 2 or doc[start - 3].pos_ not in ("PROPN", "VERB", "AUX")
                     or doc[start - 3].lower_ in ROLE_WORDS or doc[start - 3].is_sent_start):
            start -= 2  # "Ma. Lourdes Santos", the tokenizer's "Ma" + ".": where the name begins
            break
        break
    end = ent.end
    while end < len(doc):
        t = doc[end]
        if t.text in _GLUE and not doc[end - 1].whitespace_ and not t.whitespace_ and end + 1 < len(doc) \
                and name_word(doc[end + 1].text):
            end += 2
            continue
        if end + 2 < len(doc) and cantonese_given(doc[end:end + 3].text) and not t.whitespace_ \
                and not doc[end + 1].whitespace_ and doc[end - 1].pos_ == "PROPN":
            end += 3  # "Amanda Wong Ka-yee", "Kim Jong-un": a given name of two syllables after the surname
            continue
        # ("Datuk Tan" tagged, "Boon Huat" not, or tagged apart: every word hangs on the last, two words on)
        head = doc[end - 1].head.i
        if t.pos_ == "PROPN" and name_word(t.text) and t.ent_type_ in ("", "PERSON") and end <= head <= end + 2 \
                and all((doc[k].pos_ == "PROPN" and name_word(doc[k].text) and doc[k].ent_type_ in ("", "PERSON")
                         and doc[k].lower_ not in ORG_WORDS) or _glue_inside(doc, k) for k in range(end, head + 1)) \
                and doc[end - 1].dep_ in ("compound", "flat") and t.lower_ not in ORG_WORDS \
                and t.lower_.rstrip(".") not in _TITLE_WORDS:  # "Port Ellis Mayor Dana Whitlock": a role ends a name
            end += 1
            continue
        break
    # "Erik ten Hag", "Ursula von der Leyen": lower-case particles inside a name
    while end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end].pos_ == "PROPN" or (
        end < len(doc) and end > ent.end and doc[end].pos_ == "PROPN" and doc[end].is_title
        and doc[end - 1].lower_ in _NAME_PARTICLES
    ):
        end += 1
    if doc[end - 1].lower_ in _NAME_PARTICLES:
        end = ent.end
    while end + 1 < len(doc) and end > ent.end and doc[end].text in _GLUE and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and name_word(doc[end + 1].text):
        end += 2  # "Hendrik van Dam-Moller": the word after the particle goes on past its hyphen
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def glued_text(tok) -> str:
    """The whole word the token is part of, as the text writes it ("Okafor-Lind" for "Lind")."""
    doc, s, e = tok.doc, tok.i, tok.i
    while s > 1 and doc[s - 1].text in _GLUE and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
            and doc[s - 2].is_alpha:
        s -= 2
    while e + 2 < len(doc) and doc[e + 1].text in _GLUE and not doc[e].whitespace_ and not doc[e + 1].whitespace_ \
            and doc[e + 2].is_alpha:
        e += 2
    return doc[s:e + 1].text


# "CHENNAI —", "HALIFAX, N.S. —", "ST. JOHN'S, N.L. (Reuters) —", "OSLO, Norway, May 2 (Wire) - ",
# and a place in capitals and small letters only before an agency's name, "Lyon (AFP) -":
# the place and date line a wire story opens a paragraph with, before a dash. South Asian papers
# write it in capitals before a colon: "NEW DELHI:", "ISLAMABAD:".
_PLACE_REST = r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z0-9][\w.]*){0,2}){0,2}"
_DATELINE = re.compile(
    r"^[ \t]*(?:(?:[A-Z][A-Z.'’ -]*[A-Z.]" + _PLACE_REST + r"(?:[ \t]*\([^)\n]{1,40}\))?"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}" + _PLACE_REST + r"[ \t]*\([^)\n]{1,40}\))"
    r"(?:[ \t]*(?:—|–|--)|[ \t]+-(?=[ \t]))"
    r"|[A-Z][A-Z'’ -]*[A-Z]:(?=[ \t]+[A-Z\"“‘']))", re.MULTILINE)


def dateline_chars(text: str) -> list[tuple[int, int]]:
    """The character spans of datelines: a dateline names where the story was
    filed, never who said anything."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]


def person_after_role(ent: Span) -> Span | None:
    """"Councillor Dana Pike" tagged an organisation: the two or three name words
    after a role, inside the entity or just before it, are a person."""
    doc, k = ent.doc, ent.start
    while k < ent.end and doc[k].lower_.rstrip(".") in ROLE_WORDS:
        k += 1
    end = ent.end - (1 if doc[ent.end - 1].tag_ == "POS" else 0)
    before = ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in ROLE_WORDS \
        and doc[ent.start - 1].dep_ == "compound" or (  # "the state's auditor-general, Ana Petrou,"
            ent.root.dep_ == "appos" and ent.root.head.lower_ in ROLE_WORDS and ent.root.head.i < ent.start)
    if (k == ent.start and not before) or k >= end:
        return None
    rest = doc[k:end]
    pieces = rest.text.split()
    if 2 <= len(pieces) <= 3 and all(name_word(p) for p in pieces) and not any(t.lower_ in ORG_WORDS for t in rest):
        return rest
    return None


def drop_roles(name: str) -> str:
    """"Trustee Dario Quaye", "Fisherman Joseph Otieno": the role the NER model took
    into a person's name, left off while two name words remain."""
    words = name.split(" ")
    while len(words) > 2 and words[0].lower().rstrip(".") in ROLE_WORDS and name_word(words[1]):
        words = words[1:]
    # "Eastvale MLA Tomas Grieve": a place or body before the role goes with it
    last = max((k for k, w in enumerate(words[:-2]) if w.lower().rstrip(".") in ROLE_WORDS), default=-1)
    if last >= 0 and all(name_word(w) for w in words[last + 1:]):
        words = words[last + 1:]
    return " ".join(words)


POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def _irish_article(words: list[str]) -> bool:
    """ "An Post", "An Coimisiún Pleanála", "An Garda Síochána": the Irish article is part of the name."""
    return words[0] == "An" and (words[1] in _IRISH_NAMES or any(ch in "áéíóúÁÉÍÓÚ" for ch in " ".join(words[1:])))


_IRISH_NAMES = {"Post", "Garda", "Bord", "Chomhairle", "Coimisiún", "Taisce", "Roinn", "Chúirt"}


def clean_name(text: str, titles: bool = True) -> str:
    """A name without its possessive, courtesy title or article. ``titles=False`` for a body's name, whose first
    word may look like a title ("General Motors", "Major League Baseball")."""
    text = " ".join(text.split())
    text = POSSESSIVE.sub("", text)
    words = text.split(" ")
    while titles and len(words) > 1 and words[0].lower().rstrip(".") + ("." if words[0].endswith(".") else "") in lx.TITLES:
        words = words[1:]
    while len(words) > 1 and words[0].lower() in ("the", "a", "an") and not _irish_article(words):
        words = words[1:]
    return " ".join(words).strip(" ,;:")


_PORTFOLIO_ROLES = {"minister", "secretary", "commissioner"}


def name_after_role_of(head) -> str:
    """"Leader of the Opposition Rana Devi Pillai said", "Minister for Housing Declan Murphy said":
    a role of a body or for a portfolio, its one-word name, then two or three name words,
    whatever the parser made of them."""
    if head.lower_.rstrip(".") not in ROLE_WORDS:
        return ""
    # ("A spokeswoman for Premier Rachel Donnelly" speaks for the premier; she is not the premier)
    preps = ("of", "for") if head.lower_ in _PORTFOLIO_ROLES else ("of",)
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i == head.i + 1), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return ""
    words = [t for t in head.doc[of.i + 1:obj.i + 1] if t.lower_ != "the"]
    if not 3 <= len(words) <= 4 or any(t.dep_ not in ("compound", "flat", "pobj") for t in words):
        return ""
    name = words[1:]
    if any(not name_word(t.text) or t.lower_ in ORG_WORDS or t.lower_.rstrip(".") in ROLE_WORDS for t in name):
        return ""
    return " ".join(t.text for t in name)


# Nouns for a news outlet: "told local broadcaster RTV Noord", "the daily Het Blad"
_OUTLET_NOUNS = {"broadcaster", "newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "radio",
                 "station", "channel", "network", "website", "magazine", "agency", "outlet", "publication"}


# The last word of a newspaper's title: "the Carrick Gazette", "the Evening Echo"
_MASTHEAD_WORDS = {"gazette", "herald", "echo", "courier", "chronicle", "tribune", "telegraph", "observer", "examiner",
                   "advertiser", "mercury", "argus", "sentinel", "dispatch", "inquirer", "bulletin", "clarion"}


def named_outlet(ent: Span) -> bool:
    """A name just after a noun for a news outlet is the outlet's, whatever the tagger took it for; so is a
    newspaper's title after "the"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if ent[-1].lower_ in _MASTHEAD_WORDS and (ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")):
        return True  # "told the Carrick Gazette", tagged a person
    return before is not None and before.lower_ in _OUTLET_NOUNS and before.dep_ in ("compound", "nmod", "amod")


def not_a_person(ent: Span) -> bool:
    """A PERSON tag the words deny: an outlet's name, a name right after a lower-case
    noun for a body ("the campaign group Fair Rent said"), or no capital at all
    ("a crane driver")."""
    after_body = named_after_body(ent)
    # "In Tralee, Mrs Quill said": the place a sentence opens in is where, not who
    opening_place = ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in" and ent.root.head.is_sent_start \
        and ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
    # "Marlene Ruiz, 67, of Moose Jaw, said": where a person set off by commas is from
    home_town = ent.start > 2 and ent.doc[ent.start - 1].lower_ == "of" and ent.doc[ent.start - 2].text == "," \
        and ent.end < len(ent.doc) and ent.doc[ent.end].text in (",", ".")
    return named_outlet(ent) or after_body or opening_place or home_town or business_name(ent) or law_name(ent) \
        or not any(t.text[:1].isupper() for t in ent)


def law_name(ent: Span) -> bool:
    """ "the Bus Services (Wales) Bill", "This Bill": a law's name, tagged a person for the first name Bill."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and ent[0].text == "Bill" and before is not None \
        and (before.lower_ in ("the", "this", "that", "a", ")") or before.text[:1].isupper())


def named_after_body(ent: Span) -> bool:
    """ "the campaign group Fair Rent", "low-cost airline Aerovela": a name right after a lower-case noun for a
    body names that body."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_lower and before.lower_ in lx.ORG_NOUNS \
        and ent[0].lower_.rstrip(".") not in ROLE_WORDS \
        and (before.dep_ in ("compound", "nmod", "amod") or (ent.root.dep_ == "appos" and ent.root.head.i == before.i))


def business_name(ent: Span) -> bool:
    """"Cascade Ridge Electric, whose equipment ..., said", tagged a person: a name that ends in a
    word for a business."""
    return len(ent) > 1 and ent[-1].lower_ in BUSINESS_ENDINGS


# The legal forms that end a company's name: "Ltd", "Bhd", "GmbH"
LEGAL_FORMS = {"ltd", "plc", "inc", "corp", "bhd", "gmbh", "llc", "ag", "sa", "nv", "bv"}
# Last words of a business's name that no one's surname is ("Power", "Banks", "West" are)
BUSINESS_ENDINGS = LEGAL_FORMS | {
    "electric", "hydro", "energy", "motors", "mills", "airlines", "airways", "holdings", "group", "insurance", "telecom",
    "pharma", "foods", "brewing", "mining", "minerals", "resources", "capital", "partners", "ventures", "logistics",
    "shipping", "steel", "cement", "chemicals", "chemie", "utilities", "therapeutics", "pharmaceuticals",
    "electronics", "technologies", "industries", "biotech", "semiconductor", "semiconductors", "robotics",
    "renewables", "aerospace", "automotive"}

