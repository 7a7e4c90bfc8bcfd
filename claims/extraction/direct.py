"""Direct quotes with their cue and speaker: the cue after the quote ("..., Hamad
said") or before it ("Hewitt said: ..."), quotes that go on from the last
speaker, and paragraphs introduced by "X added:"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .holders import agentive, speaker_of
from .pipeline import text_of
from .quotes import Quote
from .spans import Attribution, near, sentence_end, sentence_start, skip_space, tokens_between
from .speakers import Speaker, SpeakerResolver


def _cue_after(doc: Doc, q: Quote) -> Token | None:
    """'"...," Hamad said', '"...," said Jan Egeland', '"...", he added'."""
    text = text_of(doc)
    end = sentence_end(text, q.after) if q.closed else q.close
    if not q.closed:
        return None
    toks = tokens_between(doc, q.after, end)
    words = 0
    for t in toks:
        if t.is_punct and words == 0:
            continue
        if (t.lower_ in lx.SPEECH_VERBS or t.lower_ in lx.BELIEF_VERBS) and not (
                t.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in t.children)):
            # not "the judge", "her report": a noun with its determiner names the speaker
            if t.dep_ == "relcl" and text[q.close - 1:q.close] in ".!?":
                return None  # '..." Officers who believe ...': a new sentence about others
            if t.dep_ == "pcomp" and t.head.pos_ == "ADP":
                return None  # '... to developers" without asking anyone': the quote's own sentence goes on
            if t.tag_ == "VBG" and (any(w.lower_ == "with" for w in toks if w.i < t.i)
                                    or any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)):
                # '... "a disaster", with its spokesperson saying ...', '... "a sleight of hand", arguing that ...':
                # a report of its own
                return None
            if text[q.close - 1:q.close] == "." and any(c.dep_ in ("neg", "ccomp") and (c.dep_ == "neg" or c.i > t.i)
                                                        for c in t.children):
                return None  # '...." The board would not say whether ...': a new sentence with a report of its own
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


# "She continued, ..." and "Hale continued: ..." introduce more of a quote, "a
# friend commented: ..." a quote, only right before its mark ("did not comment"
# reports nothing, so these are no cues elsewhere).
_GOING_ON = {"continued", "continues", "commented", "comments"}


def _speaker_of_cue(cue: Token) -> Token | None:
    """The cue's subject; in 'Said Ellis: "..."' the parser made the cue a
    compound of the name that follows it."""
    subj = speaker_of(cue)
    if subj is None and cue.dep_ == "compound" and cue.head.pos_ == "PROPN" and cue.head.i > cue.i:
        return cue.head
    return subj


def _cue_before(doc: Doc, q: Quote, prefix_start: int) -> Token | None:
    """'Ms Hewitt said: "...', 'he told reporters, "...'."""
    text = text_of(doc)
    prefix = text[prefix_start:q.open].rstrip()
    if not prefix:
        return None
    toks = tokens_between(doc, prefix_start, len(prefix) + prefix_start)
    if prefix.endswith(":") or prefix.endswith(","):
        words = [t for t in toks if not t.is_punct]
        if words and words[-1].lower_ in _GOING_ON and words[-1].pos_ == "VERB":
            return words[-1]  # 'She continued, "...': more of what she says
        for t in reversed(toks):
            if t.lower_ in lx.ALL_CUES and t.pos_ in ("VERB", "AUX"):
                return None if _reported_before(t, q) is not None else t
        return None
    if toks and toks[-1].lower_ in lx.SPEECH_VERBS:
        return toks[-1]
    return None


def _reported_before(cue: Token, q: Quote) -> Token | None:
    """The clause a cue reports before the quote: 'said 3,200 soldiers were unfit, "so the real figure
    ..."' goes on from the reported clause, a mixed quote."""
    return next((c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i and c.idx < q.open), None)


