from gen_helpers import add, yn

def simple(id, form, layout, style, sections, values, frm, subject, **kw):
    add(id=id, form=form, layout=layout, style=style, sections=sections, values=values, frm=frm, subject=subject, **kw)

# MASH 01 - school nurse, body Label: value
simple('w17-mash-01', 'mash-referral', 'body', 'colon', [
    ('Young person', [('Name', 'Lily-Rose Harper'), ('DOB', '02/10/2009'), ('Home address', '31 Sandpiper Court, Ashbury Green, AG3 7LW'),
                      ('Parent/guardian contact', 'Mum - Donna Harper 07700 900 127 (not answering)')]),
    ('Referral', [('Presenting agency', 'Ashbury Park Academy - School Nursing Service'),
                  ('Homeless or threatened with homelessness', 'Homeless - told to leave home last night (3rd), stayed at a friend\'s'),
                  ('Mediation attempted', 'No'), ('Mediation outcome', 'n/a - mum not contactable this morning'),
                  ('Welfare / safeguarding concerns', 'Lily-Rose came to the drop-in at 8.20am, tearful, same clothes as yesterday. Says mum\'s new partner hit her (small bruise left upper arm, seen by me). She does not want to go home. Has not eaten since yesterday lunchtime.'),
                  ('Known to social care', 'Yes - previous CIN plan closed Feb 2025')]),
  ], dict(NAME='Lily-Rose Harper', DATE_OF_BIRTH='2009-10-02', STATUS='homeless', MEDIATION='no', KNOWN='yes', AGENCY='Ashbury Park Academy - School Nursing Service'),
  'gemma.turnbull@ashburypark.sch.test', 'MASH referral - 17yo homeless - Lily-Rose Harper',
  intro="Dear MASH,\n\nI am the school nurse at Ashbury Park. One of our Year 13s has disclosed this morning that she was put out of the house last night. Details below - I have kept her with me in the medical room for now. DSL (Mr Patel) is aware.",
  outro="Gemma Turnbull RN SCPHN\nSchool Nurse, Ashbury Park Academy\n01632 960 881 (term time 8-4)")

# MASH 02 - outreach worker, quick note with facts in short lines
add(id='w17-mash-02', form='mash-referral', layout='body', style='raw', sections=[], frm='jordan.beckett@safehaven-youth.test',
    subject='Homeless 16yo - MASH referral (Safe Haven outreach)',
    raw="""Hi MASH team

Quick referral from last night's outreach shift - sorry it's a bit rough, typing on my phone.

YP: Deshawn Clarke
DOB: 15.07.2010 (16)
Currently: slept at Kennet Vale bus station 3/12, now at our drop-in centre, 12 Mill St
Family address: 5 Foxglove Terrace, Kennet Vale KV6 1HH
Homeless - yes, HOMELESS (not threatened). Dad told him not to come back.
Dad: Winston Clarke 07700 900 366
Mediation: yes tried - I rang dad 10.15 pm on 3/12 with Deshawn's ok, 20 mins on phone, dad refused to have him back tonight. Open to talking again Monday maybe.
Known to social care: don't think so - Deshawn says no
Worries: cold, no phone charger, no money. Says older lads at the bus station offered him a place to stay "if he does some running". He said no but is tempted. Didn't eat till we gave him food.
Presenting agency: Safe Haven Youth (outreach team)

He's with us at the drop-in until 5pm today. Please call me.

Jordan Beckett
Outreach Worker, Safe Haven Youth
07700 900 492
""",
    values=dict(NAME='Deshawn Clarke', DATE_OF_BIRTH='2010-07-15', STATUS='homeless', MEDIATION='yes', MEDIATION_DATE='2026-12-03', KNOWN='no', AGENCY='Safe Haven Youth (outreach team)'))

# MASH 03 - London borough 16+ housing panel, docx Question/Answer export
simple('w17-mash-03', 'mash-referral', 'docx', 'qa', [
    ('About the young person', [('Young person\'s full name', 'Ethan Mulligan'), ('Date of birth', '23/03/2009'), ('Age', '17'),
        ('Current address', '88 Rookery Lane, Harrowgate, HG4 2ZT (parental home)'),
        ('Parent / guardian name and contact', 'Siobhan Mulligan (mother) - 020 7946 0912, siobhan.m@mailbox.test')]),
    ('Housing situation', [('Presenting agency / team', 'Harrowgate LBC Housing Options - 16+ Housing Panel'),
        ('Is the young person homeless or threatened with homelessness?', 'Threatened with homelessness - mother has said he must leave by 11/12/2026'),
        ('Has mediation been attempted?', 'Yes'), ('Date of mediation', '01/12/2026'),
        ('Outcome of mediation', 'Partial - mother agreed to delay by one week but will not have Ethan home long-term. Second session offered 08/12.')]),
    ('Safeguarding', [('Welfare or safeguarding concerns', 'Ethan has been staying out late and mother believes he is carrying knives. Police stop on 28/11 (nothing found). Ethan reports arguments at home about money. Possible CCE - to be explored at joint assessment.'),
        ('Is the young person known to Children\'s Social Care?', 'No'), ('Consent from young person to refer', 'Yes')]),
  ], dict(NAME='Ethan Mulligan', DATE_OF_BIRTH='2009-03-23', STATUS='threatened', MEDIATION='yes', MEDIATION_DATE='2026-12-01', KNOWN='no', AGENCY='Harrowgate LBC Housing Options - 16+ Housing Panel'),
  'kwame.asante@housing.council.test', 'MASH referral: 16/17 threatened with homelessness - Ethan Mulligan',
  cover="Dear MASH colleagues,\n\nPlease find attached our online form export for Ethan Mulligan (17), threatened with homelessness from 11 December. Mediation is continuing but we are referring now so the joint assessment can take place.\n\nKind regards,\nKwame Asante\nHousing Options Officer | 16+ Housing Panel\nHarrowgate London Borough Council",
  logo='Harrowgate London Borough Council - Housing', title='MASH Referral: Young Person aged 16/17 Homeless or at Risk',
  preamble='Form reference HG-16P-2026-0457 | exported 04/12/2026 08:15', footer='Harrowgate LBC | 16+ Housing Panel | Questions: housingoptions@housing.council.test',
  file='MASH_referral_HG-16P-2026-0457')

