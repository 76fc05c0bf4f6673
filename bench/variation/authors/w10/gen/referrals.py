from common import *

# ---------------------------------------------------------------- data
R = [
 dict(id="w10-ref-01", lay="body_lv", var="emergency", name="Kayden Walsh", dob="2009-03-14", gender="Male",
      lcs="1184532", addr="c/o 7 Foundry Row, Brackenford, BF2 6LT (sofa surfing)", loc="Oxford City",
      legal="child in need", legal_w="Child in Need (CIN plan since Sept 26)", uasc="no", parent="no",
      rn="Priya Chandra", rr="Social Worker", rt="Family Safeguarding Team North, Brackenford City Council",
      re="priya.chandra@council.test", rp="0121 496 0412 / 07700 900412", swn="", swe="",
      fgc="no", fgcd="", div="Maternal aunt (Lorraine Walsh) contacted 03/12 - cannot take him, two-bed flat with 4 children already. Dad not in contact, whereabouts unknown. Mediation not appropriate given the assault.",
      reason="Kayden was assaulted by his mum's partner on the evening of 3 December (punched to the face, police attended, partner arrested and bailed with conditions not to contact Kayden but he is back at the address). Mum has told Kayden he cannot come home while he 'keeps causing trouble'.",
      risks="To self: low mood, has talked about 'not being here' but no plan. From others: the partner, and older males at the flat where he is staying. Exploitation: possible - seen with older lads linked to county lines in Brackenford town centre. Substance misuse: cannabis daily. Offending: none recorded. Mental health: on CAMHS waiting list.",
      support="Help to keep going to college (Level 1 Motor Vehicle), budgeting, a key worker he can talk to, support to register with a GP near placement.",
      safety="He has nowhere safe to sleep tonight. He spent last night on the sofa at 7 Foundry Row where adult males we believe are involved in drug supply come and go. He cannot go home because of the assault.",
      need="2026-12-04", consent="yes", miss=None,
      subj="EMERGENCY supported accommodation referral - K Walsh - needed today"),
 dict(id="w10-ref-02", lay="docx_mosaic", var="non-emergency", name="Amira Hussain", dob="2008-07-22", gender="Female",
      lcs="1093317", addr="Flat 3, 41 Canal Street, Brackenford, BF1 4RD (semi-independent, 16+ provision ending)", loc="West Oxfordshire",
      legal="care leaver", legal_w="Care Leaver (former relevant)", uasc="no", parent="no",
      rn="Tom Fairbairn", rr="Personal Adviser", rt="Leaving Care (Pathways) Team",
      re="tom.fairbairn@council.test", rp="0121 496 0877", swn="", swe="",
      fgc="yes", fgcd="2026-11-19", div="FGC held 19/11/2026 with Amira, her older sister and her former foster carer. Sister offered weekend stays only. Return to former foster carers not possible (staying put declined by carers due to their own health).",
      reason="Amira turned 18 in July and her current 16+ placement ends on 10 January 2027. She needs an 18+ shared supported placement while she builds her independence skills and waits for a social housing offer.",
      risks="Low overall. To self: historic self-harm (cutting) last incident March 2025. From others: ex-boyfriend, no contact since a non-molestation order in 2025. No substance misuse or offending. Mental health: anxiety, managed with GP.",
      support="Cooking and budgeting, managing a tenancy, keeping up her course (Health & Social Care Level 3), emotional support around anniversaries.",
      safety="", need="2027-01-11", consent="yes", miss=None,
      subj="Supported Accommodation Referral (non-emergency) - Amira Hussain - Mosaic 1093317"),
 dict(id="w10-ref-03", lay="body_reply", var="emergency", name="Reece Okafor", dob="2006-11-02", gender="Male",
      lcs="", addr="No fixed abode - last at 22 Orchard Way, Tamebridge, TB4 9JN (grandmother)", loc="Cherwell",
      legal="care leaver", legal_w="Care leaver", uasc="no", parent="no",
      rn="Shannon Pryce", rr="Senior Practitioner", rt="Through Care 18+ Team, Brackenford Children's Services",
      re="shannon.pryce@council.test", rp="07700 900233", swn="Dominic Leigh (PA)", swe="dominic.leigh@council.test",
      fgc="no", fgcd="", div="Grandmother has asked him to leave following an argument; she is frail and will not reconsider. Friends' sofas exhausted.",
      reason="Reece was asked to leave his grandmother's on 2 December. Slept in a stairwell at Priory Court last night. Needs an 18+ bed today.",
      risks="Rough sleeping in December. Known to police for possession with intent (2024, no further action). Drinks heavily when stressed. Has been threatened over a debt by a local male.",
      support="Substance misuse worker (Aspire), help to claim Universal Credit, ID replacement, routine.",
      safety="He is currently street homeless and was threatened last night by a male he owes money to, who told him he 'knows where he sleeps'. Temperatures forecast below zero tonight.",
      need="2026-12-04", consent="yes", miss=None,
      subj="RE: Emergency referral - Reece Okafor"),
 dict(id="w10-ref-04", lay="body_numbered", var="non-emergency", name="Chloe Barnsley", dob="2009-05-30", gender="Female",
      lcs="1201945", addr="16 Hawthorn Drive, Tamebridge, TB2 3EF", loc="South Oxfordshire",
      legal="looked after", legal_w="Looked after - Section 20", uasc="no", parent="no",
      rn="Marcus Delaney", rr="Social Worker", rt="Children in Care Team 2",
      re="marcus.delaney@council.test", rp="0121 496 0190", swn="", swe="",
      fgc="yes", fgcd="2026-11-26", div="FGC 26 November - mum and Chloe both attended. Mum agreed to keep contact but not to have Chloe home. Mediation sessions x2 with Relate Young People (Oct/Nov) - broke down.",
      reason="Chloe (17) is in a foster placement that is ending by agreement on 8 January; foster carer retiring. Chloe has said she wants to live somewhere with other young people and staff support rather than another family.",
      risks="To self: low. From others: online contact with older males - discussed, safety plan in place. No substance misuse. No offending. Mental health: anxiety, sees school counsellor.",
      support="Independence skills, support with sixth form attendance, emotional support, help with managing money.",
      safety="", need="2027-01-08", consent="yes", miss=None,
      subj="Non emergency referral Chloe Barnsley DOB 30/05/2009"),
 dict(id="w10-ref-05", lay="docx_qrc", var="emergency", name="Ellis Farrant", dob="2008-12-20", gender="Non-binary (they/them)",
      lcs="1177025", addr="41 Wharf Road, Brackenford, BF5 1AA", loc="Oxford City",
      legal="child in need", legal_w="CIN", uasc="no", parent="no",
      rn="Gemma Rowntree", rr="Duty Social Worker", rt="MASH / Assessment Team, Brackenford City Council",
      re="gemma.rowntree@council.test", rp="0121 496 0555", swn="", swe="",
      fgc="no", fgcd="", div="Dad and stepmum refuse to have Ellis back. Paternal grandparents live in Scotland - not an option tonight. No friends' families able.",
      reason="Ellis (17) was put out of the family home on 3 December after disclosing their gender identity. Dad has changed the locks. Spent last night in A&E waiting room.",
      risks="To self: self-harm history, cut arms in October; said at MASH this morning they feel 'done'. From others: stepbrother has made threats online. No substance misuse or offending known. Mental health: CAMHS open.",
      support="Emotional support, CAMHS liaison, LGBTQ+ youth group links, help with school (Year 13).",
      safety="Ellis has nowhere to stay tonight, slept in a hospital waiting room last night and has expressed suicidal thoughts this morning. They cannot return home.",
      need="2026-12-04", consent="yes", miss=None,
      subj="URGENT - emergency placement needed today - Ellis Farrant (17)"),
 dict(id="w10-ref-06", lay="body_forward", var="non-emergency", name="Tyler Greenhalgh", dob="2005-04-09", gender="M",
      lcs="0987341", addr="Room 4, 9 Station Approach, Tamebridge TB1 7PL (B&B)", loc="Vale of White Horse",
      legal="care leaver", legal_w="Care leaver (relevant, 21)", uasc="no", parent="no",
      rn="Hannah Ojo", rr="Personal Adviser", rt="Leaving Care Service",
      re="hannah.ojo@council.test", rp="07700 900761", swn="", swe="",
      frm="imogen.tate@council.test", fgc="yes", fgcd="2026-11-12", div="FGC 12/11 - no family able to accommodate. Mum has capacity only for Sunday dinners.",
      reason="Tyler is 21 and has been in B&B since his tenancy ended (rent arrears, September). He wants to get back on track and needs 18+ supported accommodation to learn to manage a tenancy again.",
      risks="Rent arrears £1,240 from previous tenancy. Cannabis use (weekly). Past shoplifting (2023). No known exploitation.",
      support="Money management and debt advice, tenancy skills, support to find work (CSCS card course).",
      safety="", need="2026-12-21", consent="yes", miss=None,
      subj="Fw: non-emergency referral - Tyler Greenhalgh"),
 dict(id="w10-ref-07", lay="pdf_bold", var="emergency", name="Nadia Kowalczyk", dob="2007-02-17", gender="Female",
      lcs="1150064", addr="Refuge address withheld (was 88 Mill Lane, Brackenford)", loc="Out of county",
      legal="care leaver", legal_w="Care leaver", uasc="no", parent="yes",
      rn="Olivia Brennan", rr="Personal Adviser (Young Parents)", rt="Leaving Care - Young Parents Pathway",
      re="olivia.brennan@council.test", rp="0121 496 0302", swn="Jade Whitfield (child's SW)", swe="jade.whitfield@council.test",
      fgc="no", fgcd="", div="Nadia's mum lives in the same street as the perpetrator; not safe. No other family in the area.",
      reason="Nadia (19) and her baby daughter (8 months) fled domestic abuse on 2 December. The refuge space is only until Saturday. Needs a Parents placement out of the Brackenford area.",
      risks="From others: ex-partner (MARAC high risk, heard 26/11). He has found her previous addresses before. To self: low mood post-natal, on medication. No substances.",
      support="Parenting support, DA support (IDVA allocated), nursery place, benefits change of circumstances.",
      safety="High-risk domestic abuse: ex-partner threatened to kill her on 1 December and has been driving past family addresses. Refuge bed ends 5 December and she has nowhere safe to go with the baby.",
      need="2026-12-05", consent="yes", miss=None,
      subj="Emergency referral (parent & baby) - N Kowalczyk - MARAC case"),
 dict(id="w10-ref-08", lay="docx_mosaic", var="non-emergency", name="Harvey Lindqvist", dob="2009-09-03", gender="Male",
      lcs="1215588", addr="3 Birch Terrace, Brackenford, BF6 8NN", loc="Cherwell",
      legal="child in need", legal_w="Child in Need", uasc="no", parent="no",
      rn="Sophie Marchetti", rr="Social Worker", rt="Family Safeguarding Team South",
      re="sophie.marchetti@council.test", rp="0121 496 0744", swn="", swe="",
      fgc="yes", fgcd="2026-12-10", div="Family Group Conference offered and booked for 10 December 2026. Uncle in Tamebridge may be able to offer short stays. Mediation with dad attempted 20/11 - Harvey left the session.",
      reason="Relationship between Harvey (17) and his dad has broken down; frequent arguments, Harvey staying out. Dad says Harvey must leave by Christmas. Referral made now so a plan is in place if the FGC does not find a family option.",
      risks="Offending: one youth caution (criminal damage, 2025). From others: some concern about peers. Substance: alcohol at weekends.",
      support="Youth worker, education (NEET - wants apprenticeship), anger management.",
      safety="", need="2026-12-22", consent="no",
      consent_w="No - Harvey refused to sign. Sharing without consent under s.17/s.47 Children Act 1989: he is a child in need who will be homeless at Christmas and there are concerns about his safety with peers, so the information is shared to safeguard him (agreed with Team Manager Neil Haskins 01/12/26).",
      miss=None, subj="Referral - Harvey Lindqvist - non-emergency - consent not given (see s.8)"),
 dict(id="w10-ref-09", lay="body_lv2", var="non-emergency", name="Destiny Amankwah", dob="2004-10-28", gender="F",
      lcs="0955120", addr="12b Queen Street, Tamebridge, TB3 5HG", loc="Oxford City",
      legal="care leaver", legal_w="Care leaver", uasc="no", parent="no",
      rn="Callum Rees", rr="PA", rt="Leaving Care Team",
      re="callum.rees@council.test", rp="07700 900598", swn="", swe="",
      fgc="yes", fgcd="2026-11-24", div="FGC 24/11 - no family accommodation. Aunt will be emergency contact.",
      reason="Destiny (22) shares a flat with a friend who is moving out at the end of December. Can't afford the flat alone. Wants supported move-on before applying for own tenancy.",
      risks="Low. Some past cannabis use. No offending. Depression, on sertraline.",
      support="Budgeting, help with housing register, mental health support.",
      safety="", need="2027-01-04", consent="", miss="CONSENT",
      subj="non emergency referral D Amankwah"),
 dict(id="w10-ref-10", lay="docx_landscape", var="emergency", name="Mohammed Rahimi", dob="2009-01-15", gender="Male",
      lcs="1222890", addr="Holiday Inn Express (Home Office contingency), Brackenford Ring Road", loc="Oxford City",
      legal="looked after", legal_w="Looked After (s.20) - UASC", uasc="yes", parent="no",
      rn="Bethany Sowerby", rr="Social Worker", rt="UASC & Children in Care Team",
      re="bethany.sowerby@council.test", rp="0121 496 0620", swn="", swe="",
      fgc="no", fgcd="", div="No family in the UK. Age assessment concluded 2 Dec 2026 that he is 17.",
      reason="Mohammed was age-assessed as 17 and is now looked after; he must leave adult asylum hotel today. Needs a 16/17 shared placement.",
      risks="From others: adult residents at hotel have asked him to 'carry things' - possible exploitation. To self: trauma, nightmares. No substances. No offending.",
      support="Interpreter (Pashto / Dari), ESOL, solicitor for asylum claim, health assessment, trauma-informed key work.",
      safety="He cannot stay in the adult hotel tonight now he is assessed as a child; adult men there have been trying to recruit him to carry packages.",
      need="2026-12-04", consent="yes", miss=None,
      subj="EMERGENCY REFERRAL UASC M Rahimi - must move today"),
 dict(id="w10-ref-11", lay="pdf_bold", var="non-emergency", name="Ruby-Mae Sherratt", dob="2003-12-29", gender="Female",
      lcs="0899456", addr="24 Kiln Lane, Brackenford, BF7 2XT", loc="South Oxfordshire",
      legal="not known to social care", legal_w="Not known to Children's Social Care (open to Early Help 2019)", uasc="no", parent="yes",
      rn="Leanne Chadwick", rr="Housing & Support Officer (Young People)", rt="Brackenford City Council Housing Solutions",
      re="leanne.chadwick@council.test", rp="0121 496 0981", swn="", swe="",
      fgc="yes", fgcd="2026-11-30", div="FGC offered and held 30/11/2026; mum will help with childcare but her flat is one bedroom. Dad not involved.",
      reason="Ruby-Mae (22) and her son (2) are sharing a room at her mum's. Overcrowding is causing rows; mum has given notice for the new year. Needs a Parents placement.",
      risks="Low. No substances, no offending. Postnatal depression (resolved).",
      support="Parenting, budgeting, nursery funding (2-year-old offer), housing register.",
      safety="", need="2027-01-18", consent="yes", miss=None,
      subj="Supported Accommodation Referral - Ruby-Mae Sherratt (parent) - non emergency"),
 dict(id="w10-ref-12", lay="docx_qrc", var="emergency", name="Connor Bickley", dob="2008-04-04", gender="Male",
      lcs="1166730", addr="Tamebridge Police Station custody (released today) - previously 5 Greaves Close, Tamebridge", loc="West Oxfordshire",
      legal="care leaver", legal_w="Care leaver (qualifying - was s.20 for 8 months in 2025)", uasc="no", parent="no",
      rn="Ashok Menon", rr="Youth Justice Worker", rt="Brackenford Youth Justice Service",
      re="ashok.menon@council.test", rp="07700 900118", swn="Kerry Fenwick", swe="kerry.fenwick@council.test",
      fgc="no", fgcd="", div="Mum refuses to have him back because of conditions of bail and concern for younger siblings. Dad in prison.",
      reason="Connor (18) is being released on bail today with a condition to live and sleep at an address approved by police, not the family home. Needs accommodation today or he will be remanded.",
      risks="Offending: charged with robbery. Exploitation: NRM referral made (CCE) - concerns he was groomed by older males. Substance: cannabis. From others: threats from the group he owes money to.",
      support="YJS supervision, NRM support, ETE, substance misuse.",
      safety="He must be released today to an approved address away from the family home and the group that exploited him, and he has been threatened by them.",
      need="", consent="yes", miss="DATE_NEEDED",
      subj="EMERGENCY referral - Connor Bickley - bail address needed"),
 dict(id="w10-ref-13", lay="docx_mosaic", var="emergency", name="Leah Drummond", dob="2009-08-11", gender="Female",
      lcs="1170493", addr="14 Moorhen Way, Brackenford, BF4 7RS", loc="Vale of White Horse",
      legal="looked after", legal_w="Looked After (Interim Care Order)", uasc="no", parent="no",
      rn="Fiona Achterberg", rr="Social Worker", rt="Adolescent Safeguarding Team",
      re="fiona.achterberg@council.test", rp="0121 496 0450", swn="", swe="",
      fgc="no", fgcd="", div="Residential placement ended in an emergency; foster carer search made 3-4 December - none available.",
      reason="Leah's residential placement ended last night after she was found in a car with two adult males 60 miles away. The home has given immediate notice. She is in the duty office.",
      risks="Exploitation: CSE - high, strategy meeting 3/12. Missing: 7 episodes since October. Substance: ketamine. Mental health: self-harm.",
      support="24/7 staffing ideally, specialist CSE worker, education, health.",
      safety="She has no placement for tonight and is at high risk of sexual exploitation - she was recovered from adult males' car on 3 December and is likely to go missing again if not placed today.",
      need="2026-12-04", consent="yes", miss=None,
      subj="EMERGENCY - placement required today - L Drummond"),
 dict(id="w10-ref-14", lay="pdf_landscape", var="non-emergency", name="Bilal Saeed", dob="2002-12-28", gender="Male",
      lcs="0822167", addr="31 Ashby Road, Tamebridge, TB6 4DA", loc="Cherwell",
      legal="care leaver", legal_w="Care leaver (relevant, 23)", uasc="no", parent="no",
      rn="Rachel Yeoman", rr="Personal Adviser", rt="Leaving Care 21-25 Team",
      re="rachel.yeoman@council.test", rp="0121 496 0303", swn="", swe="",
      fgc="yes", fgcd="2026-11-17", div="FGC held 17 Nov. Brother offered a sofa only. Mediation with landlord via Housing Solutions - failed.",
      reason="Bilal (23) has a Section 21 notice on his private rented flat, expiring 6 January 2027. Needs 18+ supported accommodation while he waits for social housing.",
      risks="Mental health: ADHD, psychosis episode 2024 (now stable). No substances since 2024. No offending.",
      support="Mental health liaison, tenancy support, help with PIP claim.",
      safety="", need="2027-01-06", consent="yes", miss=None,
      subj="Non-emergency referral for supported accommodation - Bilal Saeed"),
]

