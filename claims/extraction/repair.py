"""Mending tagger errors before any rule reads the parse: a verb read as the last noun of a compound, a
plural read as a verb after "that", an item of a price list read as a verb, and a verb read as a noun
where a clause's verb stands, with its subject before it.

In "The server's fan spins at 3,000 rpm" and "where up to 65 trailers queue along the ring road" the small
English model reads subject and verb as one noun phrase ("fan spins", "trailers queue"), and the
sentence or clause is left without a verb. Every rule after it then names the verb as what the number
counts ("fan spins"). Sometimes it tags the verb right and still hangs the noun before it on it as a
compound ("as butter price stays at €4"), and the rules miss the subject.

The error has a shape no real compound has: the sentence (or the clause after a conjunction or "where") has
no verb, the last noun's number disagrees with the noun before it (a singular before a plural, or a
plural before a singular: "fan spins", "trailers queue"), and it is followed at once by what follows
a verb: a preposition, a particle, a number, a determiner or a currency sign. "Job cuts of 300" keeps
its compound: a plural after a singular is common in noun phrases, and only "of" follows it there.

After "that" the tagger reads the plural that opens a clause as a verb ("told councillors that costs for
the bridge had risen", "told the council that repairs to the pier had cost £2.1m") with "that" for its subject. In 20
plurals of 20 tried after "told X that", it did; in about half the clause lost its subject. The plural
becomes the subject of the clause's verb, and "that" the word that opens the clause.

A price list that says its verb once ("Day tickets cost £12 and season passes £95") has its later items
read as verbs with a subject ("season passes" as "season" passing £95, more than £95). The item becomes
a plural noun joined to the list, with its price.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx

COMPONENT = "claims_verb_repair"

# A singular before a plural ("fan spins") or a plural before a singular ("trailers queue").
_DISAGREEING = {("NN", "NNS"), ("NNP", "NNS"), ("NNS", "NN"), ("NNPS", "NN")}
# What a verb's next word may be ("runs at", "sets aside", "fines three", "floods the"), or a word with a digit
# or a currency sign ("dips 14%", "allots $38m").
_AFTER_A_VERB = {"ADP", "PART", "NUM", "DET", "ADV", "SYM"}
_FINITE = {"VBZ", "VBP", "VBD", "MD"}  # a participle ("the proposed budget") is no verb of the sentence
_CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "conj", "relcl", "parataxis"}  # where a verb stands
# The conjunctions the tagger reads as prepositions before such a clause ("as turnout slumps to 41%").
_CLAUSE_OPENERS = {"as", "while", "after", "since", "until", "though", "although", "when", "once"}


def _verb_read_as_noun(sent: Span, word: Token) -> Token | None:
    """The noun before ``word`` that is really its subject, when ``word`` is a verb the tagger read as
    the last noun of a compound; else None."""
    doc = sent.doc
    if word.tag_ in _FINITE and word.i > sent.start:
        # Tagged a verb, yet the noun before it hangs on it as a compound ("as butter price stays at €4").
        # Not when the parse put it where a noun stands ("will top up the guarantee cover": a noun tagged a verb).
        if word.dep_ not in _CLAUSE_DEPS and not _under_opener(word):
            return None
        subject = doc[word.i - 1]
        return subject if subject.dep_ == "compound" and subject.head.i == word.i and subject.pos_ == "NOUN" else None
    if word.pos_ != "NOUN" or not word.is_lower or word.i == sent.start or word.i + 1 >= sent.end:
        return None
    subject, after = doc[word.i - 1], doc[word.i + 1]
    if subject.dep_ not in ("compound", "nsubj") or subject.head.i != word.i \
            or (subject.tag_, word.tag_) not in _DISAGREEING:
        return None
    if after.pos_ not in _AFTER_A_VERB and not any(ch.isdigit() for ch in after.text):
        return None
    if after.lower_ == "of" or (after.lower_ == "to" and after.i + 1 < sent.end and doc[after.i + 1].tag_ == "VB"):
        return None  # "job cuts of 300"; a headline's "fares to rise"
    before = doc[subject.i - 1] if subject.i > sent.start else None
    if before is not None and before.dep_ == "compound" and before.head.i == subject.i \
            and (before.tag_, subject.tag_) in _DISAGREEING:
        return None  # "the budget projects spending of ...": which of the two is the verb?
    if word.dep_ == "ROOT":
        # No verb hangs on it ("Price rises at Tesco, says ONS" keeps its noun): a verb in a relative
        # clause further on ("..., of which $9m goes to bridges") hangs on a noun of its own.
        return subject if not any(c.tag_ in _FINITE for c in word.children) else None
    if word.dep_ == "relcl":  # "where up to 65 trailers queue along the ring road"
        first = word.left_edge
        return subject if first.tag_ in ("WRB", "WDT") and first.head.i == word.i else None
    return subject if _under_opener(word) and word.head.i == word.left_edge.i - 1 else None


def _under_opener(word: Token) -> bool:
    """Whether the parser hung ``word`` on a conjunction it read as a preposition ("as turnout slumps")."""
    return word.dep_ == "pobj" and word.head.lower_ in _CLAUSE_OPENERS


def _make_verb(word: Token, base: bool = False) -> None:
    """Make ``word``, tagged a noun, a verb (a base form after a modal or "to"), and what the parser took for
    its apposition its object ("allots $38m")."""
    if word.pos_ == "NOUN":
        word.pos_, word.tag_ = "VERB", ("VB" if base else "VBZ" if word.tag_ == "NNS" else "VBP")
    for child in word.children:
        if child.i > word.i and child.dep_ == "appos":
            child.dep_ = "dobj"


def _mend(word: Token, subject: Token) -> None:
    """Make ``word`` the verb and ``subject`` its subject, with the words before it that were the phrase's."""
    _make_verb(word)
    for child in list(word.children):
        if child.i < subject.i:
            child.head = subject
    subject.dep_ = "nsubj"
    for child in subject.lefts:
        if child.dep_ == "nsubj":  # "Tunnel cost climbs": the first noun was read as the subject of the second
            child.dep_ = "compound"
    if _under_opener(word):
        opener = word.head
        main = opener.head
        word.head, word.dep_ = (main, "advcl") if main.i != opener.i else (word, "ROOT")
        opener.head, opener.dep_, opener.pos_ = word, "mark", "SCONJ"
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
        if after.head.i == main.i and after.dep_ == "prep":  # "slumps to 41%": the parser hung "to" on the main verb
            after.head = word


