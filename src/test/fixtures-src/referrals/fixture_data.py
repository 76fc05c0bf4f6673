"""The field values of every referral / risk-concern fixture, in one place.

make-referral-fodt.py writes the LibreOffice sources (.fodt) and README.md from these values and
make-referral-eml.py writes the mail bodies from them, so the documents, the mails and the README
cannot drift apart. Plain ASCII is used in every value (straight apostrophes, "-" hyphens) so that
tests can compare strings literally; only the document titles use an en dash, as the real form does.
All people, addresses and phone numbers are fictional (07700 900xxx is Ofcom's drama range).
"""

EN_DASH = "\u2013"
TITLE_BASE = "Supported Accommodation Assessment and Referral Form"
TITLE_NON_EMERGENCY = TITLE_BASE + " " + EN_DASH + " NON-EMERGENCY"
TITLE_EMERGENCY = TITLE_BASE + " " + EN_DASH + " EMERGENCY"
TITLE_RISK_CONCERN = "Risk Concern " + EN_DASH + " Response to Referral"
TITLE_RISK_ASSESSMENT = "Risk assessment and risk management plan"

# The labels exactly as they appear in the documents (and as "Label:" in the mail body).
NAME = "Young person's full name"
DOB = "Date of birth"
GENDER = "Gender"
LCS = "LCS number"
ADDRESS = "Current address"
LOCALITY = "Preferred locality"
LEGAL = "Legal status"
UASC = "UASC"
PARENT = "Parent"
REF_NAME = "Referrer name"
REF_ROLE = "Referrer role"
ORG = "Organisation/team"
REF_EMAIL = "Referrer email"
REF_PHONE = "Referrer phone"
SW_NAME = "Social worker / PA name"
SW_EMAIL = "Social worker / PA email"
FGC = "Family Group Conference offered"
FGC_DATE = "Date FGC offered"
DIVERSION = "Diversion explored (family and friends, mediation)"
REASON = "Reason for referral"
IMMEDIATE = "Immediate safety concern"
RISK_SELF = "Risk to self"
RISK_OTHERS = "Risk to others"
RISK_FROM = "Risk from others"
EXPLOITATION = "Exploitation"
SUBSTANCE = "Substance misuse"
OFFENDING = "Offending"
MENTAL = "Mental health"
SUPPORT = "Support needs"
DATE_NEEDED = "Date accommodation needed"
CONSENT = "Consent to referral and information sharing"
BASIS = "Safeguarding basis for sharing without consent"

# Field order of the NON-EMERGENCY form (the EMERGENCY form adds IMMEDIATE before REASON).
NON_EMERGENCY_FIELDS = [NAME, DOB, GENDER, LCS, ADDRESS, LOCALITY, LEGAL, UASC, PARENT,
                        REF_NAME, REF_ROLE, ORG, REF_EMAIL, REF_PHONE, SW_NAME, SW_EMAIL,
                        FGC, FGC_DATE, DIVERSION, REASON, RISK_SELF, RISK_OTHERS, RISK_FROM,
                        EXPLOITATION, SUBSTANCE, OFFENDING, MENTAL, SUPPORT, DATE_NEEDED,
                        CONSENT, BASIS]
EMERGENCY_FIELDS = NON_EMERGENCY_FIELDS[:NON_EMERGENCY_FIELDS.index(REASON)] + [IMMEDIATE] + \
    NON_EMERGENCY_FIELDS[NON_EMERGENCY_FIELDS.index(REASON):]
YES_NO_FIELDS = [UASC, PARENT, FGC, CONSENT]

NO_BASIS = "Not applicable - consent given"

