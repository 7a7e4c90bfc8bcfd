"""Roles: "the minister", "The mayor", "the health minister" stand for the one
person the article names in that role ("Health Minister Colton Reid", "Mayor
Ana Ruiz", "the board's director of education, Priya Rao"). With two people
in the role the description stays as written: which one is meant is a guess.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .names import ROLE_WORDS, name_spans

Person = tuple[int, str, Span]  # (start, name as written, span its role is read around)

_MODIFIERS = ("compound", "amod", "nmod")
_BENCH = {"judge", "justice", "magistrate", "recorder"}
# Titles of courtesy, rank or learning, which hold no office: "Managing Director Eng. Ana Ruiz"
_HONORIFICS = lx.TITLES_MALE | lx.TITLES_FEMALE | lx.HONOURS | {"dr", "dr.", "prof.", "rev", "rev."}
# Letters written after a name: "Ana Ruiz KC", "Tom Hale MP"
_POSTNOMINALS = lx.SENIOR_COUNSEL | {"mp", "msp", "mla", "mpp", "td", "obe", "mbe", "cbe", "jp"}


# Titles written short before a name stand for the role a later description names.
_SHORT = {"coun": "councillor", "cllr": "councillor", "cr": "councillor", "supt": "superintendent", "sgt": "sergeant",
          "insp": "inspector", "det": "detective", "gov": "governor", "sen": "senator", "rep": "representative",
          "prof": "professor", "lt": "lieutenant", "capt": "captain", "col": "colonel", "maj": "major",
          "cmdr": "commander", "cdr": "commander", "brig": "brigadier", "ald": "alderman", "atty": "attorney",
          # words for the same seat: "Rep. Colin Ashby ... the congressman", "Coun. Ana Ruiz ... the councilwoman"
          "congressman": "representative", "congresswoman": "representative", "congressmember": "representative",
          "councilman": "councillor", "councilwoman": "councillor", "councilmember": "councillor",
          "councilor": "councillor", "alderwoman": "alderman"}


def _word(t: Token) -> str:
    w = t.lower_.rstrip(".")
    return _SHORT.get(w, w)


def _role_phrase(head: Token, possessor: bool = False) -> set[str]:
    """A role noun with the words that narrow it: "health minister"; with ``possessor``, also
    whose role it is ("the union's president", which "the union leader" then fits)."""
    return {_word(head)} | {_word(c) for c in head.children if (c.dep_ in _MODIFIERS and c.pos_ in ("NOUN", "PROPN", "ADJ"))
                            or (possessor and c.dep_ == "poss" and c.pos_ == "NOUN")}


def role_words(ent: Span) -> set[str]:
    """The words of the role the article gives the person it names at ``ent``: in
    front of the name ("Emergency Management Minister"), inside the entity, or in
    apposition on either side ("the board's director of education, Priya Rao")."""
    doc = ent.doc
    out = {_word(t) for t in ent if _word(t) in ROLE_WORDS}
    # the name's end, with the letters after it ("Judge Ana Ruiz KC": "Judge" hangs on "KC")
    end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_ in _POSTNOMINALS else ent.end
    k = ent.start - 1
    while k > 0 and (doc[k].lower_ in _HONORIFICS or (doc[k].text == "." and (
            doc[k - 1].lower_ in _HONORIFICS or f"{doc[k - 1].lower_}." in _HONORIFICS))):
        k -= 2 if doc[k].text == "." else 1  # "Managing Director Eng. Ana Ruiz": a title between role and name
    if k >= 0 and _word(doc[k]) == "justice":
        out.add("judge")  # "Ms Justice Orla Hanley ... The judge said": a judge's style, not a portfolio
    if k > 1 and doc[k].dep_ == "pobj" and doc[k].head.lower_ in ("of", "for") and doc[k].head.head.i == doc[k].head.i - 1 \
            and _word(doc[k].head.head) in ROLE_WORDS and k < doc[k].head.head.head.i < end:
        # "Minister of Transport Dr Ana Ruiz": a role with its portfolio after it, before the name
        out |= {_word(doc[k].head.head), _word(doc[k])}
    if k >= 0 and doc[k].is_title and _word(doc[k]) in ROLE_WORDS and not (k < doc[k].head.i < end):
        # "Agriculture, Fisheries and Irrigation Minister Sunil Perera": the parser hung the title on the list of
        # portfolios before it, but it stands right before the name
        out.add(_word(doc[k]))
    while k >= max(0, ent.start - 7) and doc[k].dep_ in _MODIFIERS and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") \
            and k < doc[k].head.i < end:
        out.add(_word(doc[k]))
        k -= 1
    if k == ent.start - 1 > 0 and doc[k].text == "." and not doc[k - 1].whitespace_ and _word(doc[k - 1]) in ROLE_WORDS:
        out.add(_word(doc[k - 1]))  # "Insp. Joan Pyke": the parser took the title's point for a full stop
    root = ent.root
    if root.dep_ == "appos" and _word(root.head) in ROLE_WORDS:
        out |= _role_phrase(root.head, possessor=True)
    for c in root.children:
        if c.dep_ == "appos" and _word(c) in ROLE_WORDS:
            out |= _role_phrase(c, possessor=True)
        if c.dep_ == "relcl" and c.lower_ in _LEADING_VERBS and any(w.lower_ == "who" for w in c.children):
            # "Coun. Ana Ruiz, who chairs the finance committee, ... The finance chair said",
            # "Coun. Ed Hale, who represents Ward 9, ... The Ward 9 councillor said"
            led = next((o for o in c.children if o.dep_ == "dobj"), None)
            out |= {_LEADS[_LEADING_VERBS[c.lower_]]} - {""}
            if led is not None:
                out |= _role_phrase(led)
    return out


# Verbs of leading or representing, and the role they give: "who chairs the finance committee" is its
# chair; "who represents Ward 9" holds the role the article gives, for that ward
_LEADS = {"chair": "chair", "head": "head", "lead": "leader", "represent": ""}
_LEADING_VERBS = lx.verb_forms("chair", "head", "lead led leads leading", "represent")


# "the union leader" is the union's president, chair or general secretary: a word for whoever
# leads, that any leading role fits when the rest of the description does
_ANY_LEADER = {"leader", "head", "boss"}
_LEADING = {"leader", "head", "chief", "president", "chair", "chairman", "chairwoman", "chairperson",
            "secretary", "director", "boss", "convener", "convenor"}


def role_fits(role: set[str], held: set[str]) -> bool:
    """Whether a person given the role words ``held`` is the one a description with ``role`` names."""
    if role <= held:
        return True
    rest = role - _ANY_LEADER
    return bool(rest) and rest != role and rest <= held and bool(held & _LEADING)


def described_role(head: Token) -> set[str]:
    """The role words of a definite description that names no one ("the minister",
    "The judge", "Treasurer"); empty for anything else ("a spokesman", "officials")."""
    if _word(head) not in ROLE_WORDS or head.tag_ in ("NNS", "NNPS") or head.pos_ not in ("NOUN", "PROPN"):
        return set()
    dets = [c for c in head.children if c.dep_ == "det"]
    if dets and dets[0].lower_ != "the":
        return set()
    if not dets and not head.is_title and not any(c.dep_ == "poss" for c in head.children) and not in_headline(head):
        return set()  # (a headline drops the article: "..., minister says")
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return set()  # "her spokesman": someone else's, not the one named in the role
    if any(c.dep_ in ("appos", "relcl", "acl", "prep") and not _aside(c) for c in head.children):
        return set()  # "the minister for X", "the judge who ...": more than the role
    return _role_phrase(head)


def in_headline(head: Token) -> bool:
    """Whether the word stands in the article's first line, above a body."""
    end = head.doc.text.find("\n")
    return 0 <= head.idx < end


