from gen_common import *
from layouts import *
R = []
base = dict(uasc=False, parent=False, sw=None, swe=None, fgc=False, fgcd=None, consent=True, basis='', lcs='')
people = [
 # id, variant, name-as-written, dob, gender, lcs, addr, loc, legal, uasc, parent, refname, role, org, email, phone, sw, swe, fgc, fgcd, needed, consent, basis, layout, dstyle
 dict(n=1, v='E', name='Kieran HOLLIS', dob='2009-03-14', g='Male', lcs='LCS 1184572', addr='Flat 2, 19 Tanners Row, Ambleford, AM4 7QT', loc='Cherwell', legal='Looked after (s.20)', ref='Joanne Pettifer', role='Social Worker', org='Children\'s Social Care - Northfield Locality Team', ph='01869 442180', fgc=False, needed='2026-12-04',
      reason='Kieran has been living with his maternal aunt under a s.20 arrangement since August. Last night (3 Dec) the aunt asked him to leave after an argument about money going missing from the house and says she will not have him back.',
      safety='Kieran slept in the bus shelter at Ambleford Green last night and has nowhere to go tonight. He has been seen with older males linked to drug supply in Ambleford and there is a real risk he will stay with them if no placement is found today.',
      rself='Low mood since September. No self-harm known.', roth='Verbal aggression towards aunt when confronted. No physical violence recorded.', rfrom='Older males in Ambleford (see exploitation).', expl='Concerns of CCE - found with two phones and £300 cash on 21/11/26. NRM referral being considered.', subs='Cannabis daily, says he has tried ketamine.', off='Youth caution Oct 2025 (criminal damage).', mh='Not open to CAMHS. GP aware of low mood.', supp='Needs help with budgeting, re-engaging with college (Level 1 Construction at Ambleford College), registering with a dentist.', layout='body_colon'),
 dict(n=2, v='E', name='Ellie-Mae Dunmore', dob='2006-08-02', g='Female', lcs='1093316', addr='c/o 7 Kestrel Way, Wychcombe, WY2 9LP (sofa surfing)', loc='West Oxfordshire', legal='Care leaver (former relevant)', ref='Priya Lomax', role='Personal Adviser', org='Leaving Care Service (West)', ph='07700 900412', fgc=False, needed='2026-12-04',
      reason='Ellie-Mae lost her private rented room in October (landlord sold the property) and has been sofa surfing with a friend. The friend\'s partner has told her to leave today.',
      safety='Ellie-Mae disclosed on 3 December that the friend\'s partner pushed her against a wall and threatened her if she was still there on Friday. She has no safe alternative tonight and has no money for a B&B.',
      rself='History of self-harm (cutting), last episode July 2026. Currently says she is managing.', roth='None known.', rfrom='Friend\'s partner (above). Ex-partner has a non-molestation order against him until March 2027.', expl='None known.', subs='Alcohol at weekends.', off='None.', mh='Diagnosed with anxiety and depression, on sertraline. Open to the adult community mental health team.', supp='Help managing UC claim and debts (rent arrears £640 with previous landlord); support to attend GP and CMHT appointments.', layout='docx_twocol'),
 dict(n=3, v='E', name='Tomasz Wierzbicki', dob='2008-11-27', g='Male', lcs='LCS1205589', addr='No fixed abode - last address 44 Mill Lane, Harrowden St Giles, HS3 1BD', loc='Oxford City', legal='Care leaver (relevant child until 27/11/26, now former relevant)', ref='Martin Quested', role='Senior Practitioner', org='Leaving Care Service (City)', ph='01865 330 917', sw='Beata Sroka', swe='beata.sroka@council.test', fgc=False, needed='2026-12-05', consent=False,
      basis='Tomasz has declined to sign the consent form. Information is being shared without consent under our safeguarding duties (Children Act 1989 / 2004 and UK GDPR Art. 6(1)(e) and 9(2)(g)) because he is at significant risk of harm if he remains street homeless and is assessed as vulnerable to exploitation. Agreed with Team Manager Gail Arkwright on 03/12/26.',
      reason='Tomasz left his supported lodgings on 1 December after a dispute with the host and has refused to return. He has been sleeping in a car park stairwell in the city centre.',
      safety='Street homeless in freezing temperatures (forecast -4C tonight). He has been approached by adults offering him a place to stay in exchange for "helping out". He has no phone credit and is hard to reach.',
      rself='Has stated "it doesn\'t matter what happens to me". No known attempts.', roth='Assault on a peer in 2024 (NFA).', rfrom='Unknown adults in city centre offering accommodation.', expl='High risk of CCE/CSE - see above.', subs='Alcohol, occasional cocaine reported by friends.', off='None current.', mh='Referral to Talking Therapies declined in Sept.', supp='Intensive key work, ID documents (passport expired), bank account, benefits claim.', layout='pdf_numbered'),
 dict(n=4, v='E', name='Hamid Rahimi', dob='2009-06-19', g='Male', lcs='1219034', addr='Harrowgate House Hotel (emergency hotel placement), Station Road, Bridgecombe, BR1 4XX', loc='South Oxfordshire', legal='Looked after (s.20) - UASC', uasc=True, ref='Sian Mabbutt', role='Social Worker', org='UASC and Asylum Team', ph='01235 760 225', fgc=False, needed='2026-12-04',
      reason='Hamid (Afghan national) was placed in hotel accommodation by the Home Office on arrival and transferred to our care on 2 December. The hotel has confirmed he must leave by 10am on 4 December.',
      safety='Hamid will have nowhere to stay from 10:00 today. He is 17 and speaks limited English (Dari interpreter needed). Other residents at the hotel have been seen giving him cigarettes and asking him to travel to London with them.',
      rself='No concerns identified at present.', roth='None known.', rfrom='Adults at the hotel (see above). Possible trafficking indicators.', expl='Possible trafficking / CCE - NRM referral submitted 03/12/26.', subs='Smokes cigarettes.', off='None.', mh='Reports poor sleep and flashbacks. Initial health assessment booked.', supp='Dari interpreter, ESOL, registration with GP and school/college, solicitor for asylum claim, halal diet.', layout='docx_grid'),
 dict(n=5, v='E', name='Jordan Kettley', dob='', g='Non-binary (they/them)', lcs='1167820', addr='14 Foxglove Close, Netherby Magna, NM6 2RS', loc='Vale of White Horse', legal='Child in need', ref='Amira Haddon', role='Family Support Worker', org='Early Help and CIN Team (Vale)', ph='01235 640 118', fgc=False, needed='2026-12-04',
      reason='Jordan\'s stepfather assaulted them on the evening of 3 December. Police attended and the stepfather has been bailed back to the family home.',
      safety='Jordan cannot return home tonight because the stepfather is living there and Jordan is frightened of him. Jordan stayed at a friend\'s house last night but that is only for one night.',
      rself='Talked of overdose in the past (2025). No recent attempts.', roth='None.', rfrom='Stepfather - assault 03/12/26 (police ref 43260212760).', expl='None known.', subs='None.', off='None.', mh='On CAMHS waiting list.', supp='Emotional support, help to stay in sixth form at Netherby School.', layout='body_above', missing='DATE_OF_BIRTH'),
 dict(n=6, v='E', name='Shannon Brierley', dob='2005-02-10', g='Female', lcs='LCS 0987713', addr='Room 6, Wayfarers Hostel, 2 Quay Street, Ambleford, AM1 3EE', loc='Cherwell', legal='Care leaver', parent=True, ref='Gareth Tolley', role='Leaving Care Personal Adviser', org='Leaving Care Service (North)', ph='07700 900 638', fgc=False, needed='2026-12-07',
      reason='Shannon and her son Leo (4 months) have been placed in a hostel room which the district council says is not suitable for a baby. Environmental health visited on 2 December and found damp and a broken heater.',
      safety='The room is unheated and the hostel has other residents using drugs in communal areas. Health visitor raised concern on 3/12 that the baby is at risk of harm from the conditions. Shannon must move by Monday.',
      rself='Post-natal depression, supported by health visitor.', roth='None.', rfrom='Residents at the hostel; Leo\'s father (no contact, history of DV).', expl='None.', subs='None.', off='None.', mh='Post-natal depression - GP prescribed sertraline.', supp='Parenting support, help with childcare so she can return to college, budgeting.', layout='docx_boxes'),
 dict(n=7, v='E', name='Callum Ashdown', dob='2010-01-22', g='Male', lcs='', addr='17 Orchard Rise, Little Staverton, LS9 4AN', loc='West Oxfordshire', legal='Child in need', ref='Hannah Ridgeway', role='Social Worker', org='Children\'s Social Care - Westbridge Assessment Team', ph='01993 812 304', fgc=False, needed='2026-12-04',
      reason='Mother has said she will not have Callum back after he damaged the house on Wednesday night. Dad lives in Scotland and cannot take him.',
      safety='Callum (16) has been in A&E since the early hours after drinking heavily and is due to be discharged this morning with nowhere to go. Mother has refused to collect him.',
      rself='Alcohol - admitted to hospital 04/12/26. Reckless behaviour.', roth='Damaged property at home, punched a door. No violence to people.', rfrom='None known.', expl='None known.', subs='Alcohol (binge), cannabis.', off='None.', mh='Not known to CAMHS.', supp='Structured day, alcohol work with the young people\'s substance misuse service, contact with mum.', layout='body_reply'),
 dict(n=8, v='N', name='Lauren Pickavance', dob='2009-09-05', g='Female', lcs='1201176', addr='The Willows (foster placement), 3 Church Lane, Upper Farthing, UF2 6DG', loc='Oxford City', legal='Looked after (s.31 Care Order)', ref='Demi Coutts', role='Social Worker', org='Children We Care For Team', ph='01865 815 472', fgc=True, fgcd='2026-11-12', needed='2026-12-21',
      reason='Lauren\'s foster placement is ending by agreement at Christmas because the carers are retiring. Lauren wants to move towards independence and be nearer her college in the city.',
      rself='None identified.', roth='None.', rfrom='None known.', expl='None.', subs='None.', off='None.', mh='Mild anxiety, managing well.', supp='Independence skills (cooking, budgeting), continued support to attend Level 3 childcare course.', layout='docx_grid'),
 dict(n=9, v='N', name='OKAFOR, Reuben', dob='2008-04-30', g='Male', lcs='LCS 1150922', addr='Staying with grandmother, 28 Beacon Road, Harrowden St Giles, HS3 7JP', loc='Oxford City', legal='Care leaver', ref='Lisa Vanstone', role='Personal Adviser', org='Leaving Care Service (City)', ph='01865 330 954', fgc=True, fgcd='2026-10-29', needed='2027-01-04',
      reason='Reuben is staying with his grandmother on a short-term basis following the FGC. Grandmother is 79 and unwell and the family agreed at the FGC that this cannot continue past the New Year.',
      rself='None.', roth='Historic fighting at school (2023).', rfrom='None known.', expl='None known.', subs='Cannabis, occasional.', off='Referral order completed 2025.', mh='ADHD diagnosis, medication via GP.', supp='Support with ADHD medication routine, job search (wants apprenticeship in motor vehicle), budgeting.', layout='pdf_numbered'),
 dict(n=10, v='N', name='Daisy Coulthard', dob='2007-12-15', g='Female', lcs='1178840', addr='9 Partridge Court, Ambleford, AM5 2HU', loc='Cherwell', legal='Care leaver', parent=True, ref='Rachel Ormesher', role='Leaving Care PA', org='Leaving Care Service (North)', ph='07700 900 271', fgc=True, fgcd='2026-11-20', needed='2026-12-18',
      reason='Daisy (18) is living with her mother and her baby daughter Ivy (7 weeks) in a two-bedroom flat that is overcrowded. Relationships are strained and mum has asked her to find somewhere by Christmas.',
      rself='None.', roth='None.', rfrom='Ivy\'s father - currently in custody, due for release Feb 2027.', expl='None.', subs='None.', off='None.', mh='None known.', supp='Parenting support, help setting up home, childcare for college.', layout='body_colon'),
 dict(n=11, v='N', name='Mason Threlfall', dob='2003-07-08', g='Male', lcs='0876455', addr='HMP Elmcroft (release date 23/12/2026)', loc='South Oxfordshire', legal='Care leaver (former relevant, 21+ support)', ref='Cerys Blackmore', role='Personal Adviser', org='Leaving Care Service (South and Vale)', ph='01235 760 301', sw='Dominic Fairweather (Probation Officer)', swe='dominic.fairweather@probation.test', fgc=True, fgcd='2026-11-05', needed='2027-01-11',
      reason='Mason is due for release from HMP Elmcroft on 23 December on licence. He will be placed in Approved Premises for two weeks, then needs move-on accommodation. Family are not able to accommodate (agreed at FGC held in prison).',
      rself='None current.', roth='Convicted of assault occasioning ABH (2025). Probation assess medium risk to the public.', rfrom='Rival group in Bridgecombe - he must not live in the Bridgecombe area (licence condition).', expl='Previously groomed into county lines (2020-2022).', subs='Abstinent in custody. Previously cannabis and cocaine.', off='ABH 2025, possession with intent 2022.', mh='Depression, engaged with prison mental health in-reach.', supp='Licence compliance, substance misuse relapse prevention, employment (has forklift licence).', layout='docx_twocol'),
 dict(n=12, v='N', name='Chloe Fairbrother', dob='2009-05-03', g='Female', lcs='1210448', addr='22 Sedge Lane, Wychcombe, WY1 5TN', loc='West Oxfordshire', legal='Child in need', ref='Natasha Pryor', role='Social Worker', org='Children\'s Social Care - Westbridge Locality Team', ph='01993 812 377', fgc=True, fgcd='2026-11-24', needed='',
      reason='Chloe and her father have a long-standing conflict. FGC held; family agreed that a planned move to supported accommodation is best for Chloe and she will keep regular contact with dad.',
      rself='Occasional self-harm (scratching) when stressed, last Sept 2026.', roth='None.', rfrom='None known.', expl='None.', subs='Vapes.', off='None.', mh='Open to CAMHS (Dr Vasquez).', supp='Emotional support, keeping her at Wychcombe School sixth form.', layout='docx_boxes', missing='DATE_NEEDED'),
 dict(n=13, v='N', name='Oliver Penhaligon', dob='2009-02-01', g='Male', lcs='1196605', addr='5 Wheelwright Cottages, Great Tidmarsh, GT4 8RW', loc='Vale of White Horse', legal='Child in need', ref='Zoe Hackett', role='Senior Social Worker', org='Children\'s Social Care - Vale Locality Team', ph='01235 640 193', fgc=True, fgcd='2026-11-26', needed='2026-12-14',
      reason='Oliver\'s mother is moving to Spain with her new partner in mid-December. Oliver does not want to go and there is no other family able to house him. FGC on 26/11 confirmed no family option.',
      rself='None.', roth='None.', rfrom='None.', expl='None.', subs='None.', off='None.', mh='Autism (diagnosed 2019). Needs routine and clear communication.', supp='Autism-aware support, help with travel training to college, independence skills.', layout='body_above'),
 dict(n=14, v='N', name='KOWALCZYK, Nadia', dob='2006-10-11', g='Female', lcs='LCS 1102217', addr='Flat 11, Brindley House, Canal Street, Bridgecombe, BR2 6PA', loc='Oxford City', legal='Care leaver', ref='Imogen Stapley', role='Personal Adviser', org='Leaving Care Service (City)', ph='01865 330 962', fgc=True, fgcd='2026-11-18', needed='2026-12-28',
      reason='Nadia\'s tenancy is ending as the housing association is refurbishing the block. She has not been offered a transfer. She would like a supported self-contained flat while she bids for social housing.',
      rself='None.', roth='None.', rfrom='None.', expl='None.', subs='None.', off='None.', mh='Previous eating disorder, discharged from the eating disorder service 2025.', supp='Tenancy sustainment, help with housing register bids, student finance (starting nursing degree Sept 2027).', layout='pdf_numbered'),
]
def email_of(name):
    n = name.replace(',', '')
    parts = n.split()
    if name.isupper() or ',' in name:
        sur, fore = name.split(',')[0].strip(), name.split(',')[1].strip()
    else:
        fore, sur = parts[0], parts[-1]
    return f"{fore.lower()}.{sur.lower()}@council.test"