def _mixed_before(doc: Doc, q: Quote, prefix_start: int) -> tuple[Token, int] | None:
    """The cue and where its reported clause starts, when the quote ends that clause (_reported_before)."""
    text = text_of(doc)
    if not text[prefix_start:q.open].rstrip().endswith(","):
        return None
    for t in reversed(tokens_between(doc, prefix_start, q.open)):
        if t.lower_ in lx.ALL_CUES and t.pos_ in ("VERB", "AUX") and (clause := _reported_before(t, q)) is not None:
            first = doc[clause.left_edge.i]
            if first.lower_ == "that" and first.dep_ == "mark" and first.i + 1 < len(doc):
                first = doc[first.i + 1]
            return t, first.idx
    return None


def from_quote(doc: Doc, q: Quote, resolver: SpeakerResolver, last: Attribution | None,
                quote_spans: list[tuple[int, int]]) -> Attribution | None:
    text = text_of(doc)
    c_start, c_end = q.content
    c_start = skip_space(text, c_start, c_end)
    if c_end - c_start < 2:
        return None
    sent_start = sentence_start(text, q.open)
    standalone_start = text[sent_start:q.open].strip() == ""
    cue = _cue_after(doc, q)
    speaker_tok = None
    claim_start, claim_end = (sent_start if not standalone_start else q.open), q.after if q.closed else q.close
    mixed = False
    if cue is not None:
        speaker_tok = speaker_of(cue)
        claim_end = max(claim_end, sentence_end(text, cue.idx))
        if not standalone_start:
            # 'Repairs could cost a fraction of the "millions ...," said X'
            before = _cue_before(doc, q, sent_start)
            if before is None:
                mixed = True
    else:
        cue = _cue_before(doc, q, sent_start) if not standalone_start else None
        if cue is None and not standalone_start and (reported := _mixed_before(doc, q, sent_start)) is not None:
            cue, reported_start = reported
            c_start, c_end, mixed = reported_start, q.after, True
        if cue is not None:
            speaker_tok = _speaker_of_cue(cue)
            if cue.lower_ in _GOING_ON and speaker_tok is not None and not agentive(speaker_tok):
                speaker_tok = None  # 'The queue continued, "slowly" ...': a queue says nothing
            claim_start = sent_start
            if q.closed and (tail := _clause_after_quote(text, q)) is not None:
                # 'said that, "Of course he will defend himself" against what the campaign
                # sees as an attack': a mixed quote, the reported clause goes on past the mark
                c_start, c_end = q.open, tail
                claim_end = max(claim_end, tail)
    if cue is None and (signed := _dash_signature(doc, q)) is not None:
        # '"Maybe we can build a wall around him." ― Steve Quinlan'
        sp = resolver.resolve(signed)
        sp.name = sp.name.lstrip("―—–- \u00a0")  # the tagger may take the dash into the name
        return Attribution(q.open, signed.idx + len(signed.text), c_start, c_end, sp.name, sp.kind, True, "―",
                           sp.aliases, cue_start=q.after, speaker_start=signed.idx)
    if cue is None:
        # a quote standing alone: it goes on from the last speaker, in this
        # paragraph or the one before
        after = text[q.after:sentence_end(text, q.after) if q.closed else q.close].strip()
        if q.closed and text[q.close - 1:q.close] in ".!?" and after[:1].isupper():
            after = ""  # '"... the end." She said ...': the quoted sentence ended, a new one follows
        if not standalone_start or (after and after not in ".!?"):
            return None
        if last is None or not near(text, last.claim_end, q.open):
            return None
        if _heading_or_stage_direction(text[c_start:c_end]):
            return None
        sp = Speaker(last.speaker, last.speaker_kind, list(last.aliases))
        return Attribution(q.open, claim_end, c_start, c_end, sp.name, sp.kind, True, "", sp.aliases,
                           cue_start=-1, speaker_start=-1)
    if speaker_tok is None:
        return None
    if mixed and speaker_tok.lower_ in ("he", "she"):
        # 'Moreau had "lied to the board", she told the panel': a name in what she says is not who she is
        resolver.forget_inside(sent_start, q.after)
    sp = resolver.resolve(speaker_tok)
    if cue.i < speaker_tok.i and sp.name.startswith(cue.text + " "):
        sp.name = sp.name[len(cue.text) + 1:]  # 'Said Ellis: "..."': the cue is no part of the name
    if mixed and cue.idx > q.open:
        c_start, c_end = sent_start, q.after
    return Attribution(claim_start, claim_end, c_start, c_end, sp.name, sp.kind, True, cue.lower_, sp.aliases,
                       cue_start=cue.idx, speaker_start=speaker_tok.idx)


