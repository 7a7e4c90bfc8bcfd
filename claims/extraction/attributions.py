"""Attributed claims: direct quotes, reported speech, "according to" and
beliefs/intentions, each with its speaker.

Quotes are found on the characters (straight marks are told apart as opening
or closing by what surrounds them); reported speech comes from the dependency
parse: a cue verb, its subject (the speaker) and its clausal complement (the
content).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .blockquotes import introduced_paragraphs
from .pipeline import text_of
from .speakers import Speaker, SpeakerResolver

OPEN_DOUBLE, CLOSE_DOUBLE = "“", "”"
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"
_TRAIL = " \t\n,;:—–-"


@dataclass
class Attribution:
    claim_start: int
    claim_end: int
    content_start: int
    content_end: int
    speaker: str
    speaker_kind: str
    direct: bool
    cue: str = ""
    aliases: list[str] = field(default_factory=list)
    cue_start: int = -1
    speaker_start: int = -1


@dataclass
class Quote:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or where an unclosed quote stops
    closed: bool

    @property
    def content(self) -> tuple[int, int]:
        return self.open + 1, self.close


# --- quotes --------------------------------------------------------------------


def find_quotes(text: str) -> list[Quote]:
    quotes = _double_quotes(text)
    inside = [(q.open, q.close) for q in quotes]
    for q in _single_quotes(text):
        if not any(s <= q.open <= e for s, e in inside):
            quotes.append(q)
    quotes.sort(key=lambda q: q.open)
    return [q for q in quotes if text[q.open + 1:q.close].strip()]


def _double_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and start is not None:
            # a quote going on into the next paragraph reopens there
            out.append(Quote(start, _rstrip_index(text, start + 1, i), False))
            start = None
            continue
        if ch not in ('"', OPEN_DOUBLE, CLOSE_DOUBLE):
            continue
        opening = ch == OPEN_DOUBLE or (ch == '"' and _looks_opening(text, i))
        closing = ch == CLOSE_DOUBLE or (ch == '"' and _looks_closing(text, i))
        if start is None:
            if closing and not opening and ch == CLOSE_DOUBLE:
                continue  # a stray closing mark
            start = i
        elif opening and not closing:
            # the previous quote was never closed ("... 26 weeks. "We are ...")
            out.append(Quote(start, _rstrip_index(text, start + 1, i), False))
            start = i
        else:
            out.append(Quote(start, i, True))
            start = None
    if start is not None:
        out.append(Quote(start, _rstrip_index(text, start + 1, len(text)), False))
    return out


def _rstrip_index(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-/") and not after.isspace()


def _looks_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-'’" or i + 1 == len(text))


_SINGLE_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—]))['‘](?=[\w$£€])(?P<body>[^'‘’\n\"“”]{1,200}?)(?<=[^\s])['’](?=[\s.,;:!?)\]]|$)",
                        re.MULTILINE)


def _single_quotes(text: str) -> list[Quote]:
    out = []
    for m in _SINGLE_RE.finditer(text):
        body = m.group("body")
        if re.search(r"\w['’]\w", body) and body.count(" ") == 0:
            continue
        out.append(Quote(m.start(), m.end() - 1, True))
    return out


# --- the main entry ------------------------------------------------------------


def find_attributions(doc: Doc) -> list[Attribution]:
    text = text_of(doc)
    quotes = find_quotes(text)
    quote_spans = [q.content for q in quotes]
    resolver = SpeakerResolver(doc, [(q.open, q.close + 1) for q in quotes])
    candidates: list[tuple[int, str, object]] = []  # (position, kind, payload) in text order
    for q in quotes:
        candidates.append((q.open, "quote", q))
    quoted = bytearray(len(text) + 1)  # 1 where a character is inside quotation marks
    for qs, qe in quote_spans:
        quoted[qs:qe] = b"\x01" * (qe - qs)
    for tok in doc:
        if quoted[tok.idx]:
            continue
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            candidates.append((tok.idx, "according", tok))
        elif tok.lower_ in lx.ALL_CUES and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            candidates.append((tok.idx, "cue", tok))
        elif (tok.lower_ in lx.BELIEF_ADJECTIVES or tok.lower_ in lx.CLARITY_ADJECTIVES) and (
            tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ in ("acomp", "ROOT", "conj"))
        ):
            # "are confident that", "are convinced that" (a participle), "made clear that"
            candidates.append((tok.idx, "adjective", tok))
        elif tok.lower_ in lx.ALL_CUES and tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and \
                any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "ccomp" for c in tok.children):
            # "Trump claims that ...": the tagger took the verb for a plural noun
            candidates.append((tok.idx, "cue", tok))
        elif tok.lower_ in lx.CUE_NOUNS and tok.pos_ == "NOUN":
            candidates.append((tok.idx, "noun", tok))
    for cue, c_start, c_end in introduced_paragraphs(doc):
        candidates.append((cue.idx, "block", (cue, c_start, c_end)))
    candidates.sort(key=lambda c: c[0])

    found: list[Attribution] = []
    last: Attribution | None = None
    for _, kind, payload in candidates:
        if kind == "quote":
            a = _from_quote(doc, payload, resolver, last, quote_spans)
        elif kind == "according":
            a = _from_according(doc, payload, resolver)
        elif kind == "adjective":
            a = _from_adjective(doc, payload, resolver)
        elif kind == "noun":
            a = _from_noun(doc, payload, resolver)
        elif kind == "block":
            a = _from_block(doc, *payload, resolver)
        else:
            a = _from_cue(doc, payload, resolver, quote_spans)
        if a is not None:
            found.append(a)
            last = a
            if not a.direct:
                resolver.forget_inside(a.content_start, a.content_end)
    return _settle(doc, found)


def _sentence_start(text: str, i: int) -> int:
    """Start of the sentence holding character i, by punctuation and line breaks."""
    j = i
    while j > 0:
        ch = text[j - 1]
        if ch == "\n":
            break
        if ch in ".!?" and j < len(text) and text[j].isspace() and not _abbrev_before(text, j - 1):
            break
        if ch in "\"”" and j >= 2 and text[j - 2] in ".!?" and j < len(text) and text[j].isspace():
            break  # '... "without delay." Clinton plans ...': a quote closed the sentence
        j -= 1
    while j < i and text[j].isspace():
        j += 1
    return j


def _sentence_end(text: str, i: int) -> int:
    """End (exclusive) of the sentence holding character i."""
    n = len(text)
    j = i
    while j < n:
        ch = text[j]
        if ch == "\n":
            break
        if ch in ".!?" and (j + 1 == n or text[j + 1].isspace() or text[j + 1] in "\"”’'") and not _abbrev_before(text, j):
            j += 1
            while j < n and text[j] in "\"”’'":
                j += 1
            return j
        j += 1
    return _rstrip_index(text, i, j)


def _abbrev_before(text: str, dot: int) -> bool:
    w = re.search(r"(\w+)$", text[max(0, dot - 6):dot])
    return bool(w) and w.group(1).lower() in ("mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "no", "co")


# --- direct quotes ---------------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return [t for t in span if not t.is_space] if span is not None else []


def _cue_after(doc: Doc, q: Quote) -> Token | None:
    """'"...," Hamad said', '"...," said Jan Egeland', '"...", he added'."""
    text = text_of(doc)
    end = _sentence_end(text, q.close + 1) if q.closed else q.close
    if not q.closed:
        return None
    toks = _tokens_between(doc, q.close + 1, end)
    words = 0
    for t in toks:
        if t.is_punct and words == 0:
            continue
        if t.lower_ in lx.SPEECH_VERBS or t.lower_ in lx.BELIEF_VERBS:
            if t.pos_ in ("VERB", "AUX") or words <= 6:
                return t
        if t.is_punct and t.text not in ("'s", "&", "-"):
            return None
        if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "amod") and t.lower_ not in lx.ALL_CUES:
            words += 1  # "a source close to the bid told ..."
            continue
        if t.pos_ in ("VERB", "SCONJ", "CCONJ") and t.lower_ not in lx.ALL_CUES:
            return None
        words += 1
        if words > 9:
            return None
    return None


def _cue_before(doc: Doc, q: Quote, prefix_start: int) -> Token | None:
    """'Ms Hewitt said: "...', 'he told reporters, "...'."""
    text = text_of(doc)
    prefix = text[prefix_start:q.open].rstrip()
    if not prefix:
        return None
    toks = _tokens_between(doc, prefix_start, len(prefix) + prefix_start)
    if prefix.endswith(":") or prefix.endswith(","):
        for t in reversed(toks):
            if t.lower_ in lx.ALL_CUES and t.pos_ in ("VERB", "AUX"):
                return t
        return None
    if toks and toks[-1].lower_ in lx.SPEECH_VERBS:
        return toks[-1]
    return None


def _speaker_of(verb: Token) -> Token | None:
    """The subject of a cue verb, borrowed from the verb it is coordinated
    with or a participle of ("quit ... claiming that")."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        if subj is not None and v is not verb and v.dep_ == "ccomp" and v.head.lower_ in lx.ALL_CUES and (
                not _agentive(subj) or (verb.dep_ == "conj" and verb.head.i == v.i and
                                        (doc_before(verb, "and") or doc_before(verb, "but")))):
            # "X said the offer was fair and urged ...": the parser tied "urged"
            # to "was"; an offer urges nothing, X does
            v = v.head
            continue
        if subj is not None:
            return subj
        if v.dep_ == "acl" and v.tag_ == "VBD" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head  # "A report by the committee called for ...", parsed as a noun phrase
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and _agentive(v.head):
            return v.head  # "with analysts saying the deal is dead", "the council, saying ..."

        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            act = v.head.head
            if v.head.lower_ == "for":
                # "criticised the minister for saying ...": the one blamed said it
                obj = next((c for c in act.children if c.dep_ == "dobj" and c.i < v.i), None)
                return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON") else None
            if v.head.lower_ in _MANNER_PREPS:
                # "began by saying ...", "despite admitting that ...": whoever acts says it
                v = act
                continue
        if v.dep_ == "xcomp" and v.head.lower_ in _PASSIVE_REPORTS and v.head.i != v.i:
            # "Eide is understood to believe ...": the one understood to believe it
            held = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
            if held is not None:
                return held
        if v.dep_ == "xcomp" and v.head.i != v.i:
            # "prompting Obama to warn that ...", "urged ministers to admit ...": the
            # object of the verb above is the one who speaks
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None and _agentive(obj):
                return obj
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i and (v.dep_ != "advcl" or v.tag_ == "VBG"):
            participle = v.dep_ == "advcl"
            v = v.head
            # "It warned that fares could rise ..., describing it as": the one warning describes
            while participle and v.dep_ == "ccomp" and v.head.lower_ in lx.ALL_CUES:
                v = v.head
            continue
        break
    return None


