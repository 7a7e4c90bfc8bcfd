"""Reported speech, beliefs and intentions from the dependency parse: cue verbs,
adjectives ("are confident that"), cue nouns ("the claim that") and "according
to", each with its content and speaker."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .clauses import (
    DIRECTIVE_CUES,
    addressee_before_infinitive,
    as_cue_content,
    complement_clause,
    infinitive_with_subject,
    parataxis_content,
    parenthetical_front,
    raised_that_clause,
    right_content,
    statement_relative,
    tail_cue,
    that_clause,
    without_adjuncts,
)
from .holders import agentive, ancestor, appositive_owner, holder, pobj_of, speaker_of, subject_before
from .names import ROLE_WORDS
from .pipeline import text_of
from .spans import Attribution, balance_quotes, sentence_end, sentence_start
from .speakers import Speaker, SpeakerResolver

# A source's request to stay unnamed: "(asked) that only her first name be used", "that his surname
# not be published", "that their names be withheld"
_NAME_KEPT_BACK = re.compile(
    r"(?:only\s+)?(?:her|his|their|my)\s+(?:(?:first|last|full|real)\s+|sur)?names?\s+(?:not\s+)?"
    r"(?:be|being)\s+(?:used|withheld|published|printed|given|named|disclosed|revealed)\b",
    re.IGNORECASE,
)


def _that_taken_for_a_determiner(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "wrote that storage space for only 40,000 tonnes was available": "that" parsed as the determiner
    of the cue's object; with a finite verb after that object, the rest of the sentence is what was said
    (not "wrote that report last year")."""
    if verb.i + 2 >= len(doc):
        return None
    that = doc[verb.i + 1]
    noun = that.head
    if that.lower_ != "that" or that.dep_ != "det" or noun.head.i != verb.i or noun.dep_ != "dobj":
        return None
    sent = verb.sent
    finite = next((t for t in doc[noun.i + 1:sent.end] if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")),
                  None)
    if finite is None:
        return None
    end = sent.end - 1
    while end > finite.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[verb.i + 2].idx, doc[end].idx + len(doc[end].text)


def from_cue(doc: Doc, verb: Token, resolver: SpeakerResolver,
              quote_spans: list[tuple[int, int]]) -> Attribution | None:
    text = text_of(doc)
    low = verb.lower_
    if low == "saying" and verb.i >= 2 and doc[verb.i - 1].lower_ == "without" and doc[verb.i - 2].lower_ in (
            "goes", "go", "went", "going"):
        return None  # "it goes without saying that ...": nobody says it
    if any(c.dep_ == "nsubj" and c.lower_ == "that" and statement_relative(c) for c in verb.children):
        return None  # "said in a statement that reported cases had fallen": "reported" is no cue
    ccomp = complement_clause(doc, verb)
    content: tuple[int, int] | None = None
    if ccomp is None and (low in lx.SPEECH_VERBS or low in lx.BELIEF_VERBS):
        ccomp = that_clause(doc, verb)
    base = lx.ALL_CUES.get(low, low)
    if ccomp is not None and base in lx.INTENTION_VERBS and base not in ("hope", "expect", "promise", "vow", "pledge", "threaten") \
            and not infinitive_with_subject(ccomp):
        ccomp = None  # "Council plans parking fee rise": no reported clause
    parenthetical = False
    tail_speaker: Token | None = None
    if ccomp is not None:
        reduced = _reduced_relative_object(doc, verb, ccomp)
        if reduced is not None:
            # "cited remarks the rival had made about her": the object and the
            # relative clause the parser took for a reported one
            content = without_adjuncts(doc, verb, reduced, right_content(doc, verb, reduced))
            content = (content[0], max(content[1], ccomp.right_edge.idx + len(ccomp.right_edge.text)))
        elif ccomp.i > verb.i:
            content = right_content(doc, verb, ccomp)
            rel = next((t for t in doc[verb.i + 1:ccomp.left_edge.i] if t.lower_ == "that" and statement_relative(t)),
                       None)
            if rel is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in ccomp.children):
                content = (doc[rel.i + 1].idx, content[1])  # "said in a statement that reported cases had fallen"
            obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < ccomp.i), None)
            if obj is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in ccomp.children) \
                    and low in lx.BELIEF_VERBS:
                # "believe the final is still realistic": the parser took the subject for an object
                content = (obj.left_edge.idx, content[1])
            front = parenthetical_front(doc, verb, ccomp)
            if front is not None:
                content, parenthetical = (front.idx, content[1]), True
        else:
            # inverted: "..., analysts said."
            left = ccomp.left_edge
            if left.dep_ == "cc" or (left.i > 0 and doc[left.i - 1].dep_ == "cc" and left.i - 2 >= left.sent.start
                                     and doc[left.i - 2].text == ","):
                # "X had told police she did not want it, but the NYPD overruled her, the
                # source added": the parser hung the last of joined clauses on the cue
                first = left.sent[0]
                while first.i < left.i and (first.is_punct or first.is_space):
                    first = doc[first.i + 1]
                left = first
            last = ccomp.right_edge
            for c in verb.children:
                # "The mayor wanted it closed, but the council overruled her, an aide
                # said": every clause the cue closes is what was said
                if c.dep_ == "ccomp" and ccomp.i < c.i < verb.i and not any(
                        t.text in (";", ":") for t in doc[last.i + 1:c.left_edge.i]):
                    last = max(last, c.right_edge, key=lambda t: t.i)
            last = _before_speaker_words(doc, verb, left, last)
            while last.i > left.i and (last.dep_ == "cc" or last.text == ","):
                last = doc[last.i - 1]  # "..., but the council overruled her, an aide said": no dangling "but"
            content = (left.idx, last.idx + len(last.text))
    elif (low in lx.SPEECH_VERBS or low in lx.BELIEF_VERBS) and (raised := raised_that_clause(doc, verb)):
        content = raised
        tail_speaker = subject_before(verb, content[0])
    elif base in DIRECTIVE_CUES and (whom := addressee_before_infinitive(verb)) is not None:
        # "told his aides to find another way": whom and what are the content
        content = right_content(doc, verb, whom)
    elif base in ("show", "find") and (shown := _shown_object(verb)) is not None:
        # "Polls show a close race in the county", "a study found 31 cases of
        # fraud": what a poll, a count or a study shows or finds
        content = without_adjuncts(doc, verb, shown, right_content(doc, verb, shown))
    elif low in lx.OBJECT_CUE_VERBS and (first := _cue_object(doc, verb, base)) is not None:
        content = without_adjuncts(doc, verb, first, right_content(doc, verb, first))
    elif low in lx.OBJECT_CUE_VERBS and low not in lx.SPEECH_VERBS:
        return None  # a verb of saying ("acknowledges", "noted") may still report a clause below
    elif base in lx.INTENTION_VERBS or (base in lx.BELIEF_VERBS.values() and base not in lx.LEARNING_VERBS):
        if base in lx.INTENTION_VERBS and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None  # "the deal is expected to close in May": a forecast nobody is said to hold
        if base in lx.INTENTION_VERBS and any(c.dep_ == "nsubj" and c.lower_ in _MEASURES_ENACTED for c in verb.children):
            return None  # "The budget aims to cut the deficit": what a measure is for, not a source's intention
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        lead = doc[xcomp.left_edge.i] if xcomp is not None else None
        if lead is not None and lead.lower_ == "not" and lead.i + 1 < len(doc) and doc[lead.i + 1].lower_ == "to":
            pass  # "vowed not to raise the levy again"
        elif lead is None or lead.lower_ != "to":
            return None  # "plans to ...", not the headline noun "plans"
        content = right_content(doc, verb, xcomp)
        content = (lead.idx, content[1])
        if re.match(r"to\s+be\s+(?:named|identified|quoted)\b", text[content[0]:content[1]]):
            return None  # "who did not want to be named": why a source goes unnamed, not a claim
    elif verb.dep_ == "parataxis" and (low in lx.SPEECH_VERBS or low in lx.BELIEF_VERBS):
        content = parataxis_content(doc, verb)
        parenthetical = content is not None and content[0] < verb.idx < content[1]
    elif (as_clause := as_cue_content(doc, verb)) is not None:
        content, parenthetical = as_clause
    elif low in lx.SPEECH_VERBS and (tail := tail_cue(doc, verb)) is not None:
        content, tail_speaker = tail
    elif low in lx.SPEECH_VERBS:
        comp = next((c for c in verb.children if c.dep_ in ("advcl", "dep", "conj") and c.i > verb.i
                     and c.pos_ in ("VERB", "AUX") and not any(m.dep_ == "mark" for m in c.children)), None)
        front = parenthetical_front(doc, verb, comp) if comp is not None else None
        subj_of_comp = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < comp.i), None) \
            if comp is not None and comp.dep_ == "advcl" else None
        if front is not None:
            # "Most of the gap, he said at a briefing, disappeared ...", the rest misparsed
            end = comp.right_edge
            content, parenthetical = (front.idx, end.idx + len(end.text)), True
        elif subj_of_comp is not None and not any(c.dep_ in ("ccomp", "neg") or (
                c.dep_ == "dobj" and base not in _ADDRESSEE_CUES) for c in verb.children) \
                and not any(doc[i].is_punct or doc[i].tag_ in ("WRB", "WP", "WDT") or doc[i].lower_ in
                            ("if", "whether") for i in range(verb.i + 1, subj_of_comp.left_edge.i)):
            # "The mayor said after the vote she would not sign ...", "told reporters
            # this morning she would ...": the reported clause taken for an
            # adverbial, the time phrase hung on it
            end = comp.right_edge
            while end.i > comp.i and end.is_punct:
                end = doc[end.i - 1]
            content = (subj_of_comp.left_edge.idx, end.idx + len(end.text))
    if content is None and low in lx.SPEECH_VERBS:
        content = _that_taken_for_a_determiner(doc, verb)
    if content is None:
        return None
    if ccomp is not None and ccomp.i > verb.i:
        # "said that funding had reached $30bn, and that the city would receive $1bn of
        # it": a second that-clause joined to the cue goes on with what was said
        more = next((c for c in verb.children if c.dep_ == "conj" and c.idx >= content[1] and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if more is not None:
            end = more.right_edge
            while end.i > more.i and end.is_punct:
                end = doc[end.i - 1]
            content = (content[0], end.idx + len(end.text))
    if content[1] <= verb.idx and any(c.dep_ == "neg" for c in verb.children):
        return None  # "The port closed, officials would not say why": nobody said the clause
    if content[0] > verb.idx and _withheld(doc, verb, content[0]):
        return None  # "would not say whether the plant will close": a question left open
    s, e = balance_quotes(text, *content)
    if e - s < 3:
        return None
    if _NAME_KEPT_BACK.match(text, s):
        return None  # "who asked that only her first name be used": why a source goes unnamed, not a claim
    if ccomp is not None and ccomp.i > verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.lower_ in lx.RELATIVE_PRONOUNS for c in ccomp.children
    ):
        # "the economy, which polls suggest is the top concern": a relative clause; said by a
        # source ("a dispute which the operator says will cost it $300,000 a week"), what follows the cue
        if lx.ALL_CUES.get(low) not in _RELATIVE_SAYING or s <= verb.idx:
            return None
        first = doc[verb.i + 1] if verb.i + 1 < len(doc) else verb
        if first.i in {t.i for t in ccomp.subtree} and first.idx < s:
            s = first.idx  # "... says will cost it": the auxiliary begins what was said
    subj = tail_speaker or speaker_of(verb)
    if subj is None and verb.dep_ == "acomp":
        subj = holder(verb)  # "leaders are said to be worried that ..."
    if subj is None:
        return None
    if _unasserted(verb, subj):
        return None
    if subj.lower_ in ("it",) and verb.i < (ccomp.i if ccomp is not None else verb.i + 1) and low in ("mean", "seem"):
        return None
    if base in ("show", "indicate", "suggest", "find") and subj.pos_ == "NOUN" and not agentive(subj) \
            and subj.lower_ not in lx.EVIDENCE_NOUNS:
        return None  # "the recovery showed what a ban could achieve": events show, they do not say
    if s <= subj.idx < e and verb.dep_ == "ROOT" and subj.dep_ == "appos" and e <= verb.idx:
        # "Police seized two cars, a spokeswoman for the prosecutors, Ana Ruiz, said": what
        # was said ends before the one who said it, whom the parser took into it
        cut = appositive_owner(subj).left_edge.i - 1
        while cut > 0 and doc[cut].is_punct:
            cut -= 1
        if doc[cut].idx > s:
            e = doc[cut].idx + len(doc[cut].text)
    # The speaker must stand outside the content, unless the cue interrupts it.
    if s <= subj.idx < e and not parenthetical:
        return None
    if subj.lower_ in ("he", "she"):
        # "The utility, he said, had cut supply": a name in what he says is not who he is
        resolver.forget_inside(s, e)
    sp = resolver.resolve(subj)
    sent_s = sentence_start(text, min(s, verb.idx, subj.idx))
    sent_e = sentence_end(text, max(e - 1, verb.idx))
    return Attribution(sent_s, max(sent_e, e), s, e, sp.name, sp.kind, False, low, sp.aliases,
                       cue_start=verb.idx, speaker_start=subj.left_edge.idx)


def _before_speaker_words(doc: Doc, verb: Token, left: Token, last: Token) -> Token:
    """"Construction is 37% complete, TNSB chief executive Datuk Faridah Kamaruddin said": where the
    parser hung the first words of who said it on the clause, what was said ends at the comma
    before them."""
    subj = speaker_of(verb)
    if subj is None or not left.i < last.i < subj.i:
        return last
    comma = next((t for t in reversed(doc[left.i + 1:subj.i]) if t.text == ","), None)
    if comma is None or last.i <= comma.i or not all(
            t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_.rstrip(".") in ROLE_WORDS
            for t in doc[comma.i + 1:last.i + 1]):
        return last
    return doc[comma.i - 1]


# Cues that report a relative clause as a source's own words
_RELATIVE_SAYING = {"say", "claim", "insist", "maintain", "allege", "argue"}


def _cue_object(doc: Doc, verb: Token, base: str) -> Token | None:
    """The first token of what an object cue reports: its object ("cited the
    depot as proof"), what it calls for or on, what it warns of."""
    first = None
    on = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i == verb.i + 1),
              None) if base == "call" else None  # "called on police to ...", "on" tagged a particle or not
    pobj = pobj_of(on) if on is not None else None
    if pobj is not None and any(c.dep_ in ("xcomp", "advcl") and c.i > pobj.i and
                                any(a.lower_ == "to" for a in c.children) for c in verb.children):
        # "called on the council to reopen the library": whom and what are the content
        first = pobj
    elif base == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children) \
            and not any(c.lower_ == "for" for c in verb.children):
        # "called it 'cruel and unnecessary'"
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    elif base == "call":
        prep = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "for"), None)
        first = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if first is None:  # "called for the trust to be wound up": "for" marks a clause
            first = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and
                          any(m.lower_ == "for" and m.dep_ == "mark" for m in c.children)), None)
    elif base == "put":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in lx.SOURCE_NOUNS:
            return None
        first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        first = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i > verb.i), None)
        if first is None and base in ("warn", "caution", "complain", "protest"):
            # "warned against hackers from abroad", "warned of a long winter"
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                         and c.lower_ in ("against", "of", "about")), None)
            first = pobj_of(prep) if prep is not None else None
    return first


