"""A held-out labelled set for figures, written blind: 56 short wire-style reports from 5 invented
outlets (Northern Wire, Evening Ledger, Global Desk, Radio Meridian, Harbour Courier) about 13
invented events in real places, all dated in 2025. It was written without reading the product's
code, its other tests or the other figure_reports_* sets; only the format of figure_reports.py
was looked at.

Events: a coal-mine explosion in Zonguldak (Turkey), a cholera outbreak in Lusaka (Zambia), a dock
strike in Antwerp (Belgium), a wildfire on Evia (Greece), a typhoon in northern Luzon (Philippines),
a bus crash in the Cusco region (Peru), an investment fraud in Sydney (Australia), a subway cost
overrun in Toronto (Canada), foot-and-mouth disease near Gyor (Hungary), a diesel spill into the
Odra (Poland), a stadium crush in Kumasi (Ghana), a chemical-plant fire with evacuations in Deer
Park (Texas) and fuel-tax protests in Nairobi (Kenya).

45 labelled figures: 15 disputed, 13 revised, 17 consistent.

Disputes are built in every form: one sentence with "but" or "while" (Antwerp strikers, Toronto
ridership, Kumasi crowd, Nairobi marchers); two sentences of one report with no cue word (homes
burned on Evia); two outlets on the same day or the next with no cue word (miners underground,
cholera deaths, typhoon displaced, depth of the bus fall, Hungarian farms infected, litres of diesel,
benzene released, protest deaths); and one side restating its number later (the mine operator,
ASIC on the fraud losses, the fuel company, the Harris County sheriff). Revisions are counts or
estimates that move over days, each outlet wording them its own way, some with a cue word ("rose
to", "now", "climbed") and some without: tolls that rise (miners, bus passengers, typhoon dead),
a missing count that falls, cases, culled cattle, hectares burned, tonnes of dead fish, ships at
anchor, arrests, injured fans, burning tanks and a cost estimate in Canadian dollars. Money comes
in euros, pesos, Australian and Canadian dollars and forints; measures in hectares, metres,
kilometres, litres and tonnes. Consistent figures include values from one source repeated by
several outlets in different words.

NO_FIGURE holds the traps: durations, clock times, ages, ordinals, a council vote, match scores,
years (two of them the ends of a range) and rhetorical series inside quotes.

Labels name a value by report and by the number as written in that report's body.
"""

from tests.matching.figure_reports import LabelledFigure, Report, at