# Prepositions whose -ing clause is said by the subject of the verb they hang on.
_MANNER_PREPS = {"by", "after", "before", "while", "when", "in", "without", "since", "upon", "on", "despite"}

_PASSIVE_REPORTS = {"understood", "said", "thought", "believed", "reported", "known", "alleged", "rumoured",
                    "rumored", "reputed", "seen", "considered"}


def doc_before(tok: Token, word: str) -> bool:
    """"said he would order a review and warned against ...": the second act of
    saying is coordinated by the word just before it."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == word


def _agentive(tok: Token) -> bool:
    """Can this noun phrase head say or urge something?"""
    low = tok.lower_
    return (tok.pos_ in ("PRON", "PROPN") or bool(tok.ent_type_) or low in lx.ORG_NOUNS
            or low in lx.ANONYMOUS_NOUNS or low in lx.PERSON_NOUNS or low in lx.SOURCE_NOUNS)


def _from_quote(doc: Doc, q: Quote, resolver: SpeakerResolver, last: Attribution | None,
                quote_spans: list[tuple[int, int]]) -> Attribution | None:
    text = text_of(doc)
    c_start, c_end = q.content
    c_start = _skip_space(text, c_start, c_end)
    if c_end - c_start < 2:
        return None
    sent_start = _sentence_start(text, q.open)
    standalone_start = text[sent_start:q.open].strip() == ""
    cue = _cue_after(doc, q)
    speaker_tok = None
    claim_start, claim_end = (sent_start if not standalone_start else q.open), q.close + (1 if q.closed else 0)
    mixed = False
    if cue is not None:
        speaker_tok = _speaker_of(cue)
        claim_end = max(claim_end, _sentence_end(text, cue.idx))
        if not standalone_start:
            # 'Repairs could cost a fraction of the "millions ...," said X'
            before = _cue_before(doc, q, sent_start)
            if before is None:
                mixed = True
    else:
        cue = _cue_before(doc, q, sent_start) if not standalone_start else None
        if cue is not None:
            speaker_tok = _speaker_of(cue)
            claim_start = sent_start
    if cue is None:
        # a quote standing alone: it goes on from the last speaker, in this
        # paragraph or the one before
        after = text[q.close + 1:_sentence_end(text, q.close + 1) if q.closed else q.close].strip()
        if not standalone_start or (after and after not in ".!?"):
            return None
        if last is None or not _near(text, last.claim_end, q.open):
            return None
        sp = Speaker(last.speaker, last.speaker_kind, list(last.aliases))
        return Attribution(q.open, claim_end, c_start, c_end, sp.name, sp.kind, True, "", sp.aliases,
                           cue_start=-1, speaker_start=-1)
    if speaker_tok is None:
        return None
    sp = resolver.resolve(speaker_tok)
    if mixed:
        c_start, c_end = sent_start, q.close + 1
    return Attribution(claim_start, claim_end, c_start, c_end, sp.name, sp.kind, True, cue.lower_, sp.aliases,
                       cue_start=cue.idx, speaker_start=speaker_tok.idx)


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _near(text: str, prev_end: int, start: int) -> bool:
    """Same paragraph, or the next one."""
    return text[prev_end:start].count("\n\n") + (1 if "\n" in text[prev_end:start] and "\n\n" not in text[prev_end:start] else 0) <= 1


# --- reported speech -------------------------------------------------------------


def _right_content(doc: Doc, verb: Token, first: Token) -> tuple[int, int]:
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
                     or (c.lower_ in lx.ALL_CUES and any(x.dep_ in ("ccomp", "xcomp") for x in c.children))))
        ):
            break
        if c.dep_ == "cc":
            continue
        end_tok = max(end_tok, c.right_edge, key=lambda t: t.i)
    start = first.left_edge.i if first.left_edge.i > verb.i else first.i
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
    # "..., though he conceded that ...": a contrast starts a new claim
    contrast = re.search(r",\s+(?:though|although|whereas|while)\s+(?:he|she|they|it|[A-Z]\w+)\s+\w+",
                         text_of(doc)[s:e])
    if contrast:
        e = s + contrast.start()
    # "said the offer was fair and urged the union to ...": a second act of
    # saying, however the parser attached it, is a claim of its own
    for t in doc[start + 1:end_tok.i + 1]:
        if t.dep_ == "conj" and (t.lower_ in lx.SPEECH_VERBS or t.lower_ in lx.OBJECT_CUE_VERBS) \
                and doc[t.i - 1].lower_ in ("and", "but") and any(
                    c.dep_ in ("ccomp", "xcomp") or (c.dep_ in ("dobj", "prep") and c.i > t.i) for c in t.children):
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


def _without_adjuncts(doc: Doc, verb: Token, first: Token, content: tuple[int, int]) -> tuple[int, int]:
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
    return s, e


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


def _balance_quotes(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip trailing punctuation; keep a closing mark whose opening mark is inside."""
    while e > s and text[e - 1] in _TRAIL + ".":
        e -= 1
    seg = text[s:e]
    if seg.count("“") > seg.count("”") or (seg.count('"') % 2 == 1):
        m = re.match(r"[^\"”\n]{0,3}[\"”]", text[e:])
        if m:
            e += m.end()
    return s, e


