"""Personal names the NER model missed: runs of capitalised proper nouns
("Goalkeeper Tomas Reyes", "Trade Minister Maria Lindqvist's plan") with the
titles and roles in front taken off, indexed by surname so that a speaker
named by surname alone gets the full name the article gave."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx

# Words that open a role rather than a name ("Trade Minister", "Chief Executive").
ROLE_WORDS = {t.rstrip(".") for t in lx.TITLES} | lx.PERSON_NOUNS | {
    "chief", "executive", "officer", "director", "manager", "coach", "goalkeeper", "striker", "captain",
    "defender", "midfielder", "forward", "bowler", "batsman", "spokesman", "spokeswoman", "chairman",
    "chairwoman", "president", "vice", "deputy", "foreign", "trade", "health", "finance", "home", "prime",
    "attorney", "general", "solicitor", "barrister", "prosecutor", "judge", "justice", "mayor", "councillor",
    "governor", "senator", "representative", "congressman", "congresswoman", "mp", "mep", "lord", "lady",
    "sir", "dame", "dr", "prof", "mr", "mrs", "ms", "miss", "kc", "qc", "head", "teacher", "founder",
}
# Words that make a run of capitals an organisation or place, never a person.
ORG_WORDS = lx.ORG_NOUNS | {
    "city", "united", "county", "rovers", "athletic", "fc", "ltd", "plc", "inc", "corp", "holdings",
    "airlines", "airways", "buses", "energy", "news", "times", "post", "journal", "college", "court",
    "street", "road", "river", "glacier", "open", "cup", "league", "marathon", "festival", "games",
    "bay", "port", "harbour", "island", "valley", "north", "south", "east", "west", "royal", "national",
    "international", "&", "and", "of", "for",
}


def name_index(doc: Doc) -> dict[str, set[str]]:
    """Surname -> the full names (two or three words) that end with it."""
    out: dict[str, set[str]] = {}
    i, n = 0, len(doc)
    while i < n:
        if not _capital(doc[i]):
            i += 1
            continue
        j = i
        while j < n and (_capital(doc[j]) or (doc[j].lower_ in ("van", "von", "de", "der", "ten", "da", "di", "al")
                                              and j + 1 < n and _capital(doc[j + 1]))):
            j += 1
        run = [t for t in doc[i:j]]
        i = j
        # the role in front: "Trade Minister Maria Lindqvist" -> "Maria Lindqvist"
        last_role = max((k for k, t in enumerate(run) if t.lower_.rstrip(".") in ROLE_WORDS), default=-1)
        words = run[last_role + 1:]
        if not 2 <= len(words) <= 3:
            continue
        if any(t.lower_ in ORG_WORDS or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT")
               for t in words):
            continue
        name = " ".join(t.text for t in words)
        out.setdefault(words[-1].text, set()).add(name)
    return out


def _capital(t) -> bool:
    return t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.is_sent_start or (
        t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.is_sent_start and t.lower_.rstrip(".") in ROLE_WORDS
    ) or (t.is_title and t.is_alpha and t.is_sent_start and t.pos_ == "PROPN" and t.ent_type_ == "PERSON")
