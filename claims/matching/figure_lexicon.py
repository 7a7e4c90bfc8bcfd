"""The words figure keys are made of (claims.matching.figure_keys): the families of counts that
news follows over time, who-nouns, vague and unit nouns, building states, and the cues for rates,
parts, bargains and severity. A lexicon of our own; pure data, no rules."""

from __future__ import annotations

import re

# Count words that name one family of figure, whatever the wording.
SUBJECT_FAMILIES = {
    "deaths": (
        "dead death deaths toll killed kill kills killing died die dies dying fatalities fatality fatal "
        "lives bodies perished victims"
    ),
    "injured": "injured injuring injuries injury wounded wounding hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless refugees fled uprooted",
    "evacuated": "evacuated evacuating evacuees evacuation relocated",
    # "pulled 23 people alive from the rubble", "found seven of them alive".
    "rescued": "rescued rescuing survivors saved alive",
    # Who was on board, not what the vessel is licensed to carry.
    "aboard": "aboard onboard carrying carried",
    "crowd": (
        "crowd crowds marched march marchers protesters demonstrators rally protest turnout attended attendance "
        "gathered vigil mourners queued queuing queueing lined packed "
        # "9,000 people rallied", "a rally which drew 30,000 people", "4,000 demonstrated"
        "rallied rallying rallies demonstrated demonstrating protested protesting drew"
    ),
    "arrested": "arrested arrest arrests detained detention detentions detainees custody",
    # Who stopped work, however said: "strikers", "striking nurses", "9,000 workers had joined the
    # strike", "are on strike".
    "strikers": "strikers striking strike walkout walkouts",
    # Jobs lost however said: "cut 300 jobs", "40 employees were laid off", "65 lost their jobs".
    "job": "layoffs redundancies redundant",
    "cost": "cost costs costing damage damages budget budgeted price priced",
    # What insurers will pay is not what the damage costs: both are reported, often the same day.
    "insured losses": "insured",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization hospitalisations hospitalizations admissions",
    # Fell ill: a poisoning or an outbreak counts the sick, whatever the verb, and its cases however
    # qualified ("17 sickened", "disease cases rose to 24", "38 confirmed cases").
    # ... and those diagnosed with it or said to have contracted it ("diagnosed with typhoid", "contracted the disease").
    "ill": "ill sick sickened sickening poisoned poisoning cases infections diagnosed contracted",
    # Bitten by an animal, however said: "bit 9 people", "14 treated for bites", "the number bitten rose to 20".
    "bitten": "bitten bites mauled",
    # Stung by a scorpion, a jellyfish or bees, however said: "stung 40 people", "treated for stings".
    "stung": "stung stings",
}
# Counts that only ever grow: nobody stops having been killed, hurt or taken ill. Early reports
# undercount them, so another source's higher number hours later is news catching up
# (claims.matching.status), where a count of the missing or of those in hospital may fall.
ACCUMULATING = {"deaths", "injured", "ill", "bitten", "stung"}
# Words that say something died, whoever or whatever it was (not "killed": animals are killed
# on purpose, in a cull): "3,000 sheep had died" and "1,100 dead sheep" are sheep deaths.
DYING = set("dead died die dies dying perished".split())
# State words that name a family only as what happened to the people counted (read from the
# parse, claims.matching.counted), never from a word window: "hospitals admitted 41,200 patients"
# but not "the company admitted 3 errors".
# "41,000 people belong to the fund" counts its members, as "the fund has 41,000 members" does.
PARSED_FAMILY_OF = {
    "admitted": "hospitalised", "admit": "hospitalised", "admits": "hospitalised", "belong": "member", "belongs": "member",
    # "a dog bit 9 people", never "a bit more than 20".
    "bit": "bitten", "bite": "bitten",
}
# What happened to money, read from the parse of an amount in a currency (what it costs is
# claims.matching.figure_keys._money_key's): "85 million euros had been lost", "investors' losses".
MONEY_FAMILY_OF = {
    **dict.fromkeys("lost lose loses losing loss losses".split(), "lost"),
    "insured": "insured losses",
}
# What a spill or a leak lets out, measured ("spilling 170 tonnes of oil", "700 tonnes of crude had flowed",
# "put the spill at 170 tonnes"): one figure, whatever is said to have spilled.
SPILLED = set(
    "spill spills spilled spilt spilling leak leaks leaked leaking flowed gushed escaped "
    # ... or was let out into the air or water: "4 tonnes of ammonia were released", "discharged 900 cubic metres"
    "released releasing discharged discharging emitted vented dumped".split()
)
# ... in a unit of volume or weight: not "12 miles of shoreline oiled by the spill".
SPILL_UNIT = re.compile(r"^(?:barrel|tonne|ton|l|gallon|kg|lb|m3|cubic)\b", re.I)
# What an amount says something is worth, however said ("was worth 3 million euros", "put its value
# at 9 million euros", "valued at"): one figure, another than what it cost (claims.matching.figure_keys._money_key).
VALUE_WORDS = {"worth", "value", "values", "valued", "valuation"}
# What someone must pay is what a thing costs, said of an amount of money only ("the bill could reach 9 million
# euros"); never a count word: a bill before parliament counts nothing.
BILL_WORDS = {"bill", "bills", "tab"}
# What a theft took, however said ("hackers had stolen assets worth 18 million euros", "put the theft at 23
# million euros"): one figure, which outweighs the worth of what was taken.
THEFT_WORDS = set("stolen stole steal steals stealing theft thefts heist looted embezzled embezzlement".split())
# What happens to people, not to money: the families the parse of a count of people names
# (claims.matching.counted).
PEOPLE_FAMILIES = set(SUBJECT_FAMILIES) - {"cost", "insured losses"} | {"member"}
FAMILY_OF = {word: family for family, ws in SUBJECT_FAMILIES.items() for word in ws.split()}
# Verbs that name a family only right before a number, the parser often taking them for nouns: "a dog bit 9
# people", never "a bit more than 20".
BEFORE_A_NUMBER = {"bit": "bitten"}
# Count words only with the word before them: "taken to hospital" counts the hospitalised, "a
# hospital district" does not; "on board" counts who was aboard, "the board" does not.
# "seven still held": hostages not yet freed are still missing to their families ("144 still held",
# then "7 pupils still missing").
AFTER_WORD = {
    "hospital": ({"to", "in", "into"}, "hospitalised"), "board": ({"on"}, "aboard"), "held": ({"still"}, "missing"),
}
# ... or with the word after them: "moved out", "forced out", "moved off the beach", "helped 300 people out" (the
# parse puts "out" with its verb, however far).
BEFORE_WORD = {
    "moved": ({"out", "off"}, "evacuated"), "forced": ({"out"}, "evacuated"), "hospital": ({"treatment", "care"}, "hospitalised"),
    "helped": ({"out"}, "evacuated"), "led": ({"out"}, "evacuated"),
    "laid": ({"off"}, "job"),
    "walked": ({"out"}, "strikers"),  # "4,000 nurses walked out"
}
# ... or with the words before them: "forced 4,000 people from their homes", "out of their homes".
PHRASE_ENDS = {
    "homes": ((("from", "their"), "evacuated"), (("of", "their"), "evacuated"), (("leave", "their"), "evacuated")),
    "jobs": ((("lost", "their"), "job"), (("lose", "their"), "job")),
    # "12,000 people have had to leave", "were ordered to leave": made to leave is evacuated ("told" or "asked"
    # to leave is advice, which its own words count).
    "leave": tuple(((w, "to"), "evacuated") for w in ("had", "forced", "ordered")),
    # "9,000 took part in the march"
    "part": ((("took",), "crowd"), (("taking",), "crowd"), (("take",), "crowd"), (("taken",), "crowd")),
}
# Buildings are counted by what happened to them: destroyed, damaged, or without power.
# A utility counts its customers as homes: "450,000 customers lost power" and "700,000 households
# without electricity" are one figure.
# Nouns that name the same people or things in news, whichever an outlet prefers: "supporters" and "fans",
# "motorists" and "drivers", "households" and "homes". Each maps to one word, singular (families.same_thing).
SAME_THING = {
    **dict.fromkeys(("supporter", "spectator"), "fan"),
    **dict.fromkeys(("employee", "staffer", "labourer", "laborer", "workman"), "worker"),
    "motorist": "driver",
    **dict.fromkeys(("holidaymaker", "vacationer", "sightseer"), "tourist"),
    **dict.fromkeys(("house", "household", "dwelling"), "home"),
    **dict.fromkeys(("firm", "business", "enterprise"), "company"),
    "pupil": "student",
    "inhabitant": "resident",
    "troop": "soldier",
    "kid": "child",
    "physician": "doctor",
    "grower": "farmer",
    "client": "customer",
    "store": "shop",
    "apartment": "flat",
    "lorry": "truck",
    "vessel": "ship",
    **dict.fromkeys(("dockworker", "longshoreman"), "docker"),
    "vineyard": "vine",  # an area of vineyards is an area of vines
}
BUILDINGS = {"home", "house", "building", "property", "dwelling", "household", "structure", "customer", "subscriber"}
BUILDING_STATES = {
    # "gutted", "burned", "burnt" by a fire and "washed away" by a flood are destroyed too.
    "destroyed": "destroyed flattened razed levelled leveled collapsed wrecked swept demolished lost gutted burned burnt "
    "torched washed",
    "damaged": "damaged",
    # Homes no one may live in are a count of their own, not the damaged nor the destroyed.
    "uninhabitable": "uninhabitable unfit condemned",
    "flooded": "flooded inundated submerged",
    "without power": "power electricity blackout outage outages supply",
    # Power given back is not power lost: "restored to 310,000 customers".
    "power restored": "restored reconnected",
}
# What may follow "lost" when the home itself is lost: where, when or how ("were lost in the fire");
# any other word is what it lost ("had lost power", "lost their roofs").
AFTER_A_LOSS = {"in", "at", "on", "to", "during", "when", "after", "as", "and", "or", "by", "from", "with", "while",
                "overnight", "since", "before", "across", "along", "near", "so", "because"}