def _that_clause(doc: Doc, verb: Token) -> Token | None:
    """"said in a statement that ...", "told reporters on Monday that ...": the
    parser sometimes hangs the that-clause on the noun in between."""
    for t in doc[verb.i + 1:min(len(doc), verb.i + 18)]:
        # "that" as a mark, or misparsed as the subject of a relative clause
        # that has a subject of its own ("with the Guardian that strikes had cost")
        if t.lower_ == "that" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") and (
            t.dep_ == "mark" or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i for c in t.head.children)
        ):
            clause = t.head
            node = clause
            while node.head.i != node.i and node.i != verb.i:
                if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.i == verb.i:
                    return None  # "pledged to ..., and vowed that ...": the other verb's clause
                node = node.head
            if node.i == verb.i or _ancestor(clause, verb):
                return clause
            if verb.dep_ == "xcomp" and clause.head.i == verb.head.i and clause.dep_ == "ccomp":
                return clause  # "continues to insist, in an interview, that ...": hung on "continues"
        if t.is_punct and t.text not in (",",):
            break
    return None


def _raised_that_clause(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """"continues to insist, most recently in an interview, that he wants ...":
    the parser made the reported clause the root of the sentence and the cue a
    clause inside it. The that-clause after a comma is the content all the same."""
    if verb.dep_ not in ("xcomp", "ccomp"):
        return None
    for t in doc[verb.i + 1:min(len(doc), verb.i + 18)]:
        if t.is_punct and t.text != ",":
            return None
        if t.lower_ == "that" and t.dep_ == "mark" and doc[t.i - 1].text == "," and t.head.i > t.i \
                and _ancestor(verb, t.head):
            end = t.head.right_edge
            while end.i > t.i and (end.is_punct or end.is_space):
                end = doc[end.i - 1]
            return doc[t.i + 1].idx, end.idx + len(end.text)
    return None


def _subject_before(verb: Token, limit: int) -> Token | None:
    """The subject of the cue or of the verbs it is the complement of, standing
    before character ``limit`` ("The nominee continues to insist ..., that")."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.idx < limit), None)
        if subj is not None:
            return subj
        if v.dep_ not in ("xcomp", "ccomp", "conj") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _infinitive_with_subject(clause: Token) -> bool:
    """"(want) the party to go further": a to-infinitive with its own subject."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _holder(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is the complement of: "officials
    are said to be concerned", "advisers are convinced"."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ in ("xcomp", "acomp", "conj") and v.head.i != v.i:
            v = v.head
            continue
        break
    return None


def _ancestor(tok: Token, anc: Token) -> bool:
    return any(a.i == anc.i for a in tok.ancestors)


def _from_adjective(doc: Doc, adj: Token, resolver: SpeakerResolver) -> Attribution | None:
    """"Republicans are confident (that) they have the votes"; "Barnier has made
    clear that ..."."""
    ccomp = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if adj.lower_ in lx.CLARITY_ADJECTIVES:
        if adj.head.lower_ not in ("make", "made", "makes", "making") or adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
            return None
        if ccomp is None:  # the that-clause hangs on "clear" as csubj, or on "made"
            ccomp = next((c for c in adj.children if c.dep_ == "csubj" and c.i > adj.i), None) or \
                next((c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if ccomp is None or not any(m.dep_ == "mark" and m.lower_ == "that" for m in ccomp.children):
            return None
        subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    else:
        if ccomp is None:
            return None
        if adj.dep_ == "acomp":
            subj = _holder(adj.head)
        elif adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):
            subj = _holder(adj)  # "protesters were frustrated that ...", parsed as a passive
        else:
            return None
    if subj is None or subj.lower_ in ("it", "this", "that"):
        return None
    s, e = _balance_quotes(text_of(doc), *_right_content(doc, adj, ccomp))
    if e - s < 3:
        return None
    sp = resolver.resolve(subj)
    sent_s = _sentence_start(text_of(doc), subj.idx)
    sent_e = _sentence_end(text_of(doc), max(e - 1, adj.idx))
    return Attribution(sent_s, max(sent_e, e), s, e, sp.name, sp.kind, False, adj.lower_, sp.aliases,
                       cue_start=adj.idx, speaker_start=subj.left_edge.idx)


def _from_noun(doc: Doc, noun: Token, resolver: SpeakerResolver) -> Attribution | None:
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
    s, e = _balance_quotes(text, s, e)
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
    sent_s = _sentence_start(text, min(src_start, noun.idx))
    sent_e = _sentence_end(text, max(e - 1, noun.idx))
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
    nxt = noun.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "that" and doc[nxt].dep_ == "mark" and doc[nxt].head.i > nxt \
            and doc[nxt].head.pos_ in ("VERB", "AUX") and not _ancestor(noun, doc[nxt].head):
        return doc[nxt].head
    return None


def _noun_source(noun: Token, clause: Token) -> Token | None:
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    if src is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i),
                  None)
        src = _pobj_of(by) if by is not None else None
    if src is None:
        # "a Pentagon statement that ...", "the New York Times report that ..."
        src = next((c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                    and c.i < noun.i), None)
    if src is None and noun.dep_ == "dobj" and noun.head.lower_ in lx.LIGHT_VERBS:
        # "Republicans have expressed concern that ...": the one who expresses it holds it
        src = _speaker_of(noun.head)
        if src is not None and (src.lower_ in ("it", "this", "that", "which") or (
                not _agentive(src) and (noun.head.lower_ not in lx.HOLDING_VERBS or src.pos_ != "NOUN"))):
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


