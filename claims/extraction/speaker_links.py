"""A speaker resolved to a short form is linked to the one fuller person the
article names: a first name alone ("Tomasz said" after "Tomasz Wrona"), a
surname the model missed or took for a place ("Lund-Hale said" after "Petra
Lund-Hale" opening a sentence), and an age standing for a person ("The
44-year-old said" right after the article quoted one named person). Never a
guess: two candidates leave the speaker as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .names import (
    BUSINESS_ENDINGS,
    ORG_WORDS,
    ROLE_WORDS,
    SURNAME_PARTICLES,
    clean_name,
    glued_words,
    name_word,
    surnames_of,
)
from .orgs import TRADE_NOUNS
from .roles import role_candidates, role_fits, role_words

# the resolver and its speaker (speakers.py calls this module: no import back)
SpeakerResolver = Any
Speaker = Any

_AGE = re.compile(r"^the \d{1,3}-year-old\b", re.IGNORECASE)
_NOT_NAME_ENTS = {"GPE", "LOC", "FAC", "NORP", "DATE", "EVENT"}
_GLUE = re.compile(r"[-‐'’]")


def linked_speaker(resolver: SpeakerResolver, head: Token, sp: Speaker) -> Speaker:
    """``sp`` as resolved, or the one fuller person it stands for, or the country an epithet stands for."""
    country = lx.COUNTRY_EPITHETS.get(sp.name.lower().removeprefix("the "))
    if country is not None and sp.kind == "organization":
        return replace(sp, name=country)
    if head.lower_ in ("he", "she") and sp.kind == "person":
        described = _described_speaker_since(resolver, head, sp.name)
        if described is not None:
            return replace(sp, name=described.name, kind=described.kind)
        subject = _subject_over_bystander(resolver, head, sp.name)
        if subject:
            return replace(sp, name=subject)
    if _AGE.match(resolver._np_text(head)) or ((sp.kind != "organization" or head.lower_ in _NATIONALS) and _epithet(head)):
        held = resolver._role_holder(head) if sp.kind != "organization" else ""
        if held:
            return replace(sp, name=held, kind="person")  # "The union leader" after "The union's president, X"
        named, since = _person_before(resolver, head)
        if named and head.lower_ in _NATIONALS and _other_name_between(head, named, since):
            named = ""  # ("Marta Ruiz won", the model tagging "Marta" a place: "the Spaniard" may be her)
        if named and not _epithet_taken(resolver, head, named):
            return replace(sp, name=named, kind="person")
        return sp
    named = (_name_after(resolver, head) or _name_behind_role(resolver, head, sp.name)) if sp.kind != "person" else ""
    if named:
        return replace(sp, name=named, kind="person")
    words = sp.name.split()
    # A surname may open with a particle: "Ní Bhriain", "Ó Dálaigh", "van Dam".
    surname = len(words) > 1 and all(w.lower() in SURNAME_PARTICLES for w in words[:-1])
    if (len(words) != 1 and not surname) or not name_word(words[-1]):
        return sp
    # A name the model tagged as nothing ("Tomasz said", "Azman said") is linked as a person's is:
    # by the one fuller name it ends or opens.
    if sp.kind not in ("person", "organization", "other") or (sp.kind == "other" and head.pos_ == "PRON"):
        return sp
    # a body the article names in full is not a surname ("Pell said" could be "Pell Foods")
    if sp.kind == "organization" and not _GLUE.search(words[0]) and not surname:
        # ... but when no body's longer name holds the word, a first name or a surname is: "Azman said"
        # after "Datuk Azman Harun", "Islam said" after "Md. Rafiqul Islam" (both tagged as bodies)
        if any(words[0] in e.text.split() and len(e) > 1 for e in resolver.doc.ents if e.label_ == "ORG"):
            return sp
        opened = _people_opened_by(resolver, words[0])
        # ... or a person already resolved as a speaker: "Azman said" after "Datuk Azman Harun said"
        opened |= {name for start, name in resolver.spoken_people() if start < head.idx
                   and len(name.split()) > 1 and name.split()[0] == words[0]}
        if len(opened) == 1:
            name = opened.pop()
            return replace(sp, name=name, kind=_kind_of(resolver, name))
        full = _one_full_name(resolver, words[0], first_too=False)
        return replace(sp, name=full, kind=_kind_of(resolver, full)) if full else sp
    full = _one_full_name(resolver, " ".join(words), first_too=sp.kind != "organization" and not surname)
    return replace(sp, name=full, kind=_kind_of(resolver, full)) if full else sp


def _kind_of(resolver: SpeakerResolver, name: str) -> str:
    """"person", or "organization" for a fuller name that is a business's, whatever the model tagged it: one
    ending in a word for a business ("Hanseon Electronics"), or written right after a lower-case word for a
    trade ("renewables developer Luzaria Renovables"). A later "the company" is then that business."""
    if name.split()[-1].lower() in BUSINESS_ENDINGS:
        return "organization"
    doc = resolver.doc
    for _, other, ent in resolver.people:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if other == name and before is not None and before.is_lower and before.lower_ in TRADE_NOUNS | lx.ORG_NOUNS:
            return "organization"
    return "person"


# Descriptions a writer uses for the person just named ("The Green member said", "the critic
# added"): words for what someone is, not titles that name an office ("the president", "the
# judge" is whoever holds it) nor those who speak for another ("the spokesman")
_EPITHET_NOUNS = {"member", "leader", "critic", "politician", "lawmaker", "legislator", "campaigner", "activist",
                  "veteran", "candidate", "mp", "msp", "mpp", "mla", "mep", "td", "councillor", "pensioner",
                  "farmer", "grower", "resident",
                  # a sport's players ("the striker said")
                  "rider", "cyclist", "runner", "sprinter", "swimmer", "skier", "golfer", "jockey", "striker",
                  "midfielder", "defender", "winger", "goalkeeper", "batsman", "batter", "bowler", "player"}
# A person by nationality ("the Frenchman said"), which the entity model tags as a nationality, not a person
_NATIONALS = {"frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "scotsman",
              "scotswoman", "welshman", "welshwoman", "dutchman", "dutchwoman",
              # nouns for a person of a nation ("the Spaniard said", "the Norwegian added"); not "the Australian"
              # nor "the American", which name a newspaper and an airline as often
              "spaniard", "dane", "briton", "swede", "finn", "pole", "scot", "norwegian", "german", "italian",
              "belgian", "austrian", "canadian", "kenyan", "ethiopian", "colombian", "brazilian", "argentine",
              "argentinian", "mexican", "slovenian", "slovakian", "croatian", "serbian", "ukrainian", "russian",
              "kiwi", "ugandan", "nigerian", "ghanaian", "jamaican", "indian",
              "pakistani", "chilean", "peruvian", "ecuadorian", "venezuelan", "czech", "hungarian", "romanian",
              "bulgarian", "estonian", "latvian", "lithuanian", "icelander", "portuguese"}


def _epithet(head: Token) -> bool:
    """"the Labour leader", "The Green member", "the critic": "the", a singular noun
    for a person with the words that describe them, and nothing after that picks someone out."""
    if not ((head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ in _EPITHET_NOUNS)
            or (head.tag_ in ("NN", "NNP") and head.lower_ in _NATIONALS)):
        return False
    dets = [c for c in head.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ != "the" or any(c.dep_ == "poss" for c in head.children):
        return False
    return not any(c.dep_ in ("appos", "relcl", "acl", "prep") and c.i > head.i for c in head.children)


def _epithet_taken(resolver: SpeakerResolver, head: Token, named: str) -> bool:
    """A role the article gives some other person by name ("Mayor Ana Ruiz ... the mayor") is theirs."""
    if resolver._candidates is None:
        resolver._candidates = role_candidates(resolver.doc, resolver.people, resolver._in_quote)
    described = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod", "nmod")}
    for _, name, ent in resolver._candidates:
        if role_fits(described, role_words(ent)) and resolver.full_name(name) != named:
            return True
    return False


def _described_speaker_since(resolver: SpeakerResolver, head: Token, name: str):
    """ "A spokesman for the board said ... 'We will appeal,' he said": a speaker the
    article only described, of the pronoun's gender, who spoke after the person the
    pronoun would otherwise take, is whom it means."""
    want = lx.MALE_NOUNS if head.lower_ == "he" else lx.FEMALE_NOUNS
    before = [m for m in resolver.mentions if m.start < head.idx and m.name]
    named_at = max((m.start for m in before if m.kind == "person" and m.name == name), default=-1)
    for m in reversed(before):
        if m.start <= named_at:
            return None
        if m.speaker and m.kind == "anonymous" and set(m.name.lower().split()) & want:
            return m
    return None


def _name_after(resolver: SpeakerResolver, head: Token) -> str:
    """ "her brother Tariq said": a noun for a person with the name right after it,
    whatever the parser hung the name on."""
    if head.pos_ == "PROPN" or (head.lower_ not in lx.PERSON_NOUNS and head.lower_ not in ROLE_WORDS):
        return ""
    doc = head.doc
    ent = resolver._entity_at(doc[head.i + 1]) if head.i + 1 < len(doc) else None
    if ent is not None and ent.label_ == "PERSON" and ent.start == head.i + 1:
        return resolver.full_name(clean_name(ent.text))
    # the name the model took for a body: a proper word or two, then the phrase ends
    end = head.i + 1
    while (
        end < len(doc)
        and end - head.i <= 3
        and doc[end].pos_ == "PROPN"
        and name_word(doc[end].text)
        and doc[end].ent_type_ in ("", "PERSON", "ORG")
    ):
        end += 1
    if end == head.i + 1 or end - head.i > 3 or (end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN")):
        return ""
    return resolver.full_name(doc[head.i + 1 : end].text)


def _subject_over_bystander(resolver: SpeakerResolver, head: Token, name: str) -> str:
    """ "Minister Ana Ruiz told Dalby's finance panel that ... 'It slipped,' she said": when the
    person the pronoun would take is named in the last sentence only as an object or a
    possessor, and that sentence's subject is another person of the pronoun's gender, the
    pronoun means the subject."""
    doc = resolver.doc
    want = "m" if head.lower_ == "he" else "f"
    before = [m for m in resolver.mentions if m.start < head.idx and m.name and m.kind == "person"]
    if not before or before[-1].name != name or before[-1].gender:
        return ""  # only an antecedent the article gave no gender gives way
    last = _token_at(doc, before[-1].start)
    if last is None or _is_subject(last) or last.sent == head.sent:
        return ""
    for m in reversed(before[:-1]):
        tok = _token_at(doc, m.start)
        if tok is None or tok.sent != last.sent:
            return ""
        if m.name != name and _is_subject(tok) and resolver.gender.get(m.name, m.gender) == want:
            return m.name
    return ""


def _token_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_subject(tok: Token) -> bool:
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _name_behind_role(resolver: SpeakerResolver, head: Token, phrase: str) -> str:
    """ "Fenland MP Carys Lloyd said", untagged: the two or three name words after a role
    that closes a run of capitals are a person, not a body."""
    if head.pos_ != "PROPN" or head.ent_type_:
        return ""
    words = phrase.split()
    k = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in ROLE_WORDS), default=-1)
    rest = words[k + 1 :]
    if k < 0 or not 2 <= len(rest) <= 3 or not all(name_word(w) and w.lower() not in ORG_WORDS for w in rest):
        return ""
    return resolver.full_name(" ".join(rest))


def _person_before(resolver: SpeakerResolver, head: Token) -> tuple[str, Span | None]:
    """The person named just before ``head``, with the words of that last mention: the last person
    mentioned, when the stretch from that mention's sentence up to ``head`` names no other."""
    before = [m for m in resolver.mentions if m.start < head.idx and m.name and m.kind == "person"]
    if not before:
        return "", None
    last = before[-1]
    mention = resolver.doc.char_span(last.start, last.start + 1, alignment_mode="expand")
    start = mention.sent.start_char if mention is not None else last.start
    names = {resolver.full_name(m.name) for m in before if m.start >= start}
    if len(names) != 1 or len(last.name.split()) < 2:
        return "", None
    return names.pop(), mention


