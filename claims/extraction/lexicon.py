"""Word lists. General English, nothing tuned to particular articles.

Cue verbs are listed with their inflected forms because the lemmatizer is not
run (see pipeline.py); ``verb_forms`` builds those forms.
"""

from __future__ import annotations

from decimal import Decimal


def verb_forms(*specs: str) -> dict[str, str]:
    """Map every form of each verb to its base: "say said said saying says"."""
    out: dict[str, str] = {}
    for spec in specs:
        forms = spec.split()
        base = forms[0]
        if len(forms) == 1:  # regular verb: derive the forms
            stem = base[:-1] if base.endswith("e") else base
            if base.endswith("y") and base[-2:-1] not in "aeiou":
                forms = [base, base[:-1] + "ied", base[:-1] + "ies", base + "ing"]
            else:  # ("pass" makes "passes", "push" "pushes")
                third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
                forms = [base, stem + "ed", third, stem + "ing"]
        for f in forms:
            out[f] = base
    return out


# Verbs of saying whose clausal complement (or inverted preceding clause) is the
# reported content: "X said (that) ...", "..., X said".
SPEECH_VERBS = verb_forms(
    "say said says saying", "tell told tells telling", "add", "warn", "insist", "claim",
    "argue", "deny", "state", "announce", "explain", "note", "report", "confirm", "admit",
    "acknowledge", "suggest", "stress", "emphasise", "emphasize", "maintain", "predict",
    "reiterate", "repeat", "reveal", "disclose", "declare", "assert", "allege", "concede",
    "complain", "caution", "estimate", "forecast forecast forecasts forecasting forecasted",
    "write wrote written writes writing", "tweet", "post", "indicate", "conclude",
    "find found finds finding", "show showed shown shows showing", "agree", "counter",
    "contend", "remark", "observe", "point", "hint", "signal", "testify testified testifies testifying",
    "mention", "recall", "propose", "recommend", "demand", "ask", "reply replied replies replying",
    "respond", "answer", "acknowledge", "charge", "boast", "vow", "pledge", "promise", "threaten",
    "anticipate", "project", "expect", "predict",
    # consonant doubling, British and American spellings
    "admit admitted admits admitting", "signal signalled signaled signals signalling signaling",
    "quip quipped quips quipping", "rebut rebutted rebuts rebutting",
    "accept", "affirm", "assure", "advise", "inform", "remind", "notify", "underline", "underscore",
    "highlight", "speculate", "clarify clarified clarifies clarifying", "retort", "joke", "exclaim",
    "lament", "plead pleaded pled pleads pleading", "protest", "swear swore sworn swears swearing",
    "concur concurred concurs concurring", "rule", "imply implied implies implying", "brag bragged brags bragging",
    "grumble", "vouch", "muse", "recount", "relate", "assert", "agree", "acknowledge",
    "yell", "shout", "scream", "chant",
    # the manner of saying: 'fumed: "..."', '"...," she snapped'
    "fume", "rage", "snap snapped snaps snapping", "scoff", "sigh", "groan", "gush", "enthuse",
)
# Beliefs and intentions: counted as attributions by broad political corpora.
BELIEF_VERBS = verb_forms(
    "believe", "think thought thinks thinking", "feel felt feels feeling", "fear", "hope",
    "doubt", "suspect", "consider", "reckon", "assume", "know knew known knows knowing",
    "understand understood understands understanding", "worry worried worries worrying",
    "intend", "plan planned plans planning", "want", "aim", "expect",
    "realise", "realize", "recognise", "recognize", "suppose", "imagine", "guess", "sense",
    "figure", "judge", "wonder", "insist",
    # coming to know: only a that-clause is reported ("learned that ...", not "learned to drive")
    "discover", "learn learned learnt learns learning", "hear heard hears hearing",
)
LEARNING_VERBS = {"discover", "learn", "hear"}
# Verbs whose noun-phrase object (plus what follows) is the content:
# "accused X of Y", "blamed X for Y", "urged X to Y", "called for X".
OBJECT_CUE_VERBS = verb_forms(
    "accuse", "blame", "urge", "criticise", "criticize", "dismiss", "condemn", "praise",
    "describe", "reject", "stress", "emphasise", "emphasize",
    "call called calls calling", "demand", "project", "forecast forecast forecasts forecasting forecasted",
    "predict", "propose", "recommend", "estimate", "put put puts putting", "dub", "brand",
    "label", "question", "deny", "warn", "encourage", "caution", "complain", "protest",
    # what a source cites, mentions, attacks or endorses is its claim about it
    "cite", "mention", "attack", "blast", "slam slammed slams slamming", "endorse", "mock", "ridicule",
    "lambast", "lambaste", "denounce", "decry decried decries decrying", "hail", "tout",
    "liken", "reference",
    # what a source acknowledges, notes or claims, said as a noun phrase:
    # "acknowledged the scale of the backlog", "claimed a loss of $40 million"
    "acknowledge", "note", "claim", "detail", "outline", "portray", "herald",
    # what a source opposes or disputes is its stand on it: "opposed the merger"
    "oppose", "dispute",
    # what a source promises or vows is its stated intention: "promised a veto"
    "promise", "vow", "pledge",
)
# "X is confident that ...": beliefs stated with an adjective.
BELIEF_ADJECTIVES = {"confident", "convinced", "sure", "certain", "adamant", "optimistic", "hopeful",
                     "worried", "concerned", "afraid", "aware", "determined", "clear", "satisfied",
                     # feelings about a state of affairs that the holder takes to be true
                     "frustrated", "angry", "upset", "pleased", "happy", "glad", "disappointed", "relieved",
                     "fearful", "skeptical", "sceptical", "doubtful", "proud", "furious", "alarmed",
                     "troubled", "unhappy", "encouraged", "persuaded", "insistent", "positive", "thrilled",
                     "delighted", "dismayed", "outraged", "annoyed", "surprised", "shocked", "amazed"}
