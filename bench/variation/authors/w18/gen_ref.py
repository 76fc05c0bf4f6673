from gen_render import *

YNO = ['Yes', 'No']
LEGAL = ['Looked after', 'Care leaver', 'Child in need', 'Not known to social care']

# referrer voices
COUNTY = dict(team="Children in Care and 16+ Team, Wessex Downs County Council", short="16+ Team",
              logo="Wessex Downs County Council | Children's Services", disc='county',
              footer="Supported Accommodation Assessment and Referral Form v4.2 | Children's Services | OFFICIAL-SENSITIVE when completed")
LODGE = dict(team="Supported Lodgings Scheme, Wessex Downs County Council", short="Supported Lodgings",
             logo="WESSEX DOWNS COUNTY COUNCIL - Supported Lodgings Scheme", disc='county',
             footer="Form SL/REF/03 - Please return to Brokerage (Placements). Page 1 of 1")
DIST = dict(team="Housing Options - Care Leavers, Marlbridge District Council", short="Housing Options",
            logo="Marlbridge District Council - Housing Needs Service", disc='district',
            footer="MDC Housing Options | Care leavers protocol referral | Retain for 6 years after case closure")

def ref_items(d, emergency):
    it = [('#', 'Section 1: Referral type'), ('VARIANT', d['VARIANT'], ['Emergency', 'Non-emergency']),
          ('#', 'Section 2: Young person'),
          ('FULL_NAME', d['FULL_NAME'], None), ('DATE_OF_BIRTH', d['DATE_OF_BIRTH'], None), ('GENDER', d['GENDER'], None),
          ('LCS_NUMBER', d.get('LCS_NUMBER', ''), None), ('ADDRESS', d['ADDRESS'], None), ('LOCALITY', d['LOCALITY'], None),
          ('LEGAL_STATUS', d['LEGAL_STATUS'], LEGAL), ('UASC', d['UASC'], YNO), ('PARENT', d['PARENT'], YNO),
          ('#', 'Section 3: Referrer'),
          ('REFERRER_NAME', d['REFERRER_NAME'], None), ('REFERRER_ROLE', d['REFERRER_ROLE'], None),
          ('REFERRER_TEAM', d['REFERRER_TEAM'], None), ('REFERRER_EMAIL', d['REFERRER_EMAIL'], None),
          ('REFERRER_PHONE', d['REFERRER_PHONE'], None),
          ('SOCIAL_WORKER_NAME', d.get('SOCIAL_WORKER_NAME', ''), None), ('SOCIAL_WORKER_EMAIL', d.get('SOCIAL_WORKER_EMAIL', ''), None),
          ('#', 'Section 4: Family Group Conference and diversion'),
          ('FGC_OFFERED', d['FGC_OFFERED'], YNO), ('FGC_DATE', d.get('FGC_DATE', ''), None), ('DIVERSION', d['DIVERSION'], None),
          ('#', 'Section 5: Needs and risks'),
          ('REASON', d['REASON'], None), ('RISKS', d['RISKS'], None), ('SUPPORT_NEEDS', d['SUPPORT_NEEDS'], None)]
    if emergency:
        it.append(('SAFETY_CONCERN', d['SAFETY_CONCERN'], None))
    it += [('#', 'Section 6: Accommodation and consent'), ('DATE_NEEDED', d['DATE_NEEDED'], None), ('CONSENT', d['CONSENT'], YNO)]
    return it

REFS = []
def R(**k):
    REFS.append(k)

R(id='w18-ref-01', v=COUNTY, layout='body:under', labels='ref_survey', E=True,
  name='Chloe Pemberton', dob='2009-08-21', dfmt='dmy', needed='2026-12-04', nfmt='dmy', consent='yes', parent='no', uasc='no',
  gender='Female', lcs='LCS 2281934', addr='c/o 9 Foxglove Lane, Ashcombe (friend\'s family - sofa)', loc='Cherwell',
  legal='Child in need', rname='Hannah Drewitt', role='Senior Practitioner', phone='07700 900412',
  fgc='Yes', fgcd='2026-11-27', diversion='Maternal aunt in Ashcombe approached 1/12 - cannot accommodate (overcrowded). Mediation with mum offered via Family Solutions but mum declined to attend.',
  reason='Chloe was asked to leave by mum on Tuesday night after an argument that turned physical. She has been sofa surfing with a school friend but the friend\'s parents have said she has to leave today.',
  risks='To self: history of low mood, one overdose attempt in 2025. From others: older male (approx 23) picking her up from school in a car, concerns about CSE. Substance misuse: cannabis at weekends. No offending.',
  support='Daily keywork, help to keep her Year 12 college place at Ashcombe College, link to CAMHS, budgeting, help to rebuild relationship with mum.',
  safety='Chloe has nowhere to sleep tonight (Fri 4/12). If she is not placed she has said she will go and stay with the older male above, which we assess as a risk of sexual exploitation.',
  subject='EMERGENCY referral - supported accommodation - C Pemberton')