LEGAL_W = {"looked after": "Looked After", "care leaver": "Care Leaver", "child in need": "Child in Need",
           "not known to social care": "Not known to social care"}


def sig(r, phone=True, pron=None):
    s = f"{r['rn']}\n{r['rr']}\n{r['rt']}\n"
    if pron:
        s = f"{r['rn']} ({pron})\n{r['rr']}\n{r['rt']}\n"
    s += "Brackenford City Council | Children's Services\n"
    if phone:
        s += f"T: {r['rp']}\n"
    return s


def yn(v, style):
    if v == "":
        return ""
    if style == "word":
        return "Yes" if v == "yes" else "No"
    if style == "YN":
        return "Y" if v == "yes" else "N"
    if style == "cb":
        return yn_cb(v)
    if style == "radio":
        return yn_radio(v)
    if style == "strike":
        return yn_strike(v)


def consent_text(r, style):
    if r["consent"] == "":
        return "" if style != "cb" else "☐ Yes ☐ No"
    if r.get("consent_w"):
        return r["consent_w"] if style not in ("cb", "radio", "strike") else yn(r["consent"], style) + "<br>" + r["consent_w"].split(" - ", 1)[1]
    return yn(r["consent"], style)


# ---------------------------------------------------------------- body layouts
def body_lv(r):
    v = r
    return f"""Hi Brokerage,

Please see emergency referral below - I have tried to call the placements line twice this morning and it's ringing out. Kayden is sat in our office now.

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM
Referral type: EMERGENCY
Young person's full name: {v['name']}
Date of birth: {fd(v['dob'],'slash')}
Gender: {v['gender']}
LCS / Mosaic no: {v['lcs']}
Current address: {v['addr']}
Preferred area: {v['loc']}
Legal status: {v['legal_w']}
UASC: No
Is the young person a parent? No
Referrer name: {v['rn']}
Role: {v['rr']}
Team: {v['rt']}
Email: {v['re']}
Tel: {v['rp']}
Allocated SW / PA (if different): n/a - I am the allocated SW
Has an FGC been offered? No - emergency
FGC date: n/a
Diversion explored (family/friends/mediation): {v['div']}
Reason for referral: {v['reason']}
Risks: {v['risks']}
Support needs: {v['support']}
What is the immediate safety concern? {v['safety']}
Date accommodation needed: {fd(v['need'],'slash')} (today)
Has the young person consented to this referral and to information being shared? Yes - verbal consent given to me 08:40 today

Thanks
{sig(v, pron='she/her')}"""


