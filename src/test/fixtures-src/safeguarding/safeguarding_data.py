"""The field values of every safeguarding / intelligence / MASH fixture, in one place.

make-safeguarding-fodt.py writes the LibreOffice sources (.fodt) from these values,
make-safeguarding-eml.py writes the mail bodies from them and make-safeguarding-readme.py writes
README.md from them, so documents, mails and README cannot drift apart. Values are plain ASCII
(straight apostrophes, "-" hyphens) so tests can compare strings literally; only the MASH document
title uses an en dash, as specified. All people, addresses, phone numbers (07700 900xxx, Ofcom's
drama range) and e-mail domains (.test) are fictional. "Today" in these fixtures is early December 2026.
"""

EN_DASH = "\u2013"

# ---------------------------------------------------------------------------------------------
# 1. Safeguarding Incident Report
# ---------------------------------------------------------------------------------------------
TITLE_INCIDENT = "Safeguarding Incident Report"
PROVIDER = "Provider"
PROPERTY = "Property"
YP_NAME = "Young person's name"
DOB = "Date of birth"
LCS = "LCS number"
SW_NAME = "Social worker / Leaving Care PA name"
SW_EMAIL = "Social worker / Leaving Care PA email"
WHEN = "Incident date and time"
CATEGORY = "Category"
SEVERITY = "Severity"
DESCRIPTION = "Description"
ACTIONS = "Immediate actions taken"
POLICE_REF = "Police reference"
INCIDENT_FIELDS = [PROVIDER, PROPERTY, YP_NAME, DOB, LCS, SW_NAME, SW_EMAIL, WHEN, CATEGORY, SEVERITY,
                   DESCRIPTION, ACTIONS, POLICE_REF]
CATEGORIES = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff",
              "Police involvement", "Hospital admission", "Other"]
SEVERITIES = ["Low", "Medium", "High", "Critical"]

# incident-high.docx (mail safeguarding-high-docx.eml): valid, High, Missing, social worker present.
INCIDENT_HIGH = {
    PROVIDER: "Response",
    PROPERTY: "RSP-OXC-02",
    YP_NAME: "Wrenna Thistlewood-Marsh",
    DOB: "14/02/2009",
    LCS: "5174326",
    SW_NAME: "Dominic Fairweather-Lusk",
    SW_EMAIL: "d.fairweather-lusk@council.test",
    WHEN: "03/12/2026 23:40",
    CATEGORY: "Missing",
    SEVERITY: "High",
    DESCRIPTION: ("Wrenna did not return to RSP-OXC-02 by her agreed time of 22:00. Her phone has been "
                  "switched off since 21:15. She was last seen by staff leaving the property at 18:30 with "
                  "an unknown older male in a dark hatchback."),
    ACTIONS: ("Staff checked her room and the local area and phoned her friends. Reported missing to "
              "Thames Valley Police at 23:40. Out of hours social care duty informed at 23:55."),
    POLICE_REF: "43260104417",
}

# incident-low-inhouse.docx (mail safeguarding-low-inhouse-docx.eml): valid, Low, Other, no social worker.
INCIDENT_LOW = {
    PROVIDER: "OCC in-house YPSA",
    PROPERTY: "OCC-CHE-01",
    YP_NAME: "Ptolemy Gaskarth-Reeve",
    DOB: "21/07/2008",
    LCS: "6093815",
    SW_NAME: "",
    SW_EMAIL: "",
    WHEN: "04/12/2026 16:15",
    CATEGORY: "Other",
    SEVERITY: "Low",
    DESCRIPTION: ("Ptolemy damaged a kitchen cupboard door at OCC-CHE-01 after an argument with another "
                  "resident about shared food. Nobody was hurt."),
    ACTIONS: ("Key worker spoke with both residents and agreed a food storage plan. Repair logged with "
              "maintenance."),
    POLICE_REF: "Not applicable",
}

# incident-missing-severity.docx (mail safeguarding-invalid-docx.eml): INVALID, Severity cell empty.
INCIDENT_NO_SEVERITY = {
    PROVIDER: "Response",
    PROPERTY: "RSP-OXC-02",
    YP_NAME: "Isolde Brackwater-Finch",
    DOB: "30/09/2008",
    LCS: "5820147",
    SW_NAME: "Dominic Fairweather-Lusk",
    SW_EMAIL: "d.fairweather-lusk@council.test",
    WHEN: "02/12/2026 20:05",
    CATEGORY: "Violence",
    SEVERITY: "",
    DESCRIPTION: ("Isolde was pushed against a wall by another resident during an argument in the "
                  "communal lounge. She has a small bruise on her arm."),
    ACTIONS: "Residents separated by staff. First aid offered and declined. Both residents spoken to.",
    POLICE_REF: "Not applicable",
}

