from lib import *

# ---------- Leaving care PA on a phone: typed bodies ----------
add("w2-ref-01", "referral", "dean.haworth@council.test",
    "EMERGENCY referral - Tayla Brennan",
"""hi brokerage

emergency ref for one of mine, sorry typing this on my phone in the car so excuse typos. shes got nowhere tonite

name: Tayla Brennan
dob: 11/03/08
gender: female
lcs no: 4471902
current address: was at friends mums 12 Marsh Lane, Ambrook but been told to leave last night, no fixed abode now
area she wants: cherwell (banbury side ideally, her college is there)
legal status: care leaver (former relevant)
uasc: no
parent: no
referrer: Dean Haworth
role: leaving care PA
team: leaving care north
email: dean.haworth@council.test
phone: 07700 900412
sw/pa: me (im her PA)
fgc offered: no - emergency, no family able to have her, aunt said no on weds
diversion explored: rang aunt + 2 friends, nobody can take her. mediation w/ friends mum tried thurs eve didnt work
reason for referral: friendship placement broke down after row, she has been sleeping at friends since aug but mum wont have her back. needs somewhere today
immediate safety concern: slept in stairwell of flats on Kestrel Rd last night. older male (20s) from the park has been msging offering her a room at his, she is thinking about going. she is at real risk tonite if we dont find her a bed
risk to self: low mood, some self harm historically (cutting) none known since spring
risk to others: none known
risk from others: as above the older male, poss CSE concerns, police aware (ref given to me 43260011872)
exploitation: yes concerns as above, NRM not done
substance misuse: cannabis most days
offending: none
mental health: anxiety, on waiting list for camhs transition/adult MH
support needs: help w budgeting, getting to college, keep her away from the guy above, needs a female worker if poss
date needed: today 04/12/26
consent: yes she has agreed to the referral and to info being shared
referral type: EMERGENCY

cheers, will keep phone on
Dean
Sent from my iPhone""",
    dict(FULL_NAME="Tayla Brennan", DATE_OF_BIRTH="2008-03-11", VARIANT="emergency", DATE_NEEDED="2026-12-04",
         CONSENT="yes", REFERRER_EMAIL="dean.haworth@council.test", PARENT="no", UASC="no", FGC_OFFERED="no",
         REFERRER_NAME="Dean Haworth", LCS_NUMBER="4471902", GENDER="female"), voice="pa-phone")

add("w2-ref-02", "referral", "priya.okafor@council.test",
    "non emergency ref - Jordan Fell",
"""Hiya, please see non emergency referral below for Jordan. Let me know if u need anything else x

Young person full name - Jordan Fell
D.O.B - 2nd July 2005
Gender - male
LCS - 3390218
Current address - Flat 3, 41 Orchard Row, Wexcombe (staying put placement w former foster carer, ending)
Preferred locality - West Oxon or Vale, he isnt fussed
Legal status - care leaver
UASC - N
Parent - N
Referrer name - Priya Okafor
Role - PA
Org/team - Leaving Care South & Vale
Email - priya.okafor@council.test
Phone - 01865 900 733 / mob 07700 900 198
SW/PA - same as above
FGC offered - Y
Date FGC offered - 16/10/26 (he declined it, says theres no family to invite, noted on LCS)
Diversion explored - former carer cant extend staying put past xmas as shes moving. looked at family + friends, none. mediation n/a
Reason for referral - staying put ending, needs 18+ supported move on before he's ready for own tenancy. wants to stay near work (part time at garden centre)
Immediate safety concern - none, planned move
Risk to self - low
Risk to others - low, one caution 2023 for criminal damage
Risk from others - none known
Exploitation - none known
Substance misuse - occasional alcohol
Offending - caution 2023 only
Mental health - ADHD dx, no meds atm
Support needs - budgeting, cooking, forms (he struggles w reading letters), keeping his job
Date accom needed - 21/12/2026
Consent - yes signed 01/12
Type - non emergency

thanks
Priya""",
    dict(FULL_NAME="Jordan Fell", DATE_OF_BIRTH="2005-07-02", VARIANT="non-emergency", DATE_NEEDED="2026-12-21",
         CONSENT="yes", REFERRER_EMAIL="priya.okafor@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes",
         FGC_DATE="2026-10-16", REFERRER_NAME="Priya Okafor", LCS_NUMBER="3390218"), voice="pa-phone")

