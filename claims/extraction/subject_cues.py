"""Subjects a few set words around an amount give away, before the parse is
walked: odds ("the $3.20 favourite"), a candidate's share in a poll ("leads
with 51%", "16% undecided"), what a sum is the worth of ("bonds worth $4bn",
"2 million barrels, worth $160m") and what a share more or less is paid for ("pay
20% more for bread"). Used by subjects.py."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .measures import is_money, names_unit
from .mentions import Mention
from .pipeline import text_of
from .subject_headlines import change_the_parse_lost
from .subject_parse import (
    _CONTAINER_NOUNS,
    _MEASURE_UNITS,
    QUOTED_VERBS,
    _noun_after,
    _phrase,
    amount_root,
)

# A price a bookmaker offers is the odds on a runner: "the $3.80 favourite", "backed at $7
# with bookmakers" (Australian and New Zealand racing write odds as the dollar return)
_ODDS_AFTER_RE = re.compile(
    r"\s+(?:(?:equal\s+)?(?:favourite|favorite|pick|shot|outsider|roughie)\b|"
    r"with\s+(?:the\s+)?(?:bookmakers|bookies|TAB)\b)"
)
# Verbs a candidate or a party holds a share of a poll with: "leading with 51%", "trailing on 33%"
_POLL_VERBS = set(
    lx.verb_forms(
        "lead led led leads leading", "trail", "poll", "sit sat sat sits sitting", "stand stood stood stands standing"
    )
)
# "found Mendes at 47% and Alvarez at 41%", "were tied at 45%": a candidate's share, in a sentence about a poll
_NAMED_AT_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:tied|level|deadlocked|neck\s+and\s+neck))\s+(?:at|on)\s+$")
# Where a party or a candidate ended up, and what it won: "finished second on 27 per cent", "took 31.2 per cent"
_PLACING = set(lx.verb_forms("finish", "come came come comes coming", "end", "place", "be was been is being are were"))
_WINNING = set(lx.verb_forms("take took taken takes taking", "win won won wins winning", "secure", "get got got gets getting",
                             "receive", "poll"))
_VOTES_RE = re.compile(r"\b(?:votes?|voted|election|by-election|ballots?|electorate|seats?|constituency|riding)\b",
                       re.IGNORECASE)
# Verbs of asking for or granting a rise: "asked for 7 per cent", "approved 3 per cent"
_ASKING_FOR = set(lx.verb_forms("ask", "push", "hold held held holds holding", "press", "bid bid bid bids bidding", "call",
                                "argue", "fight fought fought fights fighting", "apply applied applied applies applying"))
# (not "offered 4.5%": the offer, which the verb names)
_SEEKING = set(lx.verb_forms("seek sought sought seeks seeking", "want", "demand", "request", "grant", "approve", "award"))
_POLL_WORDS_RE = re.compile(r"\b(?:polls?|polling|survey|surveyed|voters|respondents|ballot)\b", re.IGNORECASE)
# "with 16% undecided": the voters who have not chosen
_UNCHOSEN_AFTER_RE = re.compile(r"\s+(undecided|unsure|uncommitted)\b")
_WORTH_BEFORE_RE = re.compile(
    r"(,\s*|\s)worth\s+(?:(?:about|some|around|roughly|nearly|almost|an\s+estimated|"
    r"more\s+than|over|up\s+to|at\s+least)\s+)?$"
)
_DET = r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|our\s+|your\s+)?"
# "$2 million worth of cocaine": what the sum is the worth of comes after it
_WORTH_OF_AFTER_RE = r"\s+worth\s+of\s+" + _DET + r"(?=[a-z0-9])"
# A share that someone holds, buys or sells, with nothing after it to say of what: a stake in a company
_HOLDS_BEFORE_RE = re.compile(
    r"\b(?:hold|holds|held|holding|own|owns|owned|owning|control|controls|controlled|acquired|acquire|acquiring|bought|buy|"
    r"buying|sold|sell|selling|retain|retains|retained|keep|keeps|kept)\s+(?:a\s+further\s+|another\s+|the\s+remaining\s+|"
    r"its\s+|their\s+|the\s+other\s+|just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)*$",
    re.IGNORECASE,
)
_OWNED_AFTER_RE = re.compile(r"\s*(?:per\s*cent|percent|%)?[\s-]+(?:owned|controlled|held)\s+by\b", re.IGNORECASE)
# ... nothing named after it but a stake or where it is held ("35 per cent in the venture"), not what is bought
# ("buy 20% less vanilla", "owns 12% of the airline")
_NOTHING_HELD_AFTER_RE = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s*(?:[,.;:)]|$|\s(?:stake|stakes|share|holding|in|on|at|from|to|for|last|this|next|and|"
    r"but|while|after|before|since|until|by|with|through|via|between)\b)",
    re.IGNORECASE,
)
# ("homeowners will pay 4.9 per cent more in property taxes", not "5% more in real terms")
_MORE_FOR_RE = r"\s+(?:more|less)\s+(?:for|on|in(?!\s+real\b|\s+total\b))\s+" + _DET + r"(?=[a-z])"
# "35% less than the shop price", "12% cheaper than a rival's model": what the share is taken of
_THAN_RE = (
    r"\s+(?:less|more|lower|higher|cheaper|dearer)\s+than\s+(?:the\s+|its\s+|their\s+|"
    r"(?:the\s+)?[A-Z][\w-]*(?:'s|’s)\s+|a\s+[a-z]+(?:'s|’s)\s+)(?=[a-z])"
)
# "£2m went on legal fees", "₹40 lakh meant for wages": what the sum went on or was set aside for
_WENT_ON_RE = (
    r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:went|goes|go|spent|meant|intended|"
    r"earmarked|reserved|budgeted|allocated|set\s+aside)\s+(?:on|for)\s+" + _DET + r"(?=[a-z0-9])"
)


# "400 kg a hectare", "3 tonnes per acre": what a field gives, its yield
_YIELD_RE = re.compile(
    r"\s?(?:kg|kilos?|kilograms?|tonnes?|tons?|t|bushels?|quintals?)\s+(?:a|an|per)\s+(?:hectare|acre|ha)\b"
)


# A footballer's move: "Rovers sell striker Jo Bell to Hamburg for €18m", "Bell joined from Ayr for £180,000"
_PLAYER_WORDS = (r"striker|midfielder|defender|winger|goalkeeper|keeper|forward|full-back|centre-back|center-back|"
                 r"playmaker|scorer|captain|prop|fly-half|scrum-half|lock|flanker|pitcher|shortstop|quarterback")
_TRANSFER_BEFORE_RE = re.compile(
    r"(?:\b(?:sell|sells|sold|selling|sign|signs|signed|signing|buy|buys|bought|land|lands|landed)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:" + _PLAYER_WORDS + r")\s+(?-i:[A-Z])[^.;:!?]{0,60}?|\b(?:joined|joins|arrived)\s+(?:[\w'’-]+\s+){0,3}?from\s+"
    r"(?-i:[A-Z])[^.;:!?]{0,40}?)\bfor\s+(?:an?\s+)?(?:club-record\s+|record\s+|reported\s+|fee\s+of\s+|initial\s+|undisclosed\s+)*\S*$",
    re.IGNORECASE)


def subject_from_cues(doc: Doc, m: Mention, span: Span) -> str:
    text = text_of(doc)
    after = text[m.ext_end : m.ext_end + 40]
    if _YIELD_RE.match(text, m.end):
        return "yield"
    if is_money(m.unit) and _ODDS_AFTER_RE.match(after):
        return "odds"
    if m.unit == "%":
        unchosen = _UNCHOSEN_AFTER_RE.match(after)
        if unchosen:
            return unchosen.group(1).lower()
        if _poll_share(span) or (_NAMED_AT_BEFORE_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
                                 and _POLL_WORDS_RE.search(span.sent.text)):
            return "support"
        if _vote_share(span):
            return "vote share"
        if _increase_sought(span):
            return "increase"
        if (closed := _closed_so_much(span)) is not None:
            return _phrase(closed)
        if (_HOLDS_BEFORE_RE.search(text, max(0, m.ext_start - 40), m.ext_start) and _NOTHING_HELD_AFTER_RE.match(after)) \
                or _OWNED_AFTER_RE.match(after):
            # "with a pension fund holding 35 per cent", "bought 9.9% on Monday", "80% owned by a trader": a share of a company
            return "stake"
        # "shoppers pay about 20% more for bread": the bread; the payment is what changed
        found = _noun_after(doc, m.ext_end, _MORE_FOR_RE) or _noun_after(doc, m.ext_end, _THAN_RE)
        if found and found.split()[-1].lower() not in _CONTAINER_NOUNS:
            return found
    if is_money(m.unit):
        if _TRANSFER_BEFORE_RE.search(text, max(0, m.ext_start - 140), m.ext_start):
            return "transfer fee"
        found = _noun_after(doc, m.ext_end, _WENT_ON_RE)
        if found:
            return found
        found = _worth_of(doc, m) or _noun_after(doc, m.ext_end, _WORTH_OF_AFTER_RE)
        if found:
            return found
    return change_the_parse_lost(doc, m)


def _closed_so_much(span: Span) -> Token | None:
    """ "the benchmark Sensex ended 0.6 per cent higher": what closed so much higher or lower, however the
    parser hung the share on the comparative."""
    doc = span.doc
    after = next((t for t in doc[span.end:span.end + 3] if t.lower_ in ("higher", "lower")), None)
    verb = after.head if after is not None else None
    if verb is None or verb.lower_ not in QUOTED_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _whole_named(node: Token) -> bool:
    """Whether an "of" phrase names what a share is a share of ("52% of likely voters", "40% of the site")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children)