# safeguarding-critical-body.eml: the same form as "Label: value" lines in a text/plain body.
INCIDENT_CRITICAL = {
    PROVIDER: "OCC in-house YPSA",
    PROPERTY: "OCC-CHE-01",
    YP_NAME: "Caspian Dunmore-Ashby",
    DOB: "08/01/2009",
    LCS: "7302954",
    SW_NAME: "Marigold Quenby-Hartt",
    SW_EMAIL: "m.quenby-hartt@council.test",
    WHEN: "05/12/2026 02:10",
    CATEGORY: "Exploitation",
    SEVERITY: "Critical",
    DESCRIPTION: ("Caspian returned to OCC-CHE-01 at 01:50 with facial injuries and said he had been made "
                  "to hold drugs for older males and was beaten when some went missing. He says they know "
                  "where he lives and will come for him."),
    ACTIONS: ("999 called at 02:05; police and ambulance attended. Caspian taken to the John Radcliffe "
              "Hospital with a member of staff. Emergency duty team informed at 02:30."),
    POLICE_REF: "43260105528",
}

# ---------------------------------------------------------------------------------------------
# 2. Partnership Agency Intelligence Sharing Submission
# ---------------------------------------------------------------------------------------------
TITLE_INTEL = "Partnership Agency Intelligence Sharing Submission"
AGENCY = "Submitting agency"
WORKER = "Worker name"
ROLE = "Role"
C_EMAIL = "Contact email"
C_PHONE = "Contact phone"
INFO_WHEN = "Date and time of information"
LOCATION = "Location"
PERSONS = "Persons involved"
VEHICLES = "Vehicles"
INFORMATION = "Information"
SOURCE = "Source"
GRADING = "Information grading"
HANDLING = "Handling code"
INTEL_FIELDS = [AGENCY, WORKER, ROLE, C_EMAIL, C_PHONE, INFO_WHEN, LOCATION, PERSONS, VEHICLES,
                INFORMATION, SOURCE, GRADING, HANDLING]

# intel-ordinary.docx (mail intel-ordinary-docx.eml): past, ordinary, child aged 17, suspected cuckooing.
# Persons involved is two lines (two paragraphs in the cell): the named 17-year-old, then the
# unidentified older males.
INTEL_ORDINARY = {
    AGENCY: "Response",
    WORKER: "Sam Carter",
    ROLE: "Service Manager",
    C_EMAIL: "returns@response.provider.test",
    C_PHONE: "07700 900312",
    INFO_WHEN: "26/11/2026 19:30",
    LOCATION: "Flat 3, 27 Tollgate Mews, Oxford, OX4 9ZT",
    PERSONS: ("Juniper Halloway-Stroud, 11/04/2009, white female, slim build, shoulder-length dark hair, "
              "resident of Flat 3\n"
              "Two unknown males, dates of birth not known, white, estimated 25-30, one wearing a red "
              "puffer jacket"),
    VEHICLES: "None seen",
    INFORMATION: ("Last week (24, 25 and 26/11/2026) staff saw two older males visiting Juniper's flat in "
                  "the evenings. Each visit lasted about 20 minutes and they left carrying a rucksack. "
                  "Juniper said they were friends from Reading. Neighbours reported more people coming "
                  "and going and a strong smell of cannabis. Staff suspect cuckooing. Juniper denied any "
                  "problems when her key worker asked on 27/11/2026."),
    SOURCE: "Staff observation and reports from two neighbours",
    GRADING: "1B - reliable source, known indirectly but corroborated",
    HANDLING: "P - lawful sharing permitted",
}

# intel-adult-body.eml: ordinary past intelligence about an adult (born 1990) and a vehicle; no
# exploitation words.
INTEL_ADULT = {
    AGENCY: "Stonewater",
    WORKER: "Ottilie Mardle-Penrose",
    ROLE: "Support Worker",
    C_EMAIL: "o.mardle-penrose@stonewater.provider.test",
    C_PHONE: "07700 900418",
    INFO_WHEN: "20/11/2026 14:00",
    LOCATION: "Outside 5 Harrowby Row, Witney, OX28 9ZW",
    PERSONS: "Bartholomew Skellern-Voss, 07/06/1990, white male, about 6ft, shaved head, tattoo on left hand",
    VEHICLES: "Silver Vauxhall Astra, partial registration KX19, parked outside on 20/11/2026",
    INFORMATION: ("On 20/11/2026 at about 14:00 staff saw Bartholomew Skellern-Voss sitting in a silver "
                  "Vauxhall Astra outside the property for around an hour. He is the former partner of a "
                  "19-year-old resident, who told staff he had sent her repeated unwanted messages in "
                  "October. He drove off when a member of staff walked over. She did not want police "
                  "involvement at the time."),
    SOURCE: "Staff observation",
    GRADING: "1A - reliable source, known directly",
    HANDLING: "P - lawful sharing permitted",
}

