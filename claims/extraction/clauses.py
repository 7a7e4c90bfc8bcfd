"""What a cue reports: the clause or object it governs and where that content
stops (its own adjuncts, a second act of saying, a contrast), including the
shapes the parser gets wrong (a that-clause made the root, a parenthetical cue,
an "as"-clause, a closing "..., the network reported")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .holders import agentive, ancestor
from .pipeline import text_of
from .spans import tokens_between


def right_content(doc: Doc, verb: Token, first: Token) -> tuple[int, int]:
    """From ``first`` to the end of the verb's clause, leaving out clauses of
    its own that begin with "while"/"whereas" or carry another cue."""
    end_tok = first.right_edge
    for c in verb.children:
        if c.i <= first.i:
            continue
        if c.dep_ in ("punct",):
            continue
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.lower_ in lx.OBJECT_CUE_VERBS and c.lower_ not in lx.BELIEF_VERBS:
            break  # "accused X of Y and called for Z": a second act of saying
        if c.dep_ == "advcl" and c.tag_ == "VBG" and _after_comma(doc, c):
            break  # "..., adding that ...", "..., citing ...": the speaker's next act
        if c.dep_ in ("advcl", "conj", "cc") and (
            any(m.lower_ in ("while", "whereas", "although", "though", "as", "because") for m in c.children
                if m.dep_ == "mark")
            or (c.dep_ == "conj" and not any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
                and (any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                     or (c.lower_ in lx.ALL_CUES and any(x.dep_ in ("ccomp", "xcomp") for x in c.children))
                     # "praised X but also gave him more time", "described X as Y,
                     # but stopped short of ...": a verb joined to the cue that
                     # says nothing is the source's next act, not what it said;
                     # a bare verb after an infinitive goes on with it ("wants to
                     # triple the fund, grow the reserve and ...")
                     or (c.pos_ in ("VERB", "AUX") and c.lower_ not in lx.ALL_CUES
                         and not (c.tag_ == "VB" and first.tag_ == "VB")
                         # "has mentioned refinancing loans and forcing universities
                         # to ...": a gerund joined to a finite cue goes on with its object
                         and not (c.tag_ == "VBG" and verb.tag_ != "VBG" and verb.lower_ in lx.OBJECT_CUE_VERBS
                                  and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)))))
        ):
            break
        if c.dep_ == "cc":
            continue
        end_tok = max(end_tok, c.right_edge, key=lambda t: t.i)
    start = first.left_edge.i if first.left_edge.i > verb.i else first.i
    start = _past_time_of_saying(first, start)
    while start < end_tok.i and doc[start].lower_ in ("that", "for") and (
        doc[start].dep_ == "mark" or doc[start].lower_ == "that"
    ):
        start += 1
    while start < end_tok.i and (doc[start].is_punct and doc[start].text not in ('"', "“", "'", "‘")):
        start += 1
    s = doc[start].idx
    e = end_tok.idx + len(end_tok.text)
    # "..., according to X" is a source of its own, not part of the content
    acc = re.search(r",\s+according to\b", text_of(doc)[s:e])
    if acc:
        e = s + acc.start()
    e = _before_contrast(doc, s, e)
    # "said the offer was fair and urged the union to ...": a second act of
    # saying, however the parser attached it, is a claim of its own
    for t in doc[start + 1:end_tok.i + 1]:
        if t.dep_ == "conj" and (t.lower_ in lx.SPEECH_VERBS or t.lower_ in lx.OBJECT_CUE_VERBS) \
                and doc[t.i - 1].lower_ in ("and", "but") and any(
                    c.dep_ in ("ccomp", "xcomp") or (c.dep_ in ("dobj", "prep", "advcl") and c.i > t.i) for c in t.children):
            e = min(e, doc[t.i - 1].idx)
            break
    # ", describing it as ...": a participle of saying starts a claim of its own;
    # ', prompting X to ...' narrates what followed
    for t in doc[start:end_tok.i + 1]:
        if t.dep_ == "advcl" and t.tag_ == "VBG" and (t.lower_ in lx.ALL_CUES or t.lower_ in lx.NARRATIVE_PARTICIPLES) \
                and _after_comma(doc, t):
            e = min(e, _comma_before(doc, t))
            break
    # "believe X, and the campaign plans to ...": a coordinated clause with a
    # cue and a subject of its own is another attribution; "... but that it
    # would add ..." is a second clause of the same report
    for t in doc[start + 1:end_tok.i + 1]:
        if t.dep_ == "conj" and t.head.i == first.i and t.pos_ == "VERB" and t.lower_ in lx.ALL_CUES \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
            cut = cc.i if cc is not None else t.left_edge.i
            if cut > start:
                e = min(e, doc[cut].idx)
            break
    while e > s and text_of(doc)[e - 1] in " ,;":
        e -= 1
    return s, e


def _past_time_of_saying(first: Token, start: int) -> int:
    """"told the players last week they would travel": a time phrase between the
    cue and the subject of the clause it reports dates the saying, whatever the
    parser hung it on."""
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
    when = next((c for c in first.children if c.dep_ == "npadvmod" and c.left_edge.i == start), None)
    if subj is None or when is None or when.right_edge.i >= subj.left_edge.i:
        return start
    if when.ent_type_ in ("DATE", "TIME") or when.lower_ in lx.TIME_UNITS or when.lower_ in lx.WEEKDAYS:
        return when.right_edge.i + 1
    return start


# Prepositions and conjunctions that place the act of saying in time or space
# ("criticised the plan during a visit to Leeds", "called for calm in a
# statement on Friday"): they belong to the cue, not to what was said. "on"
# counts only before a date ("blamed the delay on the weather" is content).
_ADJUNCT_PREPS = {"during", "at", "in", "after", "before", "since", "until", "via", "through", "amid",
                  "despite", "throughout", "while", "when", "following"}


_COMPLEMENTS = ("dobj", "dative", "oprd", "xcomp", "ccomp", "acomp", "attr")


def _is_adjunct(c: Token) -> bool:
    if c.dep_ == "prep" and c.lower_ == "on":
        return any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
    if c.dep_ in ("prep", "advmod"):
        return c.lower_ in _ADJUNCT_PREPS
    if c.dep_ == "npadvmod":
        return c.ent_type_ in ("DATE", "TIME")
    return c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _ADJUNCT_PREPS for m in c.children)


def without_adjuncts(doc: Doc, verb: Token, first: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The object content of a cue, ending before an adjunct of the cue that
    follows the object and every other complement ("described the mayor as a
    reformer when he first ran": the "when" clause dates the describing)."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return content  # "called the vote a mistake in an era when ...": the complement runs on
    s, e = content
    last = max([first.right_edge.i] + [c.right_edge.i for c in verb.children if c.i > first.i and (
        c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and not _is_adjunct(c)))])
    for c in verb.children:
        if c.i <= last or not _is_adjunct(c) or c.left_edge.idx <= s:
            continue
        cut = c.left_edge.i - 1
        while cut > first.i and (doc[cut].is_punct and doc[cut].text not in ('"', "”", "’", "'")):
            cut -= 1
        e = min(e, doc[cut].idx + len(doc[cut].text))
        break
    # "blasted the ruling as a disgrace on Wednesday", the date hung on the last noun
    span = doc.char_span(s, e, alignment_mode="contract")
    if span is not None and len(span) > 2 and span[-1].ent_type_ in ("DATE", "TIME"):
        prep = span[-1].head
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "at") and prep.i == span[-1].left_edge.i - 1 \
                and prep.i > span.start + 1:
            cut = prep.i - 1
            while cut > span.start and doc[cut].is_punct:
                cut -= 1
            e = doc[cut].idx + len(doc[cut].text)
    # "criticized the law as a 'crazy system' during a campaign stop": after an "as"
    # complement, "during" gives the occasion of the saying wherever the parser hung it
    span = doc.char_span(s, e, alignment_mode="contract")
    if span is not None:
        as_tok = next((t for t in span if t.lower_ == "as" and t.dep_ == "prep"), None)
        during = next((t for t in span if t.lower_ == "during" and as_tok is not None and t.i > as_tok.i + 1), None)
        if during is not None:
            cut = during.i - 1
            while cut > span.start and doc[cut].is_punct and doc[cut].text not in ('"', "”", "’", "'"):
                cut -= 1
            e = doc[cut].idx + len(doc[cut].text)
    # 'likened the levy to "taxing the rain" - a charge that might have
    # stung', 'called for tax hikes — lambasting the plan': after a dash, the
    # writer's remark on the saying or the speaker's next act
    text = text_of(doc)
    remark = _DASH_REMARK.search(text, s, e)
    if remark is not None and text.count('"', s, remark.start()) % 2 == 0 and \
            text.count("“", s, remark.start()) == text.count("”", s, remark.start()):
        e = remark.start()
    return s, e


_DASH_REMARK = re.compile(r"\s+(?:—|–|--?)\s+(?=(?:a|an|the)\s|[a-z]+ing\b)")


def _after_comma(doc: Doc, t: Token) -> bool:
    """Is ``t`` preceded by a comma, perhaps with a closing quotation mark between?"""
    i = t.i - 1
    while i > 0 and doc[i].text in ('"', "”", "’", "'"):
        i -= 1
    return i >= 0 and doc[i].text == ","


def _comma_before(doc: Doc, t: Token) -> int:
    i = t.i - 1
    while i > 0 and doc[i].text != ",":
        i -= 1
    return doc[i].idx


def that_clause(doc: Doc, verb: Token) -> Token | None:
    """"said in a statement that ...", "told reporters on Monday that ...": the
    parser sometimes hangs the that-clause on the noun in between."""
    for t in doc[verb.i + 1:min(len(doc), verb.i + 18)]:
        # "that" as a mark, or misparsed as the subject of a relative clause
        # that has a subject of its own ("with the Guardian that strikes had cost")
        if t.lower_ == "that" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") and (
            t.dep_ == "mark" or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i for c in t.head.children)
            or statement_relative(t)
        ) and not _object_relative(t):
            clause = t.head
            node = clause
            while node.head.i != node.i and node.i != verb.i:
                if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.i == verb.i:
                    return None  # "pledged to ..., and vowed that ...": the other verb's clause
                node = node.head
            if node.i == verb.i or ancestor(clause, verb):
                return clause
            if verb.dep_ == "xcomp" and clause.head.i == verb.head.i and clause.dep_ == "ccomp":
                return clause  # "continues to insist, in an interview, that ...": hung on "continues"
        if t.is_punct and t.text not in (",",):
            break
    return None


def _object_relative(that: Token) -> bool:
    """"maintain the air of a reformer that his party so badly needs": "that" the object of a relative clause on
    the noun just before it, whose verb (no copula) has a subject of its own and no other object or phrase
    ("told reporters after the vote that Republicans would push for a cap" keeps its clause)."""
    clause = that.head
    return that.dep_ == "dobj" and clause.dep_ == "relcl" and clause.head.i == that.i - 1 and clause.pos_ == "VERB" \
        and not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "acomp", "attr") and c.i != that.i
                    for c in clause.children)


def statement_relative(that: Token) -> bool:
    """ "said in a statement that reported cases had fallen": "that" taken for the subject of a
    clause on the statement, whose object ("cases") is the subject of the reported clause."""
    clause, noun = that.head, that.head.head
    return that.dep_ == "nsubj" and clause.dep_ == "relcl" and noun.i == that.i - 1 and noun.dep_ == "pobj" \
        and noun.lower_ in lx.SOURCE_NOUNS and noun.head.lower_ == "in" \
        and any(c.dep_ == "dobj" and c.i == clause.i + 1 for c in clause.children)


def raised_that_clause(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """"continues to insist, most recently in an interview, that he wants ...":
    the parser made the reported clause the root of the sentence and the cue a
    clause inside it. The that-clause after a comma is the content all the same."""
    if verb.dep_ not in ("xcomp", "ccomp"):
        return None
    for t in doc[verb.i + 1:min(len(doc), verb.i + 18)]:
        if t.is_punct and t.text != ",":
            return None
        if t.lower_ == "that" and t.dep_ == "mark" and doc[t.i - 1].text == "," and t.head.i > t.i \
                and ancestor(verb, t.head):
            end = t.head.right_edge
            while end.i > t.i and (end.is_punct or end.is_space):
                end = doc[end.i - 1]
            return doc[t.i + 1].idx, end.idx + len(end.text)
    return None


def infinitive_with_subject(clause: Token) -> bool:
    """"(want) the party to go further": a to-infinitive with its own subject."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def complement_clause(doc: Doc, verb: Token) -> Token | None:
    """The cue's clausal complement: the one after it when there is one ("It is
    unlikely; her team says she will return": the team says the second clause).
    A clause before the cue is its content only when no semicolon or colon
    stands between them ("The vote is close, aides say")."""
    # "said before he died", "will speak when she lands": a clause marked as a
    # time or a reason says when or why, not what
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not any(
        m.dep_ in ("mark", "advmod") and m.i == _first_word(doc, c) and m.lower_ in _NOT_REPORTING_MARKS
        and (m.head.i == c.i or _swallowed(doc, m.head)) for m in (c.children if c.i > verb.i else c.subtree))
        and not _subjectless_finite(verb, c)]
    after = next((c for c in clauses if c.i > verb.i), None)
    if after is not None:
        return after
    before = next((c for c in clauses if c.i < verb.i), None)
    if before is not None and any(t.text in (";", ":") for t in doc[before.right_edge.i + 1:verb.i]):
        return None
    return before