def _held_with(span: Span) -> Token | None:
    """The verb a share is held "with" or "on" ("leading with 48%", "finished second on 27 per cent"),
    unless an "of" phrase names whose share it is."""
    node = amount_root(span.root)
    if node.dep_ != "pobj" or node.head.lower_ not in ("with", "on") or _whole_named(node):
        return None
    return node.head.head


def _poll_share(span: Span) -> bool:
    """ "Marlow leading with 48%", "Labour trails on 29%": the share a candidate holds, unless
    an "of" phrase names whose share it is ("leads with 52% of likely voters")."""
    verb = _held_with(span)
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.lower_ in _POLL_VERBS
        and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children)
    )


def _vote_share(span: Span) -> bool:
    """ "The Greens were third with 11.4 per cent", "Labour finished second on 27 per cent", "the candidate, who
    took 31.2 per cent of the vote ...": the share of the vote a party or a candidate won, by its place or by a
    sentence that speaks of votes (not "52% of likely voters": an "of" phrase names whose share it is)."""
    node = amount_root(span.root)
    if _whole_named(node):
        return False
    verb = _held_with(span)
    if verb is not None:
        placed = any(c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "top", "bottom") for c in verb.children
                     if c.dep_ in ("acomp", "advmod", "attr", "oprd", "npadvmod"))
        return placed and verb.lower_ in _PLACING
    return node.dep_ == "dobj" and node.head.lower_ in _WINNING and bool(_VOTES_RE.search(span.sent.text))


