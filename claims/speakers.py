"""How a speaker's name becomes the key that makes it one row across articles."""

import re
import unicodedata

# Courtesy and office titles that do not change who is speaking.
_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "chancellor", "judge", "justice", "gen", "general", "col",
    "colonel", "capt", "captain", "rev", "reverend", "the", "chairman", "chairwoman", "chief",
    "executive", "ceo", "king", "queen", "prince", "princess", "pope", "sheikh",
}


def speaker_key(name: str, kind: str) -> str:
    """Case-, accent- and punctuation-folded name; titles dropped for people.

    "Mr. Benjamin Netanyahu", "Benjamin Netanyahu" and "benjamin  netanyahu" share a key.
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.replace("’", "'")
    folded = re.sub(r"'s\b", "", folded)
    words = re.findall(r"[\w]+", folded)
    if kind == "person":
        kept = [w for w in words if w not in _TITLES]
        words = kept or words
    elif words and words[0] == "the":
        words = words[1:] or words
    return " ".join(words)[:300]