def _other_name_between(head: Token, named: str, since: Span | None) -> bool:
    """Whether two capitalised words that are not ``named`` stand between its last mention (``since``)
    and ``head``, tagged as a person or not: a nationality could be theirs."""
    if since is None:
        return True
    words = set(named.split())
    between = head.doc[since.start:head.i]
    return any(a.pos_ == "PROPN" and b.pos_ == "PROPN" and a.is_title and b.is_title and a.text not in words
               and b.text not in words for a, b in zip(between, between[1:]))


def _one_full_name(resolver: SpeakerResolver, word: str, first_too: bool) -> str:
    runs = _runs(resolver)
    size = len(word.split())
    wanted = word.lower().split()
    found = {r for r in runs if r.lower().split()[-size:] == wanted and len(r.split()) > size}
    # "Van der Merwe said", opening its sentence, after "Pieter van der Merwe" (four words: no run)
    found |= {name for _, name, _ in resolver.people
              if size > 1 and name.lower().split()[-size:] == wanted and len(name.split()) > size}
    # "Cheung said" after "Vivian Cheung Mei-ling": the surname before a given name
    found |= {name for _, name, _ in resolver.people if word in surnames_of(name)[1:]}
    # "Quispe said" after "Walter Quispe Mendoza": the first of two surnames, as Spanish and Portuguese
    # names are shortened
    found |= {name for _, name, _ in resolver.people if len(name.split()) == 3 and name.split()[1] == word}
    if first_too:
        found |= {r for r in runs if r.split()[0] == word}
        found |= _people_opened_by(resolver, word)
    found = {resolver.full_name(f) for f in found}
    if len(found) != 1:
        return ""
    return found.pop()