def _increase_sought(span: Span) -> bool:
    """ "The union had asked for 7 per cent", "nurses are seeking 12 per cent over three years", "the utility
    wanted 9.5 per cent": a share asked for or granted with nothing named is a rise of pay or of a
    rate (not "asked for 40% of the site": an "of" phrase names what it is a share of)."""
    node = amount_root(span.root)
    # (not "offered a 4% rise": the noun names it; nor "asked for 40 per cent more collateral")
    if not span.start <= node.i < span.end or _whole_named(node) \
            or re.match(r"\s+(?:more|less|fewer)\b", text_of(span.doc)[span.end_char : span.end_char + 8]):
        return False
    if node.dep_ == "pobj" and node.head.lower_ == "for":
        return node.head.head.lower_ in _ASKING_FOR
    return node.dep_ == "dobj" and node.head.lower_ in _SEEKING


def _worth_of(doc: Doc, m: Mention) -> str:
    """ "shares worth $30m" are what the sum is the worth of; after a
    comma and an amount ("2 million barrels, worth $160m"), the sum is that amount's value."""
    text = text_of(doc)
    mt = _WORTH_BEFORE_RE.search(text, max(0, m.ext_start - 40), m.ext_start)
    if not mt:
        return ""
    before = doc.char_span(max(0, mt.start() - 30), mt.start(), alignment_mode="expand")
    if before is None or not len(before):
        return ""
    tok = before[-1]
    while tok.pos_ == "ADV" and tok.i > before.start:
        tok = tok.doc[tok.i - 1]  # "was now worth", "is still worth"
    if tok.pos_ == "AUX" and tok.lower_ in ("is", "was", "are", "were", "be", "been"):
        # "the fee, frozen for a decade, was now worth about $6,000": what the copula's subject is
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ in ("aux", "auxpass"):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return _phrase(subj) if subj is not None and subj.pos_ == "NOUN" else ""
    amount = (
        tok.like_num
        or tok.lower_ in _MEASURE_UNITS
        or names_unit(tok.lower_)
        or any(c.dep_ == "nummod" for c in tok.children)
    )
    if mt.group(1).strip() == "," and amount:
        return "value"
    if tok.pos_ == "NOUN" and (tok.is_lower or tok.is_sent_start) and not amount:
        return _phrase(tok)
    return ""


