from data_ref import YES, NO, BL
OTHER = []
def form(id, ftype, layout, frm, subject, rows, norm, title, logo, footer, cover=None, doc=None, missing=None, pre='', post='', intro=None, expect=None, ynstyle=None):
    secs = []
    for item in rows:
        if isinstance(item, str):
            secs.append((item, []))
        else:
            if not secs: secs.append((None, []))
            secs[-1][1].append(item)
    f = dict(id=id, form=ftype, layout=layout, sections=secs, values=norm, expect=expect or ('rejected' if missing else 'routed'), missing=missing,
             subject=subject, title=title, logo=logo, footer=footer, cover=cover, doc=doc, pre=pre, post=post, intro=intro, **{'from': frm})
    if ynstyle: f['ynstyle'] = ynstyle
    OTHER.append(f)

HO = 'Cyngor Bwrdeistref Sirol Cwm Tawel - Opsiynau Tai | Cwm Tawel CBC - Housing Options'
HOF = 'Tîm Opsiynau Tai / Housing Options Team, Canolfan Ddinesig, Cwmderi. 01632 960 200'
# ================= MASH
form('w16-mash-01', 'mash-referral', 'colon', 'gareth.lloyd@housing.council.test', 'MASH referral - 16/17 homeless - Kayla Morris', [
 'Manylion / Details',
 ('NAME', 'Young person', 'Kayla Morris'), ('DATE_OF_BIRTH', 'DOB', '17/04/2009'), ('ADDRESS', 'Address', 'Last settled: 8 Heol Isaf, Pontyglas (mum). Currently nowhere.'),
 ('AGENCY', 'Presenting agency', 'Cwm Tawel CBC Housing Options'), ('STATUS', 'Homeless / threatened', 'Homeless - presented at Civic Centre 3.40pm Thu 03/12/26 after being asked to leave'),
 'Cyfryngu / Mediation',
 ('MEDIATION', 'Mediation attempted', 'Yes'), ('MEDIATION_DATE', 'Date', '02/12/2026'), ('MEDIATION_OUTCOME', 'Outcome', 'Unsuccessful - mum will not have Kayla back at present, says she is "out of control".'),
 'Pryderon / Concerns',
 ('CONCERNS', 'Welfare / safeguarding concerns', 'Kayla stayed overnight 03/12 at emergency B&B arranged by EDT. She has an older boyfriend (approx 22) and we are worried about CSE. Attending college sporadically.'),
 ('KNOWN', 'Known to social care', 'No (closed CIN 2023)'), ('PARENT_CONTACT', 'Parent/guardian contact', 'Mum - Donna Morris, 07700 900 861'),
 ], {'NAME': 'Kayla Morris', 'DATE_OF_BIRTH': '2009-04-17', 'STATUS': 'homeless', 'MEDIATION': 'yes', 'MEDIATION_DATE': '2026-12-02', 'KNOWN': 'no', 'AGENCY': 'Cwm Tawel CBC Housing Options'},
 'MASH referral', HO, HOF, pre='Bore da MASH,\n\nReferral for a homeless 16 year old below - joint assessment needed please.\n\nMASH REFERRAL - HOMELESS OR THREATENED WITH HOMELESSNESS AGED 16/17\n\n',
 post='\n\nGareth Lloyd\nSwyddog Opsiynau Tai / Housing Options Officer\n01632 960 214')

form('w16-mash-02', 'mash-referral', 'docx:twocol', 'angharad.rees@ysgolcwmderi.sch.test', 'Referral to MASH - pupil threatened with homelessness - H Davies', [
 'Section A - About the young person',
 ('NAME', 'Pupil name', 'Harri Davies'), ('DATE_OF_BIRTH', 'Date of birth', '09.02.2010'), ('ADDRESS', 'Home address', '51 Teras Bryn Awel, Cwmderi CF99 2LP'),
 ('STATUS', 'Is the young person homeless now or at risk of becoming homeless?', 'Threatened with homelessness - mum has given notice that he must leave by Christmas'),
 'Section B - Referring agency',
 ('AGENCY', 'Agency', 'Ysgol Gyfun Cwmderi (Cwmderi Comprehensive School)'), ('REFERRER', 'Name / role', 'Angharad Rees, Designated Safeguarding Person'),
 'Section C - Mediation and concerns',
 ('MEDIATION', 'Has mediation been tried?', NO), ('MEDIATION_OUTCOME', 'If yes, outcome', 'Not yet - mum refused school-based mediation 01/12'),
 ('CONCERNS', 'Welfare or safeguarding concerns', 'Harri disclosed that mum\'s new partner shouts at him and has pushed him. He is sleeping badly and attendance has dropped to 71%. He is in Year 11 with GCSEs this summer.'),
 ('KNOWN', 'Known to Children\'s Services?', YES), ('PARENT_CONTACT', 'Parent / carer contact details', 'Mrs Lisa Davies (mother) 01632 960 733'),
 ], {'NAME': 'Harri Davies', 'DATE_OF_BIRTH': '2010-02-09', 'STATUS': 'threatened', 'MEDIATION': 'no', 'KNOWN': 'yes'},
 'MASH Referral - young person aged 16/17 homeless or threatened with homelessness', 'YSGOL GYFUN CWMDERI - Diogelu / Safeguarding',
 'Ysgol Gyfun Cwmderi, Heol yr Ysgol, Cwmderi. DSP: Mrs A Rees. Confidential - safeguarding record.', doc='w16-mash-02_school_MASH_HDavies',
 cover='Dear MASH team,\n\nPlease find attached a referral regarding one of our Year 11 pupils who is at risk of being asked to leave home. Harri has an allocated social worker (CIN) who I have also informed.\n\nKind regards\nAngharad Rees\nDesignated Safeguarding Person, Ysgol Gyfun Cwmderi')