def _people_opened_by(resolver: SpeakerResolver, word: str) -> set[str]:
    """The names of two words or more of the people the resolver knows that open with `word`."""
    return {name for _, name, _ in resolver.people if len(name.split()) > 1 and name.split()[0] == word}


def _runs(resolver: SpeakerResolver) -> set[str]:
    """Every personal name of two or three words the article writes, a sentence's
    first word included (which the shared index leaves out when untagged)."""
    cached = getattr(resolver, "_link_runs", None)
    if cached is None:
        cached = _name_runs(resolver.doc)
        resolver._link_runs = cached
    return cached


def _name_runs(doc: Doc) -> set[str]:
    out: set[str] = set()
    run: list[str] = []

    def close() -> None:
        while run and run[-1].lower() in SURNAME_PARTICLES:
            run.pop()
        names = run[max((k for k, w in enumerate(run) if w.lower().rstrip(".") in ROLE_WORDS), default=-1) + 1 :]
        if 2 <= len(names) <= 3:
            out.add(" ".join(names))
        run.clear()

    for word in glued_words(doc):
        text = "".join(t.text_with_ws for t in word).strip()
        ok = (
            (name_word(text) or (bool(run) and text.lower() in SURNAME_PARTICLES))
            and (word[-1].pos_ == "PROPN" or text.lower() in SURNAME_PARTICLES)
            and not any(
                t.ent_type_ in _NOT_NAME_ENTS or t.lower_ in ORG_WORDS or t.lower_ in lx.PERSON_NOUNS for t in word
            )
        )
        if ok and not (run and word[0].is_sent_start):
            run.append(text)
            continue
        close()
        if ok:
            run.append(text)
    close()
    return out