def _pobj_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _complement_clause(doc: Doc, verb: Token) -> Token | None:
    """The cue's clausal complement: the one after it when there is one ("It is
    unlikely; her team says she will return": the team says the second clause).
    A clause before the cue is its content only when no semicolon or colon
    stands between them ("The vote is close, aides say")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = next((c for c in clauses if c.i > verb.i), None)
    if after is not None:
        return after
    before = next((c for c in clauses if c.i < verb.i), None)
    if before is not None and any(t.text in (";", ":") for t in doc[before.right_edge.i + 1:verb.i]):
        return None
    return before


# Verbs of saying that pass on a request or an order: "told X to ...", "asked X to ...".
_DIRECTIVE_CUES = {"tell", "ask", "advise", "remind"}


def _addressee_before_infinitive(verb: Token) -> Token | None:
    """The object of "told the staff to leave": a hearer followed by a to-infinitive
    that hangs on the cue."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if obj is None:
        return None
    to_clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > obj.i
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return obj if to_clause is not None else None


def _from_cue(doc: Doc, verb: Token, resolver: SpeakerResolver,
              quote_spans: list[tuple[int, int]]) -> Attribution | None:
    text = text_of(doc)
    low = verb.lower_
    ccomp = _complement_clause(doc, verb)
    content: tuple[int, int] | None = None
    if ccomp is None and (low in lx.SPEECH_VERBS or low in lx.BELIEF_VERBS):
        ccomp = _that_clause(doc, verb)
    base = lx.ALL_CUES.get(low, low)
    if ccomp is not None and base in lx.INTENTION_VERBS and base not in ("hope", "expect", "promise", "vow", "pledge", "threaten") \
            and not _infinitive_with_subject(ccomp):
        ccomp = None  # "Labour plans maternity pay rise": no reported clause
    parenthetical = False
    tail_speaker: Token | None = None
    if ccomp is not None:
        if ccomp.i > verb.i:
            content = _right_content(doc, verb, ccomp)
            obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < ccomp.i), None)
            if obj is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in ccomp.children) \
                    and low in lx.BELIEF_VERBS:
                # "believe the final is still realistic": the parser took the subject for an object
                content = (obj.left_edge.idx, content[1])
            front = _parenthetical_front(doc, verb, ccomp)
            if front is not None:
                content, parenthetical = (front.idx, content[1]), True
        else:
            # inverted: "..., analysts said."
            s, e = ccomp.left_edge.idx, ccomp.right_edge.idx + len(ccomp.right_edge.text)
            content = (s, e)
    elif (low in lx.SPEECH_VERBS or low in lx.BELIEF_VERBS) and (raised := _raised_that_clause(doc, verb)):
        content = raised
        tail_speaker = _subject_before(verb, content[0])
    elif base in _DIRECTIVE_CUES and (whom := _addressee_before_infinitive(verb)) is not None:
        # "told his aides to find another way": whom and what are the content
        content = _right_content(doc, verb, whom)
    elif low in lx.OBJECT_CUE_VERBS:
        first = None
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1), None) \
            if base == "call" else None
        pobj = _pobj_of(on) if on is not None else None
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
                first = _pobj_of(prep) if prep is not None else None
        if first is None:
            return None
        content = _without_adjuncts(doc, verb, first, _right_content(doc, verb, first))
    elif base in lx.INTENTION_VERBS or base in lx.BELIEF_VERBS.values():
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is None or doc[xcomp.left_edge.i].lower_ != "to":
            return None  # "plans to ...", not the headline noun "plans"
        content = _right_content(doc, verb, xcomp)
        if doc[xcomp.left_edge.i].lower_ == "to":
            content = (doc[xcomp.left_edge.i].idx, content[1])
    elif verb.dep_ == "parataxis" and (low in lx.SPEECH_VERBS or low in lx.BELIEF_VERBS):
        content = _parataxis_content(doc, verb)
        parenthetical = content is not None and content[0] < verb.idx < content[1]
    elif (as_clause := _as_cue_content(doc, verb)) is not None:
        content, parenthetical = as_clause
    elif low in lx.SPEECH_VERBS and (tail := _tail_cue(doc, verb)) is not None:
        content, tail_speaker = tail
    elif low in lx.SPEECH_VERBS:
        comp = next((c for c in verb.children if c.dep_ in ("advcl", "dep", "conj") and c.i > verb.i
                     and c.pos_ in ("VERB", "AUX") and not any(m.dep_ == "mark" for m in c.children)), None)
        front = _parenthetical_front(doc, verb, comp) if comp is not None else None
        if front is not None:
            # "Most of the gap, he said at a briefing, disappeared ...", the rest misparsed
            end = comp.right_edge
            content, parenthetical = (front.idx, end.idx + len(end.text)), True
    if content is None:
        return None
    s, e = _balance_quotes(text, *content)
    if e - s < 3:
        return None
    if ccomp is not None and ccomp.i > verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.lower_ in lx.RELATIVE_PRONOUNS for c in ccomp.children
    ):
        return None  # "the economy, which polls suggest is the top concern": a relative clause
    subj = tail_speaker or _speaker_of(verb)
    if subj is None and verb.dep_ == "acomp":
        subj = _holder(verb)  # "leaders are said to be worried that ..."
    if subj is None:
        return None
    if subj.lower_ in ("it",) and verb.i < (ccomp.i if ccomp is not None else verb.i + 1) and low in ("mean", "seem"):
        return None
    if base in ("show", "indicate", "suggest", "find") and subj.pos_ == "NOUN" and not _agentive(subj) \
            and subj.lower_ not in lx.EVIDENCE_NOUNS:
        return None  # "the recovery showed what a ban could achieve": events show, they do not say
    # The speaker must stand outside the content, unless the cue interrupts it.
    if s <= subj.idx < e and not parenthetical:
        return None
    sp = resolver.resolve(subj)
    sent_s = _sentence_start(text, min(s, verb.idx, subj.idx))
    sent_e = _sentence_end(text, max(e - 1, verb.idx))
    return Attribution(sent_s, max(sent_e, e), s, e, sp.name, sp.kind, False, low, sp.aliases,
                       cue_start=verb.idx, speaker_start=subj.left_edge.idx)


