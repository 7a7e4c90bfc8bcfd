"""A business the tagger took for a person, an institution whose name holds a role, "her office",
"the union leader" and a shareholder named in apposition. Sentences written for the test."""

from claims.extraction.orgs import definite_org
from claims.extraction.pipeline import get_nlp

from .helpers import attribution, attributions


def test_name_ending_in_a_word_for_a_business_is_a_body_and_the_one_the_utility_means():
    text = (
        "Fire spreads near Bend\n\n"
        "Pine Hollow Electric, whose lines are being inspected, said it had cut power to 8,000 homes. "
        "The utility acknowledged that a line had failed on Friday."
    )
    first = attribution(text, "it had cut power to 8,000 homes")
    assert (first.speaker, first.speaker_kind) == ("Pine Hollow Electric", "organization")
    assert attribution(text, "a line had failed on Friday").speaker == "Pine Hollow Electric"


def test_her_office_speaks_for_the_person_just_named():
    text = (
        "Gov. Rosalind Achebe-Marsh declared an emergency on Monday. "
        "Her office said the state had spent $2.1 million so far."
    )
    assert attribution(text, "the state had spent $2.1 million so far").speaker == "Rosalind Achebe-Marsh"


def test_an_institution_named_for_a_role_is_not_the_person_in_the_role():
    text = (
        "Lane County Sheriff Dwayne Pettibone said two hikers had been rescued. "
        "The Lane County Sheriff's Office later said a shelter was housing 120 people."
    )
    assert attribution(text, "a shelter was housing 120 people").speaker == "Lane County Sheriff's Office"


def test_the_union_leader_is_the_unions_president_not_the_last_person_named():
    text = (
        "The union's president, Odette Marchetti, said drivers would strike on Monday. "
        "Operations director Casimir Wendt said the agency had hired 200 drivers this year. "
        "The union leader dismissed the figure, saying 90 of them had already left."
    )
    assert attribution(text, "90 of them had already left").speaker == "Odette Marchetti"


def test_a_description_keeps_its_own_role_when_the_holder_was_given_a_narrower_one():
    text = (
        "Mireille Dantzig, director of the Riverside Night Shelter, said beds were full every night. "
        "The shelter's director said it needs at least 40 more mats."
    )
    assert attribution(text, "it needs at least 40 more mats").speaker == "Mireille Dantzig"


def test_shareholder_named_in_apposition_is_that_body():
    text = (
        "Kestrel Mining's largest shareholder, Sydney fund manager Ironbark Capital, which owns 11% of "
        "the company, said the offer undervalued the miner."
    )
    assert attribution(text, "the offer undervalued the miner").speaker == "Ironbark Capital"


def test_irish_article_is_part_of_a_bodys_name():
    text = "An Bord Pleanála said it had received 1,140 objections to the runway plan."
    assert attribution(text, "it had received 1,140 objections to the runway plan").speaker == "An Bord Pleanála"


def test_hyphenated_first_word_of_a_bodys_name_is_kept():
    text = "The Anglo-Nordic Shipping Council said at least 40 vessels were waiting to unload."
    assert attribution(text, "at least 40 vessels were waiting to unload").speaker == "Anglo-Nordic Shipping Council"


def test_description_a_body_was_given_in_apposition_names_it_later():
    text = (
        "Kaitiaki Wai, the water services regulator, said it had served the council with an order. "
        "The regulator said the utility had issued 17 boil-water notices since 2023."
    )
    assert attribution(text, "the utility had issued 17 boil-water notices since 2023").speaker == "Kaitiaki Wai"


def test_the_principal_is_the_principal_named_before():
    text = (
        "In a letter to staff, the principal, Professor Ines Marchetti-Hale, wrote that income had fallen by 22%. "
        "The principal later told the paper that 120 staff had volunteered to leave."
    )
    assert attribution(text, "120 staff had volunteered to leave").speaker == "Ines Marchetti-Hale"


def test_the_congressman_is_the_representative_named_before():
    text = (
        "Rep. Colin Ashby, R-Texas, has repeatedly insisted that the spending is reckless. "
        "In an interview on Monday, the congressman conceded that the measure would likely pass."
    )
    assert attribution(text, "the measure would likely pass").speaker == "Colin Ashby"


def test_a_surname_that_is_also_an_academic_title_stays_a_name():
    text = "Former governor Harold Dean said the bill was a mistake. Dean added that 12 states had opted out."
    assert attribution(text, "12 states had opted out").speaker == "Harold Dean"