form('w16-mash-03', 'mash-referral', 'pdf:twocol', 'claire.bowen@cwmtawel-uhb.nhs.test', 'MASH referral from ED - 17 yr old homeless', [
 'Patient / young person',
 ('NAME', 'Name', 'Ellie-Mae Rowlands'), ('DATE_OF_BIRTH', 'DOB', '30/08/2009'), ('NHS', 'NHS no.', '943 476 5521'), ('ADDRESS', 'Address given', 'NFA - previously 2 Maes Glas, Tonmawr (dad)'),
 'Referral',
 ('AGENCY', 'Referring agency', 'Ysbyty Cwm Tawel Emergency Department'), ('REFERRER', 'Referrer', 'Claire Bowen, Safeguarding Nurse (ED), bleep 4471 / 01632 960 051'),
 ('STATUS', 'Housing situation', 'Homeless - told by father on 02/12 not to come back; slept in a friend\'s car 02/12 and 03/12'),
 ('MEDIATION', 'Mediation attempted (Y/N)', 'N'), ('MEDIATION_OUTCOME', 'Outcome of mediation', 'N/K'),
 ('CONCERNS', 'Safeguarding / welfare concerns', 'Attended ED 03/12/26 at 23.10 with alcohol intoxication and a minor head injury after a fall. Disclosed she has been drinking daily and is staying with people she met online. Medically fit for discharge 04/12 am but no safe address.'),
 ('KNOWN', 'Known to social services', 'Y - previous CP plan 2019'), ('PARENT_CONTACT', 'Parent/guardian', 'Father - Mark Rowlands, 07700 900 498 (declined to attend ED)'),
 ], {'NAME': 'Ellie-Mae Rowlands', 'DATE_OF_BIRTH': '2009-08-30', 'STATUS': 'homeless', 'MEDIATION': 'no', 'KNOWN': 'yes'},
 'MASH Referral: Homeless / Threatened with Homelessness 16-17', 'Bwrdd Iechyd Prifysgol Cwm Tawel | Cwm Tawel University Health Board - Safeguarding',
 'ED Safeguarding Team, Ysbyty Cwm Tawel. This referral does not replace a call to the police or EDT if a child is in immediate danger.', doc='w16-mash-03_ED_MASH_referral',
 cover='Morning,\n\nMASH referral attached for a 17-year-old who presented to ED overnight and has nowhere to go on discharge. She is on the ward until we hear from you. Please ring 01632 960051.\n\nClaire Bowen RGN\nSafeguarding Nurse, Emergency Department')

form('w16-mash-04', 'mash-referral', 'docx:boxes', 'kelly.ashford@valleysyouthfoyer.test', 'MASH referral - Liam O\'Connor (16)', [
 'Young person',
 ('NAME', 'Name of young person', 'Liam O\'Connor'), ('DATE_OF_BIRTH', 'Date of birth', '03/11/2009'), ('ADDRESS', 'Current address', 'Staying at Valleys Youth Foyer nightstop (one night only)'),
 ('STATUS', 'Homeless or threatened with homelessness? (delete as appropriate)', ''),
 'Presenting agency',
 ('AGENCY', 'Agency', 'Valleys Youth Foyer'), ('REFERRER', 'Worker', 'Kelly Ashford, Support Worker, 01632 960 680'),
 'Mediation, concerns and contacts',
 ('MEDIATION', 'Mediation attempted?', NO), ('MEDIATION_OUTCOME', 'Outcome', 'Liam says his mum won\'t talk to anyone from services.'),
 ('CONCERNS', 'Welfare / safeguarding concerns', 'Liam came to our drop-in on 03/12 with a black eye which he says happened at home. He is not in education. He smokes cannabis.'),
 ('KNOWN', 'Known to social care?', YES), ('PARENT_CONTACT', 'Parent / guardian contact', 'Mum - Tracey O\'Connor, number N/K'),
 ], {'NAME': 'Liam O\'Connor', 'DATE_OF_BIRTH': '2009-11-03', 'MEDIATION': 'no', 'KNOWN': 'yes'},
 'MASH Referral - Young Person aged 16/17 (housing)', 'Valleys Youth Foyer - Somewhere to live, someone to help', 'Valleys Youth Foyer is a registered charity. 1 Stryd y Bont, Cwmderi.',
 doc='w16-mash-04_foyer_MASH_LOConnor', missing='STATUS',
 cover='Hi,\nPlease see attached MASH referral for Liam (16). He can stay at nightstop tonight only.\nKelly Ashford\nSupport Worker, Valleys Youth Foyer')

form('w16-mash-05', 'mash-referral', 'raw', 'owen.bryant@council.test', 'RE: YJS - Darcy Hopkins - housing', [], 
 {'NAME': 'Darcy Hopkins', 'DATE_OF_BIRTH': '2010-06-15', 'STATUS': 'threatened', 'MEDIATION': 'yes', 'MEDIATION_DATE': '2026-11-30', 'KNOWN': 'yes'},
 '', '', '')
OTHER[-1]['body'] = '''Hi Jess - yes, please send it straight to MASH, I've put the form below as you asked.

Owen

Owen Bryant
Case Manager | Youth Justice Service | Cwm Tawel CBC
07700 900 531

-----Original Message-----
From: Jess Hamer <jess.hamer@council.test>
Sent: 03 December 2026 17:02
To: Owen Bryant <owen.bryant@council.test>
Subject: YJS - Darcy Hopkins - housing

Owen, if Darcy's gran is giving notice this needs to go to MASH as a 16/17 referral. Can you fill in the below and send to the MASH inbox?

MASH REFERRAL (16/17 YEAR OLD HOMELESS OR AT RISK)

Young person's name:
Darcy Hopkins

Date of birth:
15/06/2010

Address:
14 Heol y Ffynnon, Abercarn Fach (grandmother's)

Presenting agency:
Cwm Tawel Youth Justice Service

Homeless or threatened with homelessness:
Threatened - gran has said Darcy must leave by 18/12/2026

Mediation attempted (Y/N):
Y

Date of mediation:
30/11/2026

Outcome:
One session via Llamau; gran agreed to keep Darcy until 18/12 but not beyond.

Welfare or safeguarding concerns:
Darcy is on a youth rehabilitation order (assault). Gran is 74 and frail and finds her behaviour hard to manage. Darcy self-harms when stressed (superficial cuts, known to CAMHS).

Known to social care (Y/N):
Y - CIN, SW Jess Hamer

Parent/guardian contact:
Gran (Special Guardian) - Maureen Hopkins 01632 960 347
'''
OTHER[-1]['layout'] = 'raw'

# ================= RISK CONCERNS
form('w16-risk-01', 'risk-concern', 'colon', 'kirsty.fairclough@stonewater.provider.test', 'Risk concern - referral BRK-2026-1183 - unable to accept', [
 ('REFERRAL_REFERENCE', 'Brokerage referral ref', 'BRK-2026-1183'), ('PROVIDER', 'Provider', 'Stonewater'), ('YOUNG_PERSON', 'Young person', 'Kian Doherty'),
 ('RISK', 'Risk we cannot manage', 'Known drug debt and threats from the people he owes; our Vale properties are low-support shared houses with no staff overnight.'),
 ('WHY', 'Why it can\'t be managed', 'We have a 16-year-old female resident in the only vacant house and no waking night cover. We cannot keep other residents safe if the people he owes turn up at the property.'),
 ('RESOURCES', 'What would help us manage it', 'A place in staffed accommodation with 24 hour cover, or a single self-contained unit out of area, plus an agreed police marker on the address.'),
 ], {'REFERRAL_REFERENCE': 'BRK-2026-1183', 'PROVIDER': 'Stonewater', 'YOUNG_PERSON': 'Kian Doherty'},
 'Risk concern', '', '', pre='Hi Brokerage,\n\nFollowing your referral yesterday, please see our risk concern below. Risk assessment attached separately as normal.\n\nPROVIDER RISK CONCERN\n\n',
 post='\n\nKind regards\nKirsty Fairclough\nTenancy Sustainment Officer - Young People\'s Services\nStonewater\n01632 960 915')