# 1. referral-nonemergency-table.docx: valid, 17 on 01/12/2026, FGC Yes with date, consent Yes.
TAMSIN = {
    NAME: "Tamsin Ellery-Vance",
    DOB: "14/03/2009",
    GENDER: "Female",
    LCS: "4481207",
    ADDRESS: "14 Larkspur Close, Banbury, OX16 4ZX",
    LOCALITY: "Cherwell",
    LEGAL: "Looked after",
    UASC: "No",
    PARENT: "No",
    REF_NAME: "Rita Okafor",
    REF_ROLE: "Senior Practitioner",
    ORG: "Children We Care For Team (North)",
    REF_EMAIL: "r.okafor@council.test",
    REF_PHONE: "07700 900123",
    SW_NAME: "Dominic Fairweather-Lusk",
    SW_EMAIL: "d.fairweather-lusk@council.test",
    FGC: "Yes",
    FGC_DATE: "12/10/2026",
    DIVERSION: ("Yes. A move to her maternal aunt in Bicester was explored on 05/10/2026 but is not possible "
                "(overcrowding). Two mediation sessions with her foster carers were held on 19/10/2026 and "
                "02/11/2026; the placement has still broken down."),
    REASON: ("Tamsin's foster placement ends on 18/12/2026 at the carers' request after repeated conflict. "
             "She wants to move towards independence and is assessed as ready for supported accommodation "
             "with daily key-work. A return home is not safe (see Risk from others)."),
    RISK_SELF: "Historic self-harm (superficial cutting), last incident March 2026. Safety plan in place with CAMHS.",
    RISK_OTHERS: "Verbal aggression towards carers when dysregulated. No physical assaults recorded.",
    RISK_FROM: ("Her mother's partner: a police information notice is in place and he must not be given "
                "the placement address."),
    EXPLOITATION: ("Low. Missing twice in summer 2026 (back within 12 hours each time); return home "
                   "interviews found no indicators of exploitation."),
    SUBSTANCE: "Occasional cannabis use at weekends; engaging with the young people's substance misuse service.",
    OFFENDING: "None known.",
    MENTAL: "Anxiety. Open to CAMHS, fortnightly appointments.",
    SUPPORT: ("Budgeting, cooking and managing a tenancy; support to keep attending Banbury College "
              "(Level 2 Health and Social Care)."),
    DATE_NEEDED: "18/12/2026",
    CONSENT: "Yes",
    BASIS: NO_BASIS,
}

# 2. referral-emergency-table-4col.docx (and 5. referral-emergency-table.pdf): 19, FGC No, consent Yes.
CORWIN = {
    NAME: "Corwin Ashdale-Pryce",
    DOB: "02/08/2007",
    GENDER: "Male",
    LCS: "3927514",
    ADDRESS: "No fixed abode (previously 9 Quillon Road, Oxford, OX4 9ZQ)",
    LOCALITY: "Oxford City",
    LEGAL: "Care leaver",
    UASC: "No",
    PARENT: "No",
    REF_NAME: "Jonah Pemberton-Quaile",
    REF_ROLE: "Personal Advisor",
    ORG: "Leaving Care Service (Oxford)",
    REF_EMAIL: "j.pemberton-quaile@council.test",
    REF_PHONE: "07700 900456",
    SW_NAME: "Jonah Pemberton-Quaile",
    SW_EMAIL: "j.pemberton-quaile@council.test",
    FGC: "No",
    FGC_DATE: "",
    DIVERSION: ("Not possible tonight. His father will not have him back; his grandmother in Witney was "
                "phoned on 01/12/2026 and cannot take him. Mediation will be offered once he is safe."),
    IMMEDIATE: "Asked to leave by parent tonight after an assault; sleeping in a car.",
    REASON: ("Corwin went back to live with his father in June 2026 when his staying-put arrangement ended. "
             "His father assaulted him this evening (police attended, crime reference 43260099999) and "
             "told him to leave. He has nowhere to stay tonight."),
    RISK_SELF: "Low. No self-harm known. Low mood since the assault.",
    RISK_OTHERS: "Low. One historic fight at school (2022).",
    RISK_FROM: "High from his father, who knows the areas where Corwin spends time.",
    EXPLOITATION: "Medium. Has been offered 'work' carrying packages by older peers in Blackbird Leys.",
    SUBSTANCE: "Alcohol at weekends; no drug use known.",
    OFFENDING: "None.",
    MENTAL: "No diagnosis. GP appointment to be booked for low mood.",
    SUPPORT: "Somewhere safe to stay tonight, then help to claim Universal Credit and to return to his apprenticeship.",
    DATE_NEEDED: "01/12/2026",
    CONSENT: "Yes",
    BASIS: NO_BASIS,
}