R(id='w18-ref-02', v=COUNTY, layout='docx:two_col', labels='ref_formal', E=False, tick='box',
  name='Tyler Brackenbury', dob='2008-02-11', dfmt='dmon', needed='2026-12-14', nfmt='dmon', consent='yes', parent='no', uasc='no',
  gender='Male', lcs='2190457', addr='Flat 3, Ridgeway House, Millbrook Road, Thornbury Vale', loc='Vale of White Horse',
  legal='Care leaver', rname='Owen Fairweather', role='Personal Adviser', phone='01632 960 218',
  fgc='Yes', fgcd='2026-11-18', diversion='Tyler\'s foster carers (staying put) have given notice as they are retiring. Older sister in Didcombe spoken to - she has a one-bed flat and a baby, cannot offer a room. FGC held 18/11, family network could not offer accommodation.',
  reason='Staying put arrangement ending 14 December 2026. Tyler needs an 18+ shared placement near his apprenticeship while he builds up the skills to manage his own tenancy.',
  risks='Low risk to self and others. Some vulnerability to financial exploitation - has lent money to "friends" twice this year. No substance misuse or offending known. Mild anxiety, managed by GP.',
  support='Budgeting and bills, cooking, getting to his apprenticeship (early starts), registering with a new GP, bidding for social housing in 12 months.',
  subject='Supported accommodation referral (non-emergency) - Tyler Brackenbury')

R(id='w18-ref-03', v=LODGE, layout='docx:boxes', labels='ref_formal', E=True, tick='box',
  name='Kayden Whitlock', dob='2010-01-30', dfmt='dmy', needed='2026-12-04', nfmt='dmy', consent='yes', parent='no', uasc='no',
  gender='Male', lcs='2317780', addr='Supported lodgings with Mrs P Gorringe, 22 Cobb Street, Little Harnham', loc='South Oxfordshire',
  legal='Looked after', rname='Fiona Castellane', role='Supported Lodgings Co-ordinator', phone='07700 900733',
  swn='Gareth Pollitt', swe='gareth.pollitt@council.test',
  fgc='Yes', fgcd='2026-10-02', diversion='Return to dad explored at FGC in October - dad not able to keep him safe. Grandparents in Stowe Parva considered but they are in their 80s.',
  reason='Kayden\'s supported lodgings host has ended the arrangement with immediate effect after Kayden brought two older males into the house late last night and one of them threatened her.',
  risks='From others: the two males are believed to be linked to a county line running from out of county; Kayden has been found with two phones and cash. Risk to others: threatening behaviour when challenged. Substance misuse: cannabis daily.',
  support='High level of support - 16/17 shared with waking night if possible, contextual safeguarding plan, YOS liaison, education re-engagement (currently NEET).',
  safety='Host has asked him to leave today. The males know the address and Kayden cannot return there. Without a bed tonight he is likely to go to the males\' address in Rowbury and be further exploited.',
  subject='EMERGENCY - Kayden Whitlock - supported accommodation referral attached')

R(id='w18-ref-04', v=DIST, layout='pdf:sheet', labels='ref_formal', E=False, tick=None,
  name='Amira Haddad', dob='2006-11-05', dfmt='iso', needed='2027-01-04', nfmt='iso', consent='yes', parent='no', uasc='no',
  gender='Female', lcs='', addr='Room 4, Vicarage Court B&B, 31 Station Approach, Marlbridge', loc='West Oxfordshire',
  legal='Care leaver', rname='Priya Mandeville', role='Care Leavers Housing Officer', phone='01632 960 557',
  swn='Daniel Osei', swe='daniel.osei@council.test',
  fgc='Yes', fgcd='2026-11-20', diversion='Family links explored with PA; Amira has no safe family in the UK. Friends in Chilford cannot accommodate. Mediation not appropriate.',
  reason='Amira has been placed in B&B under our homelessness duty since 23/11. B&B is not suitable for a 20 year old care leaver. She needs an 18+ supported placement while she completes her access course.',
  risks='Low risk to others. Some risk to self - historic self-harm (last 2024). Previously targeted by an ex-partner; non-molestation order in place until March 2027.',
  support='Emotional support, help with college attendance, budgeting, Universal Credit claim, help to find a permanent tenancy.',
  subject='Referral - Amira Haddad - supported accommodation (planned)')