def body_lv2(r):
    v = r
    return f"""hi

non emergency referral for destiny below. FGC done. shes happy for me to send

Name: {v['name']}
DOB: {fd(v['dob'],'dot')}
Gender: {v['gender']}
LCS: {v['lcs']}
Address: {v['addr']}
Area wanted: {v['loc']}
Legal status: {v['legal_w']}
UASC: N
Parent: N
Referrer: {v['rn']}, {v['rr']}, {v['rt']}
Email: {v['re']}
Phone: {v['rp']}
Emergency / non emergency: non emergency
FGC offered: Y
FGC date: {fd(v['fgcd'],'dot')}
Diversion: {v['div']}
Reason: {v['reason']}
Risks: {v['risks']}
Support: {v['support']}
Date needed: {fd(v['need'],'dot')}
Consent to referral/info sharing:

cheers
callum

Sent from my iPhone"""


def body_numbered(r):
    v = r
    return f"""Good morning,

Please find below a non-emergency referral for Chloe. I have typed the form into the email as our Word template will not open on the laptops since the update - apologies.

Supported Accommodation Assessment & Referral - NON-EMERGENCY

Section A - About the young person
A1. Full name: {v['name']}
A2. Date of birth: {fd(v['dob'],'long')}
A3. Gender: {v['gender']}
A4. LCS number: {v['lcs']}
A5. Current address: {v['addr']}
A6. Preferred locality: {v['loc']}
A7. Legal status: {v['legal_w']}
A8. Is the young person an unaccompanied asylum-seeking child? No
A9. Is the young person a parent or expecting a child? No

Section B - Referrer
B1. Name: {v['rn']}
B2. Role: {v['rr']}
B3. Organisation/team: {v['rt']}
B4. Email: {v['re']}
B5. Phone: {v['rp']}
B6. Social worker / PA if not referrer: N/A

Section C - Prevention
C1. Has a Family Group Conference been offered? Yes
C2. Date of FGC: {fd(v['fgcd'],'long')}
C3. What diversion has been explored (family and friends, mediation)? {v['div']}

Section D - Referral
D1. Reason for referral: {v['reason']}
D2. Risks (to self / others / from others / exploitation / substances / offending / mental health): {v['risks']}
D3. Support needs: {v['support']}
D4. Date accommodation required: {fd(v['need'],'long')}
D5. Has the young person consented to this referral and to information sharing? Yes - signed consent on file (Mosaic doc 04/12)

Kind regards,

{v['rn']} (he/him)
{v['rr']} | {v['rt']}
Brackenford City Council
Tel: {v['rp']}
Working days Mon-Thu
"""