out = []
for p in people:
    P = dict(base); P.update(p)
    emer = P['v'] == 'E'
    P['email'] = email_of(P['ref'])
    lay = P['layout']
    ds = {'body_colon':'mon','docx_twocol':'long','pdf_numbered':'slash','docx_grid':'short','body_above':'slash','docx_boxes':'mon','body_reply':'long'}[lay]
    yn = 'Y' if lay in ('body_colon','body_above','docx_grid') else 'Yes'
    dobv = D(P['dob'], ds) if P['dob'] else ''
    needv = D(P['needed'], ds) if P['needed'] else ''
    fgcdv = D(P['fgcd'], ds) if P['fgcd'] else ('N/A - emergency referral' if emer else '')
    safety = P.get('safety', 'None - planned move.' if P['n'] % 2 else 'No immediate safety concern identified.')
    basis = P['basis'] or ('N/A' if lay != 'docx_grid' else '')
    sw = P['sw'] or 'As referrer'
    swe = P['swe'] or ('As above' if P['sw'] is None else '')
    div = {True: 'Explored with extended family and friends - no one able to offer accommodation. Mediation declined / not appropriate in the timescale.', False: 'Family and friends explored at FGC - no family option. Mediation offered via the Family Solutions Service; sessions held but did not resolve the situation.'}[emer]
    if lay.startswith('docx') or lay.startswith('pdf'):
        ynbox = lambda v: box(None, [('Yes', v), ('No', not v)])
    else:
        ynbox = lambda v: YN(v, yn)
    vt = 'EMERGENCY' if emer else 'Non-emergency (planned)'
    if lay in ('docx_twocol','docx_boxes','pdf_numbered'):
        vt = box(None, [('Emergency', emer), ('Non-emergency', not emer)])
    items = [
      ('sec', 'Section A - Details of the young person'),
      ('row', [('Full name', P['name']), ('Date of birth', dobv), ('Gender', P['g'])]),
      ('row', [('LCS number', P['lcs']), ('Legal status', P['legal'])]),
      ('f', 'Current address', P['addr']),
      ('row', [('Preferred locality', P['loc']), ('UASC' + (' (Y/N)' if yn=='Y' else ''), ynbox(P['uasc'])), ('Is the young person a parent?', ynbox(P['parent']))]),
      ('sec', 'Section B - Referrer details'),
      ('row', [('Name of referrer', P['ref']), ('Job title / role', P['role'])]),
      ('f', 'Team / organisation', P['org']),
      ('row', [('Email', P['email']), ('Telephone', P['ph'])]),
      ('note', 'Complete below if the allocated social worker / PA is not the referrer'),
      ('row', [('Allocated social worker / PA', sw), ('SW / PA email', swe)]),
      ('sec', 'Section C - Family Group Conference and diversion'),
      ('row', [('Has a Family Group Conference been offered?', ynbox(P['fgc'])), ('If yes, date offered', fgcdv)]),
      ('f', 'Diversion explored (family and friends, mediation) - please state', div),
      ('sec', 'Section D - Reason for referral'),
      ('f', 'Reason for referral', P['reason']),
      ('f', 'Immediate safety concern (EMERGENCY referrals - please describe)', safety),
      ('sec', 'Section E - Risk assessment'),
      ('f', 'Risk to self', P['rself']), ('f', 'Risk to others', P['roth']), ('f', 'Risk from others', P['rfrom']),
      ('f', 'Exploitation (CSE / CCE / trafficking)', P['expl']),
      ('row', [('Substance misuse', P['subs']), ('Offending', P['off'])]),
      ('f', 'Mental health', P['mh']),
      ('sec', 'Section F - Support needs'),
      ('f', 'Support needs', P['supp']),
      ('sec', 'Section G - Accommodation and consent'),
      ('row', [('Referral type', vt), ('Date accommodation needed', needv)]),
      ('f', 'Has the young person consented to this referral and to information being shared?', ynbox(P['consent'])),
      ('f', 'If No - safeguarding basis for sharing without consent', basis),
    ]
    values = dict(FULL_NAME=P['name'], DATE_OF_BIRTH=P['dob'] or None, GENDER=P['g'], VARIANT='emergency' if emer else 'non-emergency',
        DATE_NEEDED=P['needed'] or None, CONSENT='yes' if P['consent'] else 'no', REFERRER_NAME=P['ref'], REFERRER_EMAIL=P['email'],
        REFERRER_PHONE=P['ph'], PARENT='yes' if P['parent'] else 'no', UASC='yes' if P['uasc'] else 'no',
        FGC_OFFERED='yes' if P['fgc'] else 'no', PREFERRED_LOCALITY=P['loc'], ORGANISATION=P['org'])
    if P['lcs']: values['LCS_NUMBER'] = P['lcs']
    if P['fgcd']: values['FGC_DATE'] = P['fgcd']
    if P['swe'] and '@' in P['swe']: values['SOCIAL_WORKER_EMAIL'] = P['swe']
    if P['basis']: values['SAFEGUARDING_BASIS'] = P['basis']
    P['items'] = items; P['values'] = values; P['ds'] = ds
    out.append(P)