def _from_block(doc: Doc, cue: Token, s: int, e: int, resolver: SpeakerResolver) -> Attribution | None:
    """"The governor added:" and the paragraph it introduces."""
    subj = _speaker_of(cue)
    if subj is None:
        return None
    sp = resolver.resolve(subj)
    return Attribution(min(s, _sentence_start(text_of(doc), subj.idx)), e, s, e, sp.name, sp.kind, True, cue.lower_,
                       sp.aliases, cue_start=cue.idx, speaker_start=subj.left_edge.idx)


def _parenthetical_front(doc: Doc, verb: Token, ccomp: Token) -> Token | None:
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


def _as_cue_content(doc: Doc, verb: Token) -> tuple[tuple[int, int], bool] | None:
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


def _tail_cue(doc: Doc, verb: Token) -> tuple[tuple[int, int], Token] | None:
    """"Teenagers who sleep less score lower, study finds" and "..., the monitoring
    network reported on Wednesday" (parsed as a noun with a participle): a cue with
    no complement closing its sentence after a comma; what comes before is the content."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") or (c.i > verb.i and c.pos_ in ("VERB", "AUX")) or (
            c.i > verb.i and c.dep_ in ("prep", "prt") and c.lower_ not in _TAIL_PREPS) for c in verb.children):
        return None  # "..., the bank asked for guarantees": the cue has content of its own
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head
    else:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not _agentive(subj) and subj.lower_ not in lx.SOURCE_NOUNS:
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
    return (first.idx, end.idx + len(end.text)), subj


def _parataxis_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """"The loans, she said, were never repaid" (cue inside the clause) or
    "The loans were never repaid, she said" (after it): the clause the cue
    interrupts or follows."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "nsubj" for c in verb.children) or len(list(verb.subtree)) > 8:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    left, right = head.left_edge, head.right_edge
    while right.i > head.i and right.is_punct:
        right = doc[right.i - 1]
    if verb.left_edge.i <= left.i:
        return None  # the cue opens the sentence: not an interruption
    if verb.right_edge.i >= right.i:
        # the cue closes the sentence: the content stops at the comma before it
        cut = verb.left_edge.i - 1
        while cut > left.i and doc[cut].is_punct:
            cut -= 1
        right = doc[cut]
    return left.idx, right.idx + len(right.text)