def body_forward(r):
    v = r
    return f"""Brokerage team - forwarding Hannah's referral below as she is on leave from today. Please send any questions to me or the duty PA inbox.

Thanks,
Imogen Tate
Team Manager, Leaving Care Service
Brackenford City Council
0121 496 0700

---------- Forwarded message ---------
From: Hannah Ojo <hannah.ojo@council.test>
Date: Thu, 3 Dec 2026 at 17:48
Subject: non-emergency referral - Tyler Greenhalgh
To: Imogen Tate <imogen.tate@council.test>

Imogen can you send this on tomorrow please, didn't get it finished till now

REFERRAL TYPE
Non-emergency

YOUNG PERSON'S FULL NAME
{v['name']}

DATE OF BIRTH
{fd(v['dob'],'slash')}

GENDER
{v['gender']}

LCS NUMBER
{v['lcs']}

CURRENT ADDRESS
{v['addr']}

PREFERRED LOCALITY
{v['loc']}

LEGAL STATUS
{v['legal_w']}

UASC (Y/N)
N

PARENT (Y/N)
N

REFERRER NAME
{v['rn']}

REFERRER ROLE
{v['rr']}

ORGANISATION / TEAM
{v['rt']}, Brackenford City Council

REFERRER EMAIL
{v['re']}

REFERRER PHONE
{v['rp']}

FAMILY GROUP CONFERENCE OFFERED (Y/N)
Y

DATE OF FGC
{fd(v['fgcd'],'short')}

DIVERSION EXPLORED
{v['div']}

REASON FOR REFERRAL
{v['reason']}

RISKS
{v['risks']}

SUPPORT NEEDS
{v['support']}

DATE ACCOMMODATION NEEDED
{fd(v['need'],'short')}

CONSENT TO REFERRAL AND INFORMATION SHARING (Y/N)
Y

Hannah Ojo (she/her)
Personal Adviser - Leaving Care Service
07700 900761
Sent from my iPhone
"""


