from lib import *
F = []
LOGO = "London Borough of Marlbury &nbsp;|&nbsp; Children's Services"
FOOT = "OFFICIAL-SENSITIVE when complete. Supported Accommodation Assessment and Referral form v4.2 - Marlbury Children's Services, Brokerage (Placements). Do not forward outside secure email."
def ref(id, **k): k['id'] = id; k['form'] = 'referral'; k.setdefault('expect','routed'); k.setdefault('missing', None); k.setdefault('doc', None); F.append(k)

# ---------- 01 emergency, body, reply-all, label: value lower case
ref('w6-ref-01', frm='danielle.osei@council.test', subject='RE: emergency bed tonight?? - KM',
body='''hi all, form below as asked, sorry for the state of it typing on my phone. he is with me at the duty office now

emergency referral - supported accommodation
name: kayden morris
dob: 14/02/2009
gender: male
lcs no: 2248817
current address: nfa - was 41 cobden road, ashcombe until last night
preferred locality: cherwell or anywhere with a bed tbh
legal status: child in need
uasc: n
parent: n
referrer: danielle osei
role: social worker, emergency duty team
team: marlbury out of hours / EDT
email: danielle.osei@council.test
phone: 07700 900431
sw/pa: n/a he is not allocated yet - me for now
fgc offered: n - emergency
diversion explored: rang his nan and his aunt, neither can have him, nan is in sheltered housing. mediation not poss tonight
reason for referral: dad put him out last night after a physical fight, kayden has a cut above his eye. police attended ashcombe, no arrests. dad says he wont have him back
immediate safety concern: he slept in the stairwell of the flats at cobden road last night and has nowhere to go tonight. he is 17 and has no money or phone charger. dad has said if he comes back there will be trouble
risk to self: low, no history of sh
risk to others: n/k
risk from others: dad - see above
exploitation: none known
substance misuse: cannabis most days
offending: none
mental health: low mood, no diagnosis
support needs: needs a bed tonight, food, phone, then help with college (he's at ashcombe college level 2 motor vehicle) and family work
date needed: today 4/12
consent: Y - he agrees and has signed

thanks, danielle

> From: Marcus Bell <marcus.bell@council.test>
> Sent: 04 December 2026 08:41
> Subject: RE: emergency bed tonight?? - KM
>
> Danielle can you put it on the form and email it to brokerage pls, they wont
> look for a bed without it. Cheers M
>
> > From: Danielle Osei
> > Sent: 04 December 2026 08:30
> > any 16/17 beds today? young man put out last night. will send details
''',
values=dict(FULL_NAME='kayden morris', DATE_OF_BIRTH='2009-02-14', GENDER='male', LCS_NUMBER='2248817', VARIANT='emergency', DATE_NEEDED='2026-12-04', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='danielle osei', REFERRER_EMAIL='danielle.osei@council.test', REFERRER_PHONE='07700 900431', FGC_OFFERED='no', LEGAL_STATUS='child in need'))

# ---------- 02 emergency, docx, two-column with section headings
ref('w6-ref-02', frm='tomasz.wilk@council.test', subject='Emergency referral - A Haddad - needs move today',
body='''Morning Brokerage,

Please see attached emergency referral for Amira and her baby. I am on the mobile all day 07700 900518.

Kind regards
Tomasz Wilk
Personal Adviser | Leaving Care Team | London Borough of Marlbury
''',
doc=('w6-ref-02-haddad', 'docx', 'Supported Accommodation Assessment and Referral Form', LOGO, two_col([
 ('Type of referral', [('Emergency or non-emergency?', 'EMERGENCY')]),
 ('Section 1 - About the young person', [
  ("Young person's full name", 'Amira Haddad'), ('Date of birth (dd/mm/yyyy)', '22.09.2007'), ('Gender', 'Female'),
  ('LCS number (if known)', '1973306'), ('Current address', 'Flat 2, 9 Lantern Court, Hollowmere Road, Brindle Green'),
  ('Preferred locality', 'Oxford City (not Cherwell - partner has family there)'),
  ('Legal status', 'Care leaver (former relevant)'), ('UASC? (Y/N)', 'N'), ('Is the young person a parent? (Y/N)', 'Y - daughter Laila, 6 months, lives with Amira')]),
 ('Section 2 - Referrer', [
  ('Name of referrer', 'Tomasz Wilk'), ('Role', 'Personal Adviser'), ('Organisation / team', 'Leaving Care Team, LB Marlbury'),
  ('Email', 'tomasz.wilk@council.test'), ('Telephone', '07700 900518'),
  ('Allocated social worker / PA name (if not referrer)', None), ('Social worker / PA email', None)]),
 ('Section 3 - Diversion', [
  ('Has a Family Group Conference been offered? (Y/N)', 'N - emergency, not appropriate given DV'), ('Date FGC offered', None),
  ('What diversion has been explored? (family & friends, mediation)', 'Amira has no family in the UK she is in contact with. Friend in Ashcombe offered sofa for one night only, not suitable for baby.')]),
 ('Section 4 - Reason for referral', [
  ('Reason for referral', 'Amira has been in her current flat since March. Her ex-partner (Dean Farrow, not the father) was released from HMP on 30/11 and has found out where she lives.'),
  ('Immediate safety concern (emergency referrals only)', "Ex-partner turned up at the flat at 2am on 3/12, kicked the door and said he would 'finish it'. Police attended, CAD 0187 03/12. He is on licence but whereabouts unknown. Amira and the baby cannot stay at the address another night - MARAC referral made.")]),
 ('Section 5 - Risks', [
  ('Risk to self', 'Low. Historic self-harm age 15, nothing current.'), ('Risk to others', 'None known'),
  ('Risk from others', 'HIGH - ex-partner, history of DV and strangulation (2025)'), ('Exploitation', 'None known'),
  ('Substance misuse', 'None'), ('Offending', 'None'), ('Mental health', 'Anxiety, on sertraline via GP')]),
 ('Section 6 - Support needs', [
  ('Support needs', 'Needs a parent and baby placement away from the area, support with budgeting and UC change of address, health visitor transfer, IDVA support (already allocated: Shelley Grant).')]),
 ('Section 7 - Dates and consent', [
  ('Date accommodation needed', '05/12/2026'),
  ('Does the young person consent to this referral and to information being shared? (Y/N)', 'Yes - verbal consent given 04/12, form signed at office'),
  ('If no consent: safeguarding basis for sharing', None)]),
]), FOOT),
values=dict(FULL_NAME='Amira Haddad', DATE_OF_BIRTH='2007-09-22', GENDER='Female', VARIANT='emergency', DATE_NEEDED='2026-12-05', CONSENT='yes', UASC='no', PARENT='yes', REFERRER_NAME='Tomasz Wilk', REFERRER_EMAIL='tomasz.wilk@council.test', FGC_OFFERED='no', LCS_NUMBER='1973306'))