# MASH 04 - INVALID: homeless/threatened box left blank
simple('w17-mash-04', 'mash-referral', 'docx', 'boxes', [
    ('Section A - Young person', [('Name', 'Maisie Collingwood'), ('Date of birth', '12/02/2009'),
        ('Address ((where they are now))', '2 Beech Parade, Wellmead, WM2 8PP'), ('Parent / carer contact details', 'Stepfather - Adam Pike, 07700 900 233')]),
    ('Section B - Housing', [('Referring agency', 'Safe Haven Youth - Wellmead hub'), ('Homeless? / Threatened with homelessness?', ''),
        ('Mediation tried? (Y/N)', 'Y'), ('Date', '02/12/26'), ('Outcome', 'Stepfather willing to talk again; mum abroad until January. No agreement yet.')]),
    ('Section C - Concerns', [('!Welfare / safeguarding concerns', 'Maisie has missed a lot of college and is staying with a 24-year-old boyfriend some nights. She has a new phone and new clothes she cannot explain. We are worried about CSE.'),
        ('Known to social care (Y/N)', 'N')]),
  ], None, 'ana.ferreira@safehaven-youth.test', 'MASH referral form - Maisie Collingwood (17)',
  cover="Hello,\n\nPlease see attached MASH referral for Maisie. Happy to attend the joint assessment.\n\nAna Ferreira\nYouth Homelessness Support Worker, Safe Haven Youth",
  logo='SAFE HAVEN YOUTH  -  no young person without a safe place', title='Referral to MASH - 16/17 year old homeless or at risk',
  footer='Safe Haven Youth is a registered charity (fictional no. 000000). Form SHY-M1.', file='SHY_MASH_Maisie_Collingwood', missing='STATUS')

# MASH 05 - council MASH, pdf two-column with Yes [X] boxes
simple('w17-mash-05', 'mash-referral', 'pdf', 'twocol', [
    ('1. Young person', [('Name of young person', 'Aaliyah Bishop'), ('Date of birth', '08/05/2010'),
        ('Address', 'Temporary: Greenacre Refuge (address withheld). Home: 19 Coldharbour Rd, Harrowgate'),
        ('Parent or guardian contact', 'Mother - Tanya Bishop, 020 7946 0433 (father no contact)')]),
    ('2. Homelessness', [('Presenting agency', 'Harrowgate MASH (presented via Metropolitan Police safeguarding hub)'),
        ('Status', 'Homeless [X]   Threatened with homelessness [ ]'), ('Mediation attempted', 'Yes [ ]  No [X]'),
        ('Mediation outcome / reason not attempted', 'Not safe - domestic abuse in the household, mother\'s partner on bail with conditions.')]),
    ('3. Concerns', [('Welfare / safeguarding concerns', 'Aaliyah left home on 2 December after witnessing an assault on her mother. She has been staying at the refuge with a friend\'s family, which cannot continue. Her younger brother is on a child protection plan.'),
        ('Known to social care', 'Yes [X]  No [ ]')]),
  ], dict(NAME='Aaliyah Bishop', DATE_OF_BIRTH='2010-05-08', STATUS='homeless', MEDIATION='no', KNOWN='yes', AGENCY='Harrowgate MASH (presented via Metropolitan Police safeguarding hub)'),
  'yetunde.balogun@council.test', 'MASH - homeless 16yo - A Bishop - joint assessment needed',
  cover="Hi team,\n\nAttached MASH referral for Aaliyah (16), homeless since 2/12. Came to us through the Met safeguarding hub this morning. Please arrange the joint assessment with Housing.\n\nThanks\nYetunde Balogun\nMASH Social Worker, Harrowgate LBC",
  logo='HARROWGATE LBC  -  Multi-Agency Safeguarding Hub', title='MASH Referral: Homeless 16 and 17 Year Olds',
  footer='Harrowgate MASH | Secure email only | OFFICIAL-SENSITIVE', file='MASH_Aaliyah_Bishop')