def _first_word(doc: Doc, clause: Token) -> int:
    """The first word of a clause past a leading conjunction: "But when ..." """
    i = clause.left_edge.i
    while i < clause.i and (doc[i].dep_ == "cc" or doc[i].is_punct):
        i += 1
    return i


def _swallowed(doc: Doc, sub: Token) -> bool:
    """A marked clause before a cue that runs into the main clause with no comma:
    "While he acknowledged funding was short, Ham noted ...", where the parser made
    "funding was short" the main clause. With a comma ('"Although prices held,
    demand fell," the report stated') the marked clause is part of what was said."""
    nxt = sub.right_edge.i + 1
    return nxt < len(doc) and doc[nxt].text != ","


def _subjectless_finite(verb: Token, clause: Token) -> bool:
    """A finite clause right after the cue with no subject is no reported clause
    but a predicate the parser misplaced: "Whatever the mayor says is spin" (what
    he says is the subject). With an object in between ("believe the plan is
    realistic") the object is the clause's subject, misparsed."""
    return clause.i > verb.i and clause.tag_ in ("VBZ", "VBD", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass", "mark") for c in clause.children) and not any(
        c.dep_ in ("dobj", "dative") and c.i < clause.i for c in verb.children)


_NOT_REPORTING_MARKS = {"before", "after", "until", "since", "because", "when", "while", "although", "though",
                        "once", "unless", "as"}


