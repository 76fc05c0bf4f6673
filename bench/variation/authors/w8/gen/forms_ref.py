# Referrals (14) and MASH referrals (5)
from common import *

REF_SECT = [
 ("Manylion y person ifanc / Young person's details", ["VARIANT", "FULL_NAME", "DATE_OF_BIRTH", "GENDER", "LCS_NUMBER", "ADDRESS", "LOCALITY", "LEGAL_STATUS", "UASC", "PARENT"]),
 ("Manylion yr atgyfeiriwr / Referrer details", ["REFERRER_NAME", "REFERRER_ROLE", "REFERRER_TEAM", "REFERRER_EMAIL", "REFERRER_PHONE", "SOCIAL_WORKER_NAME", "SOCIAL_WORKER_EMAIL"]),
 ("Dargyfeirio / Diversion and Family Group Conference", ["FGC_OFFERED", "FGC_DATE", "DIVERSION"]),
 ("Yr atgyfeiriad / The referral", ["REASON", "RISKS", "SUPPORT_NEEDS", "SAFETY_CONCERN", "DATE_NEEDED", "CONSENT"]),
]
REF_SECT_EN = [("Young person", REF_SECT[0][1]), ("Referrer", REF_SECT[1][1]), ("Diversion / FGC", REF_SECT[2][1]), ("Referral details", REF_SECT[3][1])]

REFS = []

def ref(id, layout, style, ls, d, sender, sig_role, sig_team, phone, subject, cover=None, **kw):
    f = dict(id=id, form="referral", layout=layout, style=style, ls=ls, subject=subject, sender=sender,
             sections=sections(REF_SECT if ls == "cy" else REF_SECT_EN, d),
             sig=council_sig(d["REFERRER_NAME"][0].title() if d["REFERRER_NAME"][0].isupper() else d["REFERRER_NAME"][0], sig_role, sig_team, phone),
             title="Ffurflen Asesu ac Atgyfeirio Llety â Chymorth / Supported Accommodation Assessment and Referral Form" if ls == "cy" else "Supported Accommodation Assessment and Referral Form",
             logo=COUNCIL_LOGO, footer=COUNCIL_FOOT, cover=cover, values=vals(d))
    f.update(kw)
    REFS.append(f)