def test_the_company_is_the_one_body_named_after_its_trade_even_when_tagged_a_person():
    text = (
        "Budget airline Velora carried 2.1 million passengers in May, up 8% from a year earlier, "
        "the company said on Tuesday.\n\n"
        "The airline said it expected to carry 24 million passengers this year."
    )
    assert attribution(text, "Budget airline Velora carried 2.1 million passengers in May, up 8% from a year earlier").speaker == "Velora"
    assert attribution(text, "it expected to carry 24 million passengers this year").speaker == "Velora"


def test_a_body_named_in_part_is_the_body_named_before_in_full():
    text = (
        "The commission said in a decision released Friday that Prairie Crest Renewables Inc.'s Elk Hill "
        "project could proceed.\n\n"
        "Prairie Crest says the wind farm will produce about 900 gigawatt-hours a year."
    )
    assert attribution(text, "the wind farm will produce about 900 gigawatt-hours a year").speaker == "Prairie Crest Renewables Inc."


def test_the_company_is_not_the_ministry_that_spoke_just_before():
    text = (
        "Andes Pipeline Corp raised its estimate of the diesel spilled near Tumbes to 8,000 barrels on Monday. "
        "Peru's Environment Ministry said the fuel had reached 25 km of beach, while the company said only "
        "9 km were affected."
    )
    assert attribution(text, "the fuel had reached 25 km of beach").speaker == "Environment Ministry"
    assert attribution(text, "only 9 km were affected").speaker == "Andes Pipeline Corp"


def test_a_word_for_a_trade_tagged_as_a_name_is_the_business_named_before():
    text = "Brakwater Flour Mills Plc bought 1.2 million tonnes of wheat, the miller said in its annual report."
    assert attribution(text, "Brakwater Flour Mills Plc bought 1.2 million tonnes of wheat").speaker == (
        "Brakwater Flour Mills Plc"
    )


def test_the_company_is_the_business_a_headline_named_short():
    text = (
        "Tarnwick's sleep pill passes late-stage test\n\n"
        "A sleep pill made by Tarnwick Biotech cut the time patients took to fall asleep by 21 minutes in a "
        "trial of 940 adults, the company said on Thursday."
    )
    content = "A sleep pill made by Tarnwick Biotech cut the time patients took to fall asleep by 21 minutes in a trial of 940 adults"
    assert attribution(text, content).speaker == "Tarnwick Biotech"


def test_the_co_op_is_the_one_co_operative_named_before_tagged_or_not():
    text = (
        "Residents of Elm Park Co-operative Homes in Toronto voted to borrow $3m. "
        "The roof will be replaced first, the co-op said."
    )
    assert attribution(text, "The roof will be replaced first").speaker == "Elm Park Co-operative Homes"
    text = "Kilbrack Co-op will spend €20 million on a cheese plant. The plant will employ 60 people, the co-op said."
    assert attribution(text, "The plant will employ 60 people").speaker == "Kilbrack Co-op"
    # two co-operatives: which one is a guess, so the description stays, whole
    text = "Kilbrack Co-op and Dunmore Co-op will merge. The plant will employ 60 people, the co-op said."
    assert attribution(text, "The plant will employ 60 people").speaker == "the co-op"


def test_a_business_the_model_tagged_as_a_person_is_the_company_later():
    text = (
        "Kestrel Robotics on Monday unveiled the Falcon 2, its largest warehouse robot yet. "
        "Kestrel says it can lift 40kg. The company said it expects to sell 2,000 units next year."
    )
    assert attribution(text, "it can lift 40kg").speaker == "Kestrel Robotics"
    assert attribution(text, "it expects to sell 2,000 units next year").speaker == "Kestrel Robotics"


def test_the_lender_is_the_one_bank_though_the_headline_names_it_short():
    text = (
        "Kovar Bank half-year profit rises 12pc to KSh2.1bn\n\n"
        "NAIROBI, Kenya, Aug 3 – Kovar Commercial Bank has reported a 12 per cent rise in net profit to KSh2.1 "
        "billion for the six months to June.\n\n"
        "The lender, which is listed on the Nairobi Securities Exchange, said deposits grew 9 per cent to KSh180 billion.\n"
    )
    assert attribution(text, "deposits grew 9 per cent to KSh180 billion").speaker == "Kovar Commercial Bank"