# Nouns of saying or believing whose that-clause is the content and whose
# possessor is the source: "the prime minister's claim that ...".
CUE_NOUNS = {
    "claim", "claims", "argument", "assertion", "allegation", "allegations", "announcement",
    "belief", "view", "warning", "promise", "pledge", "insistence", "suggestion", "statement",
    "admission", "contention", "accusation", "prediction", "conclusion", "finding", "findings",
    "fear", "fears", "hope", "hopes", "expectation", "assessment", "assurance", "assurances",
    "concern", "concerns", "complaint", "threat", "vow", "denial", "acknowledgment",
    "acknowledgement", "recommendation", "proposal", "estimate", "forecast", "suspicion",
    "conviction", "message", "testimony", "remarks", "comments", "comment", "position",
}
CUE_NOUNS |= {"doubt", "doubts", "worry", "worries", "case", "feeling", "impression", "confidence",
              "insistence", "argument", "arguments", "charge", "charges", "reassurance", "reassurances"}
CUE_NOUNS |= {"warnings", "assertions", "announcements", "predictions", "promises", "pledges", "suggestions",
              "statements", "accusations", "denials", "complaints", "threats", "vows", "suspicions", "beliefs",
              "pronouncement", "pronouncements", "recognition", "rumour", "rumours", "rumor", "rumors",
              "speculation", "emphasis", "acknowledgments", "acknowledgements", "admissions", "report", "reports",
              # "the mayor's bet is that ...", "her answer was that ..."
              "bet", "answer", "reply", "response", "point", "advice", "argument", "thesis", "theory",
              "line", "verdict", "judgment", "judgement", "guess", "plan", "goal", "aim", "intention"}