R(id='w18-ref-05', v=COUNTY, layout='body:colon', labels='ref_formal', E=True, missing='DATE_OF_BIRTH',
  name='Jordan Ashworth-Kemp', dob='', dfmt=None, needed='2026-12-04', nfmt='dmon', consent='yes', parent='no', uasc='no',
  gender='Male', lcs='2254103', addr='No fixed abode - last 14 Heron Walk, Kingsmere', loc='Oxford City',
  legal='Child in need', rname='Rebecca Stanforth', role='Social Worker', phone='07700 900188',
  fgc='Yes', fgcd='2026-11-30', diversion='Stepmum and dad refuse to have him back. Uncle in Kingsmere contacted 3/12, no answer. Mediation through Family Solutions started but abandoned after dad walked out.',
  reason='Jordan (17) was locked out by dad and stepmum on Wednesday after cannabis was found in the house. He slept in a stairwell in Kingsmere last night.',
  risks='To self: rough sleeping, not eating. From others: known to associate with older youths involved in drug supply. Substance misuse: cannabis. Offending: YOS caution for possession 2025.',
  support='Emergency 16/17 bed, food, phone credit, EET support, substance misuse worker (Switch).',
  safety='Jordan slept rough last night in freezing temperatures and has no safe place to stay tonight.',
  subject='emergency referral - J Ashworth-Kemp - needs bed today')

R(id='w18-ref-06', v=COUNTY, layout='docx:numbered_yn', labels='ref_formal', E=False, tick=None,
  name='Dawit Tesfaye', dob='2009-04-17', dfmt='dmy', needed='2026-12-21', nfmt='dmy', consent='yes', parent='no', uasc='yes',
  gender='Male', lcs='2299316', addr='The Linnets (Reg 44 children\'s home), 2 Orchard Rise, Hampton Dene', loc='Oxford City',
  legal='Looked after', rname='Siobhan Carrick', role='Social Worker (UASC)', phone='01632 960 904',
  fgc='Yes', fgcd='2026-11-11', diversion='No family in the UK. FGC offered 11/11 with interpreter (Tigrinya) - Dawit confirmed no relatives or friends who could offer a home. Cousin in Leeds traced, cannot accommodate.',
  reason='Dawit is ready to step down from residential care into 16/17 shared supported accommodation. He is settled at college (ESOL Level 1) and wants to live near Oxford City.',
  risks='Low. Some trauma symptoms (sleep problems, nightmares) - seen by Refugee Council therapist. Possible risk of exploitation from adults in his community offering work.',
  support='Tigrinya interpreter for key meetings, help with Home Office asylum claim, college, cooking and budgeting, continued therapy.',
  subject='Referral for 16/17 supported accommodation - D Tesfaye (UASC) - non-emergency')

R(id='w18-ref-07', v=DIST, layout='body:quick', labels='ref_quick', E=True,
  name='Shannon Fairclough', dob='2004-06-09', dfmt='short', needed='2026-12-04', nfmt='day', consent='yes', parent='yes', uasc='no',
  gender='f', lcs='', addr='womens refuge (emergency, address withheld) - was 7 Meadowsweet Close, Chilford', loc='out of county pref',
  legal='Care leaver', rname='Liam Hargreave', role='care leavers housing officer', phone='07700 900561',
  swn='Nadia Pryce', swe='nadia.pryce@council.test',
  fgc='No', fgcd='', diversion='none - not safe, fled DV. mum lives on same estate as perpetrator',
  reason='fled dv last night with her son (14 months). refuge can only keep her till this afternoon - no family space',
  risks='from others: ex partner, high risk MARAC. to self: low mood. no substance misuse. no offending',
  support='parent and baby placement, out of area, IDVA link, help with UC and childcare',
  safety='ex partner knows where she was staying, made threats to kill on wednesday, police ref 43260412345. needs somewhere safe tonight for her and baby',
  subject='urgent - emergency referral parent & baby - S Fairclough')