form('w16-risk-02', 'risk-concern', 'docx:twocol', 'marcus.obi@key2.provider.test', 'Risk concern response - Brokerage ref 44721', [
 'Referral details',
 ('REFERRAL_REFERENCE', 'Referral reference (Brokerage)', '44721'), ('PROVIDER', 'Provider', 'Key2 Futures - Banbury Foyer (K2F-CHE-01)'), ('YOUNG_PERSON', 'Young person', 'Jayden Price'),
 ('DATE', 'Date of response', '03/12/2026'),
 'Risk concern (all three parts must be completed)',
 ('RISK', '1. The risk we are unable to manage', 'Jayden\'s links to adults involved in county lines, including the two males he was found with. One of them has previously been seen outside the foyer.'),
 ('WHY', '2. Why we are unable to manage it', 'Our foyer is open-access during the day and we have 3 residents already open to MASH for CCE. Placing Jayden here would increase the risk to him and to them.'),
 ('RESOURCES', '3. What resources / support would enable us to manage it', 'An out-of-area placement would be safer. If placed with us we would need a 1:1 worker for the first 4 weeks and a disruption plan from police.'),
 ], {'REFERRAL_REFERENCE': '44721', 'PROVIDER': 'Key2 Futures', 'YOUNG_PERSON': 'Jayden Price'},
 'Provider Risk Concern', 'KEY2 FUTURES | Banbury Foyer', 'Key2 Futures - supported accommodation for young people aged 16-25. Risk assessment and RMP attached.',
 doc='w16-risk-02_K2F_risk_concern_44721',
 cover='Hello,\n\nPlease see attached our risk concern for Brokerage ref 44721. Happy to discuss.\n\nMarcus Obi\nFoyer Manager, Key2 Futures Banbury')

form('w16-risk-03', 'risk-concern', 'pdf:numbered', 'sandra.hale@sanctuary.provider.test', 'Risk concern YPSA/REF/26/0912', [
 ('REFERRAL_REFERENCE', 'Referral reference', 'YPSA/REF/26/0912'), ('PROVIDER', 'Provider name', 'Sanctuary Housing'), ('YOUNG_PERSON', 'Name of young person', 'Tyler Jenkins'),
 ('RISK', 'The risk we are unable to manage', 'Serious damage to property and threats to carers; ongoing child criminal exploitation with repeated missing episodes.'),
 ('WHY', 'Why this cannot be managed', ''),
 ('RESOURCES', 'Resources or support that would enable us to manage the risk', 'Waking night staff and a second worker on shift; CCE specialist support and a clear missing protocol agreed with police.'),
 ], {'REFERRAL_REFERENCE': 'YPSA/REF/26/0912', 'PROVIDER': 'Sanctuary Housing', 'YOUNG_PERSON': 'Tyler Jenkins'},
 'Risk Concern - Response to Referral', 'SANCTUARY HOUSING - Supported Living', 'Sanctuary Housing. Please attach the risk assessment and risk management plan.',
 doc='w16-risk-03_Sanctuary_risk_concern', missing='WHY',
 cover='Please find attached our risk concern regarding referral YPSA/REF/26/0912.\n\nSandra Hale\nScheme Manager, Sanctuary Housing')

form('w16-risk-04', 'risk-concern', 'docx:numbered', 'paul.kendrick@a2dominion.provider.test', 'Risk concern - your ref REF-20261127-0042', [
 ('REFERRAL_REFERENCE', 'Your referral reference', 'REF-20261127-0042'), ('PROVIDER', 'Organisation', 'A2 Dominion'), ('YOUNG_PERSON', 'Applicant', 'Lowri Bevan'),
 ('RISK', 'What is the risk you are unable to manage? (be specific)', 'Recent suicidal statements together with a history of cutting. Lowri would be placed in a self-contained flat with floating support only.'),
 ('WHY', 'Why are you unable to manage this risk?', 'Floating support visits are twice weekly. There is no staff presence in the evenings or at weekends, and no mental health plan in place yet since CAMHS discharged her.'),
 ('RESOURCES', 'What resources or support would enable you to manage it?', 'An adult mental health care coordinator allocated before move-in, a crisis plan shared with us, and daily check-ins from the PA for the first fortnight. We could then offer the flat at A2D-SOX-01.'),
 ], {'REFERRAL_REFERENCE': 'REF-20261127-0042', 'PROVIDER': 'A2 Dominion', 'YOUNG_PERSON': 'Lowri Bevan'},
 'Response to Referral: Provider Risk Concern', 'A2DOMINION - Tenancy Sustainment (Young People)', 'A2 Dominion Group. Tenancy Sustainment Team, South Oxfordshire.',
 doc='w16-risk-04_A2D_riskconcern',
 cover='Hi team,\n\nAttached is our risk concern for REF-20261127-0042 (Lowri). We would like to offer if the support below can be put in place.\n\nPaul Kendrick\nTenancy Sustainment Officer, A2 Dominion')

form('w16-risk-05', 'risk-concern', 'raw', 'hannah.wright@connection.provider.test', 'RE: Referral PR-5521 - Callum Hughes', [], {'REFERRAL_REFERENCE': 'PR-5521', 'PROVIDER': 'Connection Support', 'YOUNG_PERSON': 'Callum Hughes'}, '', '', '')
OTHER[-1]['body'] = '''Hi Priya,

Re referral PR-5521 (Callum Hughes) - sorry, we can't accept Callum at the moment - our risk concern is below as requested, RA and RMP attached.

Risk we can't manage: heavy weekend drinking with a history of criminal damage; our South Oxfordshire house (CON-SOX-01) is alcohol free and shared with two young people in recovery.
Why: we only have day staff on site (9-5) and no one to manage intoxicated behaviour at weekends. Two current residents are in early recovery and have asked not to live with someone drinking.
What would enable us: an alcohol support worker (Turning Point) engaged before move-in, an agreed alcohol contract, and a weekend on-call arrangement with the PA. With that in place we could look again in January.

Thanks
Hannah Wright
Service Coordinator, Connection Support

> On 3 Dec 2026, at 14:20, Priya Sandhu <priya.sandhu@council.test> wrote:
> Please can you confirm whether you can offer for referral PR-5521 (Callum Hughes, 18)? If not, please send a risk concern with the three parts.
'''
OTHER[-1]['layout'] = 'raw'