# Of those, the ones that report someone's saying or believing even when the
# article names no one ("amid growing concerns that ...", "rumours that ...").
UNSOURCED_CUE_NOUNS = {"allegation", "allegations", "accusation", "accusations", "charges", "claims",
                       "concern", "concerns", "fear", "fears", "worry", "worries", "warnings", "suspicion",
                       "suspicions", "speculation", "rumour", "rumours", "rumor", "rumors", "pronouncements",
                       "predictions", "expectation", "expectations", "assurances", "hopes", "doubts",
                       "recognition", "reports"}
# Verbs that say or hold what their cue-noun object states: "expressed concern
# that ...", "made the case that ...", "has no doubt that ...".
LIGHT_VERBS = set(verb_forms("express", "voice", "raise", "air", "make made makes making",
                             "give gave given gives giving", "issue", "offer", "share", "repeat",
                             "reiterate", "renew", "send sent sends sending", "hold held holds holding",
                             "have had has having", "deliver", "convey"))
# Of those, the ones whose subject holds the view whatever it is: "farmers
# have expressed concern"; a ruling that "raised fears" holds none.
HOLDING_VERBS = set(verb_forms("express", "voice", "air", "share", "repeat", "reiterate", "renew",
                               "hold held holds holding", "have had has having"))
# Participles that go on to narrate what followed, not what was said:
# 'claimed the vote was "rigged", prompting Obama to ...'.
NARRATIVE_PARTICIPLES = {"prompting", "sparking", "triggering", "drawing", "provoking", "fuelling",
                         "fueling", "angering", "infuriating", "leading", "forcing", "sending"}
# "made clear that", "made it plain that".
CLARITY_ADJECTIVES = {"clear", "plain", "known"}
INTENTION_VERBS = {"hope", "intend", "plan", "want", "aim", "vow", "pledge", "promise", "threaten", "expect"}
ALL_CUES = {**SPEECH_VERBS, **BELIEF_VERBS, **OBJECT_CUE_VERBS}

# Nouns that make a subject a source whose verb "show"/"put"/"found" reports:
# "figures from the ONS show ...", "a report found ...".
SOURCE_NOUNS = {"report", "study", "survey", "poll", "figures", "data", "estimates", "estimate",
                "statistics", "research", "analysis", "review", "inquiry", "audit", "investigation",
                "document", "documents", "statement", "memo", "letter", "paper", "filing"}

# What can show, suggest or find something besides people and sources.
EVIDENCE_NOUNS = SOURCE_NOUNS | {"evidence", "results", "findings", "records", "tests", "test", "numbers",
                                 "modelling", "modeling", "projections", "forecasts", "forecast", "surveys",
                                 "polls", "studies", "reports", "footage", "video", "images", "photographs",
                                 "photos", "recordings", "emails", "messages", "records", "accounts", "data",
                                 "experiments", "experiment", "trial", "trials", "census", "scan", "scans",
                                 "analyses", "figures", "statistics", "documents", "papers", "inquiry",
                                 "average", "averages", "clip", "clips", "transcript", "transcripts", "slide",
                                 "investigation", "review", "audit", "assessment", "poll", "survey", "study"}

PRONOUNS_MALE = {"he", "him", "his"}
PRONOUNS_FEMALE = {"she", "her", "hers"}
PRONOUNS_NEUTER = {"it", "its"}
PRONOUNS_PLURAL = {"they", "them", "their"}
SPEAKER_PRONOUNS = {"he", "she", "it", "they", "we", "i"}