# 3. referral-nonemergency-no-fgc.docx: two problems - aged 25 on 01/12/2026 and FGC offered No.
BARNABY = {
    NAME: "Barnaby Thistlewood-Oyelaran",
    DOB: "17/05/2001",
    GENDER: "Male",
    LCS: "2210398",
    ADDRESS: "Room 2, 31 Fennimore Street, Witney, OX28 9ZW",
    LOCALITY: "West Oxfordshire",
    LEGAL: "Not known to social care",
    UASC: "No",
    PARENT: "No",
    REF_NAME: "Rita Okafor",
    REF_ROLE: "Senior Practitioner",
    ORG: "Children We Care For Team (North)",
    REF_EMAIL: "r.okafor@council.test",
    REF_PHONE: "07700 900123",
    SW_NAME: "Rita Okafor",
    SW_EMAIL: "r.okafor@council.test",
    FGC: "No",
    FGC_DATE: "",
    DIVERSION: "Staying with friends explored; sofa-surfing arrangement ends in January.",
    REASON: "Lodging arrangement is ending and Barnaby has nowhere else to live.",
    RISK_SELF: "None known.",
    RISK_OTHERS: "None known.",
    RISK_FROM: "None known.",
    EXPLOITATION: "None known.",
    SUBSTANCE: "None known.",
    OFFENDING: "None known.",
    MENTAL: "None known.",
    SUPPORT: "Help to find work and to manage a tenancy.",
    DATE_NEEDED: "11/01/2027",
    CONSENT: "Yes",
    BASIS: NO_BASIS,
}

# 4. referral-nonemergency-form.pdf (AcroForm): valid, 17, FGC Yes, consent Yes, Parent Yes.
ORLA = {
    NAME: "Orla Quenby-Marsh",
    DOB: "09/09/2009",
    GENDER: "Female",
    LCS: "5062381",
    ADDRESS: "7 Tansley Row, Abingdon, OX14 8ZT",
    LOCALITY: "Vale of White Horse",
    LEGAL: "Child in need",
    UASC: "No",
    PARENT: "Yes",
    REF_NAME: "Hollis Brackenbury",
    REF_ROLE: "Social Worker",
    ORG: "Family Solutions Plus (South)",
    REF_EMAIL: "h.brackenbury@council.test",
    REF_PHONE: "07700 900789",
    SW_NAME: "Hollis Brackenbury",
    SW_EMAIL: "h.brackenbury@council.test",
    FGC: "Yes",
    FGC_DATE: "20/10/2026",
    DIVERSION: ("Yes. Her partner's family were explored (not suitable). Mediation with her mother through "
                "the Family Mediation Service on 27/10/2026 did not resolve the conflict."),
    REASON: ("Orla (17) and her baby son (4 months) cannot stay at her mother's home because of constant "
             "conflict and overcrowding. She needs a supported placement suitable for a young parent."),
    RISK_SELF: "None known.",
    RISK_OTHERS: "None known.",
    RISK_FROM: "Previous controlling relationship with an ex-partner; no contact since April 2026.",
    EXPLOITATION: "None known.",
    SUBSTANCE: "None.",
    OFFENDING: "None.",
    MENTAL: "Post-natal low mood, supported by her health visitor and GP.",
    SUPPORT: "Parenting support, budgeting and help to return to education when her son is older.",
    DATE_NEEDED: "08/01/2027",
    CONSENT: "Yes",
    BASIS: NO_BASIS,
}

