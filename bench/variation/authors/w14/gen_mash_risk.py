from gen_lib import *

FORMS = []
def add(**k):
    FORMS.append(k)

# =================== MASH ===================
add(id="w14-mash-01", form="mash-referral", expect="routed", missing=None, kind="body",
    sender="dafydd.rees@housing.council.test",
    subject="New response: MASH Referral - 16/17 year old homeless / at risk of homelessness",
    body=f"""Forwarded from our online form - MASH please log and arrange joint assessment.
Dafydd Rees, Housing Options Officer (Youth), Tawelan Housing Options

---------- Response summary ----------
Form: MASH referral - young person aged 16 or 17 homeless or threatened with homelessness
Submitted: 04/12/2026 08:12

Young person's name
KAYLEIGH DAVIES

Date of birth (young person must be 16 or 17)
Response: 17/04/2009

Current address / where they stayed last night
Response: Last night at a friend's (Maisie Grant), 31 Heol Fach, Cwm Eirin PT6 1BB - can't stay again

Presenting agency (who is making this referral?)
Response: Tawelan Housing Options (Youth Homelessness) - Tawelan County Borough Council

Is the young person homeless or threatened with homelessness?
Response: Homeless (tonight)

Has mediation been attempted?
Response: Yes

Date of mediation
Response: Tue 1st Dec 2026

Outcome of mediation
Response: Unsuccessful. Mum attended the session but says Kayleigh cannot come home because of her behaviour towards her younger siblings. Mum is clear this is not going to change.

Are there any welfare or safeguarding concerns? (please give details)
Response:
- Kayleigh has been staying with different friends for 10 days
- She mentioned an "older boyfriend" (20?) who has offered her a room - possible CSE risk
- Has not been at college since 23/11
- Low mood, says she isn't eating properly

Is the young person known to Children's Social Care?
Response: No

Parent / guardian contact details
Response: Mum - Donna Davies, 07700 900 112, 19 Stryd Fawr, Llanfeddyg PT4 2AA
""",
    values=dict(NAME="KAYLEIGH DAVIES", DATE_OF_BIRTH="2009-04-17", STATUS="homeless", MEDIATION="yes",
                MEDIATION_DATE="2026-12-01", KNOWN="no",
                AGENCY="Tawelan Housing Options (Youth Homelessness) - Tawelan County Borough Council"))

def mash_sections(p):
    return [
        ("1. Manylion y person ifanc / Young person", [
            ("NAME", "Name of young person||FIRST NAME, SURNAME", p["name"]),
            ("DATE_OF_BIRTH", "Date of birth||must be aged 16 or 17", p["dob_disp"], p["dob"]),
            ("ADDRESS", "Address (where currently staying)", p["address"]),
            ("PARENT_CONTACT", "Parent / guardian name and contact number", p["parent_contact"]),
        ]),
        ("2. Referring agency", [
            ("AGENCY", "Presenting agency", p["agency"]),
            (None, "Name of referrer / contact", p["referrer"]),
        ]),
        ("3. Housing situation", [
            ("STATUS", "Housing situation||tick one", p["status_disp"], p["status"]),
            ("MEDIATION", "Has mediation / a home visit been attempted?", p["med_disp"], p["med"]),
            ("MEDIATION_DATE", "Date of mediation", p.get("med_date_disp", "N/A"), p.get("med_date")),
            ("MEDIATION_OUTCOME", "Outcome of mediation", p.get("med_out", "N/A")),
        ]),
        ("4. Welfare and safeguarding", [
            ("CONCERNS", "Any welfare or safeguarding concerns?||include exploitation, health, education", p["concerns"]),
            ("KNOWN", "Is the young person known to Children's Social Care?", p["known_disp"], p["known"]),
        ]),
    ]