REPORTS = (
    # --- coal-mine explosion, Zonguldak, Turkey: a rising toll; operator and union disagree ---
    Report("mine1", "Northern Wire", at(4, 8, 19),
           "A methane explosion tore through a state-run coal mine in Zonguldak on Tuesday, killing 12 miners, "
           "the provincial governor's office said. The blast struck at 15:40 local time. The operating company "
           "said 110 workers were underground when it happened."),
    Report("mine2", "Evening Ledger", at(4, 8, 23),
           "The death toll in the Turkish coal mine blast climbed to 19 late on Tuesday, officials said. The "
           "miners' union Maden-Is said 143 men had gone down for the afternoon shift. Another 31 were being "
           "treated in hospital in Zonguldak."),
    Report("mine3", "Global Desk", at(4, 9, 8),
           "Rescuers in northern Turkey recovered more bodies overnight, bringing the number of dead to 19. "
           "Hospitals said 31 miners were still receiving treatment, several of them in intensive care. It is "
           "Turkey's worst mining disaster since 2014."),
    Report("mine4", "Radio Meridian", at(4, 9, 17),
           "Rescue teams have now brought out the bodies of 25 miners from the Zonguldak pit, the disaster "
           "agency said on Wednesday. The company repeated that 110 employees were underground at the time. "
           "A 47-year-old foreman was among the dead."),
    Report("mine5", "Harbour Courier", at(4, 10, 9),
           "Funerals were held across Zonguldak province on Thursday for the 25 men killed in Tuesday's blast. "
           "Prosecutors said the pit had passed its third safety inspection of the year in February."),
    # --- cholera in Lusaka, Zambia: cases rise; ministry and a charity differ on deaths ---
    Report("chol1", "Global Desk", at(1, 14, 10),
           "Zambian health authorities have recorded 310 cholera cases in Lusaka since the start of the month, "
           "the health ministry said on Tuesday. The city has opened 9 treatment centres, most of them in the "
           "crowded townships of Kanyama and Chawama."),
    Report("chol2", "Northern Wire", at(1, 17, 12),
           "Cholera infections in the Zambian capital have risen to 460, the health ministry said on Friday. "
           "The ministry said 14 people had died."),
    Report("chol3", "Radio Meridian", at(1, 17, 16),
           "Medical charity Health Frontiers said 27 patients had died of cholera in Lusaka since the outbreak "
           "began. Its doctors said it was the second outbreak in the city in three years."),
    Report("chol4", "Evening Ledger", at(1, 22, 9),
           "Lusaka has now logged 702 suspected cholera cases, the ministry said on Wednesday. Schools in the "
           "capital will stay shut for another two weeks. All 9 treatment centres were full, nurses said."),
    # --- dock strike, Antwerp, Belgium: strikers disputed in one sentence; ships pile up ---
    Report("dock1", "Harbour Courier", at(10, 6, 11),
           "Dockworkers walked off the job at the port of Antwerp on Monday in a 48-hour strike over pension "
           "reform. The ACV-Transcom union said 4,000 dockers had joined the stoppage, while the port authority "
           "put the number of strikers at 1,500."),
    Report("dock2", "Evening Ledger", at(10, 6, 18),
           "Some 37 vessels were waiting at anchor off Antwerp on Monday evening as the strike in Belgium's "
           "largest port took hold. Port of Antwerp-Bruges said the walkout was costing it 12 million euros a day."),
    Report("dock3", "Northern Wire", at(10, 7, 9),
           "The number of ships stuck outside Antwerp reached 52 on Tuesday morning, harbour master figures "
           "showed. Picket lines went up at 06:00 at the container terminals on the Scheldt."),
    Report("dock4", "Global Desk", at(10, 7, 17),
           "Belgian port strikers pressed on with their action for a second day, leaving 64 cargo ships queuing "
           "in the North Sea. The port authority repeated its estimate of €12 million in lost revenue for each "
           "day of the stoppage."),
    # --- wildfire on Evia, Greece: burnt area grows; homes lost disputed inside one report ---
    Report("fire1", "Radio Meridian", at(8, 4, 14),
           "A wildfire on the Greek island of Evia has burned 3,200 hectares of pine forest since Sunday, the "
           "fire service said. Civil protection officials said 2,300 people had been moved out of villages in "
           "the north of the island."),
    Report("fire2", "Harbour Courier", at(8, 5, 10),
           "The Evia blaze has now scorched 5,800 hectares, according to satellite data released by the fire "
           "service on Tuesday. Some 2,300 residents have been evacuated, civil protection said."),
    Report("fire3", "Global Desk", at(8, 5, 16),
           "The fire service said 64 houses had been destroyed in northern Evia. Regional governor Eleni "
           "Stathaki said 110 homes on the island had been lost. Water-dropping planes flew from dawn."),
    Report("fire4", "Northern Wire", at(8, 6, 8),
           "Now in its fourth day, the fire in Greece has blackened 9,400 hectares, officials said on Wednesday. "
           "Evacuation orders covering about 2,300 people remained in force."),
    Report("fire5", "Evening Ledger", at(8, 14, 12),
           "Firefighters declared the Evia wildfire contained on Thursday after it burned for 11 days. The head "
           "of the fire service, 58-year-old Stavros Manolis, said the final size of the burnt area would be "
           "published next week."),
    # --- Typhoon Dalisay, northern Luzon, Philippines: toll rises, missing falls, displaced disputed ---
    Report("typh1", "Global Desk", at(9, 22, 6),
           "Typhoon Dalisay slammed into northern Luzon overnight, killing 7 people, the Philippine disaster "
           "agency said on Monday. It is the 14th storm to hit the Philippines this year."),
    Report("typh2", "Northern Wire", at(9, 23, 9),
           "The number of people killed by Typhoon Dalisay rose to 11 on Tuesday, with 23 still missing in "
           "landslide-hit Benguet province, the NDRRMC said. The agency said 82,000 people had fled their homes "
           "in northern Luzon."),
    Report("typh3", "Radio Meridian", at(9, 23, 15),
           "The Philippine Red Cross said 130,000 people were displaced by the typhoon across Luzon. Farm losses "
           "reached 1.2 billion pesos, the agriculture department said, mostly in rice paddies ready for harvest."),
    Report("typh4", "Harbour Courier", at(9, 25, 10),
           "Rescuers in the Cordillera dug out more victims on Thursday, raising the typhoon's toll to 16. "
           "Another 15 villagers remained unaccounted for, the disaster agency said."),
    Report("typh5", "Evening Ledger", at(9, 27, 12),
           "The search for 9 people still missing after Typhoon Dalisay went on in Benguet on Saturday. The "
           "agriculture department kept its estimate of damage to crops at ₱1.2 billion."),
    # --- bus crash, Cusco region, Peru: toll rises; depth of the fall disputed across outlets ---
    Report("bus1", "Northern Wire", at(11, 3, 7),
           "A bus carrying 48 passengers plunged 200 metres into a ravine in Peru's Cusco region early on "
           "Monday, killing 21 people, police said. The driver, a 39-year-old, survived."),
    Report("bus2", "Radio Meridian", at(11, 3, 15),
           "The number of dead in the Andean bus crash has risen to 24, the regional health directorate said "
           "on Monday. All 48 people aboard were either killed or hurt, it said. The bus left Cusco at 21:00 "
           "on Sunday."),
    Report("bus3", "Global Desk", at(11, 4, 10),
           "Rescuers in southern Peru said the bus had fallen some 350 metres down the mountainside near Santa "
           "Teresa. Relatives waited for news outside the main hospital in Cusco."),
    Report("bus4", "Harbour Courier", at(11, 5, 12),
           "Peruvian police raised the death toll from Monday's bus accident to 27 after more injured "
           "passengers died in hospital. The transport ministry suspended the bus company's licence for 90 days."),
    # --- Harbourline Capital fraud, Sydney, Australia: regulator against liquidators on losses ---
    Report("fraud1", "Evening Ledger", at(6, 10, 9),
           "Australia's corporate regulator said on Tuesday that investors lost A$480 million in a property "
           "scheme run by Sydney developer Harbourline Capital. ASIC said about 11,000 investors had put money "
           "into the scheme between 2017 and 2024."),
    Report("fraud2", "Northern Wire", at(6, 11, 8),
           "Liquidators for the collapsed Harbourline Capital put investors' losses at A$730 million in a "
           "report to the Federal Court in Sydney on Wednesday."),
    Report("fraud3", "Global Desk", at(6, 12, 14),
           "The 58-year-old founder of Harbourline Capital was charged with fraud in Sydney on Thursday and "
           "faces up to 15 years in prison if convicted. Police seized 23 properties linked to the company. "
           "Many of the scheme's roughly 11,000 victims are retirees."),
    Report("fraud4", "Radio Meridian", at(6, 18, 10),
           "ASIC told a Senate hearing on Wednesday that its estimate of A$480 million in investor losses from "
           "the Harbourline collapse had not changed."),
    # --- Lakeshore East subway, Toronto, Canada: a cost estimate revised; ridership disputed ---
    Report("sub1", "Harbour Courier", at(2, 4, 11),
           "The City of Toronto put the cost of its planned Lakeshore East subway line at C$6.3 billion on "
           "Tuesday. The 11.2-kilometre line would add 6 stations between Union Station and the Beaches."),
    Report("sub2", "Evening Ledger", at(2, 5, 9),
           "City planners say Toronto's new subway line will carry 120,000 riders a day, but the advocacy group "
           "Transit Forward said ridership would barely reach 75,000. The line would run for 11.2 kilometres "
           "beneath Queen Street East."),
    Report("sub3", "Northern Wire", at(2, 19, 16),
           "Toronto's estimate for the Lakeshore East subway has climbed to C$8.1 billion after soil surveys "
           "found more contaminated ground than expected, the city said on Wednesday. Council approved the "
           "higher budget by a vote of 28-17."),
    Report("sub4", "Global Desk", at(2, 20, 10),
           "Ontario's transport minister said on Thursday the province would help pay for the C$8.1 billion "
           "subway line in Toronto, which is now due to open in 2033, three years later than planned."),
    # --- foot-and-mouth disease near Gyor, Hungary: the cull grows; farms infected disputed ---
    Report("fmd1", "Radio Meridian", at(3, 7, 12),
           "Hungary has culled 1,400 cattle after foot-and-mouth disease was confirmed at a dairy farm near "
           "Győr, the agriculture ministry said on Friday. It is the first outbreak of the disease in the "
           "country since 1973. The government set aside 2.5 billion forints to compensate farmers."),
    Report("fmd2", "Global Desk", at(3, 10, 9),
           "Veterinary teams in northwestern Hungary have now slaughtered 3,100 animals to stop the spread of "
           "foot-and-mouth disease. The agriculture ministry said the virus had been found on 4 farms."),
    Report("fmd3", "Harbour Courier", at(3, 10, 15),
           "The Hungarian Chamber of Agriculture said 7 farms in Győr-Moson-Sopron county were infected with "
           "foot-and-mouth disease. A 10-kilometre exclusion zone around the outbreak remains in place, with "
           "police checkpoints on all roads."),
    Report("fmd4", "Evening Ledger", at(3, 14, 11),
           "The cull in Hungary's foot-and-mouth outbreak reached 4,600 head of cattle on Friday. Farmers will "
           "share 2.5 billion forints in state compensation, the ministry said."),
    # --- diesel spill into the Odra, Poland: litres disputed and restated; dead fish mount up ---
    Report("spill1", "Northern Wire", at(5, 12, 10),
           "A ruptured pipeline at a fuel depot in western Poland spilled 60,000 litres of diesel into the Odra "
           "river, the operator said on Monday. Firefighters had pulled 12 tonnes of dead fish from the water "
           "near Nowa Sól."),
    Report("spill2", "Evening Ledger", at(5, 13, 9),
           "Poland's environmental inspectorate said on Tuesday that 210,000 litres of diesel had leaked into "
           "the Odra. A slick stretched 40 kilometres downstream, it said."),
    Report("spill3", "Radio Meridian", at(5, 14, 13),
           "Firefighters have now removed 35 tonnes of dead fish from the Odra, the regional governor said. "
           "Booms were laid along a 40-km stretch of the river."),
    Report("spill4", "Global Desk", at(5, 16, 8),
           "The fuel company behind the Odra leak said on Friday it stood by its figure of 60,000 litres. Dead "
           "fish collected from the river since Monday now weigh 41 tonnes. The company has been given 72 hours "
           "to submit a clean-up plan."),
    # --- stadium crush, Kumasi, Ghana: crowd size disputed with "but"; injured rise ---
    Report("stad1", "Harbour Courier", at(12, 7, 20),
           "A crush at the end of a league match at Kumasi's Baba Yara Stadium injured 30 fans on Sunday, police "
           "said. The home club said 42,000 people attended, but police estimated the crowd at 55,000 in the "
           "40,000-seat ground."),
    Report("stad2", "Evening Ledger", at(12, 8, 9),
           "Ghana's health service said 46 people were being treated for injuries after the stampede in Kumasi, "
           "and 2 spectators had died."),
    Report("stad3", "Global Desk", at(12, 8, 14),
           "Police in Ghana said the 2 fans who died were crushed against a locked gate as the crowd left after "
           "the home side's 3-1 win. The gate had been shut in the 87th minute, a steward said. \"Ten seconds, "
           "twenty seconds, and people were on the ground,\" a survivor said."),
    Report("stad4", "Northern Wire", at(12, 10, 10),
           "The number of people hurt in Sunday's Kumasi stadium crush has risen to 53, Ghana's sports ministry "
           "said. An inquiry will look at why the crowd was allowed to exceed the ground's capacity of 40,000."),
    # --- chemical plant fire, Deer Park, Texas: evacuees and benzene disputed; tanks revised ---
    Report("chem1", "Global Desk", at(7, 15, 8),
           "A fire at a petrochemical plant in Deer Park, Texas, forced 8,000 residents from their homes "
           "overnight, the Harris County sheriff's office said. The blaze broke out at 11:45 p.m. on Monday and "
           "spread to 3 storage tanks. Nine workers were hurt."),
    Report("chem2", "Radio Meridian", at(7, 15, 14),
           "Harris County Judge Maria Delgado said 12,500 people had been evacuated around the burning plant "
           "east of Houston. The company said 9 employees were injured, none seriously."),
    Report("chem3", "Evening Ledger", at(7, 16, 9),
           "The fire at the Texas plant had spread to 5 tanks by Wednesday morning, firefighters said. The "
           "sheriff's office stood by its count of 8,000 evacuated residents."),
    Report("chem4", "Northern Wire", at(7, 16, 17),
           "The company operating the Deer Park plant, built in 1978, said on Wednesday that 4 tonnes of benzene "
           "had been released into the air during the fire."),
    Report("chem5", "Harbour Courier", at(7, 17, 10),
           "State environmental regulators in Texas estimated that 28 tonnes of benzene had escaped from the "
           "Deer Park plant. A shelter-in-place order for nearby schools was lifted after 36 hours."),
    # --- fuel-tax protests, Nairobi, Kenya: marchers and deaths disputed; arrests rise ---
    Report("prot1", "Radio Meridian", at(10, 14, 18),
           "Police said about 9,000 people marched through central Nairobi on Tuesday against a new fuel levy, "
           "while organisers said 60,000 had joined. Officers arrested 120 protesters."),
    Report("prot2", "Harbour Courier", at(10, 15, 9),
           "Kenyan police have detained 210 people since the start of the fuel tax protests, the interior "
           "ministry said on Wednesday. Kenyatta National Hospital said it treated 47 people for injuries."),
    Report("prot3", "Evening Ledger", at(10, 15, 16),
           "Kenya Rights Watch said 6 protesters had been shot dead by police in Nairobi and Mombasa. \"Not one "
           "shilling more, not ten shillings, not a thousand,\" a student leader told a rally in Uhuru Park."),
    Report("prot4", "Northern Wire", at(10, 16, 10),
           "The Kenyan police spokesman said 2 people had died during the protests. Arrests have risen to 260, "
           "and 47 people were hurt, officials said. Parliament will vote on the levy on the 21st."),
)