def _aside(clause: Token) -> bool:
    """"The judge, who has sat for 20 years, said": a relative clause set off by a
    comma tells more about the one holder of the role; it does not pick one out."""
    return clause.dep_ == "relcl" and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def role_candidates(doc: Doc, people: list[Person], in_quote: Callable[[int], bool]) -> list[Person]:
    """The people the NER model named, and the names it missed ("Health Minister
    Ana Ruiz" left untagged), in order of appearance."""
    tagged = {t.i for _, _, ent in people for t in ent}
    missed = [(span.start_char, name, span) for span, name in name_spans(doc)
              if not any(t.i in tagged for t in span) and not in_quote(span.start_char)]
    return sorted([*people, *missed], key=lambda p: p[0])


def role_holder(head: Token, candidates: list[Person], people: list[Person], full_name: Callable[[str], str]) -> str:
    """"The minister said": the one person named in that role before; with no one
    named in it before ("the mayor warned ..." in the opening line, "Mayor Ana Ruiz
    told ..." below), the one holder the article names later."""
    if head.lower_ == "honour" and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        # "Her Honour said": the one judge the article names
        bench = {full_name(name) for _, name, ent in candidates if role_words(ent) & _BENCH}
        return bench.pop() if len(bench) == 1 else ""
    role = described_role(head)
    if not role:
        return ""
    holders = {full_name(name) for start, name, ent in candidates if start < head.idx and role_fits(role, role_words(ent))}
    if not holders:
        later = {full_name(name) for _, name, ent in candidates if role_fits(role, role_words(ent))}
        holders = later if len(later) == 1 else set()
    if len(holders) > 1:
        # "Coun. Ana Ruiz voted against. The councillor said ...": with two in the
        # role, the one the sentence before names, if it names only her
        doc = head.doc
        sent = head.sent
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        named = {full_name(name) for start, name, _ in people
                 if before is not None and before.start_char <= start < before.end_char}
        # (or by surname alone, whatever the model tagged it: "Arbeloa said ...")
        words = {t.text for t in before} if before is not None else set()
        named |= {h for h in holders if h.split()[-1] in words}
        holders &= named if len(named) == 1 else set()
    return holders.pop() if len(holders) == 1 else ""