# ================= SAFEGUARDING INCIDENTS
form('w16-inc-01', 'safeguarding-incident', 'grid', 'leanne.marsh@response.provider.test', 'Safeguarding incident - missing - RSP-OXC-01', [
 ('PROVIDER', 'Provider', 'Response'), ('PROPERTY', 'Service/property code', 'RSP-OXC-01'), ('NAME', 'Service user', 'Jordan Fairley'), ('DATE_OF_BIRTH', 'DOB', '12/05/2008'),
 ('LCS_NUMBER', 'LCS no.', '6655012'), ('WORKER_NAME', 'SW/PA', 'Gemma Patel (PA)'), ('WORKER_EMAIL', 'SW/PA email', 'gemma.patel@council.test'),
 ('WHEN', 'Incident date/time', 'Thu 03/12/26 22.00'), ('CATEGORY', 'Incident type', 'Missing person'), ('SEVERITY', 'Severity', 'Medium'),
 ('DESCRIPTION', 'Summary', 'Jordan did not return by 10pm curfew agreed in his support plan. Phone going to voicemail. Last seen leaving the property at 4.15pm saying he was going to the gym. No known risk of harm but he has been missing once before (Sept 2026).'),
 ('ACTIONS', 'Actions taken', 'Called Jordan and his girlfriend 22.10 and 22.40 - no answer. Reported missing to TVP 23.15. EDT informed 23.30. Jordan returned 02.50 04/12, safe and well; return interview booked.'),
 ('POLICE_REFERENCE', 'Police ref', '43260398112'),
 ], {'PROVIDER': 'Response', 'PROPERTY': 'RSP-OXC-01', 'NAME': 'Jordan Fairley', 'DATE_OF_BIRTH': '2008-05-12', 'WHEN': '2026-12-03T22:00', 'CATEGORY': 'missing', 'SEVERITY': 'medium',
     'WORKER_EMAIL': 'gemma.patel@council.test', 'POLICE_REFERENCE': '43260398112'},
 '', '', '', pre='Please see incident report below (copied from Inform).\n\nSAFEGUARDING INCIDENT REPORT - Record 2026/11873\n\n', post='\n\nLeanne Marsh\nProject Worker, Response Oxford\n01632 960 301')

form('w16-inc-02', 'safeguarding-incident', 'docx:twocol', 'marcus.obi@key2.provider.test', 'Safeguarding incident report - K2F-CHE-01 - HIGH', [
 'Service and young person',
 ('PROVIDER', 'Provider', 'Key2 Futures'), ('PROPERTY', 'Property (code)', 'Banbury Foyer - K2F-CHE-01'), ('NAME', 'Resident name', 'Chloe Ashdown'),
 ('DATE_OF_BIRTH', 'Date of birth', '21/09/2007'), ('LCS_NUMBER', 'LCS number', 'Not recorded'), ('WORKER_NAME', 'Social worker / Leaving Care PA', 'Daniel Foster (PA)'), ('WORKER_EMAIL', 'Email', 'daniel.foster@council.test'),
 'Incident',
 ('WHEN', 'Date and time of incident', '02/12/2026 at 11.20pm'), ('CATEGORY', 'Category', 'Self harm'), ('SEVERITY', 'Severity (low / medium / high / critical)', 'High'),
 ('DESCRIPTION', 'What happened', 'Night concierge heard Chloe crying in her room. When staff knocked she said she had taken "a handful" of paracetamol about an hour earlier and had cut her forearm. Cuts were superficial. She said she had received upsetting messages from her ex-partner.'),
 ('ACTIONS', 'Immediate action taken', 'First aid given, ambulance called 23.25, staff member accompanied Chloe to Horton ED. Kept in for bloods and observed overnight, discharged 03/12 with crisis team follow-up. Room checked and medication removed with her agreement. Manager and PA informed.'),
 ('POLICE_REFERENCE', 'Police reference (if any)', 'N/A'),
 ], {'PROVIDER': 'Key2 Futures', 'PROPERTY': 'K2F-CHE-01', 'NAME': 'Chloe Ashdown', 'DATE_OF_BIRTH': '2007-09-21', 'WHEN': '2026-12-02T23:20', 'CATEGORY': 'self-harm', 'SEVERITY': 'high',
     'WORKER_EMAIL': 'daniel.foster@council.test'},
 'Safeguarding Incident Report', 'KEY2 FUTURES | Banbury Foyer', 'Key2 Futures. Incident reports must be sent to Brokerage and Quality & Contracts within 24 hours.',
 doc='w16-inc-02_K2F_selfharm', cover='Hi all,\n\nIncident report attached (high) for a resident at Banbury Foyer, overnight on 2 December. Chloe is back with us and on 2-hourly checks.\n\nMarcus Obi\nFoyer Manager')

form('w16-inc-03', 'safeguarding-incident', 'docx:yn', 'kirsty.fairclough@stonewater.provider.test', 'Safeguarding incident - exploitation concern - STW-VWH-02', [
 'Details',
 ('PROVIDER', 'Provider', 'Stonewater'), ('PROPERTY', 'Property ref', 'STW-VWH-02'), ('NAME', 'Young person', 'Brandon Kelly'), ('DATE_OF_BIRTH', 'D.O.B.', '05/03/2006'),
 ('LCS_NUMBER', 'LCS', '6204471'), ('WORKER_NAME', 'SW / PA', 'Amira Hassan'), ('WORKER_EMAIL', 'SW / PA email', 'amira.hassan@council.test'),
 ('WHEN', 'When did it happen? (date and time)', '1.12.2026, 7.30pm'), ('CATEGORY', 'Type of incident', 'Exploitation (suspected cuckooing)'), ('SEVERITY', 'Severity', 'HIGH'),
 ('DESCRIPTION', 'Description', 'On a visit I found two unknown adult males in Brandon\'s flat who left when I arrived. Strong smell of cannabis and a set of scales in the kitchen. Brandon was withdrawn and said they were "just mates" staying over. Neighbours have reported people coming and going at all hours over the last week.'),
 ('ACTIONS', 'Immediate actions', 'Spoke with Brandon alone; he agreed the visitors make him nervous. Reported to TVP via 101 at 20.15. Shared with PA next morning. Daily visits put in place and intelligence submission sent.'),
 ('PVISIT', 'Were police informed?', YES), ('POLICE_REFERENCE', 'Police incident number', '43260394470'),
 ], {'PROVIDER': 'Stonewater', 'PROPERTY': 'STW-VWH-02', 'NAME': 'Brandon Kelly', 'DATE_OF_BIRTH': '2006-03-05', 'WHEN': '2026-12-01T19:30', 'CATEGORY': 'exploitation', 'SEVERITY': 'high',
     'WORKER_EMAIL': 'amira.hassan@council.test', 'POLICE_REFERENCE': '43260394470'},
 'Safeguarding Incident Notification', 'STONEWATER - Young People\'s Services', 'Stonewater. Tenancy Sustainment Team (Vale). Page 1 of 1.',
 doc='w16-inc-03_STW_exploitation', cover='Dear Brokerage and Q&C,\n\nPlease find attached a safeguarding incident notification for one of our Vale tenants (suspected cuckooing).\n\nKirsty Fairclough\nTenancy Sustainment Officer, Stonewater')