R(id='w18-ref-08', v=LODGE, layout='docx:multi', labels='ref_formal', E=False, tick='box',
  name='Bethany Crossland', dob='2007-09-25', dfmt='long', needed='2027-01-11', nfmt='long', consent='yes', parent='no', uasc='no',
  gender='Female', lcs='2166512', addr='Supported lodgings - host Mr & Mrs Okafor, 5 Pippin Way, Ferncombe', loc='Cherwell',
  legal='Care leaver', rname='Fiona Castellane', role='Supported Lodgings Co-ordinator', phone='07700 900733',
  swn='Imogen Tate', swe='imogen.tate@council.test',
  fgc='Yes', fgcd='2026-09-14', diversion='FGC in September - mum willing to have contact but not for Bethany to move home. Grandmother has a one-bed flat.',
  reason='Bethany\'s hosts are moving abroad in January. She is 19 and would now be better placed in 18+ shared accommodation to build independence before a tenancy.',
  risks='Low risk overall. Some anxiety, has had panic attacks at work. No known exploitation, substance misuse or offending.',
  support='Moderate: budgeting, cooking for herself, help keeping her job at the garden centre, GP registration.',
  subject='Non-emergency referral - Bethany Crossland - 18+ shared')

R(id='w18-ref-09', v=COUNTY, layout='pdf:two_col', labels='ref_formal', E=True, tick='box',
  name='Mason Quigley', dob='2008-12-01', dfmt='dmon', needed='2026-12-04', nfmt='dmon', consent='yes', parent='no', uasc='no',
  gender='Male', lcs='2203871', addr='Hospital - Ward 7, Kingsmere General (medically fit for discharge today)', loc='Oxford City',
  legal='Care leaver', rname='Hannah Drewitt', role='Senior Practitioner', phone='07700 900412',
  swn='Marcus Bellingham', swe='marcus.bellingham@council.test',
  fgc='Yes', fgcd='2026-10-21', diversion='Foster placement ended 2/12. Family network exhausted at FGC (Oct). Older brother in Ashcombe - not suitable, open to probation.',
  reason='Mason (just turned 18) was admitted after an assault on 1 December; he is medically fit for discharge today and his foster placement has ended. He has nowhere to go on discharge.',
  risks='From others: was assaulted by a group he owes money to; threats continue by Snapchat. To self: low mood since assault. Substance misuse: ketamine and cannabis. Offending: none current.',
  support='18+ shared away from the Kingsmere area, daily contact, substance misuse support, PA visits twice weekly.',
  safety='Hospital will discharge him today. The people who assaulted him know his old foster address and have made further threats. He cannot return there.',
  subject='EMERGENCY REFERRAL - M Quigley - discharge from hospital today')

R(id='w18-ref-10', v=COUNTY, layout='body:reply', labels='ref_formal', E=False,
  name='Lily-Mae Hathaway', dob='2010-05-14', dfmt='dmy', needed='2026-12-18', nfmt='dmy', consent='yes', parent='no', uasc='no',
  gender='Female', lcs='2322018', addr='41 Sandpiper Road, Kingsmere', loc='Oxford City',
  legal='Child in need', rname='Rebecca Stanforth', role='Social Worker', phone='07700 900188',
  fgc='Yes', fgcd='2026-12-02', diversion='FGC held 2/12/2026 - dad offered weekend stays but his partner will not agree to full time. Mediation with mum ongoing (Family Solutions, 3 sessions so far).',
  reason='Relationship between Lily-Mae and mum has broken down over many months; mum says she cannot cope and wants her out before Christmas. Mediation continues but Lily-Mae will need somewhere from 18 December.',
  risks='To self: occasional self-harm (cutting), last known October. No exploitation concerns. Vaping, no drugs known. No offending.',
  support='16/17 shared, emotional support, school attendance (Year 11, GCSEs), continued mediation with mum.',
  subject='RE: Referral form for Lily-Mae Hathaway')

R(id='w18-ref-11', v=DIST, layout='docx:sheet', labels='ref_formal', E=False, tick=None, missing='FGC_OFFERED',
  name='Connor Beddoes', dob='2007-03-03', dfmt='dmy', needed='2027-01-05', nfmt='dmy', consent='yes', parent='no', uasc='no',
  gender='Male', lcs='', addr='14 Greyfriars Court, Marlbridge', loc='South Oxfordshire',
  legal='Care leaver', rname='Priya Mandeville', role='Care Leavers Housing Officer', phone='01632 960 557',
  swn='Daniel Osei', swe='daniel.osei@council.test',
  fgc='', fgcd='', diversion='Connor is staying with his girlfriend\'s family but this ends in January. Has no contact with birth family.',
  reason='Connor has a notice to leave from his girlfriend\'s parents from 5 January. He wants an 18+ shared placement near his work in Wendlebury.',
  risks='Low. Occasional alcohol misuse at weekends. One conviction for criminal damage 2024 (fine). No current concerns.',
  support='Budgeting, support to keep his job, preparation for a tenancy.',
  subject='Planned referral - C Beddoes - 18+')

