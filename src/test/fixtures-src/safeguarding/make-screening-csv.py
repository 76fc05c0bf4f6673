#!/usr/bin/env python3
"""Writes screening-set.csv: "Information" texts from intelligence submissions, each labelled
urgent (crime in progress / person in immediate danger / time-critical) or ordinary (intelligence
that mentions violence, weapons, threats or danger in the past or in general).

usage: make-screening-csv.py <output csv>

UTF-8 (no BOM), LF line endings, header id,expected,text; the text column is always quoted ("" inside).
The rows are shuffled with a fixed seed so ids (S01...) say nothing about the label.
"""
import random
import sys

URGENT = [
    "Kestrel Amberley-Voss is at the property right now with two older males who are refusing to leave and are threatening staff with a hammer.",
    "As we speak a group of lads are trying to force the door of Flat 4 and the young person inside is screaming for help.",
    "Resident has just been stabbed in the car park behind 12 Mill Lane. Ambulance called, the lad who did it ran off towards the river.",
    "Tegan Pellowe-Hart has been missing since this morning and is at risk tonight - she told a friend she is meeting a man she met online at Oxford station at 8pm.",
    "Staff have been told Orrin is going to be moved to London tonight by the people he owes money to. He has packed a bag and is waiting to be picked up.",
    "We believe a 16 year old girl is being held in the upstairs flat at 9 Wyvern Court against her will. Staff can hear her crying.",
    "A man is banging on the door of the project shouting that he will kill the resident in room 3. Staff have locked the front door.",
    "Young person says the male in the kitchen has a gun and has told everyone not to move. One member of staff has managed to get out of the building.",
    "Resident has taken a large number of paracetamol in the last half hour and is refusing to let staff call an ambulance. Overdose happening - we need help.",
    "We need police now. The young person's dad has turned up drunk and is punching the glass in the front door.",
    "She is currently in a car with three adult men heading towards Reading on the A34 and is sending staff messages saying she is scared.",
    "Her ex-partner is threatening to set fire to the flat and is standing in the hallway with a petrol can.",
    "Ongoing fight in the communal garden - one young person is on the ground being kicked and is not getting up.",
    "Kit has texted staff 'they are making me go to Swindon with the phone tonight, I don't want to go' and then switched his phone off.",
    "There is a man on the roof of the building saying he is going to jump. Staff are talking to him from the top floor window.",
    "Two males have just forced their way into Flat 6 and the 17 year old who lives there is still inside with them.",
    "Young person rang from a phone box in Banbury crying. She says the men dropped her off and she does not know where she is. She has no money or phone and it is getting dark.",
    "Staff can see someone being dragged into a white van outside the front entrance at this moment.",
    "He is on the bridge over the ring road and has told his key worker he will end it if anyone comes near him.",
    "The resident's mother has taken the baby from the flat without permission, strapped him into her car and is about to drive off. She has been drinking.",
    "Young person has cut her arms badly in the bathroom and there is a lot of blood. She is drifting in and out of consciousness.",
    "Dealers are in the flat at the minute. The tenant, aged 18, has locked himself in his bedroom and says they have a machete.",
    "Kiera's boyfriend has got her by the throat in the stairwell. Staff are on their way up to her.",
    "Lad has turned up at reception with a stab wound to his leg, bleeding heavily, and says the people who did it are coming after him.",
    "Our resident has not been seen since 07:00 today. She is 16, type 1 diabetic, has no insulin with her and needs her next dose by this evening.",
    "A caller has warned staff that a group is on its way to the property to 'sort out' the young person in Flat 1 for talking to the police. They are expected within the hour.",
    "A resident is being threatened with a knife in the lounge by a visitor right now. Please send someone.",
    "Young person is still being held by the men who took her phone. She managed to send her location from a friend's phone: 14 Ferrier Road, Didcot.",
    "Someone has just set light to the bins against the side of the building and residents are still inside.",
    "He's barricaded himself in his room with a knife and says he will hurt the next person who opens the door.",
]