FIGURES = (
    # mine
    LabelledFigure("miners killed, Zonguldak", "revised",
                   (("mine1", "12"), ("mine2", "19"), ("mine3", "19"), ("mine4", "25"), ("mine5", "25"))),
    LabelledFigure("workers underground at the blast", "disputed",
                   (("mine1", "110"), ("mine2", "143"), ("mine4", "110"))),
    LabelledFigure("miners in hospital", "consistent", (("mine2", "31"), ("mine3", "31"))),
    # cholera
    LabelledFigure("cholera cases, Lusaka", "revised", (("chol1", "310"), ("chol2", "460"), ("chol4", "702"))),
    LabelledFigure("cholera deaths, Lusaka", "disputed", (("chol2", "14"), ("chol3", "27"))),
    LabelledFigure("cholera treatment centres", "consistent", (("chol1", "9"), ("chol4", "9"))),
    # dock strike
    LabelledFigure("dockers on strike, Antwerp", "disputed", (("dock1", "4,000"), ("dock1", "1,500"))),
    LabelledFigure("ships waiting off Antwerp", "revised", (("dock2", "37"), ("dock3", "52"), ("dock4", "64"))),
    LabelledFigure("daily cost of the strike to the port", "consistent",
                   (("dock2", "12 million"), ("dock4", "12 million"))),
    # wildfire
    LabelledFigure("area burned, Evia", "revised", (("fire1", "3,200"), ("fire2", "5,800"), ("fire4", "9,400"))),
    LabelledFigure("homes destroyed, Evia", "disputed", (("fire3", "64"), ("fire3", "110"))),
    LabelledFigure("people evacuated, Evia", "consistent", (("fire1", "2,300"), ("fire2", "2,300"), ("fire4", "2,300"))),
    # typhoon
    LabelledFigure("typhoon deaths, Luzon", "revised", (("typh1", "7"), ("typh2", "11"), ("typh4", "16"))),
    LabelledFigure("missing after the typhoon", "revised", (("typh2", "23"), ("typh4", "15"), ("typh5", "9"))),
    LabelledFigure("people displaced by the typhoon", "disputed", (("typh2", "82,000"), ("typh3", "130,000"))),
    LabelledFigure("farm damage from the typhoon", "consistent", (("typh3", "1.2 billion"), ("typh5", "1.2 billion"))),
    # bus crash
    LabelledFigure("bus crash deaths, Peru", "revised", (("bus1", "21"), ("bus2", "24"), ("bus4", "27"))),
    LabelledFigure("depth of the bus's fall", "disputed", (("bus1", "200"), ("bus3", "350"))),
    LabelledFigure("people on the bus", "consistent", (("bus1", "48"), ("bus2", "48"))),
    # fraud
    LabelledFigure("investor losses, Harbourline", "disputed",
                   (("fraud1", "480 million"), ("fraud2", "730 million"), ("fraud4", "480 million"))),
    LabelledFigure("investors in the scheme", "consistent", (("fraud1", "11,000"), ("fraud3", "11,000"))),
    LabelledFigure("properties seized", "consistent", (("fraud3", "23"),)),
    # subway
    LabelledFigure("cost of the Lakeshore East subway", "revised",
                   (("sub1", "6.3 billion"), ("sub3", "8.1 billion"), ("sub4", "8.1 billion"))),
    LabelledFigure("daily riders forecast", "disputed", (("sub2", "120,000"), ("sub2", "75,000"))),
    LabelledFigure("length of the subway line", "consistent", (("sub1", "11.2-kilometre"), ("sub2", "11.2"))),
    LabelledFigure("new subway stations", "consistent", (("sub1", "6"),)),
    # foot-and-mouth
    LabelledFigure("cattle culled, Hungary", "revised", (("fmd1", "1,400"), ("fmd2", "3,100"), ("fmd4", "4,600"))),
    LabelledFigure("farms infected", "disputed", (("fmd2", "4"), ("fmd3", "7"))),
    LabelledFigure("compensation for farmers", "consistent", (("fmd1", "2.5 billion"), ("fmd4", "2.5 billion"))),
    LabelledFigure("exclusion zone radius", "consistent", (("fmd3", "10-kilometre"),)),
    # diesel spill
    LabelledFigure("diesel spilled into the Odra", "disputed",
                   (("spill1", "60,000"), ("spill2", "210,000"), ("spill4", "60,000"))),
    LabelledFigure("dead fish removed from the Odra", "revised", (("spill1", "12"), ("spill3", "35"), ("spill4", "41"))),
    LabelledFigure("length of river polluted", "consistent", (("spill2", "40"), ("spill3", "40-km"))),
    # stadium crush
    LabelledFigure("crowd at the match, Kumasi", "disputed", (("stad1", "42,000"), ("stad1", "55,000"))),
    LabelledFigure("injured in the crush", "revised", (("stad1", "30"), ("stad2", "46"), ("stad4", "53"))),
    LabelledFigure("stadium capacity", "consistent", (("stad1", "40,000-seat"), ("stad4", "40,000"))),
    LabelledFigure("deaths in the crush", "consistent", (("stad2", "2"), ("stad3", "2"))),
    # chemical plant
    LabelledFigure("residents evacuated, Deer Park", "disputed",
                   (("chem1", "8,000"), ("chem2", "12,500"), ("chem3", "8,000"))),
    LabelledFigure("storage tanks on fire", "revised", (("chem1", "3"), ("chem3", "5"))),
    LabelledFigure("benzene released", "disputed", (("chem4", "4"), ("chem5", "28"))),
    LabelledFigure("workers injured at the plant", "consistent", (("chem1", "Nine"), ("chem2", "9"))),
    # protests
    LabelledFigure("marchers in Nairobi", "disputed", (("prot1", "9,000"), ("prot1", "60,000"))),
    LabelledFigure("arrests in the protests", "revised", (("prot1", "120"), ("prot2", "210"), ("prot4", "260"))),
    LabelledFigure("protest deaths, Kenya", "disputed", (("prot3", "6"), ("prot4", "2"))),
    LabelledFigure("people injured in the protests", "consistent", (("prot2", "47"), ("prot4", "47"))),
)

NO_FIGURE = (
    ("mine1", "15:40"), ("mine3", "2014"), ("mine4", "47-year-old"), ("mine5", "third"),
    ("chol3", "second"), ("chol3", "three years"), ("chol4", "two weeks"),
    ("dock1", "48-hour"), ("dock3", "06:00"), ("dock4", "second"),
    ("fire4", "fourth"), ("fire5", "11 days"), ("fire5", "58-year-old"),
    ("typh1", "14th"),
    ("bus1", "39-year-old"), ("bus2", "21:00"), ("bus4", "90 days"),
    ("fraud1", "2017"), ("fraud1", "2024"), ("fraud3", "58-year-old"), ("fraud3", "15 years"),
    ("sub3", "28-17"), ("sub4", "2033"), ("sub4", "three years"),
    ("fmd1", "first"), ("fmd1", "1973"),
    ("spill4", "72 hours"),
    ("stad3", "3-1"), ("stad3", "87th"), ("stad3", "Ten seconds"), ("stad3", "twenty seconds"),
    ("chem1", "11:45"), ("chem4", "1978"), ("chem5", "36 hours"),
    ("prot3", "one"), ("prot3", "ten shillings"), ("prot3", "thousand"), ("prot4", "21st"),
)