p = dict(name="JORDAN PIKE", dob="2010-02-08", dob_disp="08/02/2010",
         address="Mum's tenancy: 7 Maes Derwen, Pontygarth PT2 6TT (Tai Aberhafren property)",
         parent_contact="Mum - Leanne Pike, 07700 900 387 (best after 3pm)",
         agency="Tai Aberhafren Housing Association - Tenancy Sustainment Team",
         referrer="Sam Hollis, Tenancy Sustainment Officer, 01632 961 220",
         status_disp="☐ Homeless   ☒ Threatened with homelessness", status="threatened",
         med_disp="☐ Yes   ☒ No - first session booked Tue 8th Dec", med="no",
         med_date_disp="N/A (booked 08.12.26)", med_out="N/A - not yet held",
         concerns="Mum told me at a tenancy visit on 2/12 that Jordan has to be out 'by the weekend' after a row in which a door was broken. Jordan is 16, in Year 11. Mum is struggling with rent arrears (8 weeks) and her own mental health. Jordan has been seen with older lads at the garages on the estate late at night. No physical harm disclosed.",
         known_disp="Yes - open to Early Help (Family Support worker Anna Reid)", known="yes")
add(id="w14-mash-02", form="mash-referral", expect="routed", missing=None, kind="docx", style="twocol",
    title="MASH Referral - Young Person aged 16/17 Homeless or Threatened with Homelessness",
    logo="Tai Aberhafren Housing Association &nbsp;&middot;&nbsp; Tenancy Sustainment",
    footer="Tai Aberhafren HA &middot; Registered Society no. 29911R &middot; Tenancy Sustainment Team, Tŷ Hafren, Pontygarth &middot; OFFICIAL-SENSITIVE when completed",
    sections=mash_sections(p), sender="sam.hollis@tai-aberhafren.charity.test",
    subject="MASH referral - 16 year old threatened with homelessness - JORDAN PIKE",
    body="""Hi MASH team,

Please find attached a referral for Jordan Pike, 16, who is threatened with homelessness from his mum's tenancy with us. Mediation is booked for Tuesday but mum is adamant he has to leave this weekend, so I did not want to wait.

Many thanks
Sam Hollis
Tenancy Sustainment Officer
Tai Aberhafren Housing Association
01632 961 220
""", fname="MASH_referral_JPike")

# M03 INVALID - status not ticked
p = dict(name="TIA-MAE RICHARDS", dob="2009-07-03", dob_disp="03.07.09",
         address="Ty Glan Foyer (overnight - emergency room), 1 Glanfa'r Dociau, Pontygarth PT1 9DD",
         parent_contact="Mum - Kerry Richards, 07700 900 541 (did not answer at 01.10hrs)",
         agency="Ty Glan Foyer (night team)",
         referrer="Marcus Adeyemi, Night Project Worker, 01632 961 500",
         status_disp="☐ Homeless   ☐ Threatened with homelessness", status="",
         med_disp="☐ Yes  ☒ No", med="no", med_date_disp="N/A", med_out="N/A",
         concerns="Tia-Mae came to our reception at 00.40hrs on Fri 4th Dec asking to speak to someone. She said things at home are bad with her mum's new partner, that he shouts at her and she doesn't feel safe there. She had a small bag with her. She was tearful and had not eaten. We gave her food and let her sleep in our emergency room as she is 17. No injuries seen.",
         known_disp="Not known - she says no social worker", known="no")
add(id="w14-mash-03", form="mash-referral", expect="rejected", missing="STATUS", kind="pdf", style="boxes",
    title="MASH Referral - Young Person aged 16/17 Homeless or Threatened with Homelessness",
    logo="TY GLAN FOYER &nbsp;&middot;&nbsp; Young People's Housing &amp; Support",
    footer="Ty Glan Foyer &middot; Charity no. 1190077 &middot; Night team line 01632 961 500 &middot; Completed on night shift",
    sections=mash_sections(p), sender="nightteam@tyglanfoyer.charity.test",
    subject="MASH referral - 17 yr old - T RICHARDS",
    body="""Morning MASH,

Night team here. Referral attached (PDF) for a 17 year old girl who came to us in the early hours. She is still here this morning. Day manager is in from 9.30 if you need to talk to someone.

Marcus Adeyemi
Night Project Worker, Ty Glan Foyer
""", fname="MASH_TRichards_041226")

