from common import *
from referrals import tr2, sec, hdr_row

SALT = "<p><b><font size=\"4\" color=\"#1f6e8c\">SALTMARSH DISTRICT COUNCIL</font></b> &nbsp; <font size=\"2\">Housing Options &amp; Homelessness Prevention &middot; Harbour House, Quay Street, Saltmarsh-on-Sea</font></p>"
COLL = "<p><b><font size=\"4\" color=\"#7a1f3d\">Tame Valley College</font></b><br><font size=\"2\">Safeguarding &amp; Student Wellbeing Team &middot; Further Education &amp; Skills</font></p>"

HSIG = {
 "kirsty.dowling": "Kirsty Dowling (she/her)\nHousing Options Officer - Young People\nSaltmarsh District Council\nTel 01632 960 214 | Mob 07700 900 845\nOffice hours Mon-Fri 9-5. Out of hours homelessness: 01632 960 000",
 "gareth.hollis": "Gareth Hollis\nSenior Housing Options Officer\nSaltmarsh District Council - Housing Options\n01632 960 229",
 "lorna.beckett": "Lorna Beckett (she/her)\nHomelessness Prevention Officer\nSaltmarsh District Council\n01632 960 237",
 "nicola.venn": "Nicola Venn (she/her)\nDesignated Safeguarding Lead\nTame Valley College\n01632 960 881 | 07700 900 312",
}