def _from_according(doc: Doc, tok: Token, resolver: SpeakerResolver) -> Attribution | None:
    text = text_of(doc)
    to = next(c for c in tok.children if c.lower_ == "to")
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    phrase_s = tok.idx
    phrase_e = src.right_edge.idx + len(src.right_edge.text)
    sent_s, sent_e = _sentence_start(text, tok.idx), _sentence_end(text, tok.idx)
    left = (sent_s, phrase_s)
    right = (phrase_e, sent_e)
    s, e = right if (right[1] - right[0]) > (left[1] - left[0]) else left
    while s < e and text[s] in " ,;:—–":
        s += 1
    s, e = _balance_quotes(text, s, e)
    if e - s < 3:
        return None
    sp = resolver.resolve(src)
    return Attribution(sent_s, sent_e, s, e, sp.name, sp.kind, False, "according to", sp.aliases,
                       cue_start=tok.idx, speaker_start=src.idx)


# --- settling overlaps -------------------------------------------------------------


class _SpanIndex:
    """The attributions whose content spans come near a given one, found by bisection,
    so settling a long article compares each attribution with its neighbours only
    instead of with every other (every rule below needs the two spans to meet)."""

    def __init__(self, items: list[Attribution]):
        self.items = sorted(items, key=lambda a: a.content_start)
        self.starts = [a.content_start for a in self.items]
        self.longest = max((a.content_end - a.content_start for a in self.items), default=0)

    def near(self, a: Attribution, slack: int = 3) -> list[Attribution]:
        lo = bisect.bisect_left(self.starts, a.content_start - self.longest - slack)
        hi = bisect.bisect_left(self.starts, a.content_end + slack)
        return [b for b in self.items[lo:hi] if b.content_end > a.content_start - slack]