p = dict(name="CERYS LLEWELLYN", dob="2009-12-24", dob_disp=dlong("2009-12-24"),
         address="Emergency B&B: Gwesty'r Bont, Pontygarth (from 03/12) - previously 22 Lôn Coed, Cwm Eirin PT6 3RR",
         parent_contact="Dad - Ieuan Llewellyn, 07700 900 778. Mum not involved.",
         agency="Tawelan CBC Children's Services - Early Help Hub",
         referrer="Hannah Mostyn, Early Help Practitioner, 01632 960 150",
         status_disp="☒ Homeless   ☐ Threatened with homelessness", status="homeless",
         med_disp="☒ Yes  ☐ No", med="yes", med_date_disp="30/11/2026", med_date="2026-11-30",
         med_out="Mediation by Tawelan Family Mediation at dad's home. Dad said he will not have Cerys back after she brought friends into the house while he was at work and items went missing. Cerys does not want to return either. Breakdown considered final for now.",
         concerns="• Has been drinking heavily with older peers\n• Disclosed to school nurse that she was 'touched' at a party in November - passed to MASH 26/11\n• Attending school around 70%\n• Possible pregnancy test - sexual health nurse involved",
         known_disp="Yes", known="yes")
def mash_yn(p):
    return [
        ("PART A - ABOUT THE YOUNG PERSON", [
            ("NAME", "Young person's name", p["name"]),
            ("DATE_OF_BIRTH", "Date of birth (16/17 only)", p["dob_disp"], p["dob"]),
            ("ADDRESS", "Address / current whereabouts", p["address"]),
            ("PARENT_CONTACT", "Parent or guardian contact", p["parent_contact"]),
            ("AGENCY", "Presenting agency", p["agency"]),
            (None, "Referrer", p["referrer"]),
        ]),
        ("PART B - HOUSING AND MEDIATION (answer Y or N and give details)", [
            ("STATUS", "Is the young person homeless tonight?||if N, they are threatened with homelessness",
             "Y|Homeless - in emergency B&B since 03/12", "homeless", "yn"),
            ("MEDIATION", "Has mediation been attempted?||give date and outcome",
             "Y|" + p["med_date_disp"] + " - " + p["med_out"], "yes", "yn"),
            ("KNOWN", "Known to Children's Social Care?", "Y|Open case - allocated SW Bethan Morgan", "yes", "yn"),
            ("CONCERNS", "Welfare / safeguarding concerns", p["concerns"]),
        ]),
    ]

add(id="w14-mash-04", form="mash-referral", expect="routed", missing=None, kind="docx", style="yn",
    values=dict(NAME="CERYS LLEWELLYN", DATE_OF_BIRTH="2009-12-24", STATUS="homeless", MEDIATION="yes",
                MEDIATION_DATE="2026-11-30", KNOWN="yes", AGENCY="Tawelan CBC Children's Services - Early Help Hub",
                PARENT_CONTACT="Dad - Ieuan Llewellyn, 07700 900 778. Mum not involved."),
    title="MASH Referral - Young Person aged 16/17 Homeless or Threatened with Homelessness",
    logo="Cyngor Bwrdeistref Sirol Tawelan &nbsp;|&nbsp; Tawelan County Borough Council",
    footer="Gwasanaethau Plant / Children's Services &middot; Early Help Hub &middot; Form EH/MASH/16-17 &middot; OFFICIAL-SENSITIVE",
    sections=mash_yn(p), sender="hannah.mostyn@council.test",
    subject="MASH referral - homeless 16 year old - CERYS LLEWELLYN",
    body="""Dear MASH,

Attached is a referral for Cerys Llewellyn, aged 16, homeless since Thursday and in a B&B. Mediation took place on 30/11 but was unsuccessful. Please could a joint assessment be arranged.

Kind regards
Hannah Mostyn
Early Help Practitioner
""", fname="MASH_CLlewellyn")