# ---------------------------------------------------------------- html layouts
LOGO = "<p><b><font size=\"4\" color=\"#00567a\">BRACKENFORD CITY COUNCIL</font></b><br><font size=\"2\">Children's Services &middot; People Directorate</font></p>"


def foot(txt="OFFICIAL-SENSITIVE when complete"):
    return f"<p class=\"foot\">{txt} &middot; Form CS/SA1 v4.2 (Mosaic export) &middot; Printed 04/12/2026 08:51</p>"


def tr2(label, val, hint=None):
    h = f"<br><span class=\"g\">{hint}</span>" if hint else ""
    return f"<tr><td width=\"38%\" bgcolor=\"#eef3f7\"><b>{label}</b>{h}</td><td>{val}</td></tr>\n"


def sec(t, cols=2):
    return f"<tr><td colspan=\"{cols}\" bgcolor=\"#00567a\"><font color=\"#ffffff\"><b>{t}</b></font></td></tr>\n"


def docx_mosaic(r):
    v = r
    emerg = v["var"] == "emergency"
    vt = "☒ Emergency ☐ Non-emergency" if emerg else "☐ Emergency ☒ Non-emergency"
    legal_opts = ["looked after", "care leaver", "child in need", "not known to social care"]
    lg = " &nbsp; ".join(("☒ " if o == v["legal"] else "☐ ") + LEGAL_W[o] for o in legal_opts)
    lg += f"<br><i>{v['legal_w']}</i>"
    rows = sec("Section A - Type of referral")
    rows += tr2("A1. Is this an emergency or a non-emergency referral?", vt,
                "Emergency = the young person has nowhere safe to stay tonight")
    rows += sec("Section B - About the young person")
    rows += tr2("B1. Young person's full name", v["name"])
    rows += tr2("B2. Date of birth", fd(v["dob"], "slash"))
    rows += tr2("B3. Gender", v["gender"])
    rows += tr2("B4. LCS number", v["lcs"], "if known")
    rows += tr2("B5. Current address", v["addr"])
    rows += tr2("B6. Preferred locality", v["loc"])
    rows += tr2("B7. Legal status", lg)
    rows += tr2("B8. Is the young person an unaccompanied asylum-seeking child (UASC)?", yn(v["uasc"], "cb"))
    rows += tr2("B9. Is the young person a parent?", yn(v["parent"], "cb"))
    rows += sec("Section C - Referrer details")
    rows += tr2("C1. Referrer name", v["rn"])
    rows += tr2("C2. Role", v["rr"])
    rows += tr2("C3. Organisation / team", v["rt"])
    rows += tr2("C4. Email", v["re"])
    rows += tr2("C5. Telephone", v["rp"])
    rows += tr2("C6. Social worker / PA name", v["swn"] or "As above", "complete if not the referrer")
    rows += tr2("C7. Social worker / PA email", v["swe"] or "As above")
    rows += sec("Section D - Prevention and diversion")
    rows += tr2("D1. Has a Family Group Conference been offered?", yn(v["fgc"], "cb"),
                "Non-emergency referrals will not be accepted without an FGC being offered")
    rows += tr2("D2. Date of FGC (offered / held)", fd(v["fgcd"], "slash") or "N/A")
    rows += tr2("D3. What diversion has been explored?", v["div"], "family and friends, mediation")
    rows += sec("Section E - Reason for referral, risks and needs")
    rows += tr2("E1. Reason for referral", v["reason"])
    rows += tr2("E2. Risks", v["risks"],
                "to self, to others, from others, exploitation, substance misuse, offending, mental health")
    rows += tr2("E3. Support needs", v["support"])
    if emerg:
        rows += tr2("E4. EMERGENCY ONLY: What is the immediate safety concern?", v["safety"])
    rows += tr2("E5. Date accommodation needed", fd(v["need"], "slash"))
    rows += sec("Section F - Consent")
    rows += tr2("F1. Has the young person consented to this referral and to their information being shared?",
                consent_text(v, "cb"), "If No, state the safeguarding basis for sharing without consent")
    inner = LOGO + "<h1>Supported Accommodation Assessment and Referral Form</h1>\n" + \
        "<p><i>Please complete all sections. Send to the Brokerage (Placements) Team.</i></p>\n" + \
        f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n{rows}</table>\n" + \
        "<p>Signed (referrer): " + v["rn"] + " &nbsp;&nbsp; Date: 04/12/2026</p>" + foot()
    return page("Supported Accommodation Referral", inner)