def test_the_group_is_the_one_business_named_by_its_legal_form_when_the_model_tagged_no_body():
    # the model sometimes tags no entity in such a name; cleared here so that the test does not hang on its mood
    doc = get_nlp()("Tembusu Latex Bhd slipped into a net loss. Revenue fell 8.2%, the group said in a filing.")
    doc.ents = []
    group = next(t for t in doc if t.lower_ == "group")
    assert definite_org(group, "the group", [], ()) == "Tembusu Latex Bhd"
    doc = get_nlp()("Tembusu Latex Bhd and Rimba Gloves Bhd fell. Revenue fell 8.2%, the group said in a filing.")
    doc.ents = []
    group = next(t for t in doc if t.lower_ == "group")
    assert definite_org(group, "the group", [], ()) == ""  # two businesses: which one is a guess


def test_the_union_is_the_one_body_named_for_its_members():
    # a union's name need not hold the word "union": it names its members, or it is a numbered branch
    text = (
        "About 9,000 hospital porters have accepted a new pay deal, their union said on Sunday.\n\n"
        "The Northern Federation of Health Workers said the deal includes raises of 4 per cent a year.\n\n"
        "Porters earn an average of $38,000 a year, according to the union."
    )
    for content in ("About 9,000 hospital porters have accepted a new pay deal",
                    "Porters earn an average of $38,000 a year"):
        assert attribution(text, content).speaker == "Northern Federation of Health Workers"
    text = ("Drivers will strike on Monday, their union said.\n\n"
            "Canadian Bus Operators Local 512 said talks with the company had failed.")
    assert attribution(text, "Drivers will strike on Monday").speaker == "Canadian Bus Operators Local 512"


def test_the_city_is_the_one_city_named_as_a_body():
    text = ("About 600 workers at the City of Moose Bend could strike on Monday, their union says.\n\n"
            "In a statement, the city said its offer was fair.")
    assert attribution(text, "its offer was fair").speaker == "City of Moose Bend"
    # with two named, which one is meant is a guess
    text = ("Workers at the City of Moose Bend and the City of Elk Ridge could strike on Monday.\n\n"
            "In a statement, the city said its offer was fair.")
    assert attribution(text, "its offer was fair").speaker.lower() == "the city"


def test_a_department_named_with_and_opens_the_sentence_without_the():
    text = "Transport and Infrastructure Canada said the bridge would reopen in 14 days."
    assert attribution(text, "the bridge would reopen in 14 days").speaker == "Transport and Infrastructure Canada"


def test_a_body_whose_name_opens_with_a_word_for_a_title_keeps_it():
    assert attribution("General Mills said it would close two plants.", "it would close two plants").speaker \
        == "General Mills"
    text = "Harlow and General Dynamics said the contract was worth $40 million."
    assert attribution(text, "the contract was worth $40 million").speaker == "Harlow and General Dynamics"


def test_a_nickname_in_quotation_marks_is_part_of_the_name_and_no_quote():
    text = (
        "Fishermen's Co-operative chairman Desmond \"Skipper\" Baptiste said catches had fallen by a third. "
        "Baptiste said 60 boats were idle."
    )
    found = attributions(text)
    assert [a.content for a in found] == ["catches had fallen by a third", "60 boats were idle"]
    assert {a.speaker for a in found} == {'Desmond "Skipper" Baptiste'}


def test_a_trade_described_by_its_county_is_the_body_named_before():
    text = (
        "Kilbeggan Creamery cut its milk price by 2c a litre. The Co Westmeath processor said butter prices had "
        "fallen 20%."
    )
    assert attribution(text, "butter prices had fallen 20%").speaker == "Kilbeggan Creamery"


def test_a_club_described_by_its_city_is_the_club_named_before_even_when_the_city_is_tagged_a_person():
    text = "Harbourside Rovers have sold their striker for £4m. The Glasgow club said the fee would fund a new stand."
    speaker = attribution(text, "the fee would fund a new stand")
    assert (speaker.speaker, speaker.speaker_kind) == ("Harbourside Rovers", "organization")


def test_a_party_group_is_not_taken_for_the_body_named_before():
    text = (
        "Members of the Tarnby Chamber of Trade met on Monday. "
        "The opposition Independent group said it would keep parking free for 30 minutes."
    )
    assert attribution(text, "it would keep parking free for 30 minutes").speaker != "Tarnby Chamber of Trade"