# referral-body.eml / referral-from-outside-domain.eml: "Label: value" lines, valid, 17.
FFION = {
    NAME: "Ffion Hartigan-Bloom",
    DOB: "22/01/2009",
    GENDER: "Female",
    LCS: "6138840",
    ADDRESS: "22 Orrin Lane, Carterton, OX18 9ZR",
    LOCALITY: "West Oxfordshire",
    LEGAL: "Child in need",
    UASC: "No",
    PARENT: "No",
    REF_NAME: "Rita Okafor",
    REF_ROLE: "Senior Practitioner",
    ORG: "Children We Care For Team (North)",
    REF_EMAIL: "r.okafor@council.test",
    REF_PHONE: "07700 900123",
    SW_NAME: "Rita Okafor",
    SW_EMAIL: "r.okafor@council.test",
    FGC: "Yes",
    FGC_DATE: "03/11/2026",
    DIVERSION: "Yes - staying with her father explored (refused); two mediation sessions with her mother in November 2026.",
    REASON: "Relationship with her mother has broken down; she has been sofa-surfing with friends for two weeks.",
    RISK_SELF: "None known.",
    RISK_OTHERS: "None known.",
    RISK_FROM: "Older male friend (21) she has been staying with; being assessed.",
    EXPLOITATION: "Medium - possible CSE indicators, strategy discussion held 20/11/2026.",
    SUBSTANCE: "None known.",
    OFFENDING: "None.",
    MENTAL: "Low mood; referred to CAMHS.",
    SUPPORT: "Key-work, help with college attendance and independent living skills.",
    DATE_NEEDED: "15/01/2027",
    CONSENT: "Yes",
    BASIS: NO_BASIS,
}

# 6. risk-concern.docx / risk-concern-missing-part.docx
REFERENCE = "YPSA-7K2M9-QX4AB"
RC_REF = "Referral reference"
RC_PROVIDER = "Provider"
RC_RISK = "Risk unable to manage"
RC_REASON = "Reason the risk cannot be managed"
RC_RESOURCES = "Resources or support that would enable the risk to be managed"
RISK_CONCERN = {
    RC_REF: REFERENCE,
    RC_PROVIDER: "Response",
    RC_RISK: ("Risk from others and exploitation: our only Oxford City vacancy (RSP-OXC-02) is in Blackbird "
              "Leys, where older peers have asked the young person to carry packages and where his father "
              "spends a lot of time."),
    RC_REASON: ("RSP-OXC-02 is a shared house staffed 09:00-17:00 with no night cover. We could not prevent "
                "contact or respond out of hours if he was approached at the property, and the two other "
                "residents would also be put at risk."),
    RC_RESOURCES: ("Either a placement outside Oxford City (RSP-SOX-01 in South Oxfordshire is expected to be "
                   "vacant from 07/12/2026), or waking-night cover at RSP-OXC-02 for the first four weeks "
                   "funded by the council, plus a police marker on the address and a joint safety plan agreed "
                   "with his Personal Advisor before he moves in."),
}
RISK_CONCERN_MISSING = dict(RISK_CONCERN, **{RC_RESOURCES: ""})

# 7. risk-assessment.pdf
RISK_ASSESSMENT_DETAILS = [
    ("Young person", "Corwin Ashdale-Pryce"),
    ("Referral reference", REFERENCE),
    ("Provider", "Response"),
    ("Property considered", "RSP-OXC-02, Oxford City (18+ Shared)"),
    ("Assessed by", "Sam Carter, Service Manager"),
    ("Date of assessment", "02/12/2026"),
]
RISK_ASSESSMENT_ROWS = [  # risk, level, current controls, gaps
    ("Risk from others (father)", "High",
     "Address not shared with family; police aware of the assault.",
     "No night staff; father spends time near the property."),
    ("Exploitation (carrying packages)", "High",
     "Curfew check at 22:00; missing-person protocol.",
     "Property is in the area where he was approached."),
    ("Risk to self (low mood)", "Low",
     "Daily key-work session; GP appointment being booked.",
     "None."),
    ("Substance misuse (alcohol)", "Low",
     "Alcohol-free house rules; key-work on drinking.",
     "None."),
]
RISK_ASSESSMENT_OUTCOME = ("Response cannot safely manage the risk from others and the risk of "
                           "exploitation at RSP-OXC-02 with current staffing. See the Risk Concern form "
                           "sent with this assessment.")