# intel-emergency-body.eml: the Information describes a crime in progress.
EMERGENCY_PHRASE = "he is outside the flat now with a knife threatening to stab her"
INTEL_EMERGENCY = {
    AGENCY: "Stonewater",
    WORKER: "Ottilie Mardle-Penrose",
    ROLE: "Support Worker",
    C_EMAIL: "o.mardle-penrose@stonewater.provider.test",
    C_PHONE: "07700 900418",
    INFO_WHEN: "05/12/2026 21:47",
    LOCATION: "Flat 2, 5 Harrowby Row, Witney, OX28 9ZW",
    PERSONS: ("Rosalind Ferrabee-Dunn, 14/05/2007, resident of Flat 2; "
              "Bartholomew Skellern-Voss, 07/06/1990, her former partner"),
    VEHICLES: "Silver Vauxhall Astra, partial registration KX19",
    INFORMATION: ("Rosalind has just phoned the office in tears. Her ex-partner Bartholomew has followed "
                  "her home and " + EMERGENCY_PHRASE + ". She has locked herself in the bathroom. "
                  "Staff on site cannot get to her safely."),
    SOURCE: "Phone call from the resident to staff",
    GRADING: "1A - reliable source, known directly",
    HANDLING: "P - lawful sharing permitted",
}

# ---------------------------------------------------------------------------------------------
# 4. MASH referral - homeless / threatened 16/17-year-old (Stockport protocol)
# ---------------------------------------------------------------------------------------------
TITLE_MASH = "MASH Referral " + EN_DASH + " Homeless 16/17 Year Old"
M_NAME = "Young person's name"
M_DOB = "Date of birth"
M_ADDRESS = "Address"
M_AGENCY = "Presenting agency"
M_STATUS = "Homeless or threatened with homelessness"
M_MEDIATION = "Mediation attempted"
M_OUTCOME = "Mediation outcome"
M_CONCERNS = "Welfare or safeguarding concerns"
M_KNOWN = "Known to social care"
M_PARENT = "Parent or guardian contact"
MASH_FIELDS = [M_NAME, M_DOB, M_ADDRESS, M_AGENCY, M_STATUS, M_MEDIATION, M_OUTCOME, M_CONCERNS,
               M_KNOWN, M_PARENT]

# mash-referral.docx (mail mash-referral-docx.eml): aged 16, Homeless.
MASH_REFERRAL = {
    M_NAME: "Thaddeus Wrenfield-Oakes",
    M_DOB: "23/06/2010",
    M_ADDRESS: "No fixed abode (sofa surfing; previously 11 Cobbler's Yard, Didcot, OX11 9ZR)",
    M_AGENCY: "Housing Options, South Oxfordshire (Priya Venn, Housing Options Officer)",
    M_STATUS: "Homeless",
    M_MEDIATION: "Yes",
    M_OUTCOME: ("Unsuccessful. Mediation on 30/11/2026 with his mother; she will not have him back at "
                "home following repeated arguments."),
    M_CONCERNS: ("Slept at a friend's house on 01/12/2026 and has nowhere to stay after tonight. Not "
                 "attending school since October. No known exploitation concerns."),
    M_KNOWN: "N",
    M_PARENT: "Mother: Coralie Wrenfield, 07700 900561",
}

# mash-mediation-prevented-body.eml: a notice, not a referral.
TITLE_MEDIATION = "Mediation Outcome Notice"
MED_DATE = "Mediation date"
MED_OUTCOME = "Outcome"
MEDIATION_FIELDS = [M_NAME, M_DOB, MED_DATE, MED_OUTCOME]
MEDIATION_PREVENTED = {
    M_NAME: "Lysander Quarrington-Bell",
    M_DOB: "02/02/2010",
    MED_DATE: "02/12/2026",
    MED_OUTCOME: "Homelessness prevented - young person remains at home",
}