def mash():
    out = []
    # m01 body: label on one line, answer under
    b = f"""Dear MASH,

Please accept this referral for a 16/17-year-old who presented to us as homeless this morning. Joint assessment please.

MASH REFERRAL - HOMELESS / THREATENED WITH HOMELESSNESS 16/17

Young person's name
Jade Pennington

Date of birth
18/06/2009

Current address
None - asked to leave 27 Seaview Crescent, Saltmarsh-on-Sea SM4 2BN (mum's) on 03/12/2026. Stayed last night at a friend's, cannot return there.

Presenting agency
Saltmarsh District Council - Housing Options

Homeless or threatened with homelessness?
Homeless

Has mediation been attempted?
Yes

Date of mediation
03/12/2026

Outcome of mediation
Phone mediation with mum by me on 3 Dec - mum will not have Jade back before the new year, says she cannot cope with her behaviour. Agreed to keep talking.

Welfare / safeguarding concerns
Jade says mum's new partner shouts at her and "pushed" her last week. She has lost weight, not attending Saltmarsh Academy since half term. Mentions an older boyfriend (19) with a car.

Known to social care?
No

Parent / guardian contact
Mum - Dawn Pennington, 07700 900 477

{HSIG['kirsty.dowling']}"""
    out.append(({"id": "w10-mash-01", "form": "mash-referral", "expect": "routed", "missing": None,
                 "from": "kirsty.dowling@housing.council.test",
                 "subject": "MASH referral - homeless 16/17 - Jade Pennington", "body": b,
                 "values": {"NAME": "Jade Pennington", "DATE_OF_BIRTH": "2009-06-18", "STATUS": "homeless",
                            "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-03", "KNOWN": "no",
                            "AGENCY": "Saltmarsh District Council - Housing Options"}}, None, None))

    # m02 docx Question|Response|Comments
    rows = []

    def q(a, b_, c=""):
        rows.append(f"<tr><td width=\"40%\">{a}</td><td width=\"35%\">{b_}</td><td>{c}</td></tr>")
    q("What is the young person's name?", "Oliver Tranter")
    q("What is their date of birth?", "07/02/2010", "16")
    q("What is their current address?", "Flat 2, 9 Lifeboat Lane, Saltmarsh-on-Sea, SM1 3JW")
    q("Which agency is making this referral?", "Saltmarsh DC Housing Options")
    q("Is the young person homeless now, or threatened with homelessness?<br><span class=\"g\">Threatened = likely to become homeless within 56 days</span>",
      "○ Homeless ● Threatened with homelessness", "Mum has told him to leave by 18/12/2026")
    q("Has mediation been attempted?", "○ Yes ● No", "Mum declined mediation on the phone. Offered again - Family Mediation Service slot held for 08/12.")
    q("Date of mediation", "", "")
    q("Outcome of mediation", "N/A - not taken up")
    q("Are there any welfare or safeguarding concerns?", "Oliver has autism (diagnosed 2022) and struggles with change. Mum says he punched a door in November. Younger sister (9) in the household. He is worried about where his things will go.")
    q("Is the young person known to Children's Social Care?", "● Yes ○ No", "CIN closed 2023 (Saltmarsh locality team)")
    q("Parent or guardian contact details", "Mum: Michelle Tranter, 07700 900 623, same address")
    head = "<tr>" + "".join(f"<td bgcolor=\"#1f6e8c\"><font color=\"#ffffff\"><b>{h}</b></font></td>" for h in ["Question", "Response", "Comments"]) + "</tr>"
    html = page("MASH referral", SALT + "<h2>Referral to MASH: 16/17-year-old homeless or threatened with homelessness</h2><p class=\"g\">Joint protocol - Children's Services and Housing. Complete all questions.</p>"
                + f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">{head}{''.join(rows)}</table>"
                + "<p>Completed by: Gareth Hollis, Senior Housing Options Officer &nbsp; Date: 4-Dec-26</p><p class=\"foot\">SDC/HO/YP2 (rev. 03/2026) - OFFICIAL SENSITIVE</p>")
    out.append(({"id": "w10-mash-02", "form": "mash-referral", "expect": "routed", "missing": None,
                 "from": "gareth.hollis@housing.council.test",
                 "subject": "MASH Referral - O Tranter - threatened with homelessness",
                 "body": "Morning all,\n\nMASH referral form attached for Oliver Tranter (16), threatened with homelessness from 18 December.\n\nRegards\n\n" + HSIG["gareth.hollis"],
                 "values": {"NAME": "Oliver Tranter", "DATE_OF_BIRTH": "2010-02-07", "STATUS": "threatened",
                            "MEDIATION": "no", "KNOWN": "yes", "AGENCY": "Saltmarsh DC Housing Options"}}, html, "docx"))

    # m03 docx college, bold question + answer paragraph - DOB left blank (invalid)
    qa = []

    def p(qn, a):
        qa.append(f"<p><b>{qn}</b></p><p>{a}</p>")
    p("Section A - About the young person", "")
    p("A1. Student's full name", "Skye Matthews")
    p("A2. Date of birth", "")
    p("A3. Home address", "14 Gull Cottages, Marram Road, Saltmarsh-on-Sea, SM6 1QE")
    p("Section B - Housing situation", "")
    p("B1. Referring agency", "Tame Valley College (Safeguarding Team)")
    p("B2. Is the student homeless tonight or threatened with homelessness? <i>Please delete as appropriate</i>", "<s>Homeless</s> / Threatened with homelessness")
    p("B3. Has mediation been tried?", "<b>Yes</b> / <s>No</s>")
    p("B4. When?", "27/11/2026")
    p("B5. What happened?", "Mediation through our student services mentor with Skye and her dad on 27 November. Dad agreed she could stay until the end of term (18 December) but not after. Skye says she does not feel safe there after he drinks.")
    p("Section C - Concerns", "")
    p("C1. Welfare or safeguarding concerns", "Dad drinks heavily most nights and has thrown things at Skye (no injuries seen). Skye's attendance has dropped to 71%. She has told her tutor she has been sleeping in her friend's car some nights.")
    p("C2. Is the student known to social care?", "<s>Yes</s> / <b>No</b> - not as far as we know")
    p("C3. Parent / carer contact", "Dad - Steven Matthews, 07700 900 194")
    html = page("MASH referral", COLL + "<h2>Safeguarding referral to MASH - housing (16-17)</h2>" + "".join(qa)
                + "<p>Referrer: Nicola Venn, Designated Safeguarding Lead, nicola.venn@tamevalley-college.test</p><p class=\"foot\">TVC Safeguarding Form SG-07 &middot; Keep in the student's CPOMS record</p>")
    out.append(({"id": "w10-mash-03", "form": "mash-referral", "expect": "rejected", "missing": "DATE_OF_BIRTH",
                 "from": "nicola.venn@tamevalley-college.test",
                 "subject": "MASH referral - student at risk of homelessness (S Matthews)",
                 "body": "Hello MASH team,\n\nPlease see the attached referral for one of our Level 2 students who will be homeless after the end of term. Happy to attend the joint assessment.\n\nBest wishes\n" + HSIG["nicola.venn"],
                 "values": {"NAME": "Skye Matthews", "STATUS": "threatened", "MEDIATION": "yes",
                            "MEDIATION_DATE": "2026-11-27", "KNOWN": "no"}}, html, "docx"))

    # m04 pdf landscape header rows
    inner = SALT + "<h2>16/17 YEAR OLD HOMELESSNESS - REFERRAL TO MASH (JOINT ASSESSMENT)</h2>"
    inner += hdr_row(["Young person's name", "Date of birth", "Address", "Presenting agency"],
                     ["Kacper Nowak", "23/11/2009", "NFA - sleeping at Saltmarsh Bus Station / friends", "Saltmarsh District Council Housing Options"])
    inner += hdr_row(["Homeless / threatened?", "Mediation attempted? Y/N", "Date of mediation", "Outcome", "Known to social care? Y/N"],
                     ["HOMELESS", "Y", "2-Dec-26", "Unsuccessful - step-dad ended the meeting after 10 mins, said Kacper is not welcome back", "Y"])
    inner += hdr_row(["Welfare / safeguarding concerns <span class=\"g\">(include risk from others, exploitation, health)</span>", "Parent / guardian contact"],
                     ["Kacper was seen by our outreach worker on 3/12 at the bus station late at night. He has a cough, no coat, and says he has been 'doing favours' for older lads for money. Previously known to CSC (CP plan 2021, neglect).", "Mum: Agnieszka Nowak 07700 900 356 (Polish speaker - interpreter needed)"])
    inner += "<p>Officer: Lorna Beckett &nbsp; | &nbsp; Date of referral: Fri 4 Dec &nbsp; | &nbsp; Time: 08.35</p><p class=\"foot\">Saltmarsh DC - Housing Options - form HO16/17 - landscape</p>"
    html = page("MASH referral", inner, landscape=True)
    out.append(({"id": "w10-mash-04", "form": "mash-referral", "expect": "routed", "missing": None,
                 "from": "lorna.beckett@housing.council.test",
                 "subject": "MASH referral - Kacper Nowak 17 - HOMELESS",
                 "body": "Hi,\n\nReferral attached (pdf) - Kacper is homeless now and has been sleeping at the bus station. Please can MASH contact me today re joint assessment.\n\nThanks\n" + HSIG["lorna.beckett"],
                 "values": {"NAME": "Kacper Nowak", "DATE_OF_BIRTH": "2009-11-23", "STATUS": "homeless",
                            "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-02", "KNOWN": "yes",
                            "AGENCY": "Saltmarsh District Council Housing Options"}}, html, "pdf"))

    # m05 body iPhone from college DSL
    b = """hi MASH

sorry typing on phone. student just disclosed in tutorial. details:

name: Freya Coulson
dob 11/02/2009
address: 3 Fenland View, Saltmarsh SM2 8TT - but left there last night
agency: Tame Valley College
homeless or threatened: homeless - mum's boyfriend kicked her out last night, slept at a friend's, friend's mum says one night only
mediation tried: no
mediation outcome: n/a - freya doesnt want us to call mum yet, scared
concerns: bruise on her arm, says boyfriend grabbed her. very tearful. has her younger brother (12) still at home
known to social care: no
parent contact: mum Tracey Coulson 07700 900 729

she is in my office til 12. can someone ring me

Nicola Venn (she/her)
DSL, Tame Valley College
07700 900 312

Sent from my iPhone"""
    out.append(({"id": "w10-mash-05", "form": "mash-referral", "expect": "routed", "missing": None,
                 "from": "nicola.venn@tamevalley-college.test",
                 "subject": "homeless 17yo - referral to MASH",
                 "body": b,
                 "values": {"NAME": "Freya Coulson", "DATE_OF_BIRTH": "2009-02-11", "STATUS": "homeless",
                            "MEDIATION": "no", "KNOWN": "no", "AGENCY": "Tame Valley College"}}, None, None))
    return out


