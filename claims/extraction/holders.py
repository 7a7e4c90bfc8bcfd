"""Who holds what a cue reports: the subject of the cue, or of the verb it
completes, coordinates with or hangs on ("began by saying", "is understood to
believe", "prompting Obama to warn")."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx


def _joined_to_opening_place(verb: Token) -> Token | None:
    """ "In Tralee, Mrs Nora Quill, who keeps bees, said ...": the parser joined the
    speaker to the place the sentence opens in, leaving the cue without a subject."""
    sent = verb.sent
    opening = sent[0]
    if opening.lower_ != "in" or opening.dep_ != "prep" or opening.head.i != verb.i:
        return None
    place = next((c for c in opening.children if c.dep_ == "pobj"), None)
    lost = next((c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i), None) \
        if place is not None else None
    if lost is None or verb.doc[lost.left_edge.i - 1].text != ",":
        return None
    return lost


def _relative_clause_owner(verb: Token) -> Token | None:
    """"Coun. Aldo Ferreira, who voted against it along with Coun. Mira Patel, warned that ...":
    the parser made the last name of the relative clause the cue's subject; the one who warned
    is the name the clause hangs on."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or verb.i < 2 or doc[verb.i - 1].text != "," or subj.i != verb.i - 2:
        return None
    who = None
    for t in reversed(doc[max(0, subj.left_edge.i - 40):subj.left_edge.i]):
        if t.text in (".", "!", "?") or "\n" in t.text:
            break  # (the parser may have begun a sentence inside the clause: look back to the last stop)
        if t.lower_ == "who":
            who = t
            break
    if who is None or who.i < 2 or doc[who.i - 1].text != "," or who.head.dep_ != "relcl":
        return None
    if any(t.text in ",;:" or t.is_quote for t in doc[who.i + 1:subj.left_edge.i]):
        return None
    owner = who.head.head
    return owner if owner.i == who.i - 2 and owner.pos_ == "PROPN" else None