def hdr_row(labels, vals, bg="#dfe9d8"):
    h = "".join(f"<td bgcolor=\"{bg}\"><b>{l}</b></td>" for l in labels)
    d = "".join(f"<td>{x}</td>" for x in vals)
    return f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>{h}</tr><tr>{d}</tr></table><p></p>\n"


def docx_landscape(r, pdf=False):
    v = r
    emerg = v["var"] == "emergency"
    inner = LOGO + "<h2>SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL</h2>\n"
    if pdf:  # printed and the wrong word deleted before scanning to PDF
        inner += f"<p>Referral type (please delete as appropriate): {'Emergency' if emerg else 'Non-emergency'}</p>\n"
    else:
        inner += f"<p>Referral type (please delete as appropriate): {'Emergency / <s>Non-emergency</s>' if emerg else '<s>Emergency</s> / Non-emergency'}</p>\n"
    inner += "<p><b>Section B - About the young person</b></p>" + hdr_row(
        ["Full name", "DOB", "Gender", "LCS no.", "Legal status", "UASC Y/N"],
        [v["name"], fd(v["dob"], "slash"), v["gender"], v["lcs"] or "-", v["legal_w"], "Y" if v["uasc"] == "yes" else "N"])
    inner += hdr_row(["Current address", "Preferred locality", "Parent Y/N", "Date accommodation needed"],
                     [v["addr"], v["loc"], "Y" if v["parent"] == "yes" else "N", fd(v["need"], "short")])
    inner += "<p><b>Section C - Referrer</b></p>" + hdr_row(
        ["Referrer name", "Role", "Organisation / team", "Email", "Phone"],
        [v["rn"], v["rr"], v["rt"], v["re"], v["rp"]])
    inner += hdr_row(["Social worker / PA (if not referrer)", "SW / PA email"],
                     [v["swn"] or "n/a", v["swe"] or "n/a"])
    inner += "<p><b>Section D - Family Group Conference and diversion</b></p>" + hdr_row(
        ["FGC offered? Y/N", "FGC date", "Diversion explored <span class=\"g\">(family &amp; friends, mediation)</span>"],
        ["Y" if v["fgc"] == "yes" else "N", fd(v["fgcd"], "short") or "-", v["div"]])
    inner += "<p><b>Section E - Reason, risks, support</b></p>"
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    t += tr2("Reason for referral", v["reason"])
    t += tr2("Risks", v["risks"], "to self / to others / from others / exploitation / substance misuse / offending / mental health")
    t += tr2("Support needs", v["support"])
    if emerg:
        t += tr2("Immediate safety concern (emergency referrals)", v["safety"])
    t += tr2("Has the young person consented to this referral? Please delete as appropriate: Yes / No",
             consent_text(v, "word" if pdf else "strike"))
    inner += t + "</table>\n" + foot("Landscape template CS/SA1-L")
    return page("Referral", inner, landscape=True)