TITLES_MALE = {"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "mister", "alhaji"}
TITLES_FEMALE = {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "baroness", "madam",
                 "alhaja", "hajia", "hajiya"}
# Honours that stand before a name and hold no office: Malaysian ones ("Datuk Seri Anwar"), never part of
# the name, and an engineer's title in the Gulf and East Africa ("Eng. Hessa Al Mazrouei")
HONOURS = {"datuk", "dato", "dato'", "datin", "tun", "seri", "eng.", "engr.", "engr"}
# Titles written short with a stop that spaCy's tokenizer splits ("Gov.", "Sen." and "Dr." it keeps
# whole): claims.extraction.pipeline makes each one token, so the stop does not end the sentence.
TITLE_ABBREVIATIONS = ("Coun.", "Cllr.", "Insp.", "Supt.", "Det.", "Sgt.", "Const.", "Cmdr.", "Cdr.", "Brig.",
                       "Lt.", "Col.", "Capt.", "Maj.", "Cpl.", "Pte.", "Hon.", "Rt.", "Fr.", "Amb.", "Ald.",
                       "Asst.", "Atty.", "Supv.")
TITLES_NEUTRAL = {"dr", "dr.", "prof", "prof.", "professor", "president", "senator", "sen.", "rep.",
                  "governor", "gov.", "judge", "justice", "general", "gen.", "colonel", "captain",
                  "chancellor", "minister", "secretary", "chairman", "chairwoman", "chair", "rabbi",
                  "sheikh", "mayor", "ambassador", "commissioner", "inspector", "detective", "officer",
                  "premier", "speaker", "cllr", "councillor", "pope", "bishop", "archbishop", "rev", "rev.",
                  "coun", "cr", "cr.", "coroner", "magistrate", "commander", "superintendent",
                  "sergeant", "constable", "lieutenant", "mla", "mpp", "msp", "mha",
                  "alderman", "alderwoman", "councilman", "councilwoman", "assemblyman", "assemblywoman",
                  "hon", "advocate", "adv."} | {t.lower() for t in TITLE_ABBREVIATIONS} | HONOURS
TITLES = TITLES_MALE | TITLES_FEMALE | TITLES_NEUTRAL
FEMALE_NOUNS = {"woman", "spokeswoman", "chairwoman", "mother", "wife", "daughter", "sister",
                "grandmother", "actress", "businesswoman", "congresswoman", "girl", "widow"}
MALE_NOUNS = {"man", "spokesman", "chairman", "father", "husband", "son", "brother",
              "grandfather", "actor", "businessman", "congressman", "boy", "widower"}

# Nouns that only describe people: an apposition with one makes a name a person
# ("Rosalind, a retired nurse, said") whatever the NER model thought.
PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS | {
    "resident", "student", "teacher", "nurse", "doctor", "lawyer", "farmer", "pensioner", "driver",
    "patient", "victim", "witness", "parent", "activist", "campaigner", "spokesperson", "analyst",
    "economist", "expert", "official", "adviser", "aide", "director", "executive", "chief", "head",
    "leader", "founder", "owner", "manager", "secretary", "minister", "senator", "mp", "professor",
    "researcher", "scientist", "author", "worker", "veteran", "survivor", "councillor", "deputy",
    # roles people hold in news: "the candidate suggested that ...", "the coach found ..."
    "candidate", "nominee", "president", "governor", "mayor", "chairwoman", "chairperson", "ceo",
    "judge", "prosecutor", "coach", "player", "captain", "commissioner", "inspector", "detective",
    "attorney", "chancellor", "premier", "ambassador", "diplomat", "lawmaker", "legislator",
    "representative", "congresswoman", "congressman", "governor", "sheriff", "general", "commander",
    "pastor", "priest", "bishop", "rabbi", "imam", "historian", "journalist", "reporter", "editor",
    "columnist", "pollster", "strategist", "consultant", "donor", "voter", "spokesman", "spokeswoman",
    "trustee", "treasurer", "trader", "vendor", "backbencher", "physician", "surgeon", "firefighter", "ranger",
    # heads of schools and universities: "the principal, Professor Ana Ruiz," ... "The principal said"
    "principal", "headteacher", "headmaster", "headmistress",
    # a court's advocates: "Counsel for the insurer, Ana Ruiz SC, said"
    "counsel",
}
# The letters after a senior barrister's name: "Aoife Breslin SC", "Ana Ruiz KC", a Senior Advocate of
# Nigeria's "SAN"
SENIOR_COUNSEL = {"sc", "kc", "qc", "san"}
# Heads of noun phrases naming unnamed sources.
ANONYMOUS_NOUNS = {
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "aide", "aides", "insider", "insiders", "analyst", "analysts", "expert", "experts", "diplomat",
    "diplomats", "person", "people", "witness", "witnesses", "resident", "residents", "critic",
    "critics", "observer", "observers", "economist", "economists", "adviser", "advisers", "advisor",
    "advisors", "campaigner", "campaigners", "activist", "activists", "lawyer", "lawyers", "doctor",
    "doctors", "police", "investigators", "negotiators", "mediators", "officer", "officers",
    "executive", "executives", "banker", "bankers", "trader", "traders", "member", "members",
    "insurer", "insurers", "minister", "ministers", "mp", "mps", "politician", "politicians",
    "worker", "workers", "employee", "employees", "supporter", "supporters", "opponent", "opponents",
    "reports", "report", "figures", "commentators", "scientists", "researchers",
    "ally", "allies", "adviser", "strategist", "strategists", "operative", "operatives",
    "loyalist", "loyalists", "confidant", "confidants", "associate", "associates", "neighbour",
    "neighbours", "neighbor", "neighbors", "friend", "friends", "colleague", "colleagues",
    "rebel", "rebels", "backbencher", "backbenchers", "voter", "voters", "lawmaker", "lawmakers",
    "legislator", "legislators", "senators", "representatives", "delegates", "author", "authors",
    "prosecutor", "prosecutors", "detectives", "authorities", "sources", "staffers", "staff",
}
# Common nouns that denote organisations; "it" and "the company" refer to them.
ORG_NOUNS = {
    "company", "firm", "group", "government", "committee", "agency", "ministry", "department",
    "council", "party", "bank", "court", "union", "association", "commission", "board", "authority",
    "organisation", "organization", "administration", "office", "regulator", "watchdog", "charity",
    "business", "corporation", "club", "team", "army", "military", "state", "country", "insurer",
    "reinsurer", "airline", "retailer", "carmaker", "lender", "bank", "network", "broadcaster",
    "newspaper", "report", "inquiry", "panel", "tribunal", "parliament", "senate", "congress",
    "cabinet", "treasury", "institute", "foundation", "university", "school", "hospital", "police",
    "force", "service", "fund", "body", "industry", "sector", "chain", "giant", "operator", "maker",
    "producer", "supplier", "publisher", "studio", "campaign", "coalition", "alliance", "bloc",
    "movement", "caucus", "faction", "delegation", "embassy",
    # epithets for countries: "the island nation", "the Gulf kingdom"
    "nation", "republic", "kingdom", "emirate",
}
# Epithets with one referent, which news writes for a country's name: "the Jewish state said" is Israel
# speaking. (Epithets that fit several, "the island nation", "the Gulf kingdom", stay as written.)
COUNTRY_EPITHETS = {"jewish state": "Israel", "islamic republic": "Iran", "hermit kingdom": "North Korea",
                    "emerald isle": "Ireland"}
# A co-operative, written whole (the tokenizer would split the hyphenated ones at the hyphen)
CO_OP_WORDS = ("co-op", "co-operative")
CO_OP_NOUNS = {*CO_OP_WORDS, "cooperative"}
ORG_NOUNS |= CO_OP_NOUNS

# Numbers.
UNITS_WORDS = {
    "0": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
               "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
# Attached or spaced scale abbreviations after digits: "$1.13bn", "600m", "5k".
SCALE_ABBREV = {"k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "b": 10**9,
                "tn": 10**12, "trn": 10**12, "tr": 10**12, "bil": 10**9, "mil": 10**6, "thousand": 1000, "million": 10**6, "billion": 10**9,
                "trillion": 10**12, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7}
FRACTION_WORDS = {"half": Decimal(1) / 2, "halves": Decimal(1) / 2, "third": Decimal(1) / 3,
                  "thirds": Decimal(1) / 3, "quarter": Decimal(1) / 4, "quarters": Decimal(1) / 4,
                  "fifth": Decimal(1) / 5, "fifths": Decimal(1) / 5, "tenth": Decimal(1) / 10,
                  "tenths": Decimal(1) / 10}
MULTIPLIER_WORDS = {"twice": 2, "thrice": 3}

# ISO codes written before or after an amount: "USD 40m", "AED4.9 billion", "3,000 CHF" (CHF: with the signs below)
CURRENCY_CODES = ("USD", "EUR", "GBP", "SEK", "NOK", "DKK", "JPY", "CNY", "INR", "AUD", "CAD", "HKD", "SGD", "ZAR", "MYR",
                  "NZD", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "EGP", "NGN", "KES", "UGX", "TZS", "GHS", "PKR", "LKR",
                  "BDT", "IDR", "PHP", "THB", "VND", "KRW", "TWD", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "PLN", "CZK",
                  "HUF", "TRY", "ILS", "RUB", "UAH", "ZMW", "MWK", "RWF", "ETB", "MAD", "XOF", "XAF", "JMD", "TTD", "BBD",
                  "PGK", "MMK", "AOA", "SLE", "MZN", "LRD")
CURRENCY_SYMBOLS = {"US$": "USD", "$US": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
                    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
                    "¥": "JPY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "RM": "MYR", "R": "ZAR", "CHF": "CHF",
                    "P": "PHP", "₱": "PHP", "Sh": "KES", "KSh": "KES", "Ksh": "KES", "KShs": "KES", "Kshs": "KES",
                    "N": "NGN",
                    "₩": "KRW", "₦": "NGN", "₺": "TRY", "zł": "PLN",
                    "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS", "₫": "VND", "฿": "THB", "₴": "UAH", "₽": "RUB", "₪": "ILS",
                    "₸": "KZT", "₾": "GEL", "Dh": "AED", "Dhs": "AED",
                    "TT$": "TTD", "J$": "JMD", "BDS$": "BBD", "Bds$": "BBD", "EC$": "XCD", "N$": "NAD", "Sfr": "CHF",
                    "Rp": "IDR", "ZiG": "ZWG", "SR": "SAR", "QR": "QAR", "Tk": "BDT", "Shs": "UGX",
                    # signs several currencies share: which one, the article's country says
                    # (currencies.shared_sign_code)
                    "K": "ZMW", "FCFA": "XOF", "CFA": "XOF",
                    # African signs and letters: "MK45 billion", "TSh1.2 trillion", "E£12 billion", "L$4.5 million"
                    "MK": "MWK", "TSh": "TZS", "USh": "UGX", "Kz": "AOA", "Le": "SLE", "Br": "ETB", "MT": "MZN",
                    "E£": "EGP", "L$": "LRD",
                    # the shekel's and the yuan's usual names in English news: "NIS 4.6 billion", "RMB 500 million"
                    "NIS": "ILS", "RMB": "CNY",
                    **{code: code for code in CURRENCY_CODES}}
# Currency names written as words ("kronor", "zlotys") come from CLDR: currencies.py.
PERCENT_WORDS = ("per cent", "percent", "percentage points", "percentage point")
# What a share's own unit is called when it stands where its subject should: never what it is a share of
SHARE_UNIT_NAMES = {"%", "percent", "per cent", "cent"}

# Words that are time units or measures: a number counting them usually
# measures something else named by the clause ("paid leave ... nine months").
TIME_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
              "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
              "quarter", "quarters", "fortnight", "fortnights"}
# Words before a number that make it a label, not an amount: "type 2 diabetes",
# "stage 4 cancer", "category 5 hurricane", "tier 3", "grade 2 listed".
LABEL_WORDS = {"type", "stage", "phase", "category", "tier", "level", "grade", "class", "version",
               "series", "model", "route", "platform", "terminal", "gate", "district", "ward", "page",
               "line", "channel", "episode", "season", "round", "day", "week", "game", "match", "act",
               "part", "volume", "issue", "item", "question", "paragraph", "schedule", "annex", "rule",
               "step", "lane", "block", "unit", "floor", "bed", "exit", "junction", "zone"}
# Ranks: "finish in the top four", "the bottom three".
RANK_WORDS = {"top", "bottom"}
# "1.2 kilometres long": the adjective names what the measure is of.
DIMENSION_ADJECTIVES = {"long": "length", "high": "height", "tall": "height", "wide": "width",
                        "deep": "depth", "thick": "thickness", "away": "distance", "old": "age"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Qualifiers: phrases immediately before the number (lower case, in words).
QUALIFIER_BEFORE = [
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("at least", "at_least"),
    ("a minimum of", "at_least"), ("not less than", "at_least"),
    ("more than", "more_than"), ("greater than", "more_than"), ("higher than", "more_than"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("just over", "more_than"),
    ("over", "more_than"), ("above", "more_than"), ("exceeding", "more_than"), ("topping", "more_than"),
    ("beyond", "more_than"),
    ("no more than", "at_most"), ("not more than", "at_most"), ("as many as", "at_most"),
    ("as much as", "at_most"), ("as high as", "at_most"), ("a maximum of", "at_most"),
    ("at most", "at_most"), ("up to", "at_most"),
    ("less than", "less_than"), ("fewer than", "less_than"), ("lower than", "less_than"),
    ("just under", "less_than"), ("under", "less_than"), ("below", "less_than"),
    ("an estimated", "approximately"), ("approximately", "approximately"), ("about", "approximately"),
    ("around", "approximately"), ("roughly", "approximately"), ("nearly", "approximately"),
    ("almost", "approximately"), ("some", "approximately"), ("close to", "approximately"),
    ("estimated", "approximately"), ("approx", "approximately"), ("circa", "approximately"),
    ("c.", "approximately"), ("an approximate", "approximately"), ("more or less", "approximately"),
    ("or so", "approximately"),
]
QUALIFIER_AFTER = [("or more", "at_least"), ("or over", "at_least"), ("and more", "at_least"),
                   ("or fewer", "at_most"), ("or less", "at_most"), ("and upwards", "at_least"),
                   ("or so", "approximately")]
# Verbs whose object is exceeded: "the death toll surpassed 20,000".
MORE_THAN_VERBS = {"surpass", "surpassed", "surpasses", "surpassing", "exceed", "exceeded", "exceeds",
                   "exceeding", "top", "topped", "tops", "topping", "passed", "pass", "passes",
                   "crossed", "cross", "crosses", "eclipsed", "eclipse", "outstripped"}

# Verbs whose money object is named by a noun: "offered to pay $45m" is a payment.
VERB_NOMINALS = {
    "pay": "payment", "paid": "payment", "pays": "payment", "paying": "payment",
    "spend": "spending", "spent": "spending", "spends": "spending", "spending": "spending",
    "invest": "investment", "invested": "investment", "invests": "investment", "investing": "investment",
    "reinvest": "investment", "reinvested": "investment", "reinvests": "investment", "reinvesting": "investment",
    "borrow": "borrowing", "borrowed": "borrowing", "lend": "loan", "lent": "loan", "lending": "loan",
    "lose": "loss", "lost": "loss", "loses": "loss", "losing": "loss",
    "earn": "earnings", "earned": "earnings", "earns": "earnings", "earning": "earnings",
    "raise": "funding", "raised": "funding", "raising": "funding",
    "provide": "funding", "provided": "funding", "provides": "funding", "providing": "funding",
    "owe": "debt", "owed": "debt", "owes": "debt",
    "donate": "donation", "donated": "donation", "give": "donation", "gave": "donation",
    "sell": "sale", "sold": "sale", "buy": "purchase", "bought": "purchase",
    "cost": "cost", "costs": "cost", "costing": "cost",
    "fine": "fine", "fined": "fine", "charge": "charge", "charged": "charge",
    "offer": "offer", "offered": "offer", "offers": "offer", "offering": "offer", "bid": "bid", "bids": "bid",
    "own": "stake", "owns": "stake", "owned": "stake", "hold": "stake", "holds": "stake",
    "held": "stake", "control": "stake", "controls": "stake", "acquire": "stake", "acquired": "stake",
    "kill": "deaths", "killed": "deaths", "kills": "deaths", "killing": "deaths",
    "injure": "injuries", "injured": "injuries", "injures": "injuries", "injuring": "injuries",
    "wound": "injuries", "wounded": "injuries", "wounds": "injuries", "wounding": "injuries",
    "employ": "employees", "employs": "employees", "employed": "employees",
    "cut": "cut", "cuts": "cut", "axe": "cut", "axed": "cut", "shed": "cut",
    "win": "votes", "won": "votes", "polled": "votes", "receive": "receipts", "received": "receipts",
    "steal": "theft", "stole": "theft", "stolen": "theft", "stealing": "theft", "embezzled": "theft",
    "recover": "recovery", "recovered": "recovery", "recovering": "recovery",
    "save": "savings", "saved": "savings", "saving": "savings",
    "inject": "injection", "injected": "injection", "injects": "injection", "injecting": "injection",
    "collect": "revenue", "collected": "revenue", "collects": "revenue", "collecting": "revenue",
    "demand": "demand", "demanded": "demand", "demands": "demand", "demanding": "demand",
    "award": "award", "awarded": "award", "grant": "grant", "granted": "grant",
    "allocate": "allocation", "allocated": "allocation", "pledge": "pledge", "pledged": "pledge",
    "commit": "commitment", "commits": "commitment", "committed": "commitment", "committing": "commitment",
    "contribute": "contribution", "contributes": "contribution", "contributed": "contribution",
    "contributing": "contribution", "earmark": "allocation", "earmarked": "allocation",
    # "punters wagered $4m on the cup": what was staked, not the race it was staked on
    "wager": "wagers", "wagered": "wagers", "wagers": "wagers", "bet": "bets", "bets": "bets", "betting": "bets",
    "staked": "bets",
    "repay": "repayment", "repaid": "repayment", "repays": "repayment", "refund": "refund", "refunded": "refund",
    "remit": "remittance", "remits": "remittance", "remitted": "remittance", "remitting": "remittance",
    # a measuring verb names the measure: "the bag weighs 23 kg" gives its weight
    "weigh": "weight", "weighs": "weight", "weighed": "weight", "weighing": "weight",
}
# Verbs that set a figure to a new level: "raised its forecast to 410,000 tonnes",
# "cut the rate by 0.25 points": their object is what the new figure measures.
ADJUST_VERBS = set(verb_forms("raise", "lift", "cut cut cuts cutting", "lower", "increase", "reduce", "boost",
                              "trim trimmed trims trimming", "revise", "slash", "hike", "upgrade", "downgrade",
                              "double", "treble", "triple", "halve", "push", "lengthen", "shorten", "extend",
                              "expand", "shrink shrank shrunk shrinks shrinking", "set set sets setting",
                              "put put puts putting", "bring brought brings bringing", "take took taken takes taking",
                              "deepen", "improve", "beat beat beaten beats beating"))
PARTICLE_NOMINALS = {("pay", "out"): "payout", ("paid", "out"): "payout", ("pays", "out"): "payout",
                     ("set", "aside"): "provision", ("sets", "aside"): "provision", ("setting", "aside"): "provision",
                     ("lay", "off"): "layoffs", ("laid", "off"): "layoffs"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "what"}