# Verbs of saying that pass on a request or an order: "told X to ...", "asked X to ...".
DIRECTIVE_CUES = {"tell", "ask", "advise", "remind"}


def addressee_before_infinitive(verb: Token) -> Token | None:
    """The object of "told the staff to leave": a hearer followed by a to-infinitive
    that hangs on the cue."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if obj is None:
        return None
    to_clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > obj.i
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return obj if to_clause is not None else None


def parenthetical_front(doc: Doc, verb: Token, ccomp: Token) -> Token | None:
    """"Most of these loans, she said at the hearing, were never repaid": the
    clause begins before the cue and resumes after it. The parser leaves its
    subject in front of the cue and a complement without a subject behind it."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in ccomp.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return None
    front = next((c for c in verb.children if c.dep_ in ("dep", "nsubj", "npadvmod") and c.i < subj.left_edge.i - 1
                  and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM")), None)
    if front is None:
        return None
    first = doc[front.left_edge.i]
    return first if first.sent.start == verb.sent.start else None


def as_cue_content(doc: Doc, verb: Token) -> tuple[tuple[int, int], bool] | None:
    """"As the auditor noted, the fund has never balanced": a cue in an
    "as"-clause with no complement of its own reports the clause it hangs on.
    The content is that clause without the "as"-clause when the cue stands
    before or after it, and the whole clause when the cue interrupts it (as
    for "The loans, she said, were never repaid"). The bool says whether the
    cue interrupts its content."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "acomp") for c in verb.children):
        return None  # "as expected", "as he said he would", "as I understand it"
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    left, right = head.left_edge, head.right_edge
    while right.i > head.i and (right.is_punct or right.is_space):
        right = doc[right.i - 1]
    a_left, a_right = verb.left_edge, verb.right_edge
    if a_left.i <= left.i:  # the cue opens the sentence
        first = doc[a_right.i + 1] if a_right.i + 1 < len(doc) else None
        while first is not None and first.i < right.i and first.is_punct:
            first = doc[first.i + 1]
        if first is None or first.i > right.i:
            return None
        return (first.idx, right.idx + len(right.text)), False
    if a_right.i >= right.i:  # the cue closes the sentence
        last = doc[a_left.i - 1]
        while last.i > left.i and last.is_punct:
            last = doc[last.i - 1]
        return (left.idx, last.idx + len(last.text)), False
    return (left.idx, right.idx + len(right.text)), True


# Adjuncts a closing cue may carry: "..., the network reported on Wednesday in Bern".
_TAIL_PREPS = {"on", "in", "at", "during", "after", "before", "via", "through", "late", "earlier", "last"}


def tail_cue(doc: Doc, verb: Token) -> tuple[tuple[int, int], Token] | None:
    """"Teenagers who sleep less score lower, study finds" and "..., the monitoring
    network reported on Wednesday" (parsed as a noun with a participle): a cue with
    no complement closing its sentence after a comma; what comes before is the content."""
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not _addressee(verb, c))
           or (c.i > verb.i and c.pos_ in ("VERB", "AUX")) or (
            c.i > verb.i and c.dep_ in ("prep", "prt") and c.lower_ not in _TAIL_PREPS) for c in verb.children):
        return None  # "..., the bank asked for guarantees": the cue has content of its own
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head
    else:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not agentive(subj) and subj.lower_ not in lx.SOURCE_NOUNS:
        return None
    sent = verb.sent
    left = subj.left_edge.i
    last = sent.end - 1
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if left <= sent.start + 1 or doc[left - 1].text != "," or max(verb.right_edge.i, subj.right_edge.i) < last:
        return None
    end = doc[left - 2]
    if end.i < sent.start:
        return None
    first = sent[0]
    while first.i < end.i and (first.is_space or first.is_punct):
        first = doc[first.i + 1]
    if any(c.dep_ == "advcl" and c.i < verb.i and c.right_edge.i >= end.i and any(
            m.dep_ in ("mark", "advmod") and m.i == _first_word(doc, c) and m.lower_ in _NOT_REPORTING_MARKS
            for m in c.children) for c in verb.children):
        return None  # "When Congress cut the funding, Mexico said enough": when it spoke, not what
    return (first.idx, end.idx + len(end.text)), subj


def _addressee(verb: Token, obj: Token) -> bool:
    """"..., the treasurer told councillors on Monday": whom a verb of telling
    addresses is no content of its own."""
    return lx.ALL_CUES.get(verb.lower_) == "tell" and obj.i > verb.i and obj.pos_ in ("NOUN", "PROPN", "PRON") \
        and not any(c.dep_ in ("acl", "relcl", "prep") and c.lower_ != "on" for c in obj.children)


def parataxis_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """"The loans, she said, were never repaid" (cue inside the clause) or
    "The loans were never repaid, she said" (after it): the clause the cue
    interrupts or follows."""
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "The difference now, he told me, is that ...": hung on the subject
    if any(c.text == "(" and c.i < verb.i for c in verb.children):
        # "Most of these loans (she said at the hearing) were never repaid": a cue in brackets hangs on
        # whatever word stands before it; the clause it interrupts is the one above that word
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ != "ROOT":
            head = head.head
    if head.dep_ == "advcl" and head.i < verb.i < head.head.i and head.head.pos_ in ("VERB", "AUX"):
        # "Though the first vote went well, she said, a second would be harder": the cue
        # hangs on the fronted clause, the sentence it interrupts goes on after it
        head = head.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or subj is None \
            or verb.right_edge.i - subj.left_edge.i > 7:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return None
    left, right = head.left_edge, head.right_edge
    while right.i > head.i and right.is_punct:
        right = doc[right.i - 1]
    # "To understand the port, the curator said, one should ...": the parser may
    # hang the clause's opening phrase on the cue; the cue itself starts at its subject
    cue_left = subj.left_edge.i
    if cue_left > verb.left_edge.i and verb.left_edge.i < left.i:
        left = verb.left_edge
    if cue_left <= left.i:
        return None  # the cue opens the sentence: not an interruption
    if verb.right_edge.i >= right.i:
        # the cue closes the sentence: the content stops at the comma before it
        cut = cue_left - 1
        while cut > left.i and doc[cut].is_punct:
            cut -= 1
        right = doc[cut]
    return left.idx, _before_contrast(doc, left.idx, right.idx + len(right.text))


def _before_contrast(doc: Doc, s: int, e: int) -> int:
    """"..., though he conceded that ...", "..., although it may take days to
    know": a contrast after a comma is the writer's or a claim of its own when it
    opens with a pronoun or a verb of saying stands in it ("while the Liberal
    Democrats said", "with its spokesperson saying"); else the same report goes on
    ("exports rose 5%, while imports fell 2%", "although the company hoped to ...")."""
    text = text_of(doc)
    for contrast in _CONTRAST_RE.finditer(text, s, e):
        end = min(e, contrast.end() + 80)
        if contrast.group(1) == "with":
            # "..., with its spokesperson saying ...": a report of its own only through a participle of saying
            # (not "with its warning system tested")
            said = any(t.tag_ == "VBG" and t.lower_ in lx.SPEECH_VERBS and t.dep_ not in ("compound", "amod")
                       for t in tokens_between(doc, contrast.end(), end)[:8])
        else:
            words = [w.lower() for w in _WORD_RE.findall(text, contrast.end(), end)[:8]]
            # (a passive is no one saying: "though the deaths had not yet been confirmed"; "engineers
            # estimated" goes on with the report)
            said = words[:1] in (["he"], ["she"], ["they"], ["it"]) or any(
                lx.SPEECH_VERBS.get(w, "estimate") != "estimate" and (i == 0 or words[i - 1] not in _PASSIVE_AUX)
                for i, w in enumerate(words))
        if said:
            return contrast.start()
    return e


# Auxiliaries before a participle that make it passive
_PASSIVE_AUX = {"be", "been", "being", "is", "are", "was", "were"}
_CONTRAST_RE = re.compile(r",\s+(though|although|whereas|while|with)\s+(?!\w+ing\b)")
_WORD_RE = re.compile(r"[A-Za-z]+")