def _unasserted(verb: Token, subj: Token) -> bool:
    """Cues that report no one's claim: the reader asked or advised ("Do you know
    where ...?", "you could consider a gap year"), a supposition ("If the plan rejected
    single mothers, ..."), a saying that did not happen ("without knowing how ...")."""
    if subj.lower_ == "you" and (verb.sent.text.rstrip(" \n\"'”’").endswith("?") or any(
            c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might", "should", "would") for c in verb.children)):
        return True  # a question or a suggestion to the reader; "you don't want to ..." in a letter is a claim
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


# Measures and documents, which aim at things but hold no view
_MEASURES_ENACTED = {"plan", "budget", "bill", "law", "scheme", "project", "measure", "policy", "strategy", "programme",
                     "program", "proposal", "reform", "package", "initiative", "legislation", "regulation", "rule",
                     "rules", "treaty", "framework", "ordinance", "bylaw", "amendment"}
# Cues whose object is someone addressed ("told reporters he would ..."), so a
# clause after it is what was said, not a relative clause on the object.
_ADDRESSEE_CUES = {"tell", "warn", "remind", "assure", "inform", "advise", "notify", "ask", "urge", "caution",
                   "persuade", "convince", "promise", "show", "teach", "write", "email", "brief"}


def _reduced_relative_object(doc: Doc, verb: Token, ccomp: Token) -> Token | None:
    """The object of an object cue ("cited", "praised", "mentioned") when the
    clause right after it, with a subject of its own and no "that", is a relative
    clause on it that the parser hung on the cue: "cited remarks Trump had made"."""
    base = lx.ALL_CUES.get(verb.lower_, verb.lower_)
    if verb.lower_ not in lx.OBJECT_CUE_VERBS or base in _ADDRESSEE_CUES or ccomp.i < verb.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < ccomp.i and c.pos_ == "NOUN"), None)
    if obj is None or ccomp.left_edge.i != obj.right_edge.i + 1:
        return None
    if any(c.dep_ == "mark" for c in ccomp.children) or not any(c.dep_ == "nsubj" for c in ccomp.children):
        return None
    # the relative clause lacks its object: "made" has none, "was fair" is a clause of its own
    if any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp") for c in ccomp.children):
        return None
    return obj