# "cases now number 45", "the dead number at least 30", "refugees in the camp number about 12,000": "number"
# as a verb counts; the tagger calls it a noun, so its use is read from what stands around it
_COUNT_ADVERBS = {"now", "already", "still", "currently", "together", "collectively", "today", "then"}
# The words that may stand between "number" and its count ("number about 12,000", "number at least 30")
_ROUGH_PHRASES = ("about", "around", "some", "nearly", "almost", "roughly", "approximately", "at least", "more than",
                  "fewer than", "less than", "over", "well over", "only", "just")
_ROUGH_AFTER_RE = re.compile(r"\s+(?:" + "|".join(p.replace(" ", r"\s+") for p in _ROUGH_PHRASES) + r")\b")
_ROUGH_WORDS = {w for p in _ROUGH_PHRASES for w in p.split()}


def number_as_verb(word: Token) -> bool:
    """Whether "number" is the verb that counts: after "now" or "already", heading a clause with a subject,
    or before "about" or "at least"; never a label ("bus number 45", "at number 10")."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_ in _COUNT_ADVERBS:
        return True
    if word.dep_ in ("ROOT", "conj", "relcl", "ccomp") and any(c.dep_ == "nsubj" for c in word.children):
        return True
    return bool(_ROUGH_AFTER_RE.match(text_of(doc), word.idx + len(word.text)))


def counted_by_number(span: Span) -> str:
    """What "number" as a verb counts, as a subject: "cases now number 45" counts cases."""
    holder = number_verb_holder(span)
    if holder is None:
        return ""
    nominal = holder.tag_ == "VBN"  # "the injured now number 31"
    return holder.text if nominal else (_phrase(holder) or holder.text)


def number_verb_holder(span: Span) -> Token | None:
    """The word for what "number" as a verb counts, when `span` is its number: its subject ("cases now
    number 45"), the noun the parser hung it on when it took the verb for a noun ("refugees in the camp
    number about 12,000"), or the words right before it ("the injured now number 31": a participle
    standing for the people it describes). The extractor's subjects and the figures' reading both ask."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in _ROUGH_WORDS or doc[i].is_punct):
        i -= 1
    if i < 0 or doc[i].lower_ != "number" or not number_as_verb(doc[i]):
        return None
    word = doc[i]
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    if subject is None and word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ == "NOUN":
        subject = word.head.head
    if subject is None:
        j = word.i - 1
        while j >= 0 and doc[j].lower_ in _COUNT_ADVERBS:
            j -= 1
        nominal = j > 0 and doc[j].tag_ == "VBN" and doc[j - 1].lower_ == "the"
        if j >= 0 and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or nominal) and not doc[j].like_num:
            subject = doc[j]
    return subject