form('w16-inc-04', 'safeguarding-incident', 'pdf:multi', 'sandra.hale@sanctuary.provider.test', 'CRITICAL incident - hospital admission - SAN-CHE-01', [
 'Section 1 - Service',
 ('PROVIDER', 'Provider', 'Sanctuary Housing'), ('PROPERTY', 'Property', 'SAN-CHE-01'),
 'Section 2 - Young person',
 ('NAME', 'Name', 'Tamsin Hartley'), ('DATE_OF_BIRTH', 'DOB', '28/02/2005'), ('LCS_NUMBER', 'LCS number', 'N/K'), ('WORKER_NAME', 'PA / SW', 'Rob Ingham'), ('WORKER_EMAIL', 'PA / SW email', 'rob.ingham@council.test'),
 'Section 3 - Incident',
 ('WHEN', 'Date / time', '03/12/2026 06:45'), ('CATEGORY', 'Category', 'Hospital admission'), ('SEVERITY', 'Severity', 'Critical'), ('POLICE_REFERENCE', 'Police ref', 'None'),
 ('DESCRIPTION', 'Description of incident', 'Staff on early shift found Tamsin unresponsive in the communal lounge. She had a seizure shortly after. She has type 1 diabetes and it is believed her blood sugar was very low after a night out. She was taken to the JR by ambulance and admitted to ICU.'),
 ('ACTIONS', 'Immediate actions', 'Recovery position, 999 called 06.47, staff member went with her in the ambulance. Next of kin (mum) and PA informed by 08.30. Scheme manager updating hospital daily. Diabetes care plan to be reviewed with the diabetes nurse before discharge.'),
 ], {'PROVIDER': 'Sanctuary Housing', 'PROPERTY': 'SAN-CHE-01', 'NAME': 'Tamsin Hartley', 'DATE_OF_BIRTH': '2005-02-28', 'WHEN': '2026-12-03T06:45', 'CATEGORY': 'hospital admission', 'SEVERITY': 'critical',
     'WORKER_EMAIL': 'rob.ingham@council.test'},
 'Safeguarding Incident Report Form', 'SANCTUARY HOUSING - Supported Living', 'Sanctuary Housing. Report critical incidents to the local authority immediately by telephone as well as by this form.',
 doc='w16-inc-04_Sanctuary_critical', cover='Good morning,\n\nCritical incident report attached for Tamsin Hartley (admitted to ICU yesterday morning). I have also telephoned the duty line.\n\nSandra Hale\nScheme Manager')

form('w16-inc-05', 'safeguarding-incident', 'docx:multi', 'paul.kendrick@a2dominion.provider.test', 'Incident report - A2D-SOX-01 - assault on resident', [
 'Provider and property',
 ('PROVIDER', 'Organisation', 'A2 Dominion'), ('PROPERTY', 'Scheme / property code', 'A2D-SOX-01'),
 'Young person',
 ('NAME', 'Name', 'Kyle Brennan'), ('DATE_OF_BIRTH', 'Date of birth', '17/10/2004'), ('LCS_NUMBER', 'LCS', '5870299'), ('WORKER_NAME', 'Social worker / PA', 'Natalie Webb'), ('WORKER_EMAIL', 'Email', 'natalie.webb@council.test'),
 'The incident',
 ('WHEN', 'Date and time', '29/11/2026 - 01.15'), ('CATEGORY', 'Category', 'Violence'), ('SEVERITY', 'Severity', ''), ('POLICE_REFERENCE', 'Police reference', '43260391205'),
 ('DESCRIPTION', 'What happened?', 'Kyle was punched by another tenant in the shared kitchen after an argument about noise. He had a cut lip and bruising to his cheek. The other tenant left the building.'),
 ('ACTIONS', 'What did you do straight away?', 'Out of hours on-call attended, first aid given, police called (attended 02.10). Kyle declined hospital. Other tenant moved to a different scheme on 30/11 pending review.'),
 ], {'PROVIDER': 'A2 Dominion', 'PROPERTY': 'A2D-SOX-01', 'NAME': 'Kyle Brennan', 'DATE_OF_BIRTH': '2004-10-17', 'WHEN': '2026-11-29T01:15', 'CATEGORY': 'violence', 'WORKER_EMAIL': 'natalie.webb@council.test', 'POLICE_REFERENCE': '43260391205'},
 'Safeguarding Incident Report', 'A2DOMINION - Tenancy Sustainment (Young People)', 'A2 Dominion Group. Tenancy Sustainment Team, South Oxfordshire.',
 doc='w16-inc-05_A2D_violence', missing='SEVERITY',
 cover='Hi,\n\nPlease see attached incident report from the weekend at our South Oxfordshire scheme.\n\nPaul Kendrick\nTenancy Sustainment Officer')

form('w16-inc-06', 'safeguarding-incident', 'raw', 'zoe.pickering@oxyouth.provider.test', 'incident oxy-wox-01 police', [],
 {'PROVIDER': 'Oxfordshire Youth', 'PROPERTY': 'OXY-WOX-01', 'NAME': 'Ruby Chandler', 'DATE_OF_BIRTH': '2008-01-26', 'WHEN': '2026-12-03T15:40', 'CATEGORY': 'police involvement', 'SEVERITY': 'low', 'POLICE_REFERENCE': '43260397001'}, '', '', '')