# ---------- 03 emergency, docx, question/answer/notes, consent NO with safeguarding basis
ref('w6-ref-03', frm='priya.raman@council.test', subject='EMERGENCY referral JEB - out of hours',
body='''hi brokerage, emergency referral attached for jordan. he has NOT consented, basis for sharing is in the form. pls ring me before 5 if you need anything, after that EDT

priya
''',
doc=('w6-ref-03-ellis-brown', 'docx', 'Supported Accommodation - Assessment & Referral', LOGO, three_col([
 ('Referral type', [('Emergency / Non-emergency', 'Emergency', 'delete as appropriate')]),
 ('Young person', [
  ('Full name', 'Jordan Ellis-Brown', ''), ('D.O.B.', '3 July 2008', ''), ('Gender', 'M', ''), ('LCS ref', None, 'if known'),
  ('Address now', 'staying with a friend, 22b Kiln Lane, Wenbury (not safe)', ''), ('Area preferred', 'South Oxfordshire', 'anywhere away from Wenbury'),
  ('Legal status', 'Care leaver', 'relevant child until 18th bday'), ('Unaccompanied asylum seeking child', 'No', ''),
  ('Parent?', 'No', '')]),
 ('Referrer details', [
  ('Your name', 'Priya Raman', ''), ('Your role', 'Duty social worker (out of hours)', ''), ('Team', 'Marlbury Emergency Duty Team', ''),
  ('Email', 'priya.raman@council.test', ''), ('Phone', '020 7946 0321', 'duty line'),
  ('SW / PA name', 'Kieran Doyle', 'allocated PA'), ('SW / PA email', 'kieran.doyle@council.test', '')]),
 ('Before referring', [
  ('FGC offered?', 'No', 'not appropriate - emergency'), ('FGC date', None, ''),
  ('Diversion tried (family/friends/mediation)', 'Mum moved to Scotland in Sept, no other family. Friend cannot keep him as the group know the address.', '')]),
 ('Why', [
  ('Reason for referral', 'Jordan is being exploited by a county lines group operating between Marlbury and Wenbury. He has told his PA he owes them money after being robbed of drugs he was holding.', ''),
  ('Immediate safety concern', 'On 2/12 two males came to the friend\'s address looking for him and said he has until the weekend to pay. Jordan is frightened to go out. He needs to be moved out of the area today or tomorrow.', 'police aware - ref 5526/02DEC'),
  ('Risk to self', 'Medium - says he would rather be in custody than go back', ''), ('Risk to others', 'Low, no violence known', ''),
  ('Risk from others', 'High - the group, see above', ''), ('Exploitation', 'Yes - CCE, NRM referral submitted 01/12/2026', ''),
  ('Substance misuse', 'cannabis, occasional ketamine', ''), ('Offending', 'possession with intent (2025) - YOS closed', ''),
  ('Mental health', 'not known to CAMHS', ''),
  ('Support needs', 'Safe placement out of borough, key work around exploitation, help getting back into education (left college in Oct)', '')]),
 ('Dates and consent', [
  ('Date accom needed', 'mon 7th dec', 'earlier if poss'),
  ('Consent (Y/N)', 'N', 'Jordan is frightened that moving will make the group think he is informing'),
  ('Reason for sharing without consent', 'Sharing without consent under s.47 Children Act / safeguarding - risk of significant harm from criminal exploitation. Agreed by EDT manager Sandra Kemp 04/12/2026.', '')]),
]), FOOT),
values=dict(FULL_NAME='Jordan Ellis-Brown', DATE_OF_BIRTH='2008-07-03', VARIANT='emergency', DATE_NEEDED='2026-12-07', CONSENT='no', UASC='no', PARENT='no', REFERRER_NAME='Priya Raman', REFERRER_EMAIL='priya.raman@council.test', SOCIAL_WORKER_NAME='Kieran Doyle', SOCIAL_WORKER_EMAIL='kieran.doyle@council.test', FGC_OFFERED='no'))