add("w2-ref-03", "referral", "dean.haworth@council.test",
    "Fw: urgent - emergency accom needed Amira Sayed + baby",
"""sorry meant to send this first thing. emergency ref for Amira, shes got her 5 month old with her

young persons full name
Amira Sayed

date of birth
27/09/2006

gender
female

lcs number
5102846

current address
Room 2, Lindenfield B&B, Station Rd, Ambrook (council put her there tues, not suitable for a baby)

preferred locality
oxford city

legal status
care leaver

uasc
yes - arrived 2022, now has leave to remain

parent
yes (son Idris, 5 months)

referrer name
Dean Haworth

referrer role
leaving care PA

organisation/team
leaving care north

referrer email
dean.haworth@council.test

referrer phone
07700 900412

social worker / pa name + email
Idris has a SW - Hannah Pryce hannah.pryce@council.test

family group conference offered
no - no family in uk

diversion explored
no family / friends. community contacts approached via her mosque, none able to house her + baby

reason for referral
b&b owner has told her to leave by 12 today after another resident was aggressive to her. theres no cot, shared kitchen/bathroom w adult men

immediate safety concern
male resident (adult) banged on her door at 2am shouting, she barricaded door w the chest of drawers. she and the baby cant stay another night there. police called, log 0214 of 03/12

risk to self
low

risk to others
none

risk from others
see above, also ex partner (baby's father) not to know where she is - non mol order in place

exploitation
none known currently, historic trafficking concerns (NRM positive grounds 2023)

substance misuse
none

offending
none

mental health
ptsd, sees trauma therapist fortnightly at refugee health team

support needs
parents provision pls, help w baby routines, benefits (UC + child benefit being sorted), interpreter for appointments sometimes (arabic) tho her english is good

date needed
04/12/2026 - today

consent
yes

type
emergency

Dean""",
    dict(FULL_NAME="Amira Sayed", DATE_OF_BIRTH="2006-09-27", VARIANT="emergency", DATE_NEEDED="2026-12-04",
         CONSENT="yes", REFERRER_EMAIL="dean.haworth@council.test", PARENT="yes", UASC="yes", FGC_OFFERED="no",
         SOCIAL_WORKER_NAME="Hannah Pryce", SOCIAL_WORKER_EMAIL="hannah.pryce@council.test",
         REFERRER_NAME="Dean Haworth", LCS_NUMBER="5102846"), voice="pa-phone")

add("w2-ref-04", "referral", "lewis.tranter@council.test",
    "Re: referral form - Mason Keel (non emerg)",
"""Hi Sue, sorry for delay - filled it in below as I cant open the form on my phone.
Lewis

-----Original Message-----
From: Brokerage
Sent: 02 December 2026 15:12
Subject: referral form

Hi Lewis, please can you complete the referral form for Mason and send back.

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM
Referral type (Emergency / Non-emergency): non emergency
Young person's full name: Mason Keel
Date of birth: 14.01.08
Gender: M
LCS number: 4820017
Current address: 7 Heron Close, Kingsbridge (mums)
Preferred locality: Oxford City
Legal status: not known to social care (CIN closed 2024)
UASC (Y/N): n
Parent (Y/N): n
Referrer name: Lewis Tranter
Referrer role: personal adviser (18+ transitions)
Organisation / team: Young Peoples Transitions Team
Referrer email: lewis.tranter@council.test
Referrer phone: 07700 900 566
Social worker / PA name and email (if not referrer): n/a
Family Group Conference offered (Y/N): yes
Date FGC offered: 3rd Nov 2026, held 20/11 - plan was for mason to move out in a planned way, mum agrees
Diversion explored (family and friends, mediation): nan offered but only til new year, 2 mediation sessions with mum (Oct + Nov), relationship better but overcrowded (5 in 2 bed)
Reason for referral: overcrowding, tension with mums partner. Mason wants to be nearer his apprenticeship in oxford
Immediate safety concern: none
Risk to self: none known
Risk to others: verbal aggression when wound up, nothing physical
Risk from others: none
Exploitation: none
Substance misuse: nitrous oxide in the summer, says stopped
Offending: none
Mental health: none diagnosed
Support needs: independence skills, managing money (first wage), getting up for work lol
Date accommodation needed: 11/01/2027
Consent to referral and information sharing (Y/N): Y""",
    dict(FULL_NAME="Mason Keel", DATE_OF_BIRTH="2008-01-14", VARIANT="non-emergency", DATE_NEEDED="2027-01-11",
         CONSENT="yes", REFERRER_EMAIL="lewis.tranter@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes",
         FGC_DATE="2026-11-03", REFERRER_NAME="Lewis Tranter", LCS_NUMBER="4820017"), voice="pa-phone")

# invalid: DATE_NEEDED left out entirely
add("w2-ref-05", "referral", "priya.okafor@council.test",
    "EMERGENCY - Callum Rees needs a bed",
"""emergency!! callum rees

dob 30/04/2004 (22)
male
lcs 2975510
address - was 22b Tanners Yard, Wexcombe (private rented room) - landlord changed locks yesterday
locality pref - vale of white horse, not oxford (people there he needs to avoid)
legal status - care leaver
uasc - no
parent - no
me - Priya Okafor, PA, leaving care south & vale
priya.okafor@council.test 07700 900198
fgc - no, estranged from family since 14
diversion - tried his ex foster carer + a mate in didcot, both no
reason - illegal eviction, locks changed, all his stuff still inside. housing options contacted but nothing til monday
immediate safety concern - he owes money to some lads from the city (drug debt ~£400), theyve been round the room twice this wk and he thinks they know hes out on the street now. hes terrified, spent last night in a&e waiting room to be safe
risk to self - previous od 2024, says no thoughts now
risk to others - none
risk from others - as above, serious. police aware
exploitation - county lines concerns 2021-22, was NRM referred
substance misuse - cocaine at weekends, cannabis daily
offending - possession x2, last 2025
mh - depression, on sertraline
support needs - needs to be away from the city, benefits sorting, drug service link (he is open to turning point)
consent - yes
type: EMERGENCY

thx, Priya (on mob all day)""",
    dict(FULL_NAME="Callum Rees", DATE_OF_BIRTH="2004-04-30", VARIANT="emergency", CONSENT="yes",
         REFERRER_EMAIL="priya.okafor@council.test", PARENT="no", UASC="no", FGC_OFFERED="no"),
    expect="rejected", missing="DATE_NEEDED", voice="pa-phone")
