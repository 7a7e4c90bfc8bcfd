"""Who is speaking: turn the noun phrase or pronoun that a cue verb names into
the fullest name the article gives, with nearest-compatible-antecedent
coreference of our own (no coreference model: it would be a second pass).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .names import (
    POSSESSIVE,
    ROLE_WORDS,
    business_name,
    clean_name,
    dateline_chars,
    drop_roles,
    glued_text,
    inner_surname_of,
    name_after_role_of,
    name_index,
    name_spans,
    name_word,
    named_after_body,
    not_a_person,
    person_after_role,
    surnames_of,
)
from .names import extend_name as _extend_name
from .orgs import (
    TRADE_NOUNS,
    appositive_org,
    definite_org,
    described_trade,
    fuller_org,
    joined_lists,
    org_cut_short,
    org_key,
)
from .roles import in_headline, role_candidates, role_holder
from .speaker_links import linked_speaker

_ORG_ENTS = {"ORG", "GPE", "NORP"}
# A local authority named by its kind and place: "the City of Kamloops", "the Town of Cobourg"
_MUNICIPAL = {"city", "town", "county", "borough", "municipality", "district", "township", "village"}
_MUNICIPAL_NAME = re.compile(r"\b(City|Town|County|Borough|Municipality|District|Township|Village) (of (?:[A-Z][\w'’-]*)"
                             r"(?: [A-Z][\w'’-]*){0,2})")
_COURTESY = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "lady", "lord", "dame", "prof", "prof."}


# What speaks for the person who owns it: "Fortier's office said"
_OWN_STAFF = {"office", "ministry", "department"}


@dataclass
class Mention:
    """Something a later pronoun or short name may refer to."""

    start: int  # character offset
    name: str
    kind: str  # person / organization / anonymous / other
    gender: str = ""  # "m", "f" or unknown
    plural: bool = False
    speaker: bool = False
    place: bool = False  # a country or city: never "the company"
    someone: bool = False  # one person described, not named: "A driver at the depot, who asked not to be named"


@dataclass
class Speaker:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


class SpeakerResolver:
    """Per-document state: the people and organisations seen so far."""

    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.doc = doc
        # doc.ents builds new Spans on every access; a dateline's place is no one's name
        datelines = dateline_chars(doc.text)
        self.ents = joined_lists(tuple(e for e in doc.ents if not any(s <= e.start_char < t for s, t in datelines)))
        self.quotes = quote_spans
        self.people: list[tuple[int, str, Span]] = []  # (start, clean name, entity)
        self.mentions: list[Mention] = []
        self.gender: dict[str, str] = {}
        # Filled once the people are known; they keep long articles linear (a lookup per
        # name instead of a scan of every person for every attribution).
        self._by_surname: dict[str, list[str]] = {}
        self._full_names: dict[str, str] = {}
        self._names: dict[str, set[str]] | None = None
        self._name_spans: list[tuple[int, str]] | None = None
        self._candidates: list[tuple[int, str, Span]] | None = None
        self._person_forms: dict[str, list[str]] | None = None
        self._org_forms: dict[str, list[str]] | None = None
        # Quote starts in order, with the furthest end reached so far: "is i inside a
        # quote?" becomes one bisection, nested or overlapping quotes included.
        ordered = sorted(quote_spans)
        self._quote_starts = [start for start, _ in ordered]
        self._quote_reach = list(accumulate((end for _, end in ordered), max))
        self._index(doc)

    # -- the document's names ------------------------------------------------
    def _in_quote(self, i: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, i) - 1
        return k >= 0 and self._quote_reach[k] > i

    def _index(self, doc: Doc) -> None:
        # "Nova Scotia's waitlist": a name the article tags a place at least as often
        # as a person is the place
        labels = Counter((clean_name(e.text), e.label_ in ("GPE", "LOC")) for e in self.ents
                         if e.label_ in ("PERSON", "GPE", "LOC"))
        places = {name for (name, place), n in labels.items() if place and n >= labels[(name, False)]}
        self.ents = tuple(Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and (
            business_name(e) or named_after_body(e)) else e for e in self.ents)
        self.ents = tuple(e for e in self.ents if e.label_ != "PERSON" or (clean_name(e.text) not in places
                                                                           and not not_a_person(e)))
        for ent in self.ents:
            behind_role = person_after_role(ent) if ent.label_ in _ORG_ENTS else None
            if ent.label_ == "PERSON" and _described_as_a_body(ent.root):
                continue
            if ent.label_ == "PERSON" or behind_role is not None:
                ent = _extend_name(ent) if behind_role is None else behind_role
                name = drop_roles(clean_name(ent.text))
                if not name or not any(ch.isalpha() for ch in name):
                    continue
                if name.split()[-1].lower().rstrip(".") in ROLE_WORDS or f"{name.lower().rstrip('.')}." in lx.TITLES:
                    continue  # "Port Ellis Mayor", "Eng.", tagged a person: a role or a title, the name follows it
                self.people.append((ent.start_char, name, ent))
        for _, name, _ in self.people:
            for surname in surnames_of(name):
                self._by_surname.setdefault(surname, []).append(name)
        for _, name, ent in self.people:
            g = self._title_gender(ent)
            if g:
                self.gender.setdefault(self.full_name(name), g)
        for ent in self.ents:
            if self._in_quote(ent.start_char):
                continue
            known = self._known_person(ent.root) if ent.label_ != "PERSON" else ""
            behind_role = person_after_role(ent) if ent.label_ in _ORG_ENTS else None
            known = known or (self.full_name(clean_name(behind_role.text)) if behind_role is not None else "")
            if ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue  # "the Hollins ward", "the Parry report": a name that only qualifies a thing
            if (ent.label_ == "PERSON" and not _described_as_a_body(ent.root)) or known:
                name = known or self.full_name(clean_name(_extend_name(ent).text))
                self.mentions.append(Mention(ent.start_char, name, "person", self.gender.get(name, "")))
            elif ent.label_ in _ORG_ENTS and ent.root.dep_ in ("nsubj", "nsubjpass"):
                plural = ent.label_ == "NORP" or ent.root.tag_ in ("NNS", "NNPS")
                self.mentions.append(Mention(ent.start_char, clean_name(ent.text), "organization", plural=plural,
                                             place=ent.label_ == "GPE"))
        for tok in doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.lower_ in lx.ORG_NOUNS \
                    and not tok.ent_type_ and not self._in_quote(tok.idx):
                self.mentions.append(Mention(tok.left_edge.idx, self._np_text(tok), "organization",
                                             plural=tok.tag_ == "NNS"))
            elif tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") \
                    and any(c.dep_ == "appos" and (c.lower_ in TRADE_NOUNS or c.lower_ in lx.ORG_NOUNS)
                            for c in tok.children) and not self._in_quote(tok.idx):
                # "Karoo Mills, the clothing chain, will close ...": a business, whatever the tagger said
                self.mentions.append(Mention(tok.left_edge.idx, clean_name(self._np_text(tok)), "organization"))
        self.mentions.sort(key=lambda m: m.start)

    def _title_gender(self, ent: Span) -> str:
        doc = self.doc
        words = [t.lower_ for t in doc[max(0, ent.start - 1):ent.end]]
        if any(w.rstrip(".") in {t.rstrip(".") for t in lx.TITLES_FEMALE} for w in words):
            return "f"
        if any(w.rstrip(".") in {t.rstrip(".") for t in lx.TITLES_MALE} for w in words):
            return "m"
        return ""

    def full_name(self, name: str) -> str:
        """"Hamad", "Mr Johnson" -> the longest person name ending with that surname."""
        if name not in self._full_names:
            self._full_names[name] = self._longest_with_surname(drop_roles(name))
        return self._full_names[name]

    def _longest_with_surname(self, name: str) -> str:
        words = name.split()
        if not words:
            return name
        best = name
        for other in self._by_surname.get(words[-1], ()):
            ow = other.split()
            if len(ow) > len(best.split()) and (ow[-len(words):] == words or len(words) == 1):
                best = other
        if len(words) == 1 and best != name and len({o for o in self._by_surname.get(words[-1], ())
                                                     if len(o.split()) > 1}) > 1:
            return name  # "Anna Berg" and "Lena Berg": "Berg" is never guessed between them
        if len(best.split()) == 1:
            # (unlabelled_full_name, asked first, reads the name runs into self._names)
            best = self.unlabelled_full_name(best) or inner_surname_of(best, self.people, self._names) \
                or self._given_name_of(best) or best
        return best

    def _given_name_of(self, word: str) -> str:
        """ "says Rahimah" after "Datuk Seri Rahimah Osman": a name that is the first of one person's
        full name, and no one's surname (never a guess between two)."""
        found = {name for _, name, _ in self.people if len(name.split()) > 1 and name.split()[0] == word}
        if len(found) != 1 or word in self._by_surname or any(
                e.text == word and e.label_ in ("GPE", "LOC", "NORP") for e in self.doc.ents):
            return ""  # (nor a place: "Alberta" is no first name of "Alberta Wildfire", tagged a person)
        return next(iter(found))

    def _known_person(self, head: Token) -> str:
        """A proper noun phrase that is the surname of one person the article named
        in full, whatever the NER model took it for."""
        if head.pos_ != "PROPN":
            return ""
        word = glued_text(head)
        phrase = clean_name(self._np_text(head))
        if phrase != word and phrase not in re.split(r"[-‐'’]", word):  # a piece: the parser cut the word
            # "Garza Villarreal said" after "Arturo Garza Villarreal": a surname of two words
            pieces = phrase.split()
            full = self.full_name(phrase) if 2 <= len(pieces) <= 3 and all(map(name_word, pieces)) else ""
            if full and full == phrase and (phrase in self._by_surname.get(pieces[-1], ()) or any(
                    name == phrase for _, name in self.spoken_people())):
                return full  # "Kwame Osei said", tagged a work of art, after "Kwame Osei" tagged a person
            return full if len(full.split()) > len(pieces) and full.split()[-len(pieces):] == pieces else ""
        full = self.full_name(word)
        return full if full != word and full.split()[-1] == word else ""

    def spoken_people(self) -> list[tuple[int, str]]:
        """(start, name) of every person resolved as a speaker so far, in the text's order."""
        return [(m.start, m.name) for m in self.mentions if m.kind == "person" and m.speaker]

    def unlabelled_full_name(self, surname: str) -> str:
        """The one full name ending in ``surname`` that the NER model did not tag
        ("Goalkeeper Tomas Reyes"); never a guess between two."""
        if self._names is None:
            self._names = name_index(self.doc)
        found = self._names.get(surname, set())
        return next(iter(found)) if len(found) == 1 else ""

    def aliases(self, name: str, kind: str) -> list[str]:
        if kind == "person":
            return [f for f in self._forms_of_people().get(name, []) if f != name]
        return [f for f in self._forms_of_orgs().get(org_key(name), []) if f != name]

    def _forms_of_orgs(self) -> dict[str, list[str]]:
        """Every way the article writes each organisation ("TimeWarner", "Time Warner")."""
        if self._org_forms is None:
            self._org_forms = {}
            for ent in self.ents:
                if ent.label_ in _ORG_ENTS:
                    form = clean_name(ent.text)
                    forms = self._org_forms.setdefault(org_key(form), [])
                    if form not in forms:
                        forms.append(form)
        return self._org_forms

    def _forms_of_people(self) -> dict[str, list[str]]:
        """Every way the article writes each person, by full name, in order of appearance."""
        if self._person_forms is None:
            self._person_forms = {}
            for _, other, ent in self.people:
                forms = self._person_forms.setdefault(self.full_name(other), [])
                candidates = [other, POSSESSIVE.sub("", " ".join(ent.text.split()))]
                prev = ent.doc[ent.start - 1] if ent.start > 0 else None
                if prev is not None and prev.lower_ in _COURTESY and len(other.split()) == 1:
                    candidates.append(f"{prev.text} {other}")
                forms.extend(f for f in candidates if f not in forms)
        return self._person_forms

    # -- resolving ------------------------------------------------------------
    def resolve(self, head: Token) -> Speaker:
        """The speaker named by the noun phrase headed by ``head``."""
        sp = linked_speaker(self, head, self._resolve(head))
        if sp.kind == "person" and sp.name:
            sp = replace(sp, name=self._namesake(head, sp.name))
        for c in head.children:
            if c.dep_ in ("appos", "relcl", "acl", "prep") and c.i > head.i and sp.kind == "person" \
                    and not (c.dep_ in ("acl", "prep") and sp.name.split()[-1] in {t.text for t in c.subtree}):
                # "Ana Ruiz, head of research at Brill Partners, said", "The member representing
                # Dala ..., Hon. Ibrahim Yakasai, said": names that describe the speaker are not
                # whom a later "he" or "she" means (but "councillor for housing Azman Harun" is he)
                self.forget_inside(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        if sp.kind == "person" and sp.name:
            g = self._np_gender(head)
            if g:
                self.gender.setdefault(sp.name, g)
        someone = sp.kind != "person" and head.tag_ == "NN" and sp.name.split(" ", 1)[0].lower() in ("a", "an") \
            and (head.lower_ in lx.PERSON_NOUNS or any(_who_clause(c) for c in head.children))
        gender = self.gender.get(sp.name, "") or (self._np_gender(head) if someone else "")
        bisect.insort(self.mentions, Mention(head.idx, sp.name, sp.kind, gender,
                                             plural=head.tag_ in ("NNS", "NNPS"), speaker=True, someone=someone),
                      key=lambda m: m.start)
        sp.aliases = self.aliases(sp.name, sp.kind)
        return sp

    def _resolve(self, head: Token) -> Speaker:
        low = head.lower_
        # "Jacob Rees-Mogg, who has said ...", "the Institute, which warned ...":
        # a relative pronoun stands for the noun its clause hangs on
        if low in lx.RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.i:
            return self._resolve(head.head.head)
        if head.pos_ == "PRON" or low in lx.SPEAKER_PRONOUNS:
            return self._pronoun(head)
        if f"{low.rstrip('.')}." in lx.TITLES and head.i + 2 < len(self.doc):
            # "said Eng. Hessa Al Mazrouei": the parser made the title the subject, the name follows it
            after = self.doc[head.i + 2] if self.doc[head.i + 1].text == "." else self.doc[head.i + 1]
            ent = self._entity_at(after)
            if ent is not None and ent.label_ == "PERSON" and ent.start == after.i:
                return Speaker(self.full_name(clean_name(_extend_name(ent).text)), "person")
        # ("Her office said" too; "his department" stays the department, as annotators mostly name it)
        holder = next((c for c in head.children if c.dep_ == "poss" and (
            c.pos_ == "PROPN" or (c.lower_ in ("his", "her") and low == "office"))), None) if low in _OWN_STAFF else None
        if holder is not None and head.is_title and holder.lower_ in ROLE_WORDS:
            holder = None  # "The Crook County Sheriff's Office": an institution's name, not a person's office
        if holder is not None:
            # "Fortier's office said", "Abernethy's ministry said": the person whose office speaks
            owner = self._resolve(holder)
            if owner.kind == "person" and len(owner.name.split()) > 1:
                return owner
        if low == "honour":
            judge = self._role_holder(head)  # "Her Honour said", tagged a person
            if judge:
                return Speaker(self.full_name(judge), "person")
        if head.pos_ == "PROPN" and _described_as_a_body(head):
            # "Kaiwhenua, the water regulator, said", whatever the tagger made of the name
            return Speaker(clean_name(self._np_text(head)), "organization")
        # a person named anywhere in the phrase (also in an apposition:
        # "The Shadow Secretary ..., Olivia Grant, said")
        person = self._appositive_person(head)
        if person is None:
            person = self._entity_in(head, {"PERSON"})
            if person is not None and all(t.lower_.rstrip(".") in ROLE_WORDS for t in person):
                person = None  # "Treasurer" tagged a person: a role, not a name
            if person is not None and len(person) == 1 and person[0].dep_ == "compound" and person[0].head.i == head.i \
                    and described_trade(head):
                person = None  # "the Glasgow club", the place tagged a person: a body described by where it is
        if person is not None:
            return Speaker(self.full_name(clean_name(_extend_name(person).text)), "person")
        known = self._known_person(head)
        if known:
            return Speaker(known, "person")  # "Okafor-Lind said", tagged a place
        first = self.doc[head.left_edge.i] if head.left_edge.i < head.i else None
        if head.pos_ == "PROPN" and first is not None and first.lower_ in _COURTESY:
            # "Mr Barclay, 52, insisted": a courtesy title makes a person
            return Speaker(self.full_name(clean_name(self._np_text(head))), "person")
        title = self.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
        if head.pos_ == "PROPN" and title is not None and title.lower_ in lx.TITLES and title.text[0].isupper() \
                and 2 <= len(clean_name(self._np_text(head)).split()) <= 3 \
                and all(map(name_word, clean_name(self._np_text(head)).split())):
            # "administrator Atty. Celeste Ruiz said", the title left outside the name by the parser
            return Speaker(self.full_name(clean_name(self._np_text(head))), "person")
        if name_word(head.text) and head.ent_type_ != "PERSON" and (head.pos_ == "PROPN" or not head.is_sent_start) \
                and len(self._np_text(head).split()) == 1:
            full = self.unlabelled_full_name(clean_name(glued_text(head)))
            if full:
                return Speaker(self.full_name(full), "person")  # "Reyes said", tagged ORG
        named = self._appositive_name(head) or name_after_role_of(head) or self._role_holder(head)
        if named:
            return Speaker(self.full_name(named), "person")
        if head.pos_ == "NOUN":
            # "Pilbara Ridge's largest shareholder, fund manager Saltbush Capital, said": the body it names
            named_body = next((ent for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                               and self.doc[c.left_edge.i - 1].text == ","
                               for ent in [self._entity_at(c)] if ent is not None and ent.label_ == "ORG"), None)
            if named_body is not None:
                return Speaker(clean_name(named_body.text), "organization")
        if head.pos_ == "PROPN" and self._person_appos(head) and len(self._np_text(head).split()) <= 3:
            # "Rosalind, a retired nurse, said"
            return Speaker(self.full_name(clean_name(self._np_text(head))), "person")
        if head.ent_type_ in _ORG_ENTS and re.fullmatch(r"[A-Z]{2,4}s", head.text):
            # "opposition MLAs said", "Labour MPs": members, described, not a body named
            return Speaker(self._np_text(head), "anonymous")
        ent = self._entity_at(head) if head.ent_type_ in _ORG_ENTS else None
        if head.ent_type_ in _ORG_ENTS and not _word_for_a_body(head, ent):
            behind_role = person_after_role(ent) if ent is not None else None
            if behind_role is not None:
                return Speaker(self.full_name(clean_name(behind_role.text)), "person")
            if ent is not None and len(clean_name(ent.text).split()) == 1 and (
                    given := self._given_name_of(clean_name(ent.text))):
                return Speaker(given, "person")  # "..., says Rahimah", tagged a body
            phrase = self._np_text(head)
            name = clean_name(ent.text, titles=ent.label_ != "ORG") if ent is not None else phrase
            if ent is not None and ent.label_ == "GPE":
                name = _agency_of(ent) or name
            if ent is not None and ent.label_ == "ORG":
                name = self._fuller_org(org_cut_short(ent, self.ents), ent.start_char)
            extra = self._conj_names(head)
            if extra:
                name = " and ".join([name, *extra])
            return Speaker(name, "organization")
        phrase = self._np_text(head)
        if low in _MUNICIPAL and phrase.lower() == f"the {low}":
            # "the City of Kamloops ... In a statement, the city said": the one such body named before
            named = {" ".join(m.group(1, 2)) for m in _MUNICIPAL_NAME.finditer(self.doc.text, 0, head.idx)
                     if m.group(1).lower() == low}
            if len(named) == 1:
                return Speaker(named.pop(), "organization")
        if head.pos_ == "NOUN" and (low in lx.ORG_NOUNS or low in TRADE_NOUNS):
            named_org = self._appositive_org(head)
            if named_org:
                return Speaker(named_org, "organization")
        if low in lx.ORG_NOUNS or low in TRADE_NOUNS or (head.pos_ == "PROPN" and head.is_title):
            resolved = self._definite_org(head, phrase)
            if resolved:
                return Speaker(resolved, "organization")
            name = clean_name(phrase) or phrase
            article = phrase.split(" ", 1)[0].lower()
            if (head.pos_ == "NOUN" or head.text in lx.CO_OP_WORDS) and article in ("the", "a", "an") \
                    and not name.lower().startswith(f"{article} "):
                name = f"{article} {name}"  # "the report", "a report tabled at ...": a description keeps its article
            name = self._headline_source(head, name)
            if article == "the" and low in lx.SOURCE_NOUNS:
                # "according to a report tabled on Monday ... The report says": the source introduced before
                name = next((m.name for m in reversed(self.mentions) if m.start < head.idx and m.name.lower().split(" ")[0]
                             in ("a", "an") and low in m.name.lower().split()), name)
            return Speaker(name, "organization")
        if low in lx.ANONYMOUS_NOUNS:
            name = self._headline_source(head, self._with_defining_clause(head, phrase))
            if name.lower() == f"the {low}":
                # "A senior council official, who asked not to be named, said ... "...," the official said":
                # the source described before
                name = next((m.name for m in reversed(self.mentions) if m.start < head.idx and m.kind == "anonymous"
                             and m.name.lower().split(" ")[0] in ("a", "an") and low in m.name.lower().split()), name)
            return Speaker(name, "anonymous")
        org = self._entity_in(head, _ORG_ENTS)
        if org is not None and head.pos_ == "PROPN":
            return Speaker(clean_name(org.text), "organization")
        if head.pos_ != "PROPN":
            return Speaker(self._headline_source(head, self._with_defining_clause(head, phrase)), "other")
        if given := self._given_name_of(phrase):
            return Speaker(given, "person")  # "..., says Rahimah": the one person the article names so
        return Speaker(phrase, "organization")

    def _namesake(self, head: Token, name: str) -> str:
        """A bare or titled surname where the article names two people with it: the only
        one named before it ("Osei told ..." before the second Osei appears), or the only
        one of those the title fits ("Ms Oduor" once "Mr Oduor" was the first). The name
        as resolved when the article names one such person; the bare surname when it
        cannot tell. Never a guess."""
        word = glued_text(head)
        if head.pos_ != "PROPN" or clean_name(self._np_text(head)) != word or name.split()[-1] != word:
            return name
        if self._name_spans is None:
            self._name_spans = [(span.start_char, text) for span, text in name_spans(self.doc)]
        named: dict[str, int] = {}
        ends: set[tuple[str, str]] = set()
        for start, other in sorted([(p[0], p[1]) for p in self.people] + self._name_spans + self.spoken_people()):
            words = other.split()
            # ("Loretta E. Lynch" is "Loretta Lynch"; a name in a quote is no one the article names)
            if len(words) > 1 and word in surnames_of(other) and (words[0], words[-1]) not in ends \
                    and not self._in_quote(start):
                ends.add((words[0], words[-1]))
                named.setdefault(self.full_name(other), start)
        # "Housing Declan Murphy", a run of capitals after "Minister for", is "Declan Murphy"
        named = {other: start for other, start in named.items()
                 if not any(len(b) < len(other) and other.endswith(f" {b}") for b in named)}
        if len(named) < 2:
            return name
        before = [other for other, start in named.items() if start < head.idx]
        wanted = self._np_gender(head)
        if wanted and len(before) > 1:
            before = [other for other in before if self._titled_as(word, other, named) in ("", wanted)]
        return before[0] if len(before) == 1 else word

    def _titled_as(self, word: str, person: str, named: dict[str, int]) -> str:
        """"m" or "f" when a courtesy title put before ``word`` could only mean ``person``
        (the one of its namesakes named before that title), else ""."""
        for tok in self.doc:
            if glued_text(tok) != word or tok.i == 0 or tok.idx <= named[person]:
                continue
            title = self.doc[tok.i - 1].lower_
            if title in lx.TITLES_MALE | lx.TITLES_FEMALE and \
                    [other for other, start in named.items() if start < tok.idx] == [person]:
                return "f" if title in lx.TITLES_FEMALE else "m"
        return ""

    def _headline_source(self, head: Token, name: str) -> str:
        """ "..., data shows" over a body that says "Environment Agency data shows": the headline's
        bare source is the one the body names in full."""
        low = head.lower_
        if low not in lx.SOURCE_NOUNS or name.lower() != low or not in_headline(head):
            return name
        body = next((t for t in self.doc if t.lower_ == low and not in_headline(t)
                     and any(c.dep_ == "compound" and c.i < t.i for c in t.children)), None)
        return self._np_text(body) if body is not None else name

    def _with_defining_clause(self, head: Token, phrase: str) -> str:
        """ "A councillor who voted with the majority said": an unnamed source keeps the clause that
        picks it out (not one set off by commas, which only tells more about it)."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return phrase
        rel = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i and c.left_edge.lower_ in ("who", "that")
                    and self.doc[c.left_edge.i - 1].text != ","), None)
        if rel is None:
            return phrase
        last = rel.right_edge
        while last.i > rel.i and last.is_punct:
            last = self.doc[last.i - 1]
        tail = self.doc[rel.left_edge.i:last.i + 1].text
        return phrase if phrase.endswith(tail) else f"{phrase} {tail}"

    def _appositive_person(self, head: Token) -> Span | None:
        """"Labour's Brexit spokesman, Keir Starmer, said", "The provincial transport
        MEC, Ana Ruiz, said", "The Member for Eastvale, Ana Ruiz, said": the person in
        apposition to a description (a common noun, a role, a phrase opened by "the"
        or a possessor) wins over the word in front, whatever the tagger took that
        for, and over a place the description names."""
        described = head.pos_ == "NOUN" or head.lower_ in ROLE_WORDS or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in head.children)
        if not described:
            return None
        # ("Outside court, Mr Grant's wife, Lena Price, said": the parser hangs the name on a description
        # that is itself in apposition to the words in front)
        nested = [g for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" for g in c.children]
        for c in [*head.children, *self._closing_appos(head), *nested]:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > head.i:
                ent = self._entity_at(c)
                if ent is not None and ent.label_ == "PERSON":
                    return ent
            if c.dep_ == "appos" and c.text.isupper() and c.lower_ in lx.SENIOR_COUNSEL and c.i > head.i:
                # "Counsel for the insurer, Aoife Breslin SC, said": a barrister's letters, which the
                # tagger reads as a body's name
                name = self.doc[c.left_edge.i:c.i]
                if 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and name_word(t.text) for t in name):
                    return name
        return None

    def _closing_appos(self, head: Token) -> list[Token]:
        """"the commissioner for transport, Ada Obi,": the name that closes the phrase,
        hung by the parser on the last noun of its prepositional phrase."""
        last = head.right_edge
        while last.i > head.i and last.is_punct:
            last = self.doc[last.i - 1]
        return [t for c in head.children if c.dep_ == "prep" and c.i > head.i for t in c.subtree
                if t.dep_ == "appos" and t.right_edge.i == last.i]

    def _appositive_name(self, head: Token) -> str:
        """"The Shadow Secretary of State for Transport, Olivia Grant, said":
        a proper name in apposition to a role noun is a person even when the
        small NER model misses it."""
        if head.pos_ == "PROPN" and head.ent_type_ in _ORG_ENTS:
            return ""
        for c in [*head.children, *self._closing_appos(head)]:
            # "The team doctor, Ines Varga, ...": a person noun vouches for the name
            # even when the NER model took it for an organisation
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (c.ent_type_ not in _ORG_ENTS or head.lower_ in ROLE_WORDS):
                words = [t for t in c.subtree if t.i <= c.i and t.lower_ not in _COURTESY]  # not "Ms"
                text = self.doc[words[0].i:c.i + 1].text if words else ""
                if 2 <= len(text.split()) <= 3 and all(name_word(w) for w in text.split()):
                    return text  # "Rhodri Vaughan-Lewis": a hyphen is inside a name word
        return ""

    def _role_holder(self, head: Token) -> str:
        """"The minister said": the one person named in that role."""
        if self._candidates is None:
            self._candidates = role_candidates(self.doc, self.people, self._in_quote)
        return role_holder(head, self._candidates, self.people, self.full_name)

    def _person_appos(self, head: Token) -> bool:
        """"Rosalind, a retired nurse, said", "Dana Okoro, who runs the bakery, said"."""
        return any((c.dep_ == "appos" and (c.lower_ in lx.PERSON_NOUNS or c.lower_ in ("chair", "chairperson")
                                           or c.lower_.endswith(("ist", "ician"))
                                           or any(_who_clause(w) for w in c.children)))
                   or _who_clause(c) for c in head.children)

    def _conj_names(self, head: Token) -> list[str]:
        out = []
        for c in head.children:
            if c.dep_ == "conj" and c.ent_type_ in _ORG_ENTS | {"PERSON"}:
                ent = self._entity_at(c)
                if ent is not None and not ent.start <= head.i < ent.end:  # "Gas and Light Co" is one name
                    out.append(clean_name(ent.text, titles=ent.label_ != "ORG"))
        return out

    def _inside_org(self, i: int) -> bool:
        """Token ``i`` lies inside, not at the end of, a body's name."""
        return any(e.label_ == "ORG" and e.start < i < e.end - 1 for e in self.ents)

    def _entity_at(self, tok: Token) -> Span | None:
        for ent in self.ents:
            if ent.start <= tok.i < ent.end:
                return ent
        return None

    def _entity_in(self, head: Token, labels: set[str]) -> Span | None:
        """The first entity of those labels in the head's phrase, stopping at
        relative clauses (their names are not the speaker)."""
        toks = [head]
        stack = list(head.children)
        while stack:
            t = stack.pop()
            if t.dep_ in ("relcl", "acl", "prep") and t.head.i == head.i and labels == {"PERSON"} and t.dep_ != "prep":
                continue
            if labels == {"PERSON"} and head.pos_ == "NOUN" and t.head.i == head.i and (t.dep_ in ("poss", "prep") or (
                    t.dep_ == "compound" and t.i < head.i and head.lower_ in lx.ANONYMOUS_NOUNS)):
                # "Trump's aides", "aides to Mr Schumer", "Mr Reeve's lawyer", "a Garda source": the
                # person named there is not the one speaking
                continue
            if t.dep_ == "relcl" or (t.dep_ == "appos" and t.head.i == head.i and head.pos_ == "PROPN"):
                continue  # "Ana Ruiz, head of research at Brill Partners,": the name is the head's
            toks.append(t)
            stack.extend(t.children)
        toks.sort(key=lambda t: t.i)
        # "Port Ellis Mayor Dana Whitlock said": the name the phrase is headed by is
        # the speaker, not a place or body in front of the role that was tagged the same
        if head.ent_type_ in labels:
            toks.sort(key=lambda t: t.i != head.i)
        for t in toks:
            if t.ent_type_ in labels:
                ent = self._entity_at(t)
                if ent is not None and ent.label_ in labels:
                    # "a spokeswoman for Hanover Re" names an organisation but
                    # speaks as herself: only take ORG entities at the head.
                    if labels != {"PERSON"} and head.i not in range(ent.start, ent.end) and head.pos_ == "NOUN":
                        continue
                    return ent
        return None

    def _np_text(self, head: Token) -> str:
        """The phrase up to its first comma (appositions and relative clauses
        follow one), without leading conjunctions."""
        doc = self.doc
        start, end = head.left_edge.i, head.right_edge.i + 1
        for c in head.children:
            if c.i > head.i and (c.dep_ == "relcl" or (c.dep_ == "acl" and c.lower_ in lx.ALL_CUES)):
                # "residents who fear ...", "analysts saying ...": the clause is not the name
                end = min(end, c.left_edge.i)
        for i in range(head.i + 1, end):
            if doc[i].text == "," and self._inside_org(i):
                continue  # "a spokesperson for the Ministry of Housing, Communities and Local Government"
            if doc[i].text in (",", "(", "—", "–", ";", ":") or doc[i].dep_ == "relcl" or "\n" in doc[i].text:
                end = i
                break
        for i in range(head.i - 1, start - 1, -1):
            if doc[i].text in (",", "(", "—", "–", '"', "“", "”"):
                start = i + 1
                break
        while start < head.i and (doc[start].pos_ in ("CCONJ", "PUNCT") or (doc[start].pos_ == "ADV" and doc[start].dep_ != "compound")):
            start += 1  # (a name the tagger took for an adverb stays: "SPFL figures show")
        return doc[start:end].text.strip(" ,;:\"“”")

    def _np_gender(self, head: Token) -> str:
        # not from a possessor, a prepositional phrase or a relative clause ("Mr Reeve's
        # lawyer, Sarah ...", "Ana Ruiz, who runs a shop on King Street,"), nor from a
        # title that is part of a place's or a body's name
        skip = {t.i for c in head.children if c.dep_ in ("prep", "relcl", "acl") for t in c.subtree}
        # (nor from a possessor at any depth: "Outside court, Mr Fenwick's partner, Kylie Brosnan, said", the
        # parser taking "court" for the subject)
        skip |= {t.i for c in head.subtree if c.dep_ == "poss" and c.i != head.i for t in c.subtree}
        # ("Ms Oduor argued", tagged a body: a title right before the name is the person's whatever the tag)
        words = {t.lower_.rstrip(".") for t in head.subtree if t.i not in skip
                 and (t.ent_type_ in ("", "PERSON") or (t.i == head.i - 1 and t.dep_ == "compound"))}
        if words & lx.FEMALE_NOUNS or words & {t.rstrip(".") for t in lx.TITLES_FEMALE}:
            return "f"
        if words & lx.MALE_NOUNS or words & {t.rstrip(".") for t in lx.TITLES_MALE}:
            return "m"
        return ""

    def _fuller_org(self, name: str, before: int) -> str:
        return fuller_org(name, before, self.ents)

    def _definite_org(self, head: Token, phrase: str) -> str:
        return definite_org(head, phrase, self.mentions, self.ents)

    def _appositive_org(self, head: Token) -> str:
        return appositive_org(head)

    def _pronoun(self, tok: Token) -> Speaker:
        low = {"his": "he", "her": "she"}.get(tok.lower_, tok.lower_)  # ("Her office said": whose office)
        before = [m for m in self.mentions if m.start < tok.idx and m.name]
        if low in ("he", "she"):
            want = "m" if low == "he" else "f"
            for m in reversed(before):
                if m.kind == "person" and self.gender.get(m.name, m.gender) in ("", want):
                    self.gender.setdefault(m.name, want)
                    return Speaker(m.name, "person")
                if m.someone and m.gender in ("", want):
                    # "A driver at the depot, who did not want to be named, told the BBC ... 'We love the
                    # job,' he said": the one described since anyone was named
                    return Speaker(m.name, m.kind)
            # no one the NER model tagged: the last full name it missed ("a spokeswoman for
            # the prosecutors, Lieke van Doorn, said. She said ...")
            if self._candidates is None:
                self._candidates = role_candidates(self.doc, self.people, self._in_quote)
            tagged = {start for start, _, _ in self.people}
            missed = [self.full_name(name) for start, name, span in self._candidates
                      if start < tok.idx and start not in tagged and span.root.dep_ in ("nsubj", "nsubjpass", "appos")]
            if missed and self.gender.get(missed[-1], "") in ("", want):
                return Speaker(missed[-1], "person")
            return Speaker(tok.text, "person")
        if low == "it":
            for m in reversed(before):
                if m.kind == "organization" and not m.plural:
                    return Speaker(m.name, "organization")
            for m in reversed(before):
                if m.kind == "organization":
                    return Speaker(m.name, "organization")
            return Speaker(tok.text, "other")
        if low == "they":
            for m in reversed(before):
                if m.kind in ("organization", "anonymous") and (m.plural or m.kind == "organization"):
                    return Speaker(m.name, m.kind)
            return Speaker(tok.text, "anonymous")
        # "I", "we": the last speaker
        for m in reversed(before):
            if m.speaker:
                return Speaker(m.name, m.kind)
        return Speaker(tok.text, "other")

    def forget_inside(self, start: int, end: int) -> None:
        """Names inside reported content are not antecedents of later pronouns
        ("The committee said the Audit Office should ... It blamed ...")."""
        self.mentions = [m for m in self.mentions if m.speaker or not (start <= m.start < end)]


def _word_for_a_body(head: Token, ent: Span | None) -> bool:
    """ "the miller said", "the lender said": a word for a body, not its name, whatever the model tagged
    (``ent``, the entity it stands in)."""
    return ent is not None and ent.text.islower() and head.lower_ in lx.ORG_NOUNS | TRADE_NOUNS


def _described_as_a_body(name: Token) -> bool:
    """A name with an apposition that calls it a body: "Kaiwhenua, the water regulator,"."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lower_ in lx.ORG_NOUNS or c.lower_ in TRADE_NOUNS)
               and any(d.dep_ == "det" for d in c.children) for c in name.children)


def _who_clause(tok: Token) -> bool:
    """A relative clause opened by "who": what it hangs on is a person ("a physiotherapist who asked ...")."""
    return tok.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in tok.children)


def _agency_of(ent: Span) -> str:
    """"Fisheries New Zealand said", "Tourism Australia": a capitalised noun compounded with the country's
    name, with nothing before it that is part of the phrase, names a body of that country."""
    doc = ent.doc
    if ent.start == 0:
        return ""
    word = doc[ent.start - 1]
    before = doc[word.i - 1] if word.i > 0 else None
    if not (word.is_title and word.pos_ in ("NOUN", "PROPN") and word.dep_ == "compound" and ent.start <= word.head.i < ent.end):
        return ""
    if word.ent_type_ or word.lower_.rstrip(".") in lx.TITLES or word.lower_ in ROLE_WORDS or word.lower_ in lx.PERSON_NOUNS:
        return ""
    if before is not None and (before.is_title or before.dep_ in ("compound", "amod", "poss")) and not word.is_sent_start:
        return ""
    return f"{word.text} {clean_name(ent.text)}"