def _clause_after_quote(text: str, q: Quote) -> int | None:
    """Where the sentence ends when it goes on, in lower case and without a comma,
    past the closing mark of a quote ('"..." against what ...'); None when the
    quote ends the clause."""
    end = sentence_end(text, q.after)
    rest = text[q.after:end]
    if text[q.content[0]:q.content[1]].rstrip().endswith((",", ".", "!", "?")):
        return None  # '"Don't do it," until gunshots are heard': the quoted sentence ended
    if not re.match(r" [a-z]", rest) or re.match(r" (?:said|says|added|told|he|she|they|it)\b", rest):
        return None
    stop = re.search(r"[,;:]|\s[—–-]{1,2}\s", rest)
    if stop is not None:
        end = q.after + stop.start()  # the clause, not what the writer adds after a comma
    while end > q.after and text[end - 1] in " .!?\"'”’":
        end -= 1
    return end


_MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                "as", "is", "nor", "so", "yet", "up", "off", "out", "into", "over", "vs"}


def _heading_or_stage_direction(content: str) -> bool:
    """A quoted line that goes on from no one: a section heading in title case
    ("'Game Over.'") or a transcript's stage direction ("(CROSSTALK.)")."""
    body = content.strip().rstrip(".!?,;:").strip()
    if body.startswith("(") and body.endswith(")"):
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", body)
    if re.search(r"[.!?]\s", body) or len(words) < 3 or len(words) > 10:
        return False
    return words[0][0].isupper() and all(w[0].isupper() for w in words if w.lower() not in _MINOR_WORDS)


# a dash and a name ending the line; [^\S\n] is any space but a line break (no-break spaces too)
_SIGNATURE = re.compile(r"[.,]?[^\S\n]*[―—–-]{1,2}[^\S\n]*(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})"
                        r"[^\S\n]*[.,]?[^\S\n]*(?:\n|$)")


def _dash_signature(doc: Doc, q: Quote) -> Token | None:
    """A closed quote signed with a dash and a name that ends the line (a
    vox pop, an epigraph): the name's last word, to resolve as the speaker."""
    if not q.closed:
        return None
    text = text_of(doc)
    m = _SIGNATURE.match(text, q.after)
    if m is None:
        return None
    span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
    last = len(span) - 1 if span is not None else -1
    while last >= 0 and span[last].is_punct:
        last -= 1
    if last < 0 or span[last].pos_ != "PROPN":
        return None
    return span[last]


def from_turn(name: str, at: int, s: int, e: int, resolver: SpeakerResolver) -> Attribution:
    """A transcript's turn ("PENCE: Well, look, ..."): the paragraph is what the named person said, in
    their own words; the name in capitals is the surname (or full name) of one the article names."""
    written = " ".join(w.capitalize() for w in name.split())
    full = resolver.full_name(written)
    return Attribution(at, e, s, e, full or written, "person", True, "", resolver.aliases(full or written, "person"),
                       cue_start=at, speaker_start=at)


def from_block(doc: Doc, cue: Token, s: int, e: int, resolver: SpeakerResolver) -> Attribution | None:
    """"The governor added:" and the paragraph it introduces."""
    subj = speaker_of(cue)
    if subj is None:
        return None
    sp = resolver.resolve(subj)
    return Attribution(min(s, sentence_start(text_of(doc), subj.idx)), e, s, e, sp.name, sp.kind, True, cue.lower_,
                       sp.aliases, cue_start=cue.idx, speaker_start=subj.left_edge.idx)