STATE_OF = {word: state for state, ws in BUILDING_STATES.items() for word in ws.split()}
# What happens to things and not to buildings: "40 barrels had washed ashore" is not how many were lost.
THING_STATE_OF = {
    **STATE_OF, **dict.fromkeys(("washed", "ashore"), "washed ashore"),
    # "will close 9 of its branches", "the 9 branches that are to shut": closed, not how many there are.
    **dict.fromkeys("close closes closed closure closures shut shuts shuttered".split(), "closed"),
    # Flights and trains: cancelled, diverted and delayed are three counts of one disruption.
    **dict.fromkeys("cancelled canceled cancellations scrapped".split(), "cancelled"),
    **dict.fromkeys("diverted diversions rerouted".split(), "diverted"),
    **dict.fromkeys("delayed delays".split(), "delayed"),
    # Containers that leaked or spilled what they held are a count of their own, not all of them that crashed.
    **dict.fromkeys("leaked leaks spilled spills ruptured".split(), "leaked"),
}
# What flies (balloons, aircraft, drones) is counted by whether it came down or was still up: "12 gliders landed
# hard" and "about 60 gliders were airborne" are two counts of one day's flying, never one disputed.
FLYING = set("balloon aircraft plane jet airliner helicopter drone glider flight".split())
FLIGHT_STATE_OF = {
    **dict.fromkeys("landed landing landings touched".split(), "landed"),
    **dict.fromkeys(("airborne", "aloft", "in air", "took off", "taken off", "take off", "taking off"), "aloft"),
}
# Who medics treated ("paramedics treated 40 cyclists", "60 climbers were treated for frostbite") are a count apart
# from all of them (the cyclists in the race), as "people treated" is apart from "people" there. Only the past form:
# "medics were treating dozens of them" says what went on, and the parse may hang it on the noun of another clause.
TREATED = {"treated"}
# "450 of the plant's 1,900 workers", "12 of its 30 schools": a part, then the whole it is drawn from.
PART_OF_WHOLE = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?:[\w-]+['’]s?\s+)?$", re.I)
FAMILIES_AND_STATES = set(SUBJECT_FAMILIES) | {f"homes {state}" for state in BUILDING_STATES} | {"evacuated", "hospitalised", "aboard"}
# Subjects that say nothing on their own: "23,000 people" counts what the verb says.
GENERIC_SUBJECTS = {
    "people", "person", "persons", "individuals", "residents", "civilians", "men", "women", "children",
    "villagers", "inhabitants", "locals", "families",
    # Who they are, not what happened to them: "21 passengers were injured", "23 workers were taken to hospital".
    "passengers", "workers", "employees", "staff", "tourists",
    # ... and more of them: "killing 11 miners", "43 pupils fell ill", "12 soldiers were wounded".
    "miners", "pupils", "students", "soldiers", "troops", "sailors", "fishermen", "migrants", "pilgrims", "fans",
    "spectators", "guests", "visitors", "commuters", "shoppers", "prisoners", "inmates", "crew",
    # ... and the other words for some of them (SAME_THING): "2,000 supporters were turned away", as fans were.
    "supporters", "holidaymakers",
    "militants", "fighters", "rebels", "insurgents",
}
# Subjects that say only that something is counted: "the number of people killed".
VAGUE_SUBJECTS = {"number", "total", "tally", "count", "figure", "toll", "estimate", "estimates", "part", "amount"}
# A noun formed as a doer names people: "skiers", "investors", "occupants", "evacuees", "tourists"
# ("floors" and "doors" are things).
# ... or one that closes a compound on a word for people: "schoolchildren", "townspeople", "firemen".
PERSON_FORM = re.compile(r"\w\w(?:ers?|[^o]ors?|ists?|ants?|ents?|ians?|ees?)$|\w\w\w(?:children|people|women|men|folk|girls|boys)$")
# ... but machines and vehicles end like doers too: "1,300 tractors drove in", "40 generators were flown in".
THINGS_LIKE_DOERS = set(
    "tractor tractors trailer trailers container containers tanker tankers freighter freighters computer computers "
    "generator generators heater heaters boiler boilers scooter scooters helicopter helicopters reactor reactors "
    "motor motors excavator excavators ventilator ventilators incubator incubators elevator elevators escalator "
    "escalators transformer transformers printer printers radiator radiators compressor compressors".split()
)
# "18,500 of them": who they are, the number before says.
PRONOUNS = {"them", "those", "these", "whom", "which"}
# Who gives a number is not what it counts: "their union saying 36,000 had walked off the job".
SPEECH = {"said", "says", "say", "saying", "told", "put", "puts", "putting", "estimated", "estimates", "reported",
           "claimed", "claims", "announced"}
# Verbs of counting say only that a count was made: "volunteers found 300 people sleeping outside".
COUNTING = {"found", "counted", "recorded", "tallied", "identified"}
# Words that say who or what is left of a count ("140 were still inside", "12 remained inside"): one word for them.
STANDING = {"still", "remain", "remains", "remained", "remaining"}
# Who went into a place and who was inside it are one count, however said ("22 had entered the mine", "27 were
# inside", "only 22 had gone in"): one word for them. A verb of going says so only with "in" or "inside" after it.
INSIDE = {"inside", "entered", "enter", "entering"}
GONE_IN = {"gone", "went", "go", "going", "got", "walked", "crawled", "climbed"}
PARTICLES = {"off", "out", "on", "up", "down", "in", "forward", "back", "through", "away"}
PASSIVE = {"been", "being", "be", "was", "were", "is", "are"}
# A number per day, per meal, to each family is a rate, another figure than a total: "handles 14,000
# containers a day" is not how many are stranded; nor "9,000 cars cross the pass each day".
RATE = re.compile(
    r"^(?:[\s-]+(?!a\b|an\b|per\b|each\b|every\b)[\w'’]+){0,4}?\s+(?:a|an|per|each|every)\s+(?:[\w]+['’]s\s+)?"
    r"(day|week|month|year|hour|night|meal|head|person|family|household|pupil|child|passenger|tonne|barrel|litre|"
    r"share|capita)\b(?!\s+(?:after|before|earlier|later|ago)\b)",
    re.I,
)
# A rate said by an adjective of its period: "the blockade's daily cost" is what it costs a day. Not "annual" or
# "yearly": a budget is yearly whether or not a report says so ("its yearly budget", "the budget").
PERIOD_OF = {"daily": "day", "weekly": "week", "hourly": "hour"}
NATIONAL = {"country", "nationwide", "countrywide"}
# How the label of a figure of one unnamed country says so: claims.matching.figures reads it back,
# so the country named later ("across Zambia") takes that figure, as it never takes a region's.
NATIONWIDE = " nationwide"
# "410,000 of those affected": a part of a number said before, unless what happened to them is said.
OF_THOSE = re.compile(r"^\s+of\s+(?:them|those|these|whom)\b", re.I)
# "about 1,900 of which could be repaired": a part of the things counted, whatever the words near.
OF_WHICH = re.compile(r"^\s+of\s+which\b", re.I)
# "seven of the trucks stranded": a part of things or people the story has counted already.
# Not "210 of the province's 2,600 polling stations": the whole is counted right after.
OF_THE = re.compile(r"^\s+of\s+the\s+(?!(?:[\w'’-]+\s+){0,3}\d)", re.I)
# "stretched for 18 km", "the jam extended some 12 miles": a verb of extent says a length is measured.
EXTENT_BEFORE = re.compile(
    r"\b(?:stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|span(?:ned|s|ning)?|tail(?:ed|s|ing)\s+back)\s+(?:for\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
# "the ship can carry 9,000 containers": what something can hold, not what it holds.
CAPACITY_BEFORE = re.compile(
    r"\b(?:can|could|able to)\s+(?:carry|carries|hold|seat|accommodate|take|house)\s+(?:up to\s+|as many as\s+)?$"
    # "a hall licensed for 800", "a stand built to hold 2,000": what it may hold by its licence or design.
    r"|\b(?:licensed|licenced|certified|approved|built|designed|rated)\s+(?:for|to\s+(?:hold|carry|seat|accommodate))\s+"
    r"(?:up to\s+|as many as\s+)?$",
    re.I,
)
# "it would drill 100 new boreholes", "plans to hire 40 nurses": things someone means to make or get, a plan,
# never how many there are now ("the town's 40 boreholes").
PLANNED_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|(?:plans?|planned|planning|aims?|intends?|pledged|promised|wants?|is|are|was|were)\s+to)"
    r"\s+(?:also\s+|now\s+|soon\s+)?(?:build|drill|dig|sink|install|construct|erect|hire|recruit|buy|purchase|order|"
    r"plant|create|deploy|supply|provide|deliver|donate|distribute)\s+"
    r"(?:(?:about|around|some|up to|at least|more than|another|a further|an extra)\s+)?$",
    re.I,
)
# "including all 6 in the old town", "including some 40 children": a part, however qualified.
AMONG_BEFORE = re.compile(
    # ("pay each of them 150 euros" is what each gets, no part)
    r"\b(?:including|among them|among whom|(?<!each )of whom|(?<!each )of them)"
    r"(?:\s+(?:all|some|about|around|nearly|almost|at\s+least|more\s+than|over))?\s*$",
    re.I,
)
# Currencies the extractor may leave as the subject ("2.4 million lira"): what is paid is said by
# the words around, not by the currency.
CURRENCY_NOUNS = set(
    "peso pesos lira liras lire rupee rupees yen yuan renminbi rand naira shilling shillings franc francs krona kronor "
    "krone kroner zloty zlotys ringgit baht won dinar dinars dirham dirhams real reais rouble roubles ruble rubles "
    "hryvnia hryvnias lei leu forint forints koruna korunas taka cedi cedis kwacha birr riyal riyals rial rials dong "
    "rupiah soles bolivar bolivars lempira lempiras quetzal quetzales colon colones".split()
)
# Every currency's name, the major ones too (those the extractor turns into a unit): an amount
# "of 85 million euros" measures nothing itself (claims.matching.counted).
MONEY_NOUNS = CURRENCY_NOUNS | set("euro euros dollar dollars pound pounds pence".split())
# Two sides of a bargain are two figures, never a dispute: "the union is asking for 15%; the
# agency has offered 1%".
BARGAIN_CUES = {
    **dict.fromkeys("offer offers offered offering propose proposes proposed proposing pledge pledges pledged pledging "
                    "promise promises promised".split(), "offer"),
    **dict.fromkeys("demand demands demanded demanding ask asks asked asking seek seeks sought seeking appeal appeals "
                    "appealed appealing request requests requested".split(), "demand"),
}
# Casualties among the police are reported apart from those among whom they police: "nine officers
# were hurt" and "31 protesters were injured" in one riot are two figures, not one count disputed.
POLICE = {"police", "policemen", "policewomen", "officers", "gendarmes", "riot"}
# A vessel's or an aircraft's crew are counted apart from those it carries: "300 passengers and 20 crew fell ill".
CREW = {"crew", "crews", "crewmen", "crewmembers", "seafarers"}
CASUALTY_FAMILIES = {"injured", "deaths"}
# How badly: "5 seriously injured" and "20 injured" are two figures.
SEVERITY_FAMILIES = {"injured", "hospitalised"}
# "9 of them in intensive care", "three remain in a critical condition": a severity said by where or how they lie.
SEVERITY = re.compile(
    r"\b(seriously|critically|severely|badly|gravely|slightly|lightly|intensive care|"
    r"(?:a\s+)?(?:serious|critical|grave)\s+condition)\b",
    re.I,
)
# Who is said to remain or be in hospital ("nine anglers remain in hospital", "two of them are still in hospital",
# "15 pupils are being treated in hospital", "five of the riders were in hospital") is who lies there now, a count that
# falls as they go home: apart from all who were taken there ("22 were taken to hospital", "30 have been treated").
STILL_THERE = re.compile(
    r"^(?:\s+[\w'’-]+){0,6}?\s+(?:still|remain|remains|remained|remaining|(?:are|is|were|was)\s+(?:being\s+treated\s+)?in)\b",
    re.I,
)
# Who lies in intensive care is in hospital, whatever the sentence counted before: "and 11 were in intensive care".
IN_INTENSIVE_CARE = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+in\s+(?:an?\s+|the\s+)?intensive\s+care\b", re.I)
# "in Auckland alone", "in the town itself": a part, said to be one; never the whole's figure.
# "Of all cholera deaths logged across Ruritania, 40 occurred in Oskova": a number after a fronted "of the ..."
# phrase is drawn from the whole it names, so a place in that phrase is the whole's, not the number's.
DRAWN_FROM_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)Of\s+(?:the|all|those|these|its|their)\s+[^,.;:\d]+,\s*"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|over\s+)?$"
)
PART_AFTER = re.compile(r"^\s+(?:alone|itself)\b", re.I)
# A subject that is only the unit's name says what is measured in, not what is measured:
# "lies in 40 metres of water" and "lowered by 6 metres" are two figures.
UNIT_NOUNS = set(
    "metre metres meter meters millimetre millimetres centimetre centimetres kilometre kilometres km mile miles "
    "foot feet inch inches tonne tonnes ton tons litre litres liter liters kilogram kilograms kg "
    "barrel barrels hectare hectares acre acres gallon gallons "
    # "square kilometres", "cubic metres", "nautical miles": the unit's own first word.
    "square cubic nautical".split()
)
# What the extractor names a value that its unit alone describes ("160 km per hour": speed; "210 cubic metres a
# second": flow; "within 10 km": distance): as little said of what is measured as the unit itself.
MEASURE_NAMES = {"speed", "flow", "distance"}
# Units of area, as the extractor gives them ("hectare", "acre", "sq km").
AREA_UNIT = re.compile(r"hectare|acre|sq |km²|m²")
# Units of mass, as the extractor may leave them before a noun ("500 kg bomb").
MASS_WORDS = {"kg", "kilogram", "kilograms", "kilo", "kilos", "tonne", "tonnes", "ton", "tons"}
# A number of more of something is a change, not the count: "seven more bodies", "another 40
# homes"; and "by 30 to 250" gives the change, then the count.
MORE_AFTER = re.compile(r"^\s*(?:more|additional|further|extra)\b", re.I)
MORE_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s*[£$€]?\s*$", re.I)
# Units of area: a field or a forest measured by what happened to it, as things are counted.
AREA_UNIT = re.compile(r"^(?:hectare|acre|sq|square)\b", re.I)
# "released six crew members, leaving 13 on board": after a release, who is left is still held (missing).
LEFT_AFTER_RELEASE = re.compile(
    r"\b(?:released|releasing|freed|freeing|let go|set free)\b[^.;]*\bleaving\s+(?:only\s+|just\s+)?$", re.I
)
# The verb right before a number, its qualifier skipped: "damaging about 1,600", "had destroyed some 40".
VERB_BEFORE = re.compile(
    r"\b([a-z]+(?:ing|ed))\s+(?:(?:about|around|some|nearly|almost|roughly|at least|more than|over)\s+)?[£$€]?\s*$", re.I
)
BY_BEFORE = re.compile(r"\bby\s*(?:an? average of\s*|about\s*|around\s*)?[£$€]?\s*$", re.I)
# "much of the country" is a part of it, not the whole.
PART_OF = re.compile(r"\b(?:much|most|parts?|some|half) of the \w+", re.I)
POSSESSIVE_NAME = re.compile(r"\b((?:[A-Z][\w-]+ )*[A-Z][\w-]+)['’]s\b")
# A subject that says only that something changed ("a rise of 6.3%", "the 4.6% increase")
# counts what the article last counted in that unit.
CHANGE_SUBJECTS = {"rise", "increase", "hike", "jump", "cut", "fall", "drop", "growth", "decline"}
TO_BETWEEN = re.compile(r"^\S*\s+to\s*[£$€]?\s*$", re.I)
# "across the region", "in the countries around the Indian Ocean": a stated whole, not a
# place left unsaid, so the value is never filed under one country's figure.
WHOLE = {
    "region", "regions", "regional", "country", "countries", "worldwide", "nationwide", "globally", "overall", "whole",
}
STOPWORDS = set(
    "a an the of in on at by to for from with and or but as is are was were be been being has have had "
    "that which who this these those it its their there than more less least most at about around some "
    "nearly almost over under up down so also said says say according told now since after before "
    # A qualifier's words: "no more than 300", "no fewer than", "as many as", "only 40", "just 12".
    "no fewer many only just "
    # Modal verbs say nothing of what is counted: "each of the 2,400 passengers will receive".
    "will would could can may might must should shall".split()
)
# Place phrases and count words further than this many words from a number are not about it.
WINDOW_WORDS = 8
NUMBERISH = re.compile(r"^[\d.,]+$")
NUMBER_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"}
# The extractor's currency units are ISO codes ("EUR", "USD", "GBX").
CURRENCY = re.compile(r"^[A-Z]{3}$")
# A count a number moved from, said to be of an earlier week, month or year, is that period's
# figure ("1,450 last week, up from 620 the week before"); "up from 21 on Tuesday" is the same
# count, said earlier; "up from 40 by this time last season" is the same date of another period.
EARLIER_PERIOD = re.compile(
    r"^\s*(?:(?:in|during|for|over)\s+)?(?:the\s+|a\s+|one\s+|last\s+)?(?:previous\s+|prior\s+|same\s+)?"
    r"(?:week|month|year|quarter|season|decade|fortnight)\b|^\s*(?:in\s+)?(?:19|20)\d\d\b"
    r"|^\s*(?:(?:at|by|around)\s+)?(?:the\s+same\s+|this\s+)(?:point|time|stage|date)\s+(?:(?:in|of)\s+)?"
    r"(?:a|one|last|the\s+previous|the\s+prior)\s+(?:week|month|year|quarter|season|decade|fortnight)\b",
    re.I,
)
PERIOD_BEFORE = "period before"
# What each one gets ("a grant of 500 euros to each household"): a share, never the one sum of these days in its currency.
TO_EACH = "sum to each"
# A number its own clause dates to a year gone by ("seized 40 tonnes at the port last year") is that
# year's figure, not this story's. Not a week or a month: a weekly count ("rushed to hospital last
# week") is often the news itself.
PAST_PERIOD = re.compile(r"\b(?:(?:last|previous|prior)\s+(?:year|decade)|the\s+year\s+before)\b", re.I)
# A number set against the one before it ("412 had been detained, not 380 as the police say"; "a
# loss of 7 million, not the 4 million the board had cited") is another value of the same count.
NOT_INSTEAD = re.compile(
    r",\s*(?:not|rather\s+than)\s+(?:the\s+|an?\s+)?(?:about\s+|around\s+|some\s+|just\s+)?[£$€]?\s*$"
    # ... or said to answer it: "9 had tested positive, a number the club disputed, saying 4"; "more
    # than double the council's count of 3", "well above the bank's own figure of 140 million".
    r"|,\s*an?\s+(?:figure|number|count|total|estimate)\b[^.;:\d]{0,60}?\b(?:disputed|rejected|contradicted|denied|"
    r"challenged)\s*,?\s*(?:saying|putting it at)\s+(?:only\s+|just\s+)?[£$€]?\s*$"
    r"|\b(?:above|below|double|twice|half|times|than)\s+the\s+[\w'’ -]{1,40}?\b(?:count|figure|estimate|number|"
    r"tally|total)\s+of\s+(?:about\s+|around\s+|some\s+|just\s+)?[£$€]?\s*$",
    re.I,
)
# "..., but police put the crowd at more than 20,000": another source's number for what the one
# before counts, the words it puts at that number ("the crowd", "the number of shops damaged") its
# own name for it.
PUT_AT_BEFORE = re.compile(
    r"\bput(?:s|ting)?\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){1,8}?)at\s+"
    r"(?:about\s+|around\s+|some\s+|just\s+|only\s+|over\s+|nearly\s+|almost\s+|(?:more|fewer|less)\s+than\s+)?"
    r"[£$€]?\s*$",
    re.I,
)