add(id="w14-mash-05", form="mash-referral", expect="routed", missing=None, kind="body",
    sender="ruth.ambrose@brookwell.charity.test",
    subject="MASH referral - 17yo young man threatened with homelessness",
    body="""Hello MASH,

I'm the sexual health outreach nurse covering the Pontygarth youth drop-in. Quick referral for a young man I saw yesterday - facts below as I'm out on the van all day.

MASH referral - 16/17 yr old
Name: MASON CLARKE
DOB: 09/03/2009 (17)
Address: 40 Heol y Felin, Llanfeddyg PT4 8KA (with mum & stepdad)
Presenting agency: Brookwell Sexual Health Outreach (charity)
Homeless or threatened?: Threatened - stepdad has told him to leave by Christmas
Mediation attempted: No
Mediation outcome: N/A
Concerns:
  * told me stepdad has hit him "a couple of times" - no marks seen
  * 2 STI screens in 3 months, says partners are "people off an app", some older
  * sleeping at friends some nights already
Known to social care: No (Mason says never had a social worker)
Parent/guardian contact: Mum - Tracey Clarke, 07700 900 209 (Mason is OK with us contacting her but NOT stepdad)

I've told Mason I'm making this referral and he agrees.

Ruth Ambrose RGN
Sexual Health Outreach Nurse
Brookwell Sexual Health (charity) | 07700 900 944
""",
    values=dict(NAME="MASON CLARKE", DATE_OF_BIRTH="2009-03-09", STATUS="threatened", MEDIATION="no",
                KNOWN="no", AGENCY="Brookwell Sexual Health Outreach (charity)"))

# =================== RISK CONCERNS ===================
add(id="w14-risk-01", form="risk-concern", expect="routed", missing=None, kind="body",
    sender="joanna.whitlock@stonewater.provider.test",
    subject="RE: YPSA referral BRK/26/1142 - Jayden Cole - risk concern",
    body="""Hi Brokerage,

Thanks for sending Jayden's referral through. Having read it and the previous placement's risk assessment we can't accept at the moment - our risk concern is below and the full RA/RMP is on its way from my manager. Happy to talk it through.

Jo

Joanna Whitlock
Tenancy Sustainment Officer - Young People (West Oxfordshire)
Stonewater | 07700 900 371

-----Original Message-----
From: Brokerage Placements
Sent: 02 December 2026 15:22
To: Stonewater YP Referrals
Subject: YPSA referral BRK/26/1142 - Jayden Cole

[pasted risk concern form]

PROVIDER RISK CONCERN - UNABLE TO SAFELY ACCEPT REFERRAL
Referral reference: BRK/26/1142
Provider: Stonewater (18+ Single Self Contained, West Oxfordshire)
Young person: JAYDEN COLE

Risk we are unable to manage:
Deliberate fire-setting. Jayden set fire to bedding at his last placement on 14/10/26 and there were two earlier incidents (2024, 2025) of setting fires in bins. The only vacancy we have is a first floor flat in a converted house with 5 other tenants.

Why it cannot be managed:
- The building has a single staircase and no sprinkler or misting system
- We have no staff on site overnight (floating support 9-5 only)
- Other tenants include a young woman with limited mobility on the top floor
- Our fire risk assessment for the building does not allow for a known fire-setting risk

Resources / support that would enable us to manage it:
- A ground floor self-contained flat with a fitted misting system (we could consider our Witney flat if this can be funded, approx. £3,500)
- Fire-retardant bedding and furniture, and a fire service home safety visit before move-in
- Daily visits for the first 6 weeks, and evidence of current fire-setting intervention work (e.g. through YOS or forensic CAMHS)
""",
    values=dict(REFERRAL_REFERENCE="BRK/26/1142", PROVIDER="Stonewater", YOUNG_PERSON="JAYDEN COLE"))