def _settle(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    text = text_of(doc)
    keep: list[Attribution] = []
    direct = _SpanIndex([a for a in found if a.direct])
    reported = _SpanIndex([a for a in found if not a.direct])
    for a in found:
        if not a.direct:
            # the same words already taken as a quote, or the same cue
            if any(_overlap(a, d) >= 0.5 * (a.content_end - a.content_start) or
                   (d.cue_start == a.cue_start and _overlap(a, d) > 0) for d in direct.near(a)):
                continue
            # nested cues: "X told the FT it expected ..." keeps the outer one;
            # "Swiss Re believes ..., the FT reported" keeps the inner one.
            drop = False
            for b in reported.near(a):
                if b is a:
                    continue
                if _nested(a, b):  # a inside b
                    if a.speaker == b.speaker or (_pronoun_at(text, a.speaker_start) and a.speaker_kind == "other"):
                        # "X told the FT it expected ...": keep the outer. A
                        # different holder ("aides said he believes ...") is an
                        # attribution of its own, nested in the outer one.
                        drop = True
                elif _nested(b, a):  # b inside a
                    if not _pronoun_at(text, b.speaker_start) and b.speaker != a.speaker \
                            and b.speaker_start <= a.content_start + 1 and _inverted(a):
                        # "Swiss Re believes ..., the FT reported", "Mr Johnson plans to ...,
                        # aides said": the one who holds the view is the speaker
                        drop = True
            if drop:
                continue
        keep.append(a)
    # no two claims on the same span: fall back to tight spans
    keep.sort(key=lambda a: (a.content_start, a.content_end))
    out: list[Attribution] = []
    seen_content: set[tuple[int, int]] = set()
    for a in keep:
        if (a.content_start, a.content_end) in seen_content:
            continue
        seen_content.add((a.content_start, a.content_end))
        out.append(a)
    spans: dict[tuple[int, int], list[Attribution]] = {}
    for a in out:
        spans.setdefault((a.claim_start, a.claim_end), []).append(a)
    for group in spans.values():
        if len(group) > 1:
            for a in group:
                pts = [p for p in (a.content_start, a.cue_start, a.speaker_start) if p >= 0]
                a.claim_start = min(pts)
                a.claim_end = max(a.content_end, _token_end(doc, a.cue_start), _token_end(doc, a.speaker_start))
    final: list[Attribution] = []
    used: set[tuple[int, int]] = set()
    for a in out:
        a.claim_start = min(a.claim_start, a.content_start)
        a.claim_end = max(a.claim_end, a.content_end)
        if (a.claim_start, a.claim_end) in used:
            continue
        used.add((a.claim_start, a.claim_end))
        final.append(a)
    return final


def _inverted(a: Attribution) -> bool:
    """The cue comes after its content ("..., the FT reported") or is "according to"."""
    return a.cue == "according to" or a.cue_start >= a.content_end


def _nested(inner: Attribution, outer: Attribution) -> bool:
    return outer.content_start <= inner.cue_start < outer.content_end and outer.content_start <= inner.content_start \
        and inner.content_end <= outer.content_end + 2


def _pronoun_at(text: str, i: int) -> bool:
    if i < 0:
        return True
    word = re.match(r"\w+", text[i:])
    return bool(word) and word.group().lower() in lx.SPEAKER_PRONOUNS


def _token_end(doc: Doc, idx: int) -> int:
    if idx < 0:
        return -1
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    return span.end_char if span is not None else idx


def _overlap(a: Attribution, b: Attribution) -> int:
    return max(0, min(a.content_end, b.content_end) - max(a.content_start, b.content_start))