OTHER[-1]['body'] = '''Hi both, quick incident report from the foyer, sorry typing on phone

provider: Oxfordshire Youth
property: OXY-WOX-01 (Witney)
yp: Ruby Chandler, dob 26/1/08
LCS n/k, PA not recorded - ruby is 18 and not open to CSC
when: Thu 3/12 at 3.40pm
category: police involvement
severity: low
what happened: police came to the foyer to speak to ruby as a witness about a shoplifting incident in town she was with a friend. ruby was not arrested. she was upset after and said she was worried about losing her room
actions: key worker sat in with her while police spoke to her (appropriate support), reassured her re tenancy, will follow up at keywork session mon 7/12
police ref 43260397001

zoe
Zoe Pickering, Foyer Support Worker, Oxfordshire Youth'''
OTHER[-1]['layout'] = 'raw'

form('w16-inc-07', 'safeguarding-incident', 'docx:boxes', 'imran.siddiqui@connection.provider.test', 'Safeguarding incident - allegation against staff - CON-SOX-01', [
 'Provider / property',
 ('PROVIDER', 'Provider', 'Connection Support'), ('PROPERTY', 'Property', 'CON-SOX-01'),
 'Young person',
 ('NAME', 'Young person\'s name', 'Ashley Bright'), ('DATE_OF_BIRTH', 'Date of birth', '08/08/2007'), ('LCS_NUMBER', 'LCS no.', '6720045'),
 ('WORKER_NAME', 'Social worker / Leaving Care PA', 'Fiona Grant'), ('WORKER_EMAIL', 'Their email', 'fiona.grant@council.test'),
 'Incident',
 ('WHEN', 'Date and time of incident', 'Mon 30/11/26, approx 16.00'), ('CATEGORY', 'Category', 'Allegation against staff'), ('SEVERITY', 'Severity', 'Medium'),
 ('DESCRIPTION', 'Description (facts only)', 'Ashley told the service coordinator on 01/12 that a support worker grabbed her arm during an argument about a room search on 30/11 and swore at her. No visible injury. The worker denies grabbing her but accepts raising his voice.'),
 ('ACTIONS', 'Immediate actions', 'Worker removed from rota at this property pending investigation. LADO contacted 01/12 (advice: internal investigation). Ashley offered an independent advocate. PA informed.'),
 ('POLICE_REFERENCE', 'Police ref (if reported)', 'Not reported to police'),
 ], {'PROVIDER': 'Connection Support', 'PROPERTY': 'CON-SOX-01', 'NAME': 'Ashley Bright', 'DATE_OF_BIRTH': '2007-08-08', 'WHEN': '2026-11-30T16:00', 'CATEGORY': 'allegation against staff', 'SEVERITY': 'medium',
     'WORKER_EMAIL': 'fiona.grant@council.test'},
 'Safeguarding Incident Form', 'CONNECTION SUPPORT', 'Connection Support - Safeguarding. Do not include the name of the staff member on this form.',
 doc='w16-inc-07_CON_allegation', cover='Dear colleagues,\n\nAttached is a safeguarding incident form concerning an allegation against a member of staff. LADO has been consulted.\n\nImran Siddiqui\nService Manager, Connection Support')

form('w16-inc-08', 'safeguarding-incident', 'stacked', 'dawn.fletcher@a2dominion.provider.test', 'Safeguarding incident - A2D-OXC-01 - fire alarm / damage', [
 ('PROVIDER', 'Provider', 'A2 Dominion'), ('PROPERTY', 'Property', 'A2D-OXC-01'), ('NAME', 'Tenant name', 'Declan Murphy'), ('DATE_OF_BIRTH', 'Date of birth', '19/04/2003'),
 ('LCS_NUMBER', 'LCS number', 'N/K'), ('WORKER_NAME', 'Social worker or PA', 'Not recorded'),
 ('WHEN', 'Date and time', '3.12.2026 02.10'), ('CATEGORY', 'Category', 'Other - fire alarm / damage to flat'), ('SEVERITY', 'Severity', 'Low'),
 ('DESCRIPTION', 'Description', 'Declan fell asleep while cooking and the smoke alarm activated. Fire service attended; small amount of smoke damage to the kitchen ceiling, no injuries. Declan said he had been drinking.'),
 ('ACTIONS', 'Actions taken', 'Fire service made safe. Home fire safety visit booked. Discussed cooking safety and alcohol with Declan at visit on 03/12; referral to the alcohol service offered.'),
 ('POLICE_REFERENCE', 'Police reference', 'None'),
 ], {'PROVIDER': 'A2 Dominion', 'PROPERTY': 'A2D-OXC-01', 'NAME': 'Declan Murphy', 'DATE_OF_BIRTH': '2003-04-19', 'WHEN': '2026-12-03T02:10', 'CATEGORY': 'other', 'SEVERITY': 'low'},
 '', '', '', pre='Hello,\n\nSAFEGUARDING INCIDENT REPORT\n\n', post='\n\nDawn Fletcher\nTenancy Sustainment Officer | A2 Dominion | 01632 960 822')
# ================= INTELLIGENCE
def ivals(w, e, a): return {'WORKER': w, 'EMAIL': e, 'AGENCY': a}
form('w16-int-01', 'intelligence-submission', 'colon', 'pc.lee.tranter@btp.police.test', 'Partnership intelligence submission - Banbury station - youths carrying for older males', [
 'Submitting agency',
 ('AGENCY', 'Agency', 'British Transport Police (Thames Valley neighbourhood team)'), ('WORKER', 'Officer', 'PC 4471 Lee Tranter'), ('ROLE', 'Role', 'Neighbourhood officer, Banbury rail'),
 ('EMAIL', 'Contact email', 'pc.lee.tranter@btp.police.test'), ('PHONE', 'Contact tel', '07700 900 742'),
 'Information',
 ('WHEN', 'Date/time of info', 'Tue 01/12/26, between 17.30 and 18.15'), ('LOCATION', 'Location', 'Banbury railway station, platform 3 and the taxi rank'),
 ('PERSONS', 'Persons', '1) Male, approx 15, white, slim, black North Face jacket, called "Tizzy" by others. 2) Jordan FAIRLEY dob 12/05/2008 (resident at a supported housing project in Oxford). 3) Unknown adult male, 30s, mixed race, grey tracksuit.'),
 ('VEHICLES', 'Vehicles', 'Black VW Golf, partial VRM WR19 ***, waiting at taxi rank'),
 ('INFORMATION', 'Intelligence', 'On patrol I observed the two younger males arrive on the 17.32 from Oxford and hand a small package to the adult male, who then got into the Golf. FAIRLEY was stopped and spoken to at 18.05; nothing found, gave his address. Pattern fits younger people being used to carry for an Oxford line. Submitting so that the housing provider and MASH are aware.'),
 ('SOURCE', 'Source / grading', 'Officer observation - B / 2'), ('HANDLING', 'Handling code', 'P'),
 ], ivals('PC 4471 Lee Tranter', 'pc.lee.tranter@btp.police.test', 'British Transport Police'),
 '', '', '', pre='PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n\n', post='\n\nPC 4471 Tranter\nBritish Transport Police')