# ---- ref-01 emergency, body colon, bilingual labels ----
ref("w8-ref-01", "body", "colon", "cy", dict(
 VARIANT=("BRYS / EMERGENCY", "emergency"), FULL_NAME=("Tyler James Pugh", None), DATE_OF_BIRTH=("14.03.09", "2009-03-14"),
 GENDER=("Gwryw / Male", None), LCS_NUMBER=("1187342", None), ADDRESS=("12 Heol Glyndwr, Trefelin, CF99 2BT (mother's address)", None),
 LOCALITY=("Cherwell - or anywhere with a 16/17 bed tonight", None), LEGAL_STATUS=("Child in need", None), UASC=("Na / No", "no"), PARENT=("Na / No", "no"),
 REFERRER_NAME=("Rhian Pritchard", None), REFERRER_ROLE=("Social Worker", None), REFERRER_TEAM=("Tîm Asesu Cwm Glas / Cwm Glas Assessment Team", None),
 REFERRER_EMAIL=("rhian.pritchard@council.test", None), REFERRER_PHONE=("01443 555210 / 07700 900412", None),
 SOCIAL_WORKER_NAME=("N/A - I am the allocated SW", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Na / No - emergency, no time", "no"), FGC_DATE=("", None),
 DIVERSION=("Aunt in Pantglas contacted 03.12.26 - cannot take him (overcrowded). Nain (grandmother) is unwell. Mediation with mum not safe at present.", None),
 REASON=("Tyler was assaulted by mum's partner last night and has been told not to come back. Police attended. He slept on a friend's sofa and cannot stay there again tonight.", None),
 RISKS=("From others - mum's partner (assault 03.12.26). To self - low mood, has spoken about 'not seeing the point' but no plan. Substance misuse - cannabis daily. No offending. Possible exploitation concerns - older males in Trefelin precinct, being assessed.", None),
 SUPPORT_NEEDS=("Emotional support, help back into college (Coleg y Cymoedd - construction), budgeting, registering with a GP near placement.", None),
 SAFETY_CONCERN=("YP has nowhere safe to sleep tonight. Returning home would put him at risk of further assault from mum's partner (police log 0412 of 03.12.26). Friend's family have said he must leave today.", None),
 DATE_NEEDED=("Dydd Gwener 4ydd Rhagfyr 2026 / Friday 4th December 2026 - TODAY", "2026-12-04"),
 CONSENT=("Ie / Yes - explained to YP", "yes")),
 "rhian.pritchard@council.test", "Gweithiwr Cymdeithasol / Social Worker", "Tîm Asesu / Assessment Team", "01443 555210",
 "BRYS / URGENT - Emergency referral - T.P. - bed needed today",
 intro_text="Bore da Brokerage,\n\nPlease see emergency referral below, typed into the email as I can't open the template on my laptop this morning. I'm in the office until 5pm and on my mobile after.\n\n")

# ---- ref-02 emergency, docx twocol, bilingual stacked, tick boxes ----
ref("w8-ref-02", "docx", "twocol", "cy", dict(
 VARIANT=("Emergency", "emergency"), FULL_NAME=("Kayleigh Marie Bowen", None), DATE_OF_BIRTH=("22/07/2008", "2008-07-22"),
 GENDER=("Benyw / Female", None), LCS_NUMBER=("", None), ADDRESS=("Flat 3, 41 Stryd Fawr, Blaenrhyd, CF98 6HL", None),
 LOCALITY=("Oxford City", None), LEGAL_STATUS=("Care leaver (former relevant)", None), UASC=("No", "no"), PARENT=("No", "no"),
 REFERRER_NAME=("Gareth Bevan", None), REFERRER_ROLE=("Personal Adviser", None), REFERRER_TEAM=("Leaving Care / 16+ Team, Cwm Glas CBC", None),
 REFERRER_EMAIL=("gareth.bevan@council.test", None), REFERRER_PHONE=("01685 555 318", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("No", "no"), FGC_DATE=("", None),
 DIVERSION=("No family able to offer a bed - Kayleigh has no contact with birth family. Former foster carers spoken to 03/12/2026, unable to have her back.", None),
 REASON=("Kayleigh's flat was entered by an ex-partner on 2nd December who damaged the door and threatened her. She does not feel safe returning and the landlord cannot repair the door until next week.", None),
 RISKS=("From others - ex-partner (domestic abuse, MARAC referral made). Mental health - anxiety, under CAMHS transition to adult services. Self-harm historic (2023). No offending.", None),
 SUPPORT_NEEDS=("Safety planning, support with DA services (Cymorth i Ferched Cwm Glas), tenancy sustainment, mental health.", None),
 SAFETY_CONCERN=("Ex-partner knows the address and has keys; he has threatened to come back. Kayleigh is currently at a friend's for one night only. She needs a safe address today.", None),
 DATE_NEEDED=("04/12/2026", "2026-12-04"), CONSENT=("Yes", "yes")),
 "gareth.bevan@council.test", "Cynghorydd Personol / Personal Adviser", "Tîm Gadael Gofal / Leaving Care Team", "01685 555318",
 "Emergency referral - Kayleigh Bowen - 04/12/2026", tick="u", stack=True,
 cover="Hi,\n\nPlease find attached an EMERGENCY referral for Kayleigh (form attached). Kayleigh needs somewhere safe from today. I'm available on the number below all day.\n\nDiolch,\n")

# ---- ref-03 emergency, pdf twocol, bilingual, tick c ----
ref("w8-ref-03", "pdf", "twocol", "cy", dict(
 VARIANT=("Emergency", "emergency"), FULL_NAME=("Jordan Lewis Probert", None), DATE_OF_BIRTH=("Thursday 5th October 2006", "2006-10-05"),
 GENDER=("Male", None), LCS_NUMBER=("2201958", None), ADDRESS=("No fixed abode - previously 7 Bryn Teg, Cefn Eithin CF97 1AA", None),
 LOCALITY=("South Oxfordshire", None), LEGAL_STATUS=("Care leaver", None), UASC=("No", "no"), PARENT=("No", "no"),
 REFERRER_NAME=("Siân Morgan", None), REFERRER_ROLE=("Senior Practitioner", None), REFERRER_TEAM=("16+ Team", None),
 REFERRER_EMAIL=("sian.morgan@council.test", None), REFERRER_PHONE=("07700 900 527", None),
 SOCIAL_WORKER_NAME=("Lowri Davies (PA)", None), SOCIAL_WORKER_EMAIL=("lowri.davies@council.test", None),
 FGC_OFFERED=("No", "no"), FGC_DATE=("", None),
 DIVERSION=("Brother in Nant-y-Felin offered 2 nights (2nd-3rd Dec), now ended. No other family.", None),
 REASON=("Jordan was evicted from his supported lodgings on 30th November following rent arrears and a fall-out with the host. He has been sofa surfing and slept in his car on 3rd December.", None),
 RISKS=("To self - sleeping rough in December, not eating properly. Substance misuse - alcohol at weekends. Offending - one conviction for criminal damage 2024, no current orders. Exploitation - none known.", None),
 SUPPORT_NEEDS=("Budgeting and rent payments (UC set up), employment support, help to reduce drinking.", None),
 SAFETY_CONCERN=("Jordan slept in his car last night at -2°C and has no accommodation for tonight. His brother cannot have him back. He is at real risk of rough sleeping from today.", None),
 DATE_NEEDED=("Fri 4th Dec 2026", "2026-12-04"), CONSENT=("Yes - explained to YP", "yes")),
 "sian.morgan@council.test", "Uwch Ymarferydd / Senior Practitioner", "Tîm 16+ / 16+ Team", "07700 900527",
 "Atgyfeiriad brys / Emergency referral - J Probert", tick="c",
 cover="Brokerage,\n\nEmergency referral attached as a PDF for Jordan. His PA Lowri is copied in. Grateful for anything today please.\n\nDiolch yn fawr,\n")

# ---- ref-04 emergency, docx above, INVALID: date of birth blank ----
ref("w8-ref-04", "docx", "above", "cy", dict(
 VARIANT=("Emergency", "emergency"), FULL_NAME=("Ellie-Mae Thomas", None), DATE_OF_BIRTH=("", None),
 GENDER=("Female", None), LCS_NUMBER=("1904417", None), ADDRESS=("c/o 88 Heol y Parc, Pantglas CF99 5RD", None),
 LOCALITY=("West Oxfordshire", None), LEGAL_STATUS=("Looked after (s20)", None), UASC=("Na / No", "no"), PARENT=("Na / No", "no"),
 REFERRER_NAME=("Dafydd Rees", None), REFERRER_ROLE=("Social Worker", None), REFERRER_TEAM=("Children Looked After Team", None),
 REFERRER_EMAIL=("dafydd.rees@council.test", None), REFERRER_PHONE=("01443 555 402", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Na / No", "no"), FGC_DATE=("", None),
 DIVERSION=("Placement with kinship carer (aunt) broke down 03.12.26. Other relatives assessed previously as not suitable.", None),
 REASON=("Kinship placement ended last night after a serious argument; aunt has given notice with immediate effect. Ellie-Mae is in the office with me now.", None),
 RISKS=("Exploitation - CSE concerns, older males contacting her on Snapchat (strategy meeting held 20.11.26). Missing episodes x3 in November. Mental health - low mood.", None),
 SUPPORT_NEEDS=("Staffed setting with overnight support, return-home interviews after missing episodes, education (Year 12 at Ysgol Cwm Glas).", None),
 SAFETY_CONCERN=("No placement for tonight. Given the CSE concerns and recent missing episodes she cannot be left without a safe staffed address tonight.", None),
 DATE_NEEDED=("04.12.26 (today)", "2026-12-04"), CONSENT=("Ie / Yes", "yes")),
 "dafydd.rees@council.test", "Gweithiwr Cymdeithasol / Social Worker", "Tîm Plant sy'n Derbyn Gofal / CLA Team", "01443 555402",
 "EMERGENCY REFERRAL - Ellie-Mae T - needs placement today", tick="u", stack=True, missing="DATE_OF_BIRTH",
 cover="Hi all,\n\nReferral form for Ellie-Mae attached - this is an emergency, she needs a bed from today. Please ring me if you need anything else.\n\nDiolch,\n")

# ---- ref-05 emergency, body under, English labels, CAPITALS answers ----
ref("w8-ref-05", "body", "under", "en", dict(
 VARIANT=("EMERGENCY", "emergency"), FULL_NAME=("CALLUM RHYS JEREMY", None), DATE_OF_BIRTH=("01/02/2005", "2005-02-01"),
 GENDER=("MALE", None), LCS_NUMBER=("N/K", None), ADDRESS=("HOSTEL ROOM 4, TY NOS, 2 STRYD Y FARCHNAD, TREFELIN CF99 1QQ", None),
 LOCALITY=("OXFORD CITY", None), LEGAL_STATUS=("NOT KNOWN TO SOCIAL CARE", None), UASC=("NO", "no"), PARENT=("NO", "no"),
 REFERRER_NAME=("Ceri Watkins", None), REFERRER_ROLE=("HOUSING OPTIONS OFFICER", None), REFERRER_TEAM=("HOUSING SOLUTIONS, CWM GLAS CBC", None),
 REFERRER_EMAIL=("ceri.watkins@council.test", None), REFERRER_PHONE=("01443 555 733", None),
 SOCIAL_WORKER_NAME=("NONE", None), SOCIAL_WORKER_EMAIL=("N/A", None),
 FGC_OFFERED=("NO", "no"), FGC_DATE=("N/A", None),
 DIVERSION=("DAD CONTACTED 03.12.26 - WILL NOT HAVE HIM BACK. NO OTHER FAMILY LOCALLY.", None),
 REASON=("CALLUM HAS BEEN ASKED TO LEAVE THE NIGHT SHELTER AFTER 28 DAYS (MAXIMUM STAY). HE HAS NO OTHER OPTIONS AND WOULD BE STREET HOMELESS.", None),
 RISKS=("FROM OTHERS - HE WAS ROBBED IN THE SHELTER LAST WEEK. MENTAL HEALTH - DIAGNOSED ADHD, NOT ON MEDICATION. SUBSTANCES - NONE DISCLOSED. OFFENDING - NONE.", None),
 SUPPORT_NEEDS=("HELP WITH ADHD REVIEW, BENEFITS, INDEPENDENT LIVING SKILLS.", None),
 SAFETY_CONCERN=("HIS STAY AT THE SHELTER ENDS AT 10AM TODAY. HE WILL BE SLEEPING ROUGH TONIGHT IF NOTHING IS FOUND AND WAS ASSAULTED AND ROBBED LAST WEEK.", None),
 DATE_NEEDED=("04/12/2026", "2026-12-04"), CONSENT=("YES", "yes")),
 "ceri.watkins@council.test", "Swyddog Opsiynau Tai / Housing Options Officer", "Atebion Tai / Housing Solutions", "01443 555733",
 "Emergency referral - CALLUM JEREMY - 18+",
 intro_text="Morning,\n\nEMERGENCY referral for an 18+ bed below. He is waiting in reception.\n\n")

# ---- ref-06 emergency, docx multi, English, consent NO with safeguarding basis ----
ref("w8-ref-06", "docx", "multi", "en", dict(
 VARIANT=("Emergency", "emergency"), FULL_NAME=("Aaliyah Grace Mahoney", None), DATE_OF_BIRTH=("30.06.10", "2010-06-30"),
 GENDER=("F", None), LCS_NUMBER=("2311070", None), ADDRESS=("45 Maes y Dderwen, Nant-y-Felin CF98 3JU", None),
 LOCALITY=("Vale of White Horse", None), LEGAL_STATUS=("Child in need - s47 enquiry open", None), UASC=("N", "no"), PARENT=("N", "no"),
 REFERRER_NAME=("Huw Jenkins", None), REFERRER_ROLE=("Social Worker", None), REFERRER_TEAM=("Safeguarding Team, Cwm Glas CBC", None),
 REFERRER_EMAIL=("huw.jenkins@council.test", None), REFERRER_PHONE=("01685 555 290", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("N", "no"), FGC_DATE=("", None),
 DIVERSION=("Grandparents unable (both in hospital/care). Family friend considered but subject to checks - not suitable at present.", None),
 REASON=("Aaliyah has disclosed that she is being taken to parties by older men and given alcohol and drugs; her mother's home is being used by the same group. She cannot return home while the s47 enquiry continues.", None),
 RISKS=("Exploitation - CSE and possible CCE (county lines contacts). Substance misuse - alcohol, cocaine at parties. Missing x5 since September. From others - adults at the home address.", None),
 SUPPORT_NEEDS=("24-hour staffed, no visitors, safety plan, keyworker she can trust, school attendance.", None),
 SAFETY_CONCERN=("The home address is being used by the adults who are exploiting her and they were there again last night (03/12). She is at significant risk of harm if she goes home today.", None),
 DATE_NEEDED=("Today 04/12/26", "2026-12-04"),
 CONSENT=("No - Aaliyah does not agree. Sharing without consent under Children Act 1989 s47 / Social Services and Well-being (Wales) Act 2014 to protect her from significant harm - agreed by Team Manager Meinir Evans 04/12/26.", "no")),
 "huw.jenkins@council.test", "Gweithiwr Cymdeithasol / Social Worker", "Tîm Diogelu / Safeguarding Team", "01685 555290",
 "Emergency referral - A.M. (16) - safeguarding - please treat as priority",
 cover="Good morning,\n\nPlease see attached emergency referral for Aaliyah. She has NOT consented - the basis for sharing is set out on the form and has been agreed by my manager. Happy to discuss.\n\nCofion,\n")

# ---- ref-07 emergency, pdf above, long labels, parent ----
ref("w8-ref-07", "pdf", "above", "long", dict(
 VARIANT=("Emergency", "emergency"), FULL_NAME=("Demi Louise Harries", None), DATE_OF_BIRTH=("9th January 2007", "2007-01-09"),
 GENDER=("Female", None), LCS_NUMBER=("", None), ADDRESS=("Room 2, 19 Teras Gwent, Blaenrhyd CF98 7DN", None),
 LOCALITY=("Cherwell", None), LEGAL_STATUS=("Care leaver", None), UASC=("No", "no"), PARENT=("Yes - son Mason, 8 months", "yes"),
 REFERRER_NAME=("Nia Llewellyn", None), REFERRER_ROLE=("Personal Adviser", None), REFERRER_TEAM=("Leaving Care Team", None),
 REFERRER_EMAIL=("nia.llewellyn@council.test", None), REFERRER_PHONE=("01443 555 671 / 07700 900 139", None),
 SOCIAL_WORKER_NAME=("Owain Hughes (baby's SW)", None), SOCIAL_WORKER_EMAIL=("owain.hughes@council.test", None),
 FGC_OFFERED=("No", "no"), FGC_DATE=("", None),
 DIVERSION=("Demi's mum has refused. Mason's paternal grandmother can have Mason but not Demi.", None),
 REASON=("Demi and baby Mason's room has been condemned by Environmental Health (black mould, no heating) on 3rd December. The landlord has no other rooms.", None),
 RISKS=("To self - postnatal depression, on medication, engaged with perinatal team. From others - none known. No substance misuse or offending.", None),
 SUPPORT_NEEDS=("Parent and baby provision, parenting support, health visitor link, budgeting.", None),
 SAFETY_CONCERN=("The room is unsafe for an 8-month-old (no heating, mould, electrical hazard noted by EHO). They cannot stay there tonight.", None),
 DATE_NEEDED=("04/12/2026", "2026-12-04"), CONSENT=("Yes", "yes")),
 "nia.llewellyn@council.test", "Cynghorydd Personol / Personal Adviser", "Tîm Gadael Gofal / Leaving Care Team", "01443 555671",
 "Emergency referral - parent & baby - D Harries", 
 cover="Hi,\n\nAttached is an emergency referral for Demi and her son - parent and baby placement needed today. The baby's social worker Owain is cc'd.\n\nThanks,\n")

# ---- ref-08 non-emergency, body numbered, long labels ----
ref("w8-ref-08", "body", "numbered", "long", dict(
 VARIANT=("Non-emergency", "non-emergency"), FULL_NAME=("Osian Rhys Watkins", None), DATE_OF_BIRTH=("17/11/2008", "2008-11-17"),
 GENDER=("Male", None), LCS_NUMBER=("2059913", None), ADDRESS=("Foster placement, 3 Llys Derwen, Cefn Eithin CF97 4PL", None),
 LOCALITY=("Oxford City", None), LEGAL_STATUS=("Looked after - s31 care order", None), UASC=("No", "no"), PARENT=("No", "no"),
 REFERRER_NAME=("Bethan Price", None), REFERRER_ROLE=("Social Worker", None), REFERRER_TEAM=("Children Looked After Team", None),
 REFERRER_EMAIL=("bethan.price@council.test", None), REFERRER_PHONE=("01443 555 418", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Yes", "yes"), FGC_DATE=("Held Tuesday 24th November 2026", "2026-11-24"),
 DIVERSION=("FGC held 24/11 - family agreed Osian cannot return to mum's; carers are retiring. Staying put explored but carers moving to Spain in January.", None),
 REASON=("Planned move from foster care as his carers retire in January. Osian wants to move towards independence and is doing well at college.", None),
 RISKS=("Low. Occasional cannabis use. No offending. Some anxiety around change.", None),
 SUPPORT_NEEDS=("Independent living skills (cooking, budgeting), continued college (Level 3 Engineering), keeping contact with his sister.", None),
 DATE_NEEDED=("Monday 4th January 2027 (planned)", "2027-01-04"), CONSENT=("Yes - Osian signed consent 24/11/26", "yes")),
 "bethan.price@council.test", "Gweithiwr Cymdeithasol / Social Worker", "Tîm Plant sy'n Derbyn Gofal / CLA Team", "01443 555418",
 "Non-emergency referral - Osian Watkins - planned move Jan 2027",
 intro_text="Hi Brokerage team,\n\nPlanned referral for Osian below as requested at panel. Answers to each question of the referral form are numbered.\n\n")

# ---- ref-09 non-emergency, docx cell, long labels ----
ref("w8-ref-09", "docx", "cell", "long", dict(
 VARIANT=("Non-emergency", "non-emergency"), FULL_NAME=("Chloe Anne Griffiths", None), DATE_OF_BIRTH=("03.12.07", "2007-12-03"),
 GENDER=("Female", None), LCS_NUMBER=("1766205", None), ADDRESS=("27 Heol Tir Coch, Trefelin CF99 3LX", None),
 LOCALITY=("West Oxfordshire", None), LEGAL_STATUS=("Care leaver", None), UASC=("No", "no"), PARENT=("No", "no"),
 REFERRER_NAME=("Carys Powell", None), REFERRER_ROLE=("Personal Adviser", None), REFERRER_TEAM=("Leaving Care Team, Cwm Glas CBC", None),
 REFERRER_EMAIL=("carys.powell@council.test", None), REFERRER_PHONE=("07700 900 664", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Yes", "yes"), FGC_DATE=("Thursday 3rd December 2026", "2026-12-03"),
 DIVERSION=("FGC held yesterday. Mediation with mum via Llwybr Ifanc (2 sessions in November) - relationship improved but home is overcrowded; mum agrees Chloe can visit at weekends.", None),
 REASON=("Chloe is staying with her mum in a 2-bed flat with 4 younger siblings after her supported lodgings host retired. It is overcrowded and affecting her studies.", None),
 RISKS=("Mental health - mild depression, GP aware. No other risks identified.", None),
 SUPPORT_NEEDS=("Quiet space to study (A levels), budgeting, moving-on plan to own tenancy within 12 months.", None),
 DATE_NEEDED=("14/12/2026", "2026-12-14"), CONSENT=("Yes", "yes")),
 "carys.powell@council.test", "Cynghorydd Personol / Personal Adviser", "Tîm Gadael Gofal / Leaving Care Team", "07700 900664",
 "Referral - non emergency - Chloe Griffiths",
 cover="Prynhawn da / Good morning,\n\nPlease see attached non-emergency referral for Chloe. FGC was held yesterday and the notes are available if you need them.\n\nDiolch,\n")

# ---- ref-10 non-emergency, docx yncol, English ----
ref("w8-ref-10", "docx", "yncol", "en", dict(
 VARIANT=("Non-emergency", "non-emergency"), FULL_NAME=("Bradley Scott Hopkins", None), DATE_OF_BIRTH=("21.04.2004", "2004-04-21"),
 GENDER=("Male", None), LCS_NUMBER=("0988154", None), ADDRESS=("14 Ffordd y Glowyr, Pantglas CF99 6EF", None),
 LOCALITY=("South Oxfordshire", None), LEGAL_STATUS=("Care leaver (qualifying)", None), UASC=("N", "no"), PARENT=("N", "no"),
 REFERRER_NAME=("Aled Thomas", None), REFERRER_ROLE=("Personal Adviser", None), REFERRER_TEAM=("16+ Team", None),
 REFERRER_EMAIL=("aled.thomas@council.test", None), REFERRER_PHONE=("01685 555 120", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Y", "yes"), FGC_DATE=("01.12.26", "2026-12-01"),
 DIVERSION=("Living with nan since August. FGC 01.12.26 - nan needs the room back for her own carer from Christmas. Uncle cannot help.", None),
 REASON=("Bradley's nan is unwell and needs a live-in carer; he has to move out before Christmas.", None),
 RISKS=("Offending - youth caution 2021, nothing since. Substances - none. Mental health - none known.", None),
 SUPPORT_NEEDS=("Employment (applying for apprenticeship), budgeting, learning to cook.", None),
 DATE_NEEDED=("18/12/2026", "2026-12-18"), CONSENT=("Y", "yes")),
 "aled.thomas@council.test", "Cynghorydd Personol / Personal Adviser", "Tîm 16+ / 16+ Team", "01685 555120",
 "Referral form (non-emergency) - B Hopkins",
 cover="Hi,\n\nNon-emergency referral attached for Bradley. Let me know if you need the pathway plan.\n\nCheers,\n")

# ---- ref-11 non-emergency, body dash quick note, INVALID: consent blank ----
ref("w8-ref-11", "body", "dash", "en", dict(
 VARIANT=("Non emergency", "non-emergency"), FULL_NAME=("Mia Jade Parry", None), DATE_OF_BIRTH=("11.09.09", "2009-09-11"),
 GENDER=("F", None), LCS_NUMBER=("2274431", None), ADDRESS=("9 Clos yr Eglwys, Blaenrhyd CF98 2SW", None),
 LOCALITY=("Cherwell", None), LEGAL_STATUS=("CIN", None), UASC=("N", "no"), PARENT=("N", "no"),
 REFERRER_NAME=("Meinir Evans", None), REFERRER_ROLE=("Team Manager", None), REFERRER_TEAM=("Family Support Team", None),
 REFERRER_EMAIL=("meinir.evans@council.test", None), REFERRER_PHONE=("01443 555 880", None),
 SOCIAL_WORKER_NAME=("Rhys Griffiths", None), SOCIAL_WORKER_EMAIL=("rhys.griffiths@council.test", None),
 FGC_OFFERED=("Y", "yes"), FGC_DATE=("Wed 2nd Dec 2026", "2026-12-02"),
 DIVERSION=("FGC 02.12 + mediation (Llwybr Ifanc) x3 sessions. Dad's partner will not have her; mum lives in England, not an option.", None),
 REASON=("Relationship with dad and his partner has broken down - agreed at FGC she needs to move by mid-December.", None),
 RISKS=("Self-harm (cutting, last episode Oct). Vaping/alcohol occasionally. Nil offending.", None),
 SUPPORT_NEEDS=("CAMHS link, school (Yr 12), keyworker.", None),
 DATE_NEEDED=("15.12.26", "2026-12-15"), CONSENT=("", None)),
 "meinir.evans@council.test", "Rheolwr Tîm / Team Manager", "Tîm Cymorth i Deuluoedd / Family Support Team", "01443 555880",
 "referral Mia Parry non emergency", missing="CONSENT",
 intro_text="Hi - quick one as Rhys is on leave, referral for Mia below. Ta\n\n")

# ---- ref-12 non-emergency, pdf multi, bilingual stacked ----
ref("w8-ref-12", "pdf", "multi", "cy", dict(
 VARIANT=("Non-emergency / Heb fod yn frys", "non-emergency"), FULL_NAME=("Ffion Elin Jones", None), DATE_OF_BIRTH=("02/08/2002", "2002-08-02"),
 GENDER=("Benyw / Female", None), LCS_NUMBER=("", None), ADDRESS=("Llety Cefnogol / supported lodgings host, 6 Rhes y Capel, Trefelin CF99 8NB", None),
 LOCALITY=("Vale of White Horse", None), LEGAL_STATUS=("Care leaver", None), UASC=("Na / No", "no"), PARENT=("Ie / Yes (1 child, aged 2)", "yes"),
 REFERRER_NAME=("Lowri Davies", None), REFERRER_ROLE=("Personal Adviser", None), REFERRER_TEAM=("Tîm Gadael Gofal / Leaving Care Team", None),
 REFERRER_EMAIL=("lowri.davies@council.test", None), REFERRER_PHONE=("01443 555 309", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Ie / Yes", "yes"), FGC_DATE=("19.11.26", "2026-11-19"),
 DIVERSION=("FGC 19.11.26. Staying with supported lodgings host is ending as host is moving house. Partner's family unable.", None),
 REASON=("Ffion and her daughter need a parents placement as the supported lodgings arrangement ends on 20th December.", None),
 RISKS=("Low. Historic DV from ex-partner (2024), no current contact. No substance misuse or offending.", None),
 SUPPORT_NEEDS=("Parenting support, nursery place, support towards own tenancy.", None),
 DATE_NEEDED=("Sul 20fed Rhagfyr / Sunday 20th December 2026", "2026-12-20"), CONSENT=("Ie / Yes", "yes")),
 "lowri.davies@council.test", "Cynghorydd Personol / Personal Adviser", "Tîm Gadael Gofal / Leaving Care Team", "01443 555309",
 "Atgyfeiriad / Referral - Ffion Jones - parents - non-emergency", stack=True,
 cover="Annwyl Frocera / Dear Brokerage,\n\nAmgaeaf atgyfeiriad / Please find attached a non-emergency referral for Ffion and her daughter.\n\nDiolch,\n")

# ---- ref-13 non-emergency, body: reply above pasted form, quoting earlier message ----
ref("w8-ref-13", "body", "colon", "en", dict(
 VARIANT=("Non-emergency", "non-emergency"), FULL_NAME=("Liam Anthony Davies", None), DATE_OF_BIRTH=("28/05/2009", "2009-05-28"),
 GENDER=("Male", None), LCS_NUMBER=("2190386", None), ADDRESS=("22 Heol Fach, Nant-y-Felin CF98 4TT", None),
 LOCALITY=("Oxford City", None), LEGAL_STATUS=("Child in need", None), UASC=("No", "no"), PARENT=("No", "no"),
 REFERRER_NAME=("Rhys Griffiths", None), REFERRER_ROLE=("Social Worker", None), REFERRER_TEAM=("Family Support Team, Cwm Glas CBC", None),
 REFERRER_EMAIL=("rhys.griffiths@council.test", None), REFERRER_PHONE=("01443 555 884", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Yes - FGC booked", "yes"), FGC_DATE=("Wednesday 9th December 2026", "2026-12-09"),
 DIVERSION=("Mediation through Llwybr Ifanc started 18/11 - dad willing to keep trying but Liam's stepmother has said he must leave by Christmas. Grandad has offered weekends only.", None),
 REASON=("Ongoing conflict at home with stepmother; threatened with homelessness from 21st December.", None),
 RISKS=("To others - one incident of pushing stepmother (Oct), no police. Substances - cannabis. Mental health - ADHD, medicated.", None),
 SUPPORT_NEEDS=("Structure, college attendance, anger management via YJS (voluntary).", None),
 DATE_NEEDED=("21/12/2026", "2026-12-21"), CONSENT=("Yes - explained to YP", "yes")),
 "rhys.griffiths@council.test", "Gweithiwr Cymdeithasol / Social Worker", "Tîm Cymorth i Deuluoedd / Family Support Team", "01443 555884",
 "RE: Liam Davies - referral form please", quoted=True)

# ---- ref-14 non-emergency, docx numbered, long labels, [X] tick boxes ----
ref("w8-ref-14", "docx", "numbered", "long", dict(
 VARIANT=("Non-emergency", "non-emergency"), FULL_NAME=("Seren Louise Rowlands", None), DATE_OF_BIRTH=("15/01/2006", "2006-01-15"),
 GENDER=("Female", None), LCS_NUMBER=("1420087", None), ADDRESS=("Flat 1, 5 Stryd y Castell, Cefn Eithin CF97 2RR", None),
 LOCALITY=("Out of county", None), LEGAL_STATUS=("Care leaver", None), UASC=("No", "no"), PARENT=("No", "no"),
 REFERRER_NAME=("Owain Hughes", None), REFERRER_ROLE=("Personal Adviser", None), REFERRER_TEAM=("Leaving Care Team", None),
 REFERRER_EMAIL=("owain.hughes@council.test", None), REFERRER_PHONE=("07700 900 781", None),
 SOCIAL_WORKER_NAME=("", None), SOCIAL_WORKER_EMAIL=("", None),
 FGC_OFFERED=("Yes", "yes"), FGC_DATE=("26/11/2026", "2026-11-26"),
 DIVERSION=("FGC 26/11. Older sister has offered support but has no room. Mediation not applicable (no family home).", None),
 REASON=("Seren's private let is being sold; section 21 notice expires 31st December. She would like to move nearer her university placement.", None),
 RISKS=("Mental health - anxiety and panic attacks. Exploitation - none. Self-harm - historic only.", None),
 SUPPORT_NEEDS=("Low-level floating support, help with student finance, emotional wellbeing.", None),
 DATE_NEEDED=("28/12/2026", "2026-12-28"), CONSENT=("Yes", "yes")),
 "owain.hughes@council.test", "Cynghorydd Personol / Personal Adviser", "Tîm Gadael Gofal / Leaving Care Team", "07700 900781",
 "Non emergency referral - S Rowlands (18+)", tick="a",
 cover="Hello,\n\nAttached referral for Seren (non-emergency, 18+). FGC notes available on request.\n\nBest wishes,\n")


# =================== MASH ===================
MASH_SECT = [
 ("Manylion y person ifanc / Young person", ["NAME", "DATE_OF_BIRTH", "ADDRESS", "PARENT_CONTACT"]),
 ("Sefyllfa dai / Housing situation", ["AGENCY", "STATUS", "MEDIATION", "MEDIATION_DATE", "MEDIATION_OUTCOME"]),
 ("Diogelu / Safeguarding", ["CONCERNS", "KNOWN"]),
]
MASH_SECT_EN = [("Young person", MASH_SECT[0][1]), ("Housing", MASH_SECT[1][1]), ("Concerns", MASH_SECT[2][1])]
MASH = []

def mash(id, layout, style, ls, d, sender, sig, subject, cover=None, **kw):
    f = dict(id=id, form="mash-referral", layout=layout, style=style, ls=ls, subject=subject, sender=sender,
             sections=sections(MASH_SECT if ls == "cy" else MASH_SECT_EN, d), sig=sig,
             title="Atgyfeiriad MASH - Person Ifanc 16/17 Digartref / MASH Referral - Homeless 16/17 year old" if ls == "cy" else "MASH referral - 16/17 year old homeless or threatened with homelessness",
             logo=kw.pop("logo", COUNCIL_LOGO), footer=kw.pop("footer", COUNCIL_FOOT), cover=cover, values=vals(d))
    f.update(kw)
    MASH.append(f)

mash("w8-mash-01", "body", "colon", "cy", dict(
 NAME=("Kieran Lee Morgan", None), DATE_OF_BIRTH=("06.05.09", "2009-05-06"), ADDRESS=("31 Heol yr Orsaf, Trefelin CF99 2DD", None),
 PARENT_CONTACT=("Mam / Mum - Joanne Morgan 07700 900 215", None),
 AGENCY=("Cwm Glas CBC Housing Solutions", None), STATUS=("Digartref / Homeless", "homeless"),
 MEDIATION=("Ie / Yes", "yes"), MEDIATION_DATE=("Wednesday 2nd December 2026", "2026-12-02"),
 MEDIATION_OUTCOME=("Unsuccessful - mum will not have Kieran back, says he has been aggressive to younger brother.", None),
 CONCERNS=("Kieran slept at a friend's last night; friend's parents say one night only. Possible cannabis use. Not attending college since October.", None),
 KNOWN=("Na / No", "no")),
 "huw.pugh@housing.council.test", council_sig("Huw Pugh", "Swyddog Tai Ieuenctid / Youth Housing Officer", "Atebion Tai / Housing Solutions", "01443 555741"),
 "MASH referral - homeless 17yo - K Morgan",
 intro_text="MASH,\n\nRequesting a joint assessment for the young person below who presented to us this morning.\n\n")

mash("w8-mash-02", "body", "under", "en", dict(
 NAME=("Tia-Rose Jenkins", None), DATE_OF_BIRTH=("19/10/2009", "2009-10-19"), ADDRESS=("Currently c/o grandmother, 4 Bryn Awel, Pantglas CF99 7GH", None),
 PARENT_CONTACT=("Dad - Wayne Jenkins, 07700 900 388 (no contact with mum)", None),
 AGENCY=("Llwybr Ifanc (youth homelessness charity) - Young People's Advice Service", None), STATUS=("Threatened with homelessness - nan can only keep her until 11th Dec", "threatened"),
 MEDIATION=("Yes - explained to YP", "yes"), MEDIATION_DATE=("26.11.26", "2026-11-26"),
 MEDIATION_OUTCOME=("Dad agreed to talk but his new partner refuses to have Tia-Rose in the house. Second session declined by dad.", None),
 CONCERNS=("Tia-Rose says she has been staying out late with an older boyfriend (19) and nan is worried. Attendance at school dropping. No self-harm disclosed.", None),
 KNOWN=("No - not known", "no")),
 "catrin.lloyd@llwybr.test", charity_sig("Catrin Lloyd", "Young People's Advice Worker", "01685 555 902"),
 "MASH referral: Tia-Rose Jenkins (17) threatened with homelessness",
 intro_text="Hi MASH team,\n\nAs discussed on the phone with the duty worker at 3.30pm yesterday, here is our referral.\n\n")

mash("w8-mash-03", "docx", "twocol", "cy", dict(
 NAME=("Rhodri Evans", None), DATE_OF_BIRTH=("12/02/2010", "2010-02-12"), ADDRESS=("58 Maes Glas, Blaenrhyd CF98 1KK", None),
 PARENT_CONTACT=("Mam / Mum: Sharon Evans, 01443 555 019", None),
 AGENCY=("Ysgol Gyfun Cwm Glas (school) - Safeguarding Lead", None), STATUS=("Homeless", "homeless"),
 MEDIATION=("Yes", "yes"), MEDIATION_DATE=("03.12.26", "2026-12-03"),
 MEDIATION_OUTCOME=("Mum refused to attend. Rhodri told us he was put out on Wednesday night after an argument.", None),
 CONCERNS=("Rhodri arrived at school without a coat, said he slept in a bus shelter. Seen with bruising to his arm - says from a fall. Free school meals, has not eaten since yesterday lunchtime.", None),
 KNOWN=("", None)),
 "safeguarding@ysgolcwmglas.test", school_sig(), "Atgyfeiriad MASH / MASH referral - R Evans (16) - homeless",
 tick="u", stack=True, missing="KNOWN", logo="YSGOL GYFUN CWM GLAS &nbsp;|&nbsp; CWM GLAS COMPREHENSIVE SCHOOL",
 footer="Ysgol Gyfun Cwm Glas - Diogelu / Safeguarding - CYFRINACHOL / CONFIDENTIAL",
 cover="Bore da,\n\nPlease see attached MASH referral for one of our Year 11 pupils who is homeless. He is with us in school today until 3.20pm.\n\n")

mash("w8-mash-04", "docx", "cell", "en", dict(
 NAME=("ALYSHA DAWN HUGHES", None), DATE_OF_BIRTH=("Tuesday 8th July 2009", "2009-07-08"), ADDRESS=("7 TERAS Y FELIN, NANT-Y-FELIN CF98 5BB", None),
 PARENT_CONTACT=("STEPDAD - GARY PRICE 07700 900 455", None),
 AGENCY=("CWM GLAS CBC - HOUSING SOLUTIONS", None), STATUS=("THREATENED WITH HOMELESSNESS", "threatened"),
 MEDIATION=("YES", "yes"), MEDIATION_DATE=("30/11/2026", "2026-11-30"),
 MEDIATION_OUTCOME=("PARTIAL - STEPDAD AGREED SHE CAN STAY UNTIL 14/12 BUT NOT LONGER", None),
 CONCERNS=("MUM IN HOSPITAL LONG TERM. ALYSHA IS YOUNG CARER FOR HALF-SISTER. STEPDAD DRINKING HEAVILY.", None),
 KNOWN=("YES - OPEN TO EARLY HELP (TEAM AROUND THE FAMILY)", "yes")),
 "ceri.watkins@council.test", council_sig("Ceri Watkins", "Swyddog Opsiynau Tai / Housing Options Officer", "Atebion Tai / Housing Solutions", "01443 555733"),
 "MASH REFERRAL - A HUGHES - 17",
 cover="MASH,\n\nReferral attached for Alysha - threatened with homelessness from 14th December. Please can a joint assessment be arranged.\n\n")

mash("w8-mash-05", "pdf", "above", "en", dict(
 NAME=("Nathan Jac Rees", None), DATE_OF_BIRTH=("27.01.09", "2009-01-27"), ADDRESS=("No fixed address - sofa surfing (last: 11 Heol Newydd, Cefn Eithin CF97 3MM)", None),
 PARENT_CONTACT=("Mum - Lisa Rees, 07700 900 602 (Nathan asks that we ring, not text)", None),
 AGENCY=("Llwybr Ifanc - Supported Lodgings Scheme", None), STATUS=("Homeless", "homeless"),
 MEDIATION=("No - not safe (see concerns)", "no"), MEDIATION_DATE=("", None), MEDIATION_OUTCOME=("N/A", None),
 CONCERNS=("Nathan disclosed that mum's partner hits him; he showed a bruise to his cheek. He has been sofa surfing for 2 weeks and has been offered a room by a man he met online in return for 'doing jobs'. High concern re criminal exploitation.", None),
 KNOWN=("Yes - was CIN in 2022, now closed", "yes")),
 "gwen.harris@llwybr.test", charity_sig("Gwen Harris", "Supported Lodgings Coordinator", "01685 555 915"),
 "MASH referral - Nathan Rees (17) - homeless - exploitation concerns",
 logo=CHARITY_LOGO, footer=CHARITY_FOOT,
 cover="Dear MASH,\n\nPlease find attached our referral for Nathan, who came to our drop-in yesterday. We have not attempted mediation because of what he told us (on the form). We have placed him with one of our emergency hosts for two nights (3rd-4th Dec).\n\n")