ORDINARY = [
    "Jago Trevithick-Lund was assaulted in 2024 by a group of older boys in Bicester town centre. He still talks about it but there have been no further incidents.",
    "Last month staff found a kitchen knife under the mattress in Flat 2. It was removed and the young person was spoken to about the risks.",
    "He has a history of carrying knives and was convicted of possession of a bladed article in 2025. No recent concerns.",
    "Resident previously threatened a member of staff in September 2026 when asked to leave the communal area after curfew.",
    "She is rumoured to be involved with a county lines group operating between London and Oxford, but we have nothing firm.",
    "Older males in a black Audi have been seen on several occasions collecting the young person from outside the property after 10pm.",
    "Police were called last week after an argument between two residents. Nobody was hurt and no further action was taken.",
    "Young person now lives in Banbury with her aunt and the contact with the older male appears to have stopped.",
    "Nico is now engaging with services, attending college and going to his weekly sessions with the youth worker.",
    "The family has a long history of domestic violence. Father was imprisoned in 2021 for assaulting the mother.",
    "Staff heard that a resident may have been given a second phone by someone in Blackbird Leys. We do not know who.",
    "On 14/11/2026 a neighbour reported that a young male from the project had been shouting threats in the street. Police attended and gave words of advice.",
    "Young person disclosed that she was sexually assaulted at a party in summer 2025. She has been supported to report it and the police investigation is ongoing.",
    "From now on all visitors to the property must sign in at reception. This follows concerns about unknown adults visiting in October.",
    "The young person was in hospital after an overdose in August. He has been discharged and is seen by the crisis team weekly.",
    "He is known to associate with individuals who carry weapons, though he has never been seen with one himself.",
    "A resident told staff that a man offered her money for 'photos' over Snapchat a few weeks ago. She blocked him and showed staff the messages.",
    "Graffiti referring to a local gang appeared on the wall of the bin store over the weekend. It has been painted over.",
    "He went missing for two nights in October and came back on his own. Return home interview completed, no exploitation indicators identified.",
    "Staff are concerned about the amount of cash the young person has had recently and about new designer clothes. No explanation given.",
    "Two years ago she was trafficked from Birmingham to Oxford; she is now settled and has been granted leave to remain.",
    "A neighbour reports that a red Ford Fiesta, partial registration OY21, has been parked outside most evenings over the past fortnight.",
    "Following the fight in the lounge on 28/11/2026 both residents have apologised and agreed a behaviour plan.",
    "The young person's brother was stabbed in 2023 and she sometimes talks about wanting revenge, but staff have no evidence of any plans.",
    "Right now there are no concerns about the placement; this submission shares historic information from his previous area.",
    "She is currently on a youth conditional caution for a shoplifting offence in March 2026.",
    "Staff found a BB gun in a communal cupboard during the room checks on 01/12/2026. It was handed to police and nobody has claimed it.",
    "Her ex-partner threatened in the past to come to the property. A non-molestation order was granted in June 2026 and there has been no contact since.",
    "Nell says she generally feels in danger walking through the subway at night because of groups hanging around, so staff have changed her route to college.",
    "Police were called to the property three times in 2025 for noise and disorder. None of the current residents were involved.",
]

rows = [("urgent", t) for t in URGENT] + [("ordinary", t) for t in ORDINARY]
assert len(URGENT) == len(ORDINARY) == 30
assert len(set(t for _, t in rows)) == len(rows)
for _, t in rows:
    t.encode("ascii")
random.Random(20261205).shuffle(rows)
with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("id,expected,text\n")
    for i, (label, text) in enumerate(rows, 1):
        f.write('S%02d,%s,"%s"\n' % (i, label, text.replace('"', '""')))
print("wrote", sys.argv[1], len(rows), "rows")