def _plural_read_as_verb(that: Token) -> tuple[Token, Token] | None:
    """ "told the council that repairs to the pier had cost £2.1m": the tagger read the plural that opens the
    reported clause as a verb ("repairs", "visits", "costs") with "that" for its subject, hung on the cue's
    object or on the cue, and hung the clause's own verb on the cue beside it. That plural and that verb,
    else None."""
    doc = that.doc
    word = doc[that.i + 1] if that.i + 1 < len(doc) else None
    if that.lower_ != "that" or that.dep_ != "nsubj" or word is None or word.tag_ != "VBZ" or not word.is_lower:
        return None
    if word.dep_ == "nsubj" and that.head.i == word.head.i and word.head.pos_ in ("VERB", "AUX") \
            and all(c.dep_ == "prep" for c in word.children):
        return word, word.head  # "told councillors that costs for the bridge had risen": both the verb's subjects
    if that.head.i != word.i or word.dep_ not in ("relcl", "ccomp") \
            or not all(c.dep_ in ("nsubj", "prep") for c in word.children):
        return None
    cue = word.head if word.dep_ == "ccomp" else word.head.head
    verb = next((t for t in doc[word.right_edge.i + 1:cue.sent.end] if t.head.i == cue.i and t.dep_ == "ccomp"
                 and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return word, verb


def _mend_plural(that: Token, word: Token, verb: Token) -> None:
    """Make ``word`` the noun that is the subject of ``verb``, and "that" the word that opens the clause."""
    word.pos_, word.tag_ = "NOUN", "NNS"
    word.head, word.dep_ = verb, "nsubj"
    that.head, that.dep_, that.pos_, that.tag_ = verb, "mark", "SCONJ", "IN"


# Words that make a noun a noun, whatever else it has: "make it a fight", "many of them older adults"
_NOUN_CHILDREN = {"det", "amod", "poss", "nummod", "predet", "case", "quantmod"}
_PLURAL_PRONOUNS = {"they", "we", "i", "you", "these", "those"}


def _base_form(word: Token) -> bool:
    """Whether ``word`` as a verb would stand after a modal or "to" ("should index", "debt to peak")."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in word.children) or (
        word.i > 0 and word.doc[word.i - 1].lower_ == "to")


def _agrees_as_verb(word: Token, subject: Token) -> bool:
    """Whether ``word`` read as a verb would agree with ``subject``: "enrolment slumps", "brewers age",
    "debt to peak", never "the harbour bridge" or "should index fees"."""
    if _base_form(word):
        return word.tag_ == "NN"
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _PLURAL_PRONOUNS or any(
        c.dep_ == "conj" for c in subject.children)
    return word.tag_ == ("NN" if plural else "NNS")


def _clause_noun_with_subject(word: Token) -> bool:
    """ "as overseas enrolment slumps", "Brewers in Munich age their lager": a word tagged a noun, standing
    where a clause's verb stands, with a subject before it, no word that only a noun takes, and a verb's
    agreement with that subject."""
    if word.pos_ != "NOUN" or word.tag_ not in ("NN", "NNS") or not word.is_alpha or not word.is_lower \
            or word.dep_ not in _CLAUSE_DEPS:
        return False
    subject = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)
    if subject is None or any(c.dep_ in _NOUN_CHILDREN for c in word.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "MD" and c.lower_ != "to" for c in word.children):
        return False  # "40 patients had type 2 diabetes": after "had" or "is" a verb would be a participle
    return _agrees_as_verb(word, subject)


# Verbs of a price list, whose later items may leave the verb out ("Day tickets cost £12 and season passes £95")
_PRICE_VERBS = set(lx.verb_forms("cost cost cost costs costing", "pay paid paid pays paying", "charge",
                                 "sell sold sold sells selling"))


def _list_item_read_as_verb(word: Token) -> tuple[Token, Token] | None:
    """ "Day tickets cost £12 and season passes £95": a price list that says its verb once, whose later item
    the tagger read as a verb ("passes", "costs", "tours") with the noun before it for its subject and the
    price for its object. That noun and the price, else None."""
    if word.tag_ != "VBZ" or word.dep_ != "conj" or not word.is_lower or word.head.lower_ not in _PRICE_VERBS:
        return None
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    price = next((c for c in word.children if c.dep_ == "dobj" and c.i > word.i), None)
    if before is None or price is None or before.dep_ != "nsubj" or before.head.i != word.i or before.tag_ != "NN" \
            or any(c.dep_ not in ("nsubj", "dobj", "punct") for c in word.children):
        return None
    if not any(c.dep_ == "dobj" and c.i < word.i and c.like_num for c in word.head.children) or not price.like_num:
        return None  # the first item names a price too, and so does this one
    return before, price


def _mend_list_item(word: Token, noun: Token, price: Token) -> None:
    """Make ``word`` the plural noun of a list item joined to the first item's verb, with ``price`` its price."""
    word.pos_, word.tag_ = "NOUN", "NNS"
    noun.dep_ = "compound"
    price.head, price.dep_ = word, "npadvmod"


_MAY_MEND = {"NOUN", "VERB", "AUX"}


@Language.component(COMPONENT)
def verb_repair(doc: Doc) -> Doc:
    if not doc.has_annotation("DEP"):
        return doc
    for sent in list(doc.sents):  # mending moves heads within a sentence, never its bounds
        for word in sent:
            if word.pos_ not in _MAY_MEND and word.lower_ != "that":
                continue  # (a cheap look first: most words are none of these)
            subject = _verb_read_as_noun(sent, word)
            if subject is not None:
                _mend(word, subject)
            elif (plural := _plural_read_as_verb(word)) is not None:
                _mend_plural(word, *plural)
            elif (item := _list_item_read_as_verb(word)) is not None:
                _mend_list_item(word, *item)
            elif _clause_noun_with_subject(word):
                _make_verb(word, _base_form(word))
    return doc