def speaker_of(verb: Token) -> Token | None:
    """The subject of a cue verb, borrowed from the verb it is coordinated
    with or a participle of ("quit ... claiming that")."""
    doc = verb.doc
    k = verb.i - 1
    while k > 1 and (doc[k].text == "," or (doc[k].like_num and doc[k].dep_ == "appos")):
        k -= 1  # "Harold Tamsin, 81, said"
    if verb.dep_ in ("conj", "ROOT") and k < verb.i - 1 and doc[verb.i - 1].text == "," and doc[k].dep_ == "appos" \
            and doc[k].pos_ == "PROPN" and (doc[k].head.lower_ in lx.PERSON_NOUNS or doc[k].ent_type_ == "PERSON") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return doc[k]  # "..., whose chairman, Peter Otieno, said ...": the parser lost him
    owner = _relative_clause_owner(verb)
    if owner is not None:
        return owner
    if verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        lost = _joined_to_opening_place(verb)
        if lost is not None:
            return lost
    owner = appositive_owner(doc[k])
    if verb.dep_ == "ROOT" and k < verb.i - 1 and doc[verb.i - 1].text == "," and doc[k].dep_ == "appos" \
            and doc[k].pos_ == "PROPN" and owner.i < k and owner.dep_ == "appos" \
            and (owner.lower_ in lx.PERSON_NOUNS or owner.lower_ in lx.ANONYMOUS_NOUNS) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Police seized two cars, a spokeswoman for the prosecutors, Ana Ruiz, said.":
        # the parser hung her on the clause before, as if she were one more thing seized
        return doc[k]
    v = verb
    for _ in range(3):
        # a subject the parser took from inside a quote before the cue is none ('"... Housing," the TD said')
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        outside = [c for c in subjects if not (c.i < v.i and any(
            ch in v.doc[c.i:v.i].text for ch in '"“”'))]
        subj = next(iter(outside or subjects), None)
        if subj is not None and v is not verb and v.dep_ == "ccomp" and v.head.lower_ in lx.ALL_CUES and (
                not agentive(subj) or (verb.dep_ == "conj" and verb.head.i == v.i and
                                        (doc_before(verb, "and") or doc_before(verb, "but")))):
            # "X said the offer was fair and urged ...": the parser tied "urged"
            # to "was"; an offer urges nothing, X does
            v = v.head
            continue
        if subj is not None:
            return subj
        if v is not verb and v.dep_ == "ccomp" and v.head.lower_ in lx.ALL_CUES and verb.dep_ == "conj" \
                and verb.head.i == v.i and any(c.dep_ == "nsubjpass" for c in v.children) \
                and any(c.dep_ == "ccomp" for c in verb.children):  # (a clause reported, not "vowed to name them")
            # "She said the budget had been cut, and warned that ...": the parser tied "warned" to the
            # passive clause she reported; she warned
            v = v.head
            continue
        if v.dep_ == "acl" and v.tag_ == "VBD" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head  # "A report by the committee called for ...", parsed as a noun phrase
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.i > 0 and v.doc[v.i - 1].text == "," and (v.head.pos_ == "PROPN" or (
                v.head.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in v.head.children))) \
                and v.lower_ in lx.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in v.children):
            return v.head  # "The treasurer, Nina Vos, conceded ... that": taken for a participle
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and agentive(v.head):
            doc_noun = v.head
            if doc_noun.lower_ in lx.SOURCE_NOUNS and doc_noun.dep_ == "dobj":
                # "The union issued a statement saying ...": who issued it says it
                issuer = next((c for c in doc_noun.head.children if c.dep_ == "nsubj"), None)
                if issuer is not None and agentive(issuer) and issuer.lower_ not in lx.RELATIVE_PRONOUNS:
                    return issuer
            return v.head  # "with analysts saying the deal is dead", "the council, saying ..."

        prep = v.head
        if v.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.lower_ in ("aside", "apart") \
                and prep.head.head.pos_ in ("VERB", "AUX"):
            prep = prep.head  # "refused to name anyone, aside from saying ...": as for a manner
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and prep.dep_ in ("prep", "advmod") \
                and prep.head.pos_ in ("VERB", "AUX"):
            act = prep.head
            if prep.lower_ == "for":
                # "criticised the minister for saying ...", "was censured for
                # saying ...": the one blamed said it
                obj = next((c for c in act.children if c.dep_ in ("dobj", "nsubjpass") and c.i < v.i), None)
                if obj is None and not any(c.dep_ in ("dobj", "dative") for c in act.children):
                    # "apologized for saying ...", "appeared before the panel for saying
                    # ...": with no one acted on, the one who acts said it
                    obj = next((c for c in act.children if c.dep_ == "nsubj" and c.i < act.i), None)
                return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON") else None
            if prep.lower_ in _MANNER_PREPS or prep.lower_ in ("aside", "apart"):
                # "began by saying ...", "despite admitting that ...": whoever acts
                # says it, also as the subject of a passive ("After saying ..., she
                # was taken to hospital")
                v = act
                passive = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
                if passive is not None and not any(c.dep_ == "nsubj" for c in v.children):
                    return passive
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
            if obj is not None and agentive(obj):
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


def appositive_owner(name: Token) -> Token:
    """The noun a name is in apposition to: "a spokeswoman for the prosecutors, Ana
    Ruiz," hangs the name on the body she speaks for; she is the owner."""
    owner = name.head
    if owner.dep_ == "pobj" and owner.head.dep_ == "prep":
        owner = owner.head.head
    return owner


# Prepositions whose -ing clause is said by the subject of the verb they hang on.
_MANNER_PREPS = {"by", "after", "before", "while", "when", "in", "without", "since", "upon", "on", "despite"}


_PASSIVE_REPORTS = {"understood", "said", "thought", "believed", "reported", "known", "alleged", "rumoured",
                    "rumored", "reputed", "seen", "considered",
                    # "can be heard shouting to the stewards that ...": the one heard says it
                    "heard"}


def doc_before(tok: Token, word: str) -> bool:
    """"said he would order a review and warned against ...": the second act of
    saying is coordinated by the word just before it."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == word


def agentive(tok: Token) -> bool:
    """Can this noun phrase head say or urge something?"""
    low = tok.lower_
    return (tok.pos_ in ("PRON", "PROPN") or bool(tok.ent_type_) or low in lx.ORG_NOUNS
            or low in lx.ANONYMOUS_NOUNS or low in lx.PERSON_NOUNS or low in lx.SOURCE_NOUNS)


def holder(verb: Token) -> Token | None:
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


def subject_before(verb: Token, limit: int) -> Token | None:
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


def ancestor(tok: Token, anc: Token) -> bool:
    return any(a.i == anc.i for a in tok.ancestors)


def pobj_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