def docx_qrc(r):
    v = r
    emerg = v["var"] == "emergency"
    rows = []

    def q(question, resp, com=""):
        rows.append(f"<tr><td width=\"40%\">{question}</td><td width=\"35%\">{resp}</td><td>{com}</td></tr>")
    q("Is this referral an Emergency or Non-emergency?", "Emergency" if emerg else "Non-emergency",
      "Duty SW will phone Brokerage" if emerg else "")
    q("What is the young person's full name?", v["name"])
    q("What is their date of birth?", fd(v["dob"], "slash"), f"{17 if v['dob']>'2008-12-04' else 18} years old")
    q("Gender", v["gender"])
    q("LCS number <span class=\"g\">(optional)</span>", v["lcs"])
    q("Where are they living now?", v["addr"])
    q("Which locality would they prefer?", v["loc"], "flexible")
    q("What is their legal status?", v["legal_w"])
    q("Are they an unaccompanied asylum-seeking child?", yn(v["uasc"], "radio"))
    q("Are they a parent?", yn(v["parent"], "radio"))
    q("Referrer name", v["rn"])
    q("Referrer role", v["rr"])
    q("Organisation / team", v["rt"])
    q("Referrer email", v["re"])
    q("Referrer phone", v["rp"])
    q("Social worker or PA (if not the referrer)", v["swn"] or "N/A", v["swe"])
    q("Has a Family Group Conference been offered?", yn(v["fgc"], "radio"),
      "Not offered - emergency" if v["fgc"] == "no" else "")
    q("Date of FGC", fd(v["fgcd"], "slash"))
    q("What diversion has been explored (family and friends, mediation)?", v["div"])
    q("Why is this referral being made?", v["reason"])
    q("What are the risks?<br><span class=\"g\">Consider risk to self, to others, from others, exploitation, substance misuse, offending, mental health</span>", v["risks"])
    q("What support does the young person need?", v["support"])
    if emerg:
        q("What is the immediate safety concern?", v["safety"])
    q("What date is accommodation needed from?", fd(v["need"], "slash"), "ASAP today" if v["need"] == "2026-12-04" else "")
    q("Has the young person consented to this referral and to information sharing?", consent_text(v, "radio"))
    head = "<tr><td bgcolor=\"#4b2e83\"><font color=\"#ffffff\"><b>Question</b></font></td><td bgcolor=\"#4b2e83\"><font color=\"#ffffff\"><b>Response</b></font></td><td bgcolor=\"#4b2e83\"><font color=\"#ffffff\"><b>Comments</b></font></td></tr>"
    inner = LOGO + "<h2>Supported Accommodation Assessment and Referral Form</h2>" + \
        f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">{head}{''.join(rows)}</table>" + foot()
    return page("Referral", inner)


def pdf_bold(r):
    v = r
    emerg = v["var"] == "emergency"
    parts = []

    def qa(qn, a):
        parts.append(f"<p><b>{qn}</b></p><p>{a}</p>")
    qa("Referral type", "EMERGENCY" if emerg else "Non-emergency")
    qa("1. Young person's full name", v["name"])
    qa("2. Date of birth", fd(v["dob"], "long"))
    qa("3. Gender", v["gender"])
    qa("4. LCS number", v["lcs"])
    qa("5. Current address", v["addr"])
    qa("6. Preferred locality", v["loc"])
    qa("7. Legal status", v["legal_w"])
    qa("8. Is the young person an unaccompanied asylum-seeking child?", yn(v["uasc"], "cb"))
    qa("9. Is the young person a parent?", yn(v["parent"], "cb") + (" - baby daughter, 8 months" if v["id"] == "w10-ref-07" else " - son aged 2" if v["parent"] == "yes" else ""))
    qa("10. Referrer's name, role and team", f"{v['rn']}<br>{v['rr']}<br>{v['rt']}")
    qa("11. Referrer's email address", v["re"])
    qa("12. Referrer's telephone", v["rp"])
    qa("13. Social worker / Personal Adviser if not the referrer (name and email)",
       f"{v['swn']} - {v['swe']}" if v["swn"] else "Not applicable")
    qa("14. Has a Family Group Conference been offered?", yn(v["fgc"], "cb"))
    qa("15. Date of Family Group Conference", fd(v["fgcd"], "long") or "N/A")
    qa("16. What diversion has been explored?", v["div"])
    qa("17. Reason for referral", v["reason"])
    qa("18. Risks", v["risks"])
    qa("19. Support needs", v["support"])
    if emerg:
        qa("20. Immediate safety concern (emergency referrals only)", v["safety"])
    qa("21. Date accommodation needed", fd(v["need"], "long"))
    qa("22. Has the young person consented to this referral and to information sharing?", consent_text(v, "cb"))
    inner = LOGO + "<h1>Supported Accommodation Assessment and Referral</h1>" + "".join(parts) + foot()
    return page("Referral", inner)