def risk_sections(p):
    return [
        ("Referral details", [
            ("REFERRAL_REFERENCE", "Referral reference||Brokerage number or LCS", p["ref"]),
            ("PROVIDER", "Provider", p["provider"]),
            ("YOUNG_PERSON", "Young person's name", p["yp"]),
            (None, "Service / property offered", p["service"]),
        ]),
        ("Risk concern - all three parts must be completed (Brokerage working agreement)", [
            ("RISK", "1. What is the risk you are unable to manage?", p["risk"]),
            ("WHY", "2. Why can this risk not be managed in the resources available?", p["why"]),
            ("RESOURCES", "3. What resources or support would enable you to manage the risk?", p["res"]),
        ]),
        ("Completed by", [
            (None, "Name / role", p["by"]),
            (None, "Date", p["date"]),
            (None, "Risk assessment & RMP attached?", p["ra"]),
        ]),
    ]

p = dict(ref="58213", provider="Key2 Futures", yp="MARCUS ODELL",
         service="18+ Single Self Contained - Cherwell (K2F-CHE-01)",
         risk="Risk of sexual harm towards young women. Marcus has a conviction (2025) for sexual assault of a 16 year old female and is subject to notification requirements.",
         why="The vacant flat shares a landing and entrance with two young women aged 18 and 19, one of whom is a CSE survivor. Our evening and weekend lone-working is done by female support workers only. We have not been given the MAPPA / police risk management plan, so we do not know the conditions he must follow.",
         res="• Sight of the MAPPA/police risk management plan and his licence conditions\n• A flat without shared access with female tenants (our Banbury unit may be free from 18/12)\n• Agreement that visits are done in pairs or by a male worker, with funding for the extra hours (approx. 6hrs/week)",
         by="Priya Nandra, Services Manager, Key2 Futures", date="03/12/2026", ra="Yes ✓")
add(id="w14-risk-02", form="risk-concern", expect="routed", missing=None, kind="docx", style="twocol",
    title="Risk Concern Response to Referral", logo="KEY2 FUTURES &nbsp;&middot;&nbsp; Supported Housing",
    footer="Key2 Futures &middot; Cherwell &amp; Oxford City services &middot; RC-01 v3 &middot; Confidential",
    sections=risk_sections(p), sender="priya.nandra@key2.provider.test",
    subject="Risk concern - Brokerage no. 58213 - M Odell",
    body="""Dear Brokerage,

Please see our risk concern for Marcus Odell (Brokerage no. 58213) attached, together with our risk assessment and RMP. We want to work with you on this and have suggested what would help.

Regards
Priya Nandra
Services Manager, Key2 Futures
""", fname="Key2_RiskConcern_58213")

p = dict(ref="YPSA-REF-2026-0917", provider="A2 Dominion", yp="Kayla Bright (and baby Mia, 6 months)",
         service="Parents - Oxford City (A2D-OXC-01)",
         risk="Domestic abuse from Mia's father, Connor Webb. He has a history of violence towards Kayla and has family living two streets from our Oxford City scheme.",
         why="The scheme has a shared front door and communal garden, visitors can tailgate in, and Connor's family are regularly seen in the area. We cannot keep Kayla's address confidential there and our on-site staff are only present 9-5 Mon-Fri.",
         res="Placement in our South Oxfordshire scheme instead (vacancy from 14/12), a Sanctuary-scheme style security check with a door camera and a police marker on the address, and an IDVA referral before move-in.",
         by="Lorraine Okafor, Tenancy Sustainment Officer, A2 Dominion", date="Thurs 3rd Dec 2026",
         ra="Yes - RA and RMP attached separately")