def _shown_object(verb: Token) -> Token | None:
    """The object of "show" or "find" when a poll, a count or a record shows or
    finds it; a person or a firm that shows or finds something ("showed her
    pass", "found the keys") says nothing."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ not in lx.EVIDENCE_NOUNS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def from_adjective(doc: Doc, adj: Token, resolver: SpeakerResolver) -> Attribution | None:
    """"Republicans are confident (that) they have the votes"; "Barnier has made
    clear that ..."."""
    ccomp = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if adj.lower_ in lx.CLARITY_ADJECTIVES:
        if adj.head.lower_ not in ("make", "made", "makes", "making") or adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
            return None
        if ccomp is None:  # the that-clause hangs on "clear" as csubj, or on "made"
            ccomp = next((c for c in adj.children if c.dep_ == "csubj" and c.i > adj.i), None) or \
                next((c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if ccomp is None:
            # "made it clear he had misgivings": a clause with a subject of its own
            # right after the adjective, without "that", often parsed as an adverbial
            ccomp = next((c for c in (*adj.children, *adj.head.children) if c.dep_ in ("advcl", "ccomp")
                          and c.left_edge.i == adj.i + 1), None)
        if ccomp is None or not any(m.dep_ == "mark" and m.lower_ == "that" for m in ccomp.children) and not (
                ccomp.left_edge.i == adj.i + 1 and any(c.dep_ in ("nsubj", "nsubjpass") for c in ccomp.children)):
            return None
        subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    else:
        if ccomp is None:
            return None
        if adj.dep_ == "acomp":
            subj = holder(adj.head)
        elif adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):
            subj = holder(adj)  # "protesters were frustrated that ...", parsed as a passive
        else:
            return None
    if subj is None or subj.lower_ in ("it", "this", "that"):
        return None
    s, e = balance_quotes(text_of(doc), *right_content(doc, adj, ccomp))
    if e - s < 3:
        return None
    sp = resolver.resolve(subj)
    sent_s = sentence_start(text_of(doc), subj.idx)
    sent_e = sentence_end(text_of(doc), max(e - 1, adj.idx))
    return Attribution(sent_s, max(sent_e, e), s, e, sp.name, sp.kind, False, adj.lower_, sp.aliases,
                       cue_start=adj.idx, speaker_start=subj.left_edge.idx)


def from_noun(doc: Doc, noun: Token, resolver: SpeakerResolver) -> Attribution | None:
    """"The prime minister's claim that ...", "the FBI's announcement that ...",
    "warnings from his lawyer that ...": a noun of saying or believing with a
    that-clause. Its source is the possessor, the "by"/"from" phrase, a name
    compounded with it, or whoever expresses it; with none, the phrase itself
    ("growing concerns that ...") stands for an unnamed source."""
    clause = _noun_clause(doc, noun)
    if clause is None:
        return None
    src = _noun_source(noun, clause)
    text = text_of(doc)
    s, e = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    if text[s:s + 5].lower() == "that ":
        s += 5
    s, e = balance_quotes(text, s, e)
    if e - s < 3:
        return None
    if src is None:
        if not _unsourced_ok(noun):
            return None
        first = noun.left_edge
        name = text[first.idx:noun.idx + len(noun.text)]
        sp = Speaker(name, "anonymous", [])
        src_start = first.idx
    else:
        sp = resolver.resolve(src)
        src_start = src.left_edge.idx
        if sp.name.endswith(("'s", "’s")):
            sp.name = sp.name[:-2]  # "the governor's claim": the governor claims
    sent_s = sentence_start(text, min(src_start, noun.idx))
    sent_e = sentence_end(text, max(e - 1, noun.idx))
    return Attribution(sent_s, max(sent_e, e), s, e, sp.name, sp.kind, False, noun.lower_, sp.aliases,
                       cue_start=noun.idx, speaker_start=src_start)


def _noun_clause(doc: Doc, noun: Token) -> Token | None:
    """The that-clause of a cue noun: its child, or a clause the parser hung
    elsewhere that opens right after the noun's phrase ("warnings from his
    lawyer that the hearing was pointless")."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos", "relcl") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is not None:
        return clause
    if noun.dep_ == "nsubj" and noun.head.lower_ in ("is", "was", "are", "were", "remains", "remained"):
        # "The minister's view is that ...": the clause the copula takes
        clause = next((c for c in noun.head.children if c.dep_ in ("ccomp", "attr") and c.i > noun.head.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            return clause
    nxt = noun.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "that" and doc[nxt].dep_ == "mark" and doc[nxt].head.i > nxt \
            and doc[nxt].head.pos_ in ("VERB", "AUX") and not ancestor(noun, doc[nxt].head):
        return doc[nxt].head
    return None


def _noun_source(noun: Token, clause: Token) -> Token | None:
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    if src is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i),
                  None)
        src = pobj_of(by) if by is not None else None
    if src is None:
        # "a Pentagon statement that ...", "the New York Times report that ..."
        src = next((c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                    and c.i < noun.i), None)
    if src is None and noun.dep_ == "dobj" and noun.head.lower_ in lx.LIGHT_VERBS:
        # "Republicans have expressed concern that ...": the one who expresses it holds it
        src = speaker_of(noun.head)
        if src is not None and (src.lower_ in ("it", "this", "that", "which") or (
                not agentive(src) and (noun.head.lower_ not in lx.HOLDING_VERBS or src.pos_ != "NOUN"))):
            src = None  # "the verdict raised fears that ...": a verdict fears nothing
    if src is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        # "Democrats persisted in arguments that ...": the one who persists argues
        subj = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") and \
                subj.lower_ not in ("it", "this", "that", "which"):
            src = subj
    return src


def _unsourced_ok(noun: Token) -> bool:
    """A cue noun with no source stands for an unnamed one's claim when it sets
    the scene ("amid growing concerns that ...", "despite warnings that ..."),
    not when a verb acts on it ("sought to calm fears that ...", "the claim
    that ... was false")."""
    return noun.lower_ in lx.UNSOURCED_CUE_NOUNS and noun.dep_ == "pobj"


def from_according(doc: Doc, tok: Token, resolver: SpeakerResolver) -> Attribution | None:
    text = text_of(doc)
    to = next(c for c in tok.children if c.lower_ == "to")
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    phrase_s = tok.idx
    phrase_e = src.right_edge.idx + len(src.right_edge.text)
    sent_s, sent_e = sentence_start(text, tok.idx), sentence_end(text, tok.idx)
    left = (sent_s, phrase_s)
    right = (phrase_e, sent_e)
    head = tok.head
    if head is not tok and sent_s <= head.idx < phrase_s:
        # the phrase qualifies the clause it hangs on: "Incomes would rise 19%,
        # according to the foundation, more than for any other group"
        s, e = left
        # "..., and said ...": a report of its own; "fell to -4C, according to the weather service,
        # and stayed there all day": a verb sharing the subject goes on with the story
        # ("..., according to the board, but a fall in prices has left farmers ...": a turn the writer takes)
        joined = [c for c in head.children if c.dep_ == "conj" and c.idx >= phrase_e and c.pos_ in ("VERB", "AUX")
                  and c.lower_ not in lx.ALL_CUES and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)
                  and not any(k.dep_ == "cc" and k.lower_ in ("but", "yet") and phrase_e <= k.idx < c.idx
                              for k in head.children)]
        if joined:
            # "The top 1% paid 25%, according to the CBO, and the top 10% paid 69%": the
            # source of the first clause is the source of the clause joined to it
            last = joined[-1].right_edge
            while last.i > joined[-1].i and last.is_punct:
                last = doc[last.i - 1]
            e = max(e, last.idx + len(last.text))
    elif head is not tok and phrase_e <= head.idx < sent_e:
        s, e = right
        # "According to the department, the wait was 52 minutes, and the department noted that ...": a
        # report of its own, with its own subject and cue, ends what the phrase sources
        cue = next((c for c in head.children if c.dep_ == "conj" and c.lower_ in lx.ALL_CUES and c.pos_ == "VERB"
                    and any(k.dep_ == "nsubj" for k in c.children)), None)
        if cue is not None:
            last = doc[cue.left_edge.i - 1]
            while last.i > head.i and (last.is_punct or last.dep_ == "cc"):
                last = doc[last.i - 1]
            e = min(e, last.idx + len(last.text))
    else:
        s, e = right if (right[1] - right[0]) > (left[1] - left[0]) else left
    named = _named_after_phrase(doc, phrase_e) if s >= phrase_e else None
    if named is not None:
        # "According to the council's finance chief, Moana Reid, debt will rise ...": the person named
        # after the role is the source, and what follows the name is what they say
        src, s = named.root, max(s, text.index(",", named.end_char) + 1)
    while s < e and text[s] in " ,;:—–":
        s += 1
    s, e = balance_quotes(text, s, e)
    if e - s < 3:
        return None
    sp = resolver.resolve(src)
    return Attribution(sent_s, sent_e, s, e, sp.name, sp.kind, False, "according to", sp.aliases,
                       cue_start=tok.idx, speaker_start=src.idx)


# Verbs of evidence that end a sentence after its source: "..., Bureau of Statistics data show."
_SHOWING = {form for form, base in lx.ALL_CUES.items() if base in ("show", "suggest", "indicate")}


def showing_noun(tok: Token) -> bool:
    """ "..., state assessors' data show.": a verb of evidence closing its sentence, which the tagger took for
    a noun (the parse then has no clause for it to report)."""
    return tok.lower_ in _SHOWING and tok.pos_ in ("NOUN", "PROPN") and (
        tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].is_punct or tok.doc[tok.i + 1].is_space)