def pdf_landscape(r):
    return docx_landscape(r, pdf=True)


def body_reply(r):
    v = r
    return f"""Hi Kelly,

Yes he is still homeless - he slept in the stairwell at Priory Court again. Form pasted below as Mosaic won't let me attach the PDF today. PA copied.

Shannon

{sig(v)}
-----Original Message-----
From: Kelly Harrop <placements@ypsa.test>
Sent: 04 December 2026 08:31
To: Shannon Pryce <{v['re']}>
Subject: RE: Emergency referral - Reece Okafor

Morning Shannon, can you confirm Reece still needs a bed today and send the full referral form please? Thanks, Kelly

=== Mosaic: Supported Accommodation Assessment and Referral (Step: YPSA Referral) ===
Question	Response
Emergency or non-emergency?	Emergency
Young person's full name	{v['name']}
Date of birth	{fd(v['dob'],'slash')}
Gender	{v['gender']}
LCS number	(not recorded - pre-Mosaic case)
Current address	{v['addr']}
Preferred locality	{v['loc']}
Legal status	{v['legal_w']}
Is the young person an unaccompanied asylum-seeking child?	No
Is the young person a parent?	No
Referrer name	{v['rn']}
Referrer role	{v['rr']}
Organisation/team	{v['rt']}
Referrer email	{v['re']}
Referrer telephone	{v['rp']}
Social worker/PA name (if not referrer)	{v['swn']}
Social worker/PA email	{v['swe']}
Has a Family Group Conference been offered?	No
FGC date	
Diversion explored (family & friends, mediation)	{v['div']}
Reason for referral	{v['reason']}
Risks (to self, to others, from others, exploitation, substance misuse, offending, mental health)	{v['risks']}
Support needs	{v['support']}
Immediate safety concern (emergency only)	{v['safety']}
Date accommodation needed	{fd(v['need'],'day')} (today)
Has the young person consented to the referral and to information sharing?	Yes
=== End of step ===
"""


BODY = {"body_lv": body_lv, "body_lv2": body_lv2, "body_numbered": body_numbered, "body_forward": body_forward, "body_reply": body_reply}
HTML = {"docx_mosaic": (docx_mosaic, "docx"), "docx_landscape": (docx_landscape, "docx"), "docx_qrc": (docx_qrc, "docx"),
        "pdf_bold": (pdf_bold, "pdf"), "pdf_landscape": (pdf_landscape, "pdf")}

COVER = [
    "Hi Brokerage,\n\nPlease find attached a {t} referral for {n}. Any questions please give me a call.\n\nMany thanks\n{s}",
    "Good morning,\n\nAttached - {t} referral form for {n}, exported from Mosaic.\n\nKind regards\n{s}",
    "Dear Placements Team\n\nPlease see attached referral ({t}) for {n}.\n\nThanks,\n{s}\nThis email and any attachments are confidential and intended for the addressee only.",
]


def build():
    for i, r in enumerate(R):
        t = "EMERGENCY" if r["var"] == "emergency" else "non-emergency"
        vals = {"FULL_NAME": r["name"], "DATE_OF_BIRTH": r["dob"], "VARIANT": r["var"], "DATE_NEEDED": r["need"],
                "CONSENT": r["consent"], "REFERRER_EMAIL": r["re"], "PARENT": r["parent"], "GENDER": r["gender"],
                "LEGAL_STATUS": r["legal"], "UASC": r["uasc"], "REFERRER_NAME": r["rn"], "REFERRER_ROLE": r["rr"],
                "FGC_OFFERED": r["fgc"], "LOCALITY": r["loc"]}
        if r["lcs"]:
            vals["LCS_NUMBER"] = r["lcs"]
        if r["fgcd"]:
            vals["FGC_DATE"] = r["fgcd"]
        if r["swn"]:
            vals["SOCIAL_WORKER_EMAIL"] = r["swe"]
        if r["miss"]:
            vals.pop(r["miss"], None)
        key = {"id": r["id"], "form": "referral", "expect": "rejected" if r["miss"] else "routed",
               "missing": r["miss"], "from": r.get("frm", r["re"]), "subject": r["subj"], "values": vals}
        if r["lay"] in BODY:
            key["body"] = BODY[r["lay"]](r)
            add(key)
        else:
            fn, fm = HTML[r["lay"]]
            key["body"] = COVER[i % 3].format(t=t, n=r["name"], s=sig(r, pron=("she/her" if i % 2 else None)))
            if r["var"] == "emergency":
                key["body"] = key["body"].replace("Any questions", "Young person has nowhere to stay tonight. Any questions")
            add(key, fn(r), fm)