form('w16-int-02', 'intelligence-submission', 'docx:twocol', 'gethin.howells@council.test', 'Intelligence sharing submission - YJS', [
 'Part 1 - Submitting agency',
 ('AGENCY', 'Agency', 'Cwm Tawel Youth Justice Service'), ('WORKER', 'Worker name', 'Gethin Howells'), ('ROLE', 'Role', 'Case Manager'),
 ('EMAIL', 'Email', 'gethin.howells@council.test'), ('PHONE', 'Telephone', '07700 900 612'),
 'Part 2 - The information',
 ('WHEN', 'Date and time information obtained', '02/12/2026, 14:30 (supervision session)'), ('LOCATION', 'Location the information relates to', 'Flat above the vape shop, Broad Street, Banbury (exact number N/K)'),
 ('PERSONS', 'Persons involved (name, DOB, description)', 'Kian DOHERTY 02/08/2008 (YJS client). Male known as "Deeks", early 20s, lives at the flat.'),
 ('VEHICLES', 'Vehicles', 'None known'),
 ('INFORMATION', 'Information', 'During supervision Kian said the debt he owes is to "Deeks", who runs a phone line from the flat and has offered to clear the debt if Kian holds drugs for him. Kian said he had not agreed. He appeared frightened discussing it.'),
 ('SOURCE', 'Source and information grading (if known)', 'Young person disclosure - not graded'), ('HANDLING', 'Handling code', 'P - may be disseminated to partners'),
 ], ivals('Gethin Howells', 'gethin.howells@council.test', 'Cwm Tawel Youth Justice Service'),
 'Partnership Agency Intelligence Sharing Submission', 'Cwm Tawel Youth Justice Service', 'YJS - OFFICIAL-SENSITIVE. Do not use this form to report crime in progress or where someone is in danger - call 999.',
 doc='w16-int-02_YJS_intel', cover='Please find attached an intelligence sharing submission following a disclosure in supervision yesterday.\n\nGethin Howells\nCase Manager, YJS')

form('w16-int-03', 'intelligence-submission', 'pdf:twocol', 'claire.bowen@cwmtawel-uhb.nhs.test', 'Intelligence submission from ED safeguarding - repeated attendances', [
 'Submitting agency',
 ('AGENCY', 'Organisation', 'Cwm Tawel University Health Board - Emergency Department'), ('WORKER', 'Name', 'Claire Bowen'), ('ROLE', 'Designation', 'Safeguarding Nurse (ED)'),
 ('EMAIL', 'Email', 'claire.bowen@cwmtawel-uhb.nhs.test'), ('PHONE', 'Tel', '01632 960 051'),
 'Information',
 ('WHEN', 'Date / time', '28/11/2026 to 03/12/2026 (3 attendances)'), ('LOCATION', 'Location', 'Ysbyty Cwm Tawel ED; patients reported being at an address on Stryd y Farchnad, Tonmawr'),
 ('PERSONS', 'Persons', 'Three females aged 16-17 (names held on ED record, shared with MASH separately). Adult male who brought two of them in, "Jay", approx 25, tall, tattoo on neck.'),
 ('VEHICLES', 'Vehicles', 'Silver Ford Focus, dropped patients at ambulance bay 28/11 23.50'),
 ('INFORMATION', 'Information', 'Three girls have attended ED over 6 days with alcohol intoxication, each saying they had been at a "party flat" in Tonmawr. Two were brought in by the same adult male who left before staff could speak to him. Staff concerned about possible child sexual exploitation.'),
 ('SOURCE', 'Source / grading', 'Staff observation and patient accounts'), ('HANDLING', 'Handling code', 'Not stated'),
 ], ivals('Claire Bowen', 'claire.bowen@cwmtawel-uhb.nhs.test', 'Cwm Tawel University Health Board'),
 'Partnership Agency Intelligence Sharing Submission', 'Bwrdd Iechyd Prifysgol Cwm Tawel | Cwm Tawel University Health Board', 'ED Safeguarding Team. Information shared under the Wales Safeguarding Procedures.',
 doc='w16-int-03_ED_intel', cover='Hello,\n\nIntelligence submission attached regarding a pattern of ED attendances. Referrals for the individual girls have been made to MASH separately.\n\nClaire Bowen RGN, Safeguarding Nurse')

form('w16-int-04', 'intelligence-submission', 'docx:boxes', 'tenancysustainment.vale@stonewater.provider.test', 'Intelligence submission - STW-VWH-02 visitors', [
 'About you',
 ('AGENCY', 'Submitting agency', 'Stonewater - Young People\'s Services (Vale)'), ('WORKER', 'Worker name', ''), ('ROLE', 'Role', 'Tenancy Sustainment Officer'),
 ('EMAIL', 'Contact email', 'tenancysustainment.vale@stonewater.provider.test'), ('PHONE', 'Contact phone', '01632 960 915'),
 'About the information',
 ('WHEN', 'Date and time', '01/12/2026 19:30'), ('LOCATION', 'Location', 'Flat 3, 12 Mill Lane, Wantage (Stonewater property STW-VWH-02)'),
 ('PERSONS', 'Persons involved', 'Brandon KELLY 05/03/2006 (tenant). Two unknown males, both white, 20s; one with red hair and a scar on his chin.'),
 ('VEHICLES', 'Vehicles', 'Not seen'),
 ('INFORMATION', 'Information', 'Two unknown males found in the tenant\'s flat on a visit; strong smell of cannabis and digital scales in the kitchen. Neighbours report visitors at all hours over the past week. Possible cuckooing of a vulnerable care leaver.'),
 ('SOURCE', 'Source and grading', 'Staff observation / neighbour reports'), ('HANDLING', 'Handling code', 'P'),
 ], {'EMAIL': 'tenancysustainment.vale@stonewater.provider.test', 'AGENCY': 'Stonewater'},
 'Partnership Agency Intelligence Sharing Submission', 'STONEWATER - Young People\'s Services', 'Stonewater. Tenancy Sustainment Team (Vale).',
 doc='w16-int-04_STW_intel', missing='WORKER',
 cover='Please see attached intelligence submission regarding one of our Vale properties.\n\nTenancy Sustainment Team (Vale)\nStonewater')