# ---------- 04 emergency, body, numbered Q&A with dashes
ref('w6-ref-04', frm='chloe.jennings@council.test', subject='urgent - emergency referral UASC 17yo',
body='''Q1 emergency or non emergency - emergency
Q2 full name - Bilal Ahmadi
Q3 date of birth - 01/01/2009 (assessed, age assessment not disputed)
Q4 gender - male
Q5 LCS number - 2301954
Q6 current address - Room 14, Station Hotel, Carver Street, Marlbury (contingency hotel - ends today)
Q7 preferred locality - oxford city, near his college
Q8 legal status - looked after s20
Q9 UASC - yes
Q10 parent - no
Q11 referrer name - Chloe Jennings
Q12 role - social worker
Q13 team - UASC & Leaving Care, LB Marlbury
Q14 email - chloe.jennings@council.test
Q15 phone - 07700 900277
Q16 SW/PA if different - n/a
Q17 FGC offered - no, no family in UK
Q18 FGC date - n/a
Q19 diversion explored - no family or friends here, mediation n/a
Q20 reason for referral - hotel booking ends 12 noon today and the hotel will not extend. Bilal arrived in july, speaks dari and some english, interpreter used for this referral
Q21 immediate safety concern - hotel staff reported to us yesterday that two adult men have been waiting outside for him and offering him "work" in a car wash, he has been picked up twice. we believe he is at risk of labour exploitation and he cannot be left at the hotel tonight
Q22 risk to self - low
Q23 risk to others - none
Q24 risk from others - high, see Q21
Q25 exploitation - suspected labour exploitation, NRM being considered
Q26 substance misuse - none
Q27 offending - none
Q28 mental health - poor sleep, nightmares, referred to refugee therapeutic service
Q29 support needs - dari speaking staff helpful, ESOL at college, solicitor appts for asylum claim, halal food
Q30 date needed - 04.12.2026
Q31 consent - yes, explained via interpreter

Chloe Jennings
Social Worker, UASC & Leaving Care
''',
values=dict(FULL_NAME='Bilal Ahmadi', DATE_OF_BIRTH='2009-01-01', GENDER='male', LCS_NUMBER='2301954', VARIANT='emergency', DATE_NEEDED='2026-12-04', CONSENT='yes', UASC='yes', PARENT='no', REFERRER_NAME='Chloe Jennings', REFERRER_EMAIL='chloe.jennings@council.test', REFERRER_PHONE='07700 900277', FGC_OFFERED='no'))