def risk():
    out = []
    # rc01 body Label: value, Key2 Futures
    b = """Dear Brokerage,

Thank you for the referral for Reece. Having read the referral and our risk assessment (attached to follow), we have concerns about accepting at K2F-CHE-01 at the moment. Our response is below.

PROVIDER RISK CONCERN RESPONSE
Brokerage referral ref: BRK-26-1142
Provider: Key2 Futures
Young person: Reece Okafor
Risk we are unable to manage: Threats from a named male over a drug debt - the male is known to visit one of our current residents at the Cherwell property.
Why it cannot be managed: Our Cherwell service is a shared house with one waking staff member at night and no door entry system on the side entrance. We could not stop the male coming to the property, and placing Reece there puts him and the current resident at risk.
Resources / support that would enable us to manage it: A placement at our Oxford City service (K2F-OXC-01) which has CCTV and 24hr staffing, once a room is free (w/c 14 Dec), or an additional night worker at Cherwell funded for the first 4 weeks plus a police marker on the address.

Kind regards

Marcia Obi
Service Manager - Key2 Futures
07700 900 411 | marcia.obi@key2.provider.test"""
    out.append(({"id": "w10-risk-01", "form": "risk-concern", "expect": "routed", "missing": None,
                 "from": "marcia.obi@key2.provider.test",
                 "subject": "RE: Referral BRK-26-1142 - risk concern response", "body": b,
                 "values": {"REFERRAL_REFERENCE": "BRK-26-1142", "PROVIDER": "Key2 Futures",
                            "YOUNG_PERSON": "Reece Okafor"}}, None, None))

    # rc02 body invalid: no resources section
    b = """Hello Placements,

Re: referral for Tyler Greenhalgh - your ref YPSA/REF/2026/0388.

Risk concern from Stonewater (Vale service).

1. The risk we can't manage:
Tyler's rent arrears and previous tenancy breakdown for anti-social behaviour (loud parties, visitors) at the same block where our Vale of White Horse property STW-VWH-01 sits. The neighbours who complained still live there.

2. Why:
We share a building with general needs tenants and our lease with the landlord says we must not place anyone with a recent ASB history in that block. We would be in breach of the lease and Tyler would be at risk of losing the placement very quickly.

Any questions let me know.

Rob Kettleborough (he/him)
Supported Housing Coordinator
Stonewater - Young People's Services
01632 960 552"""
    out.append(({"id": "w10-risk-02", "form": "risk-concern", "expect": "rejected", "missing": "RESOURCES",
                 "from": "rob.kettleborough@stonewater.provider.test",
                 "subject": "Risk concern - T Greenhalgh - YPSA/REF/2026/0388", "body": b,
                 "values": {"REFERRAL_REFERENCE": "YPSA/REF/2026/0388", "PROVIDER": "Stonewater",
                            "YOUNG_PERSON": "Tyler Greenhalgh"}}, None, None))

    # rc03 body - iPhone reply above brokerage mail
    b = """hi - reply re Leah below. sorry on phone, at the other service today

ref: 26/0911 (LCS 1170493)
provider: Connection Support
yp: Leah Drummond
risk we cant manage: going missing + CSE, adult males picking her up
why: CON-SOX-01 is a 16/17 shared house with staff 9-5 and sleep-in only, no waking night. we cant supervise comings and goings at night, and 2 other girls there have been targeted before
what would help: waking night staff 2:1 for first 2 weeks, a CSE worker allocated before move in, and a daily police welfare check / marker on the house. if that can be funded we will take her

thanks
Dee

Deanne Fowler
Team Leader, Connection Support
07700 900 658

Sent from my iPhone

On 4 Dec 2026, at 08:12, Brokerage Placements <placements@ypsa.test> wrote:
> New EMERGENCY referral 26/0911 - Leah Drummond (17). Please respond by 10:00 if you can offer."""
    out.append(({"id": "w10-risk-03", "form": "risk-concern", "expect": "routed", "missing": None,
                 "from": "deanne.fowler@connection.provider.test",
                 "subject": "Re: New EMERGENCY referral 26/0911", "body": b,
                 "values": {"REFERRAL_REFERENCE": "26/0911", "PROVIDER": "Connection Support",
                            "YOUNG_PERSON": "Leah Drummond"}}, None, None))

    # rc04 docx QRC Oxfordshire Youth
    rows = "".join(f"<tr><td width=\"35%\">{a}</td><td width=\"40%\">{b_}</td><td>{c}</td></tr>" for a, b_, c in [
        ("Referral reference", "REF-20261203-0042", "from Brokerage email 03/12"),
        ("Provider", "Oxfordshire Youth", ""),
        ("Young person", "Mohammed Rahimi", ""),
        ("What is the risk you are unable to manage?<br><span class=\"g\">Be specific - name the risk from the risk assessment</span>",
         "Possible criminal exploitation by adult males from the asylum hotel, who know he is being moved to West Oxfordshire.", "See RA section 4"),
        ("Why can it not be managed in your service?",
         "OXY-WOX-01 is on the bus route from the hotel and has no staff on site after 10pm. We have no Pashto/Dari speaking staff and could not build the relationship quickly enough to spot exploitation.", ""),
        ("What resources or support would enable you to manage the risk?",
         "Interpreter budget (telephone, 5 hrs/week), waking night cover for 4 weeks, and an exploitation worker from the council's Adolescent Team. Alternatively a placement at OXY-VWH-01 which is further from the hotel.", "Happy to discuss at 2pm"),
    ])
    head = "<tr>" + "".join(f"<td bgcolor=\"#e37222\"><b>{h}</b></td>" for h in ["Question", "Response", "Comments"]) + "</tr>"
    html = page("Risk concern", "<p><b><font size=\"4\">Oxfordshire Youth</font></b> &middot; Supported Accommodation</p><h2>Provider Risk Concern - Response to Referral</h2>"
                + f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">{head}{rows}</table>"
                + "<p>Completed by: Sam Achebe, Housing Support Manager &nbsp; 04/12/2026</p><p class=\"foot\">Risk assessment and risk management plan attached separately.</p>")
    out.append(({"id": "w10-risk-04", "form": "risk-concern", "expect": "routed", "missing": None,
                 "from": "sam.achebe@oxyouth.provider.test",
                 "subject": "Risk concern - REF-20261203-0042 - M Rahimi",
                 "body": "Hi Brokerage,\n\nPlease see our risk concern response attached for Mohammed. The RA/RMP will follow this afternoon.\n\nThanks\nSam Achebe (they/them)\nHousing Support Manager, Oxfordshire Youth\n01632 960 771",
                 "values": {"REFERRAL_REFERENCE": "REF-20261203-0042", "PROVIDER": "Oxfordshire Youth",
                            "YOUNG_PERSON": "Mohammed Rahimi"}}, html, "docx"))

    # rc05 pdf A2 Dominion - sections with bold questions
    inner = "<p><b><font size=\"4\" color=\"#5b2c83\">A2Dominion</font></b> &nbsp; Young People's Supported Housing</p><h2>Risk concern regarding referral</h2>"
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
    t += sec("Section A - Referral")
    t += tr2("Brokerage reference", "4471/26")
    t += tr2("Provider", "A2 Dominion")
    t += tr2("Young person's name", "Ellis Farrant")
    t += sec("Section B - Risk")
    t += tr2("B1. Identify the risk you are unable to manage", "Risk of suicide / serious self-harm. Ellis disclosed suicidal thoughts on the day of referral and has a history of cutting.")
    t += tr2("B2. Identify why the risk cannot be managed", "A2D-OXC-01 has no overnight staff (floating support 8am-8pm) and the building has ligature points we have not been able to remove. Staff are not trained in suicide intervention.")
    t += tr2("B3. Identify the resources or support that would enable you to manage the risk", "A CAMHS crisis plan in place before move in, daily CAMHS/crisis team contact for the first fortnight, funding for a sleep-in worker, and ASIST training for 2 staff (booked Jan 27).")
    t += "</table>"
    inner += t + "<p>Name: Priyanka Lal &nbsp; Role: Scheme Manager &nbsp; Date: 4 December 2026</p><p class=\"foot\">A2D YPS form RC1 &middot; Please attach your risk assessment and RMP</p>"
    html = page("Risk concern", inner)
    out.append(({"id": "w10-risk-05", "form": "risk-concern", "expect": "routed", "missing": None,
                 "from": "priyanka.lal@a2dominion.provider.test",
                 "subject": "Risk concern - Brokerage ref 4471/26",
                 "body": "Good morning,\n\nWe are unable to accept Ellis at present without additional support - please find our risk concern attached (PDF) with the risk assessment.\n\nKind regards\nPriyanka Lal\nScheme Manager | A2Dominion\nT: 01632 960 318",
                 "values": {"REFERRAL_REFERENCE": "4471/26", "PROVIDER": "A2 Dominion",
                            "YOUNG_PERSON": "Ellis Farrant"}}, html, "pdf"))
    return out


def build():
    for k, html, fm in mash() + risk():
        add(k, html, fm)