form('w16-int-05', 'intelligence-submission', 'numbered', 'marcus.obi@key2.provider.test', 'Partnership Agency Intelligence Sharing Submission - Banbury Foyer', [
 ('AGENCY', 'Submitting agency', 'Key2 Futures (Banbury Foyer)'), ('WORKER', 'Worker name', 'Marcus Obi'), ('ROLE', 'Role', 'Foyer Manager'),
 ('EMAIL', 'Email', 'marcus.obi@key2.provider.test'), ('PHONE', 'Phone', '01632 960 566'),
 ('WHEN', 'Date and time of information', 'Sat 28/11/26, approx 21.00 - 23.00'), ('LOCATION', 'Location', 'Car park to rear of Banbury Foyer, Southam Road'),
 ('PERSONS', 'Persons involved (name, date of birth, description)', 'Unknown male, 18-20, black puffer jacket, moped. Residents have named him as "Kai". Approached at least three residents aged 16-19.'),
 ('VEHICLES', 'Vehicles', 'Black Honda moped, no plate visible'),
 ('INFORMATION', 'Information', 'CCTV shows the male waiting in the rear car park over two hours and talking with residents who came out to smoke. One resident later told staff he had been offered "easy money" to take a parcel to Oxford. This is the third Saturday we have seen him.'),
 ('SOURCE', 'Source and grading', 'CCTV and resident disclosure'), ('HANDLING', 'Handling code', 'P'),
 ], ivals('Marcus Obi', 'marcus.obi@key2.provider.test', 'Key2 Futures'),
 '', '', '', pre='Hello,\n\nPlease see below our intelligence submission - CCTV stills can be provided on request.\n\n',
 post='\n\nMarcus Obi\nFoyer Manager, Key2 Futures')

form('w16-int-06', 'intelligence-submission', 'pdf:boxes', 'ps.anna.kowalski@btp.police.test', 'Intelligence submission - suspected cuckooing address - Didcot', [
 'Submitting agency',
 ('AGENCY', 'Agency', 'British Transport Police'), ('WORKER', 'Name', 'PS 1188 Anna Kowalski'), ('ROLE', 'Role', 'Sergeant, Didcot Parkway'),
 ('EMAIL', 'Email', 'ps.anna.kowalski@btp.police.test'), ('PHONE', 'Phone', '07700 900 219'),
 'Information',
 ('WHEN', 'Date / time', '26.11.2026 16.20'), ('LOCATION', 'Location', 'Didcot Parkway station; address given: 7 Foxhall Court, Didcot'),
 ('PERSONS', 'Persons', 'Ashley BRIGHT 08/08/2007 - resident at supported housing in South Oxfordshire. Male, "Tyrell", approx 19, black, 6ft.'),
 ('VEHICLES', 'Vehicles', 'N/K'),
 ('INFORMATION', 'Information', 'BRIGHT was stopped for fare evasion and gave 7 Foxhall Court as her address. She said she had been staying there with "Tyrell" who "looks after" her and that several other young people stay there. Local officers believe the flat belongs to a vulnerable adult. Possible cuckooing.'),
 ('SOURCE', 'Source / grading', 'Direct - B2'), ('HANDLING', 'Handling code', 'P (lawful sharing)'),
 ], ivals('PS 1188 Anna Kowalski', 'ps.anna.kowalski@btp.police.test', 'British Transport Police'),
 'Partnership Agency Intelligence Sharing Submission', 'BRITISH TRANSPORT POLICE - Partnership', 'BTP. OFFICIAL-SENSITIVE. Do not forward beyond the partnership.',
 doc='w16-int-06_BTP_cuckooing', cover='Submission attached re possible cuckooing address in Didcot linked to a young person in supported accommodation.\n\nPS 1188 Kowalski\nBritish Transport Police')

form('w16-int-07', 'intelligence-submission', 'docx:multi', 'gareth.lloyd@housing.council.test', 'Cyflwyno gwybodaeth / Intelligence submission - Housing Options', [
 'Adran 1 / Section 1 - Asiantaeth / Agency',
 ('AGENCY', 'Agency', 'Cwm Tawel CBC Housing Options'), ('WORKER', 'Officer', 'Gareth Lloyd'), ('ROLE', 'Role', 'Housing Options Officer'),
 ('EMAIL', 'Email', 'gareth.lloyd@housing.council.test'), ('PHONE', 'Tel', '01632 960 214'),
 'Adran 2 / Section 2 - Gwybodaeth / Information',
 ('WHEN', 'Date & time', '03/12/2026 11:00'), ('LOCATION', 'Location', 'Civic Centre reception, Cwmderi'),
 ('PERSONS', 'Persons', 'Kayla MORRIS 17/04/2009. Adult male, "Rhodri", approx 22, white, dark beard, accompanied her.'),
 ('VEHICLES', 'Vehicles', 'Blue Vauxhall Corsa, partial reg CV68'),
 ('INFORMATION', 'Information', 'Kayla presented as homeless accompanied by an older male who answered questions for her and said she could "stay at his mate\'s". When seen alone Kayla said he had bought her a phone and clothes. Concern about grooming / CSE.'),
 ('SOURCE', 'Source / grading', 'Officer observation'), ('HANDLING', 'Handling code', 'P'),
 ], ivals('Gareth Lloyd', 'gareth.lloyd@housing.council.test', 'Cwm Tawel CBC Housing Options'),
 'Partnership Agency Intelligence Sharing Submission', HO, HOF,
 doc='w16-int-07_HO_intel', cover='Please see attached intelligence submission linked to the MASH referral made for Kayla Morris today.\n\nGareth Lloyd\nHousing Options Officer')

form('w16-int-08', 'intelligence-submission', 'raw', 'zoe.pickering@oxyouth.provider.test', 'intel submission URGENT yp being held at flat', [],
 ivals('Zoe Pickering', 'zoe.pickering@oxyouth.provider.test', 'Oxfordshire Youth'), '', '', '', expect='urgent')
OTHER[-1]['body'] = '''Partnership intelligence submission

Agency: Oxfordshire Youth
Worker: Zoe Pickering
Role: Foyer support worker
Email: zoe.pickering@oxyouth.provider.test
Phone: 07700 900 455
Date/time: now - Fri 4/12 08.50
Location: flat 2, 31 Corn Street, Witney
Persons: Ruby Chandler dob 26/1/08 (our resident). male known as "Dex" 20s
Vehicles: n/k
Information: ruby has just rung me crying, she says Dex has locked her in the flat and has a knife and is saying he won't let her leave. she sounded terrified and the call cut off. she is there right now
Source: direct call from yp
Handling: P

zoe
sent from phone'''
OTHER[-1]['layout'] = 'raw'