add(id="w14-risk-03", form="risk-concern", expect="routed", missing=None, kind="pdf", style="boxes",
    title="Risk Concern Response to Referral", logo="A2DOMINION &nbsp;&middot;&nbsp; Young Parents Service",
    footer="A2 Dominion Housing Group &middot; Young Parents Service &middot; Tenancy Sustainment &middot; Form YP-RC",
    sections=risk_sections(p), sender="lorraine.okafor@a2dominion.provider.test",
    subject="Risk concern re referral YPSA-REF-2026-0917 (Kayla Bright)",
    body="""Good morning,

Please find our risk concern attached in relation to referral YPSA-REF-2026-0917. We would be happy to offer our South Oxfordshire scheme instead - see part 3.

Kind regards
Lorraine Okafor
Tenancy Sustainment Officer
A2 Dominion
""", fname="A2D_risk_concern_YPSA-REF-2026-0917")

# K04 INVALID - resources blank
p = dict(ref="REF 2611-044", provider="Response", yp="TYLER HAWKINS",
         service="18+ Shared, Oxford City (RSP-OXC-02)",
         risk="Tyler is believed to be involved in a county line and has been threatened by a rival group, who attacked him in Cowley in November. Our night staff have also seen his name in messages shown to us by another resident.",
         why="RSP-OXC-02 is a 4 bed shared house with no night staff and the other three residents are vulnerable young men, one of whom is already on our list of concerns for exploitation. If Tyler is targeted at the house the other residents will be at risk too, and we could not stop him bringing associates in.",
         res="", by="Deji Bankole, Night Team Leader, Response", date="03.12.26",
         ra="Yes")
add(id="w14-risk-04", form="risk-concern", expect="rejected", missing="RESOURCES", kind="docx", style="numbered",
    title="Provider Risk Concern (referral not accepted)", logo="RESPONSE &nbsp;&middot;&nbsp; Supported Housing for Young People",
    footer="Response &middot; Oxford City services &middot; Night team &middot; Confidential when complete",
    sections=risk_sections(p), sender="deji.bankole@response.provider.test",
    subject="Risk concern - REF 2611-044 - T Hawkins",
    body="""Hi,

Attached is our risk concern for Tyler Hawkins (REF 2611-044). I'm on nights so please reply by email and the day team will pick it up.

Deji Bankole
Night Team Leader, Response
""", fname="Response_riskconcern_2611-044")

add(id="w14-risk-05", form="risk-concern", expect="routed", missing=None, kind="body",
    sender="megan.ashworth@sanctuary.provider.test",
    subject="Your ref: PLC 7731 - Leah Foster - risk concern from Sanctuary",
    body="""To the Brokerage (Placements) Team,

Our response to your referral for Leah Foster is below. Our risk assessment and risk management plan are attached.

RISK CONCERN - SANCTUARY HOUSING (Cherwell Parents service)

1. Referral reference
   Your ref: PLC 7731

2. Provider
   Sanctuary Housing

3. Young person
   LEAH FOSTER (20) and son Alfie (11 months)

4. The risk we are unable to manage
   Leah's alcohol use. Her referral says she drinks daily and has been found intoxicated while caring for Alfie twice since August (police attended once, 19/09).

5. Why we are unable to manage it
   - Our Cherwell service has no staff on site at night or at weekends
   - We could not know if Leah was intoxicated while caring for Alfie out of hours
   - There is no parenting assessment or safety plan from Alfie's social worker yet

6. What would enable us to manage it
   - A completed parenting assessment and a written safety plan naming who cares for Alfie if Leah has been drinking
   - Leah engaging with the alcohol service (weekly, with a named worker) before move-in
   - Daily check-ins (including one at weekends) funded for the first 8 weeks, or a 24-hour staffed mother and baby unit if those are not in place

Megan Ashworth
Tenancy Sustainment Officer (Young Parents)
Sanctuary Housing - Cherwell
""",
    values=dict(REFERRAL_REFERENCE="PLC 7731", PROVIDER="Sanctuary Housing", YOUNG_PERSON="LEAH FOSTER"))