def from_showing_noun(doc: Doc, tok: Token) -> Attribution | None:
    """What a source at the end of a sentence shows: the words before its comma ("Unemployment rose to 7.1%,
    Bureau of Statistics data show" is the data's), when the source is evidence ("data", "figures",
    "records", "a poll", "a draft budget")."""
    text = text_of(doc)
    sent_s, sent_e = sentence_start(text, tok.idx), sentence_end(text, tok.idx)
    comma = text.rfind(",", sent_s, tok.idx)
    source = doc.char_span(comma + 1, tok.idx, alignment_mode="contract") if comma > sent_s else None
    if source is None or not 0 < len(source) <= 6 or source[-1].lower_ not in lx.EVIDENCE_NOUNS | {"budget"} \
            or any(t.is_punct and t.text not in ("'", "’") for t in source):
        return None
    s, e = balance_quotes(text, sent_s, comma)
    if e - s < 3:
        return None
    name = source.text.removeprefix("the ").removeprefix("The ")
    return Attribution(sent_s, sent_e, s, e, name, "other", False, tok.lower_, [], cue_start=tok.idx,
                       speaker_start=source.start_char)


def _named_after_phrase(doc: Doc, end: int) -> Span | None:
    """The person named between commas right after a source phrase ending at ``end``: ", Moana Reid,"."""
    text = text_of(doc)
    comma = re.match(r"\s*,\s*", text[end:end + 4])
    if comma is None:
        return None
    ent = next((e for e in doc.ents if e.start_char == end + comma.end() and e.label_ == "PERSON" and len(e) > 1), None)
    return ent if ent is not None and re.match(r"\s*,", text[ent.end_char:ent.end_char + 3]) else None


_REFUSING = {"declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing"}
_OPEN_QUESTION = {"whether", "if", "how", "why", "what", "when", "where", "who", "which", "whom"}


def _withheld(doc: Doc, verb: Token, start: int) -> bool:
    """A question someone would not answer ("did not say whether", "declined to
    disclose how much"): the source asserts nothing."""
    first = next((t for t in doc[verb.i + 1:] if t.idx >= start), None)
    if first is None or first.lower_ not in _OPEN_QUESTION:
        return False
    return any(c.dep_ == "neg" for c in verb.children) or (verb.dep_ == "xcomp" and verb.head.lower_ in _REFUSING)