# ---------- 05 emergency, docx, boxes - INVALID: date of birth left blank
ref('w6-ref-05', frm='marcus.bell@council.test', subject='Emergency referral - T Hughes', expect='rejected', missing='DATE_OF_BIRTH',
body='''Hi

Emergency referral attached for Tyler. Needs somewhere from today if at all possible.

Thanks
Marcus Bell
Senior Practitioner, Out of Hours Service
''',
doc=('w6-ref-05-hughes', 'docx', 'SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL', LOGO, boxes([
 ('PART A - REFERRAL TYPE', [('!Please state: Emergency / Non-Emergency', 'Emergency')]),
 ('PART B - YOUNG PERSON', [
  ("Young person's full name", 'Tyler Hughes'), ('Date of birth', None), ('Gender', 'Male'), ('LCS number', '2087745'),
  ('!Current address', '17 Fennel Walk, Ashcombe (mother\'s address - asked to leave)'),
  ('Preferred locality', 'Vale of White Horse'), ('Legal status', 'Child in need'),
  ('UASC (Y/N)', 'N'), ('Parent (Y/N)', 'N')]),
 ('PART C - REFERRER', [
  ('Referrer name', 'Marcus Bell'), ('Role', 'Senior Practitioner'), ('Organisation / team', 'Out of Hours Service, LB Marlbury'),
  ('Email', 'marcus.bell@council.test'), ('Phone', '07700 900614'), ('Social worker / PA (if different)', 'Gemma Lyons gemma.lyons@council.test')]),
 ('PART D - DIVERSION', [('FGC offered (Y/N)', 'N'), ('Date offered', None),
  ('!Diversion explored - family and friends, mediation', 'Mum\'s partner has refused to have him back. Older brother lives in a one-bed flat with his girlfriend, can\'t help.')]),
 ('PART E - REASON AND RISKS', [
  ('!Reason for referral', 'Breakdown at home after Tyler was found with a knife in his room on 3/12. Mum\'s partner has told him to leave.'),
  ('!Immediate safety concern', 'Tyler left the house last night and has been walking round the town centre. He was seen by youth workers at 1am with older males known for supplying drugs. Nowhere safe to sleep tonight.'),
  ('Risk to self', 'Medium'), ('Risk to others', 'Medium - knife found in room, says it was for protection'),
  ('Risk from others', 'Older males in town centre, names n/k'), ('Exploitation', 'Concerns of CCE - strategy meeting booked 7/12'),
  ('Substance misuse', 'Cannabis'), ('Offending', 'Police warning for possession of bladed article 2025'),
  ('Mental health', 'ADHD, not on medication')]),
 ('PART F - SUPPORT NEEDS', [('!Support needs', 'High level of support and supervision, evening curfew, link to YOS worker, education - currently NEET')]),
 ('PART G - DATE AND CONSENT', [('Date accommodation needed', '4/12/26'), ('Consent given (Y/N)', 'Y'),
  ('!If no consent, safeguarding basis for sharing', None)]),
]), FOOT),
values=dict(FULL_NAME='Tyler Hughes', VARIANT='emergency', DATE_NEEDED='2026-12-04', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Marcus Bell', REFERRER_EMAIL='marcus.bell@council.test'))

# ---------- 06 emergency, pdf, grid of pairs
ref('w6-ref-06', frm='oluwaseun.adebayo@council.test', subject='Emergency referral - S O\'Neill - hospital discharge today',
body='''Dear colleagues,

Please find attached an emergency referral for Shannon O'Neill who is being discharged from Marlbury General today with no address. PDF attached as our Word version won't open on the ward laptop.

Many thanks,
Oluwaseun Adebayo
Leaving Care PA
''',
doc=('w6-ref-06-oneill', 'pdf', 'Assessment and Referral - Supported Accommodation', LOGO, grid4([
 ('Referral', [[('Referral type', 'Emergency'), ('Date of referral', '04/12/2026')]]),
 ('Young person', [
  [('Full name', "Shannon O'Neill"), ('DOB', '30/11/2005')],
  [('Gender', 'Female'), ('LCS no.', '1654420')],
  [('Current address', 'Ward 7, Marlbury General Hospital (NFA on discharge)')],
  [('Preferred locality', 'West Oxfordshire'), ('Legal status', 'Care leaver')],
  [('UASC', 'N'), ('Parent', 'N')]]),
 ('Referrer', [
  [('Name', 'Oluwaseun Adebayo'), ('Role', 'Personal Adviser')],
  [('Team', 'Leaving Care, LB Marlbury'), ('Tel', '07700 900702')],
  [('Email', 'oluwaseun.adebayo@council.test')],
  [('SW/PA name', None), ('SW/PA email', None)]]),
 ('Diversion', [
  [('FGC offered Y/N', 'N'), ('Date', None)],
  [('Diversion explored', 'Previous foster carer contacted, cannot accommodate. No contact with birth family by Shannon\'s choice.')]]),
 ('Reason and safety', [
  [('Reason for referral', 'Shannon was admitted on 1/12 following an overdose. She lost her tenancy in October (rent arrears) and had been sofa surfing. Medically fit for discharge today.')],
  [('Immediate safety concern', 'Without an address today she will be discharged to the street. She has said she will take another overdose if she ends up back at the address she was sofa surfing at, where she was assaulted.')]]),
 ('Risks', [
  [('To self', 'High - overdose 1/12, ongoing self-harm'), ('To others', 'None')],
  [('From others', 'Male at previous address - police aware'), ('Exploitation', 'Possible sexual exploitation at previous address')],
  [('Substance misuse', 'Alcohol, binge'), ('Offending', 'None')],
  [('Mental health', 'EUPD diagnosis, under CMHT - care coordinator Ray Simms')]]),
 ('Support needs', [[('Support needs', 'Daily contact, medication prompting, link with CMHT, support to clear arrears and bid for social housing')]]),
 ('Date and consent', [
  [('Date accommodation needed', 'asap - today 04/12/2026'), ('Consent Y/N', 'Y')],
  [('Basis for sharing w/o consent', None)]]),
]), FOOT + " Printed from case system."),
values=dict(FULL_NAME="Shannon O'Neill", DATE_OF_BIRTH='2005-11-30', VARIANT='emergency', DATE_NEEDED='2026-12-04', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Oluwaseun Adebayo', REFERRER_EMAIL='oluwaseun.adebayo@council.test', FGC_OFFERED='no', LCS_NUMBER='1654420'))

# ---------- 07 emergency, pdf, check boxes
ref('w6-ref-07', frm='natalie.crossley@council.test', subject='Emergency Supported Accom referral - Reece Campbell',
body='''Hi both

Attached emergency referral for Reece. Window at his flat smashed last night and he's staying at his girlfriend's mum's for the weekend only.

Nat
--
Natalie Crossley | Social Worker | 18+ Team | London Borough of Marlbury
''',
doc=('w6-ref-07-campbell', 'pdf', 'Supported Accommodation Assessment and Referral Form', LOGO, two_col([
 ('1. Type of referral', [('Emergency', '☒'), ('Non-emergency', '☐')]),
 ('2. Young person details', [
  ('Full name', 'Reece Campbell'), ('Date of birth', '17.06.2008'), ('Gender', '☒ Male ☐ Female ☐ Other'),
  ('LCS number', '2115093'), ('Current address', '6 Harrow Yard, Kestrel Road, Wenbury'),
  ('Preferred locality', 'Cherwell'), ('Legal status', '☐ Looked after ☒ Care leaver ☐ Child in need ☐ Not known to social care'),
  ('UASC', yn(False)), ('Parent', yn(False))]),
 ('3. Referrer', [('Referrer name', 'Natalie Crossley'), ('Role', 'Social Worker'), ('Organisation/team', '18+ Team'),
  ('Email', 'natalie.crossley@council.test'), ('Phone', '07700 900835'), ('SW/PA name and email (if not the referrer)', None)]),
 ('4. Family Group Conference and diversion', [('FGC offered', yn(False, '(emergency)')), ('Date FGC offered', None),
  ('Diversion explored (family and friends, mediation)', 'Girlfriend\'s mum can have him Fri-Sun only. Dad in prison.')]),
 ('5. Reason for referral and safety', [
  ('Reason for referral', 'Reece was stabbed in the leg in September in a dispute between two groups in Wenbury. He has since been targeted at his flat.'),
  ('Immediate safety concern', 'Last night (3/12) around 11 his front window was put through and a message left saying they know where he lives. He cannot return to the flat. He is staying somewhere temporary for three nights only.'),
  ('Risk to self', 'Low'), ('Risk to others', 'Medium - has carried a weapon in the past'), ('Risk from others', 'High - group in Wenbury'),
  ('Exploitation', 'Historic CCE'), ('Substance misuse', 'Cannabis'), ('Offending', 'ABH 2024, no current matters'),
  ('Mental health', 'Flashbacks since stabbing, GP aware')]),
 ('6. Support needs', [('Support needs', 'Placement outside Wenbury, help with transferring his tenancy, victim support, maintain apprenticeship at Ashcombe Motors')]),
 ('7. Date needed and consent', [('Date accommodation needed', '8/12'), ('Consent to referral and information sharing', yn(True)),
  ('Safeguarding basis if no consent', None)]),
]), FOOT),
values=dict(FULL_NAME='Reece Campbell', DATE_OF_BIRTH='2008-06-17', VARIANT='emergency', DATE_NEEDED='2026-12-08', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Natalie Crossley', REFERRER_EMAIL='natalie.crossley@council.test', FGC_OFFERED='no'))

# ---------- 08 non-emergency, docx, two-column
ref('w6-ref-08', frm='helen.marsh@council.test', subject='Non-emergency referral - Ellie Price (17)',
body='''Good morning

Please find attached a planned referral for Ellie Price. FGC was offered and held - outcome notes in the form. Happy to discuss.

Helen Marsh
Social Worker, Family Support Team 2
LB Marlbury  |  020 7946 0145
''',
doc=('w6-ref-08-price', 'docx', 'Supported Accommodation Assessment and Referral Form', LOGO, two_col([
 ('Referral type', [('Non-emergency (planned) or Emergency', 'Non-emergency (planned)')]),
 ('Young person', [
  ("Young person's full name", 'Ellie Price'), ('Date of birth', '09/04/2009'), ('Gender', 'Female'), ('LCS number', '2190468'),
  ('Current address', '88 Orchard Rise, Ashcombe'), ('Preferred locality', 'Cherwell'), ('Legal status', 'Child in need'),
  ('UASC', 'No'), ('Parent', 'No')]),
 ('Referrer', [('Referrer name', 'Helen Marsh'), ('Role', 'Social Worker'), ('Organisation/team', 'Family Support Team 2, LB Marlbury'),
  ('Email', 'helen.marsh@council.test'), ('Phone', '020 7946 0145'),
  ('Social worker / PA name (if not referrer)', None), ('Social worker / PA email', None)]),
 ('Family Group Conference and diversion', [
  ('Family Group Conference offered (Y/N)', 'Y'), ('Date FGC offered', '12/11/2026'),
  ('Diversion explored', 'FGC held 26/11/2026 with mum, grandad and aunt. Family agreed Ellie can stay with grandad for a few weeks but he is 81 and it is not sustainable. Mediation with mum via Marlbury Mediation - 2 sessions, relationship improving but not ready for her to return.')]),
 ('Reason for referral', [('Reason for referral', 'Ongoing conflict with mum and mum\'s partner since summer. Ellie is currently at grandad\'s on a short term basis. Plan agreed at FGC is a move to 16/17 supported accommodation with continued mediation.'),
  ('Immediate safety concern (emergency only)', 'n/a - planned')]),
 ('Risks', [('Risk to self', 'Low'), ('Risk to others', 'Low'), ('Risk from others', 'None known'), ('Exploitation', 'None known'),
  ('Substance misuse', 'Vapes, occasional alcohol'), ('Offending', 'None'), ('Mental health', 'Anxiety - school counsellor')]),
 ('Support needs', [('Support needs', 'Independent living skills (cooking, budgeting), support to stay in sixth form (A levels at Ashcombe High), continued contact with mum')]),
 ('Date needed and consent', [('Date accommodation needed', '21/12/2026'), ('Consent to referral and info sharing (Y/N)', 'Y'),
  ('Safeguarding basis for sharing without consent', None)]),
]), FOOT),
values=dict(FULL_NAME='Ellie Price', DATE_OF_BIRTH='2009-04-09', VARIANT='non-emergency', DATE_NEEDED='2026-12-21', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Helen Marsh', REFERRER_EMAIL='helen.marsh@council.test', FGC_OFFERED='yes', FGC_DATE='2026-11-12', LCS_NUMBER='2190468'))

# ---------- 09 non-emergency, body, label on one line, answer under
ref('w6-ref-09', frm='joseph.lindqvist@council.test', subject='Referral for supported accommodation (non emergency) - M Sesay',
body='''Hi Brokerage team,

Form typed below as our template wont attach from home.

Type of referral
Non-emergency

Young person's full name
Mohammed Sesay

Date of birth
25/10/2008

Gender
Male

LCS number
2044718

Current address
c/o Mrs P Kamara (foster carer), 3 Linnet Close, Brindle Green

Preferred locality
Oxford City

Legal status
Looked after - s20, staying put not agreed

UASC
N

Parent
N

Referrer name
Joseph Lindqvist

Role
Leaving Care Personal Adviser

Organisation / team
Leaving Care Team

Email
joseph.lindqvist@council.test

Phone
07700 900946

Social worker name and email (if not you)
Anna Pryce, anna.pryce@council.test

Family Group Conference offered?
yes - offered 19/11/26, Mohammed declined, he wants to move on in a planned way

Diversion explored
Foster carer cannot offer staying put (new placement coming in Jan). Uncle in Luton offered a room but Mohammed would lose his college place.

Reason for referral
Planned move from foster care following 18th birthday. Needs supported accommodation to build independence before a social housing tenancy.

Risks (to self / others / from others / exploitation / substance misuse / offending / mental health)
to self - none
to others - none
from others - none known
exploitation - none known
substance misuse - none
offending - none
mental health - none, good emotional wellbeing

Support needs
Cooking and budgeting, opening a bank account, help with UC claim. Studying BTEC business at Oxford Road College.

Date accommodation needed
14/12/2026

Consent to referral and information sharing
Y

Thanks
Joe
''',
values=dict(FULL_NAME='Mohammed Sesay', DATE_OF_BIRTH='2008-10-25', VARIANT='non-emergency', DATE_NEEDED='2026-12-14', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Joseph Lindqvist', REFERRER_EMAIL='joseph.lindqvist@council.test', FGC_OFFERED='yes', FGC_DATE='2026-11-19', SOCIAL_WORKER_NAME='Anna Pryce', SOCIAL_WORKER_EMAIL='anna.pryce@council.test'))

# ---------- 10 non-emergency, docx, question/answer/notes, parent
ref('w6-ref-10', frm='sinead.gallagher@council.test', subject='Planned referral - parent & child - Grace Whitfield',
body='''Hello,

Attached is a planned referral for Grace and her son. We are looking at mid January to fit with the end of her current licence.

Best wishes
Sinead Gallagher
Personal Adviser, Leaving Care
''',
doc=('w6-ref-10-whitfield', 'docx', 'Supported Accommodation Assessment and Referral', LOGO, three_col([
 ('Referral', [('Is this an emergency or non-emergency referral?', 'Non-emergency', 'emergency referrals - ring Brokerage first')]),
 ('About the young person', [
  ('Young person\'s full name', 'Grace Whitfield', ''), ('Date of birth', '2 Feb 2006', ''), ('Gender', 'Female', ''),
  ('LCS number', '1588032', ''), ('Current address', 'Room 4, Millbrook House, 12 Tanner Street, Brindle Green', 'mother & baby unit'),
  ('Preferred locality', 'Vale of White Horse', 'nursery place for son in Faringbury'), ('Legal status', 'Care leaver', ''),
  ('UASC', 'N', ''), ('Is the young person a parent?', 'Y', 'son Archie, 14 months')]),
 ('Referrer', [('Referrer name', 'Sinead Gallagher', ''), ('Role', 'Personal Adviser', ''), ('Team', 'Leaving Care', ''),
  ('Email', 'sinead.gallagher@council.test', ''), ('Phone', '07700 900163', 'Mon-Thu'),
  ('SW / PA if not referrer', None, ''), ('SW / PA email', None, '')]),
 ('Diversion', [('Family Group Conference offered', 'Yes', ''), ('When was it offered', '5.11.26', 'Grace declined - no family network'),
  ('Other diversion (family/friends, mediation)', 'None available. Grace\'s nan passed away in the summer.', '')]),
 ('Reason and risks', [
  ('Reason for referral', 'Grace\'s 12 month licence at the mother and baby unit ends on 15/01/2027. She is doing well and needs a parents placement as the step before her own tenancy.', ''),
  ('Immediate safety concern', 'None - planned', ''),
  ('Risk to self', 'None current', ''), ('Risk to others', 'None', ''), ('Risk from others', 'Archie\'s father - non-molestation order in place until 2027', ''),
  ('Exploitation', 'None', ''), ('Substance misuse', 'None', ''), ('Offending', 'None', ''), ('Mental health', 'Post natal depression 2025, now discharged', '')]),
 ('Support', [('Support needs', 'Parenting support, budgeting, help finding nursery so she can start her level 2 childcare course', '')]),
 ('Date and consent', [('Date accommodation needed', '11/01/2027', ''), ('Consent to referral and information sharing', 'Yes', 'signed copy on file'),
  ('Basis for sharing without consent', None, 'only if consent is No')]),
]), FOOT),
values=dict(FULL_NAME='Grace Whitfield', DATE_OF_BIRTH='2006-02-02', VARIANT='non-emergency', DATE_NEEDED='2027-01-11', CONSENT='yes', UASC='no', PARENT='yes', REFERRER_NAME='Sinead Gallagher', REFERRER_EMAIL='sinead.gallagher@council.test', FGC_OFFERED='yes', FGC_DATE='2026-11-05'))

# ---------- 11 non-emergency, pdf, boxes
ref('w6-ref-11', frm='rhys.pritchard@council.test', subject='Referral - Liam Dobson - non emergency',
body='''Hi,

Please see attached referral (pdf). FGC offered and mediation tried - details in the form.

Regards
Rhys Pritchard
Social Worker | Adolescent Team
''',
doc=('w6-ref-11-dobson', 'pdf', 'Supported Accommodation Assessment and Referral Form', LOGO, boxes([
 ('A. REFERRAL', [('Emergency / Non-emergency', 'Non-emergency'), ('Date of referral', '04/12/2026')]),
 ('B. YOUNG PERSON', [("Young person's full name", 'Liam Dobson'), ('Date of birth', '13/08/2009'), ('Gender', 'Male'), ('LCS number', '2267190'),
  ('!Current address', '45 Beacon Terrace, Wenbury'), ('Preferred locality', 'South Oxfordshire'), ('Legal status', 'Child in need'),
  ('UASC (Y/N)', 'N'), ('Parent (Y/N)', 'N')]),
 ('C. REFERRER', [('Referrer name', 'Rhys Pritchard'), ('Role', 'Social Worker'), ('Organisation / team', 'Adolescent Team, LB Marlbury'),
  ('Email', 'rhys.pritchard@council.test'), ('Phone', '020 7946 0877'), ('Social worker / PA (if not referrer)', None)]),
 ('D. DIVERSION', [('FGC offered (Y/N)', 'Y'), ('Date offered', '24/11/2026'),
  ('!Diversion explored - family and friends, mediation', 'FGC booked for 10/12. Two mediation sessions with dad (30/11 and 2/12) - dad firm that Liam has to be out by Monday 7th as his new partner and her children are moving in that weekend.')]),
 ('E. REASON FOR REFERRAL', [('!Reason for referral', 'Liam\'s dad has given notice that he must leave the family home. Mum lives abroad. Liam is in year 12 at Wenbury School.'),
  ('!Immediate safety concern (emergency referrals)', None)]),
 ('F. RISKS', [('Risk to self', 'low'), ('Risk to others', 'low'), ('Risk from others', 'none known'), ('Exploitation', 'none known'),
  ('Substance misuse', 'none'), ('Offending', 'none'), ('!Mental health', 'autism diagnosis (2019), finds change hard - needs a planned visit before moving')]),
 ('G. SUPPORT NEEDS', [('!Support needs', 'Quiet placement, help with routines and meals, visual timetable, staying at Wenbury School')]),
 ('H. DATE AND CONSENT', [('Date accommodation needed', '07/12/2026'), ('Consent (Y/N)', 'Y'), ('!Safeguarding basis for sharing without consent', None)]),
]), FOOT),
values=dict(FULL_NAME='Liam Dobson', DATE_OF_BIRTH='2009-08-13', VARIANT='non-emergency', DATE_NEEDED='2026-12-07', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Rhys Pritchard', REFERRER_EMAIL='rhys.pritchard@council.test', FGC_OFFERED='yes', FGC_DATE='2026-11-24'))

# ---------- 12 non-emergency, body, label - value, INVALID: date needed left blank
ref('w6-ref-12', frm='kelly.ashworth@council.test', subject='referral - ruby stanton - non emergency', expect='rejected', missing='DATE_NEEDED',
body='''hi please see below, thanks kelly

referral type - non emergency
name - ruby stanton
dob - 06/06/2008
gender - f
lcs - 2129934
address - 14 wharf cottages, canal street, ashcombe
locality wanted - west oxfordshire
legal status - care leaver
uasc - n
parent - n
referrer - kelly ashworth
role - PA
team - leaving care
email - kelly.ashworth@council.test
phone - 07700 900390
sw/pa - me
fgc offered - yes 20/11
diversion - ruby has tried staying with her sister but sister's landlord has said no. mediation with mum not wanted by either
reason - staying put with former foster carer ending as carer retiring and selling the house. ruby needs supported accom to get ready for her own place
immediate safety concern - none
risk to self - none
risk to others - none
risk from others - none
exploitation - none
substance - none
offending - none
mental health - low mood sometimes, gp aware
support needs - budgeting, cooking, applying to the housing register, she works part time at tesco
date needed -
consent - yes
''',
values=dict(FULL_NAME='ruby stanton', DATE_OF_BIRTH='2008-06-06', VARIANT='non-emergency', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='kelly ashworth', REFERRER_EMAIL='kelly.ashworth@council.test', FGC_OFFERED='yes', FGC_DATE='2026-11-20'))

# ---------- 13 non-emergency, docx, grid of pairs with check boxes
ref('w6-ref-13', frm='adam.kowalczyk@council.test', subject='Supported accommodation referral (planned) - Kacper Nowak',
body='''Hi

Referral attached for Kacper, planned move for before Christmas if a room comes up.

Thanks
Adam Kowalczyk
Youth Justice Officer (seconded to Leaving Care)
''',
doc=('w6-ref-13-nowak', 'docx', 'Supported Accommodation: Assessment and Referral', LOGO, grid4([
 ('REFERRAL TYPE', [[('Emergency', '☐'), ('Non-emergency', '☒')]]),
 ('YOUNG PERSON', [
  [('Full name', 'Kacper Nowak'), ('Date of birth', '28/02/2007')],
  [('Gender', 'Male'), ('LCS number', '1811256')],
  [('Current address', 'Flat 11, Cooper House, Mill Lane, Ashcombe (hostel - temporary)')],
  [('Preferred locality', 'Cherwell'), ('Legal status', 'Care leaver')],
  [('UASC', '☐ Y ☒ N'), ('Parent', '☐ Y ☒ N')]]),
 ('REFERRER', [
  [('Referrer name', 'Adam Kowalczyk'), ('Role', 'Youth Justice Officer')],
  [('Organisation / team', 'Youth Justice Service / Leaving Care'), ('Phone', '07700 900571')],
  [('Email', 'adam.kowalczyk@council.test')],
  [('Social worker / PA name', 'Jess Ormerod'), ('Social worker / PA email', 'jess.ormerod@council.test')]]),
 ('FGC AND DIVERSION', [
  [('FGC offered', '☒ Y ☐ N'), ('Date offered', '02/12/2026')],
  [('Diversion explored', 'Kacper\'s mum has been approached but lives in a 1-bed flat. Family friend (Mr Zielinski) could not commit.')]]),
 ('REASON FOR REFERRAL', [[('Reason', 'Kacper is in a hostel which is not meeting his needs - other residents are using drugs and he is trying to stay clean as part of his order. Planned move to 18+ supported accommodation.')],
  [('Immediate safety concern', None)]]),
 ('RISKS', [
  [('Risk to self', 'Low'), ('Risk to others', 'Medium - offence of robbery 2024')],
  [('Risk from others', 'None known'), ('Exploitation', 'Historic, none current')],
  [('Substance misuse', 'Cocaine - abstinent since August, with Aspire drug service'), ('Offending', 'Community order ends 06/2027')],
  [('Mental health', 'No concerns')]]),
 ('SUPPORT NEEDS', [[('Support needs', 'Keep away from drug using peers, support to attend YJS appointments, job search (CSCS card)')]]),
 ('DATE NEEDED AND CONSENT', [[('Date accommodation needed', '18.12.2026'), ('Consent to referral & information sharing', '☒ Y ☐ N')],
  [('If N, safeguarding basis', None)]]),
]), FOOT),
values=dict(FULL_NAME='Kacper Nowak', DATE_OF_BIRTH='2007-02-28', VARIANT='non-emergency', DATE_NEEDED='2026-12-18', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Adam Kowalczyk', REFERRER_EMAIL='adam.kowalczyk@council.test', FGC_OFFERED='yes', FGC_DATE='2026-12-02', SOCIAL_WORKER_NAME='Jess Ormerod', SOCIAL_WORKER_EMAIL='jess.ormerod@council.test'))

# ---------- 14 non-emergency, body, reply above a pasted (tabbed) table, quoted thread
ref('w6-ref-14', frm='femi.oyelaran@council.test', subject='RE: RE: Jade A - referral form',
body='''Hi Lorna, pasted the form in below as the attachment keeps bouncing. Thurs 10th would be ideal as that's her last night at the B&B

Femi

Question\tAnswer\tNotes
Emergency or non-emergency\tNon-emergency\t
Young person's full name\tJade Akinola\t
Date of birth\t15/12/2008\tturns 18 on the 15th
Gender\tFemale\t
LCS number\t2072281\t
Current address\tRoom 3, Belvedere B&B, 61 Station Approach, Marlbury\temergency B&B placement
Preferred locality\tOxford City\t
Legal status\tLooked after (s20)\t
UASC\tN\t
Parent\tN\t
Referrer name\tFemi Oyelaran\t
Role\tSocial Worker\t
Organisation / team\tChildren in Care Team 1\t
Email\tfemi.oyelaran@council.test\t
Phone\t020 7946 0592\t
SW / PA name and email if not referrer\tClick or tap here to enter text.\t
FGC offered (Y/N)\tY\t
Date FGC offered\t26/11/2026\tfamily declined to attend
Diversion explored\tAunt spoken to, cannot accommodate. Mediation with mum declined by mum\t
Reason for referral\tJade has been in B&B since her residential placement ended. B&B not suitable, needs supported accommodation\t
Immediate safety concern\tn/a\t
Risk to self\tLow\t
Risk to others\tNone\t
Risk from others\tNone known\t
Exploitation\tNone known\t
Substance misuse\tNone\t
Offending\tNone\t
Mental health\tCAMHS discharged 2025\t
Support needs\tIndependent living skills, help moving onto UC at 18, college (hair and beauty)\t
Date accommodation needed\tthurs 10th dec\t
Consent to referral and information sharing\tY\t
If no consent - safeguarding basis\tClick or tap here to enter text.\t

> From: Lorna Pike <lorna.pike@council.test>
> Sent: 03 December 2026 16:52
> To: Femi Oyelaran
> Subject: RE: Jade A - referral form
>
> Hi Femi, nothing came through, only the email. Can you resend or paste it in?
> Thanks, Lorna (Brokerage)
>
> > From: Femi Oyelaran
> > Sent: 03 December 2026 15:10
> > Please find attached referral for Jade.
''',
values=dict(FULL_NAME='Jade Akinola', DATE_OF_BIRTH='2008-12-15', VARIANT='non-emergency', DATE_NEEDED='2026-12-10', CONSENT='yes', UASC='no', PARENT='no', REFERRER_NAME='Femi Oyelaran', REFERRER_EMAIL='femi.oyelaran@council.test', FGC_OFFERED='yes', FGC_DATE='2026-11-26', LCS_NUMBER='2072281'))
