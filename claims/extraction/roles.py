"""Roles: "the minister", "The mayor", "the health minister" stand for the one
person the article names in that role ("Health Minister Colton Reid", "Mayor
Ana Ruiz", "the board's director of education, Priya Rao"). With two people
in the role the description stays as written: which one is meant is a guess.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .names import ROLE_WORDS

_MODIFIERS = ("compound", "amod", "nmod")


# Titles written short before a name stand for the role a later description names.
_SHORT = {"coun": "councillor", "cllr": "councillor", "supt": "superintendent", "sgt": "sergeant",
          "insp": "inspector", "det": "detective", "gov": "governor", "sen": "senator", "rep": "representative",
          "prof": "professor"}


def _word(t: Token) -> str:
    w = t.lower_.rstrip(".")
    return _SHORT.get(w, w)


def _role_phrase(head: Token) -> set[str]:
    """A role noun with the words that narrow it: "health minister"."""
    return {_word(head)} | {_word(c) for c in head.children if c.dep_ in _MODIFIERS and c.pos_ in ("NOUN", "PROPN", "ADJ")}


def role_words(ent: Span) -> set[str]:
    """The words of the role the article gives the person it names at ``ent``: in
    front of the name ("Emergency Management Minister"), inside the entity, or in
    apposition on either side ("the board's director of education, Priya Rao")."""
    doc = ent.doc
    out = {_word(t) for t in ent if _word(t) in ROLE_WORDS}
    k = ent.start - 1
    while k >= max(0, ent.start - 5) and doc[k].dep_ in _MODIFIERS and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") \
            and k < doc[k].head.i < ent.end:
        out.add(_word(doc[k]))
        k -= 1
    if k == ent.start - 1 > 0 and doc[k].text == "." and not doc[k - 1].whitespace_ and _word(doc[k - 1]) in ROLE_WORDS:
        out.add(_word(doc[k - 1]))  # "Insp. Joan Pyke": the parser took the title's point for a full stop
    root = ent.root
    if root.dep_ == "appos" and _word(root.head) in ROLE_WORDS:
        out |= _role_phrase(root.head)
    for c in root.children:
        if c.dep_ == "appos" and _word(c) in ROLE_WORDS:
            out |= _role_phrase(c)
    return out


def described_role(head: Token) -> set[str]:
    """The role words of a definite description that names no one ("the minister",
    "The judge", "Treasurer"); empty for anything else ("a spokesman", "officials")."""
    if _word(head) not in ROLE_WORDS or head.tag_ in ("NNS", "NNPS") or head.pos_ not in ("NOUN", "PROPN"):
        return set()
    dets = [c for c in head.children if c.dep_ == "det"]
    if dets and dets[0].lower_ != "the":
        return set()
    if not dets and not head.is_title and not any(c.dep_ == "poss" for c in head.children):
        return set()
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return set()  # "her spokesman": someone else's, not the one named in the role
    if any(c.dep_ in ("appos", "relcl", "acl", "prep") and not _aside(c) for c in head.children):
        return set()  # "the minister for X", "the judge who ...": more than the role
    return _role_phrase(head)


def _aside(clause: Token) -> bool:
    """"The judge, who has sat for 20 years, said": a relative clause set off by a
    comma tells more about the one holder of the role; it does not pick one out."""
    return clause.dep_ == "relcl" and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