R(id='w18-ref-12', v=COUNTY, layout='docx:boxes', labels='ref_formal', E=True, tick='box',
  name='Rhiannon Trevelyan', dob='2003-12-28', dfmt='dmy', needed='2026-12-05', nfmt='dmy', consent='no', parent='no', uasc='no',
  gender='Female', lcs='2011945', addr='No fixed abode - various addresses in Rowbury', loc='South Oxfordshire',
  legal='Care leaver', rname='Owen Fairweather', role='Personal Adviser', phone='01632 960 218',
  fgc='No', fgcd='', diversion='No family able to help; Rhiannon has been estranged from her family since age 13.',
  reason='Rhiannon (22) is being held in a "trap house" arrangement in Rowbury by a man who supplies her with crack cocaine. She rang me last night from a friend\'s phone asking for help to get away.',
  risks='From others: exploitation (sexual and criminal), coercive control. To self: crack cocaine and alcohol use, one overdose in August. Offending: shoplifting 2026.',
  support='Single self-contained if possible, drug and alcohol service, sexual health, DWP/UC, intensive PA contact.',
  safety='She is at immediate risk of serious harm from the man she is staying with; he took her phone and bank card. Police aware (ref 43260398812).',
  consent_basis='Rhiannon agreed verbally to leave but has not given consent to this referral being shared. We are sharing without consent because she is at risk of significant harm (exploitation) - manager agreement: Tanya Ormerod, Team Manager, 03/12/2026.',
  subject='EMERGENCY supported accommodation referral - R Trevelyan (care leaver 22)')

R(id='w18-ref-13', v=DIST, layout='pdf:multi', labels='ref_formal', E=False, tick='box',
  name='Keeley Strangeways', dob='2005-07-19', dfmt='dmon', needed='2027-01-18', nfmt='dmon', consent='yes', parent='yes', uasc='no',
  gender='Female', lcs='', addr='c/o her grandmother, 3 Tithe Barn Cottages, Hollow End, Chilford', loc='West Oxfordshire',
  legal='Not known to social care', rname='Liam Hargreave', role='Care Leavers Housing Officer', phone='07700 900561',
  fgc='Yes', fgcd='2026-11-25', diversion='FGC offered 25/11 via the Family Group Conference service - family met. Grandmother can keep Keeley and the baby until mid-January only (sheltered housing rules). Baby\'s father\'s family cannot help.',
  reason='Keeley (21) and her daughter (6 months) need a parent placement from mid-January when the arrangement with her grandmother ends.',
  risks='Low. Health visitor reports good bond with baby. Some post-natal low mood, supported by GP. No substance misuse or offending.',
  support='Parents service - parenting support, budgeting, nursery place, help to bid for a 2-bed flat.',
  subject='Referral - parents provision - K Strangeways')

R(id='w18-ref-14', v=LODGE, layout='body:numbered', labels='ref_formal', E=True,
  name='Ethan Pargeter', dob='2009-10-10', dfmt='dmon', needed='2026-12-04', nfmt='dmon', consent='yes', parent='no', uasc='no',
  gender='Male', lcs='2287764', addr='Supported lodgings - host Ms R Dunmore, 17 Weaver\'s Row, Ferncombe', loc='Cherwell',
  legal='Looked after', rname='Fiona Castellane', role='Supported Lodgings Co-ordinator', phone='07700 900733',
  swn='Gareth Pollitt', swe='gareth.pollitt@council.test',
  fgc='Yes', fgcd='2026-08-19', diversion='Home to mum not safe (FGC Aug). Foster carers previously - ended 2025.',
  reason='Ethan\'s host was assaulted by Ethan\'s older brother at the door last night (approx 11pm) and has ended the lodgings for her own safety.',
  risks='From others: brother (19) is violent and looking for Ethan. To self: self-harm when distressed. Substance misuse: alcohol occasionally. Offending: none.',
  support='16/17 shared in a different part of the county from his brother, keywork, CAMHS follow-up.',
  safety='His brother knows the lodgings address and has said he will come back. Ethan cannot stay there tonight.',
  subject='Emergency referral - Ethan Pargeter - lodgings ended')
