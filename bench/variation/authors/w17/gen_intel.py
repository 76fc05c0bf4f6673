from gen_helpers import add
from gen_mash import simple

simple('w17-intel-01', 'intelligence-submission', 'body', 'colon', [
    ('Partnership Agency Intelligence Sharing Submission', [('Submitting agency', 'Oxfordshire Youth'), ('Worker name', 'Stacey Morland'), ('Role', 'Registered Manager'),
        ('Contact email', 'stacey.morland@oxyouth.provider.test'), ('Contact phone', '07700 900 554'),
        ('Date/time of information', '02/12/2026 approx 19:00'), ('Location', 'Car park behind Crane St shops, Whitford (near OXY-WOX-01)'),
        ('Persons involved', 'Unknown male, 20s, white, slim, black North Face jacket, goes by "Rizzy". Young person Jake Pemberton (DOB 19/06/2009) seen talking to him.'),
        ('Vehicles', 'Grey Ford Focus, partial reg WX19 ???, tinted rear windows'),
        ('Information', 'Over the past two weeks staff have seen the same grey Focus parked behind the shops most evenings between 6 and 8pm. Young people from our service, including Jake (17), have been seen getting in and out of it. We believe the male is recruiting young people to carry drugs. Residents have told staff that "Rizzy pays £50 a run".'),
        ('Source / grading', 'Staff direct observation (x2 staff) and resident disclosure - 2 / B'), ('Handling code', 'P - lawful sharing permitted')]),
  ], dict(WORKER='Stacey Morland', EMAIL='stacey.morland@oxyouth.provider.test', AGENCY='Oxfordshire Youth', ROLE='Registered Manager'),
  'stacey.morland@oxyouth.provider.test', 'Partnership intelligence submission - vehicle at Crane St, Whitford',
  intro="Hi,\n\nSubmitting the below as partnership intelligence - not urgent, nobody in immediate danger, but a pattern we want the police to know about.",
  outro="Thanks\nStacey")

simple('w17-intel-02', 'intelligence-submission', 'body', 'above', [
    (None, [('Agency', 'Ashbury Park Academy (School Nursing Service)'), ('Name of worker', 'Gemma Turnbull'), ('Job role', 'School Nurse'),
            ('Email', 'gemma.turnbull@ashburypark.sch.test'), ('Telephone', '01632 960 881'),
            ('When was the information obtained?', 'Tues 1st Dec 2026, 13:10 (lunchtime drop-in)'),
            ('Where', 'Ashbury Park Academy / Ashbury Green recreation ground'),
            ('People involved', '1) Female pupil, Year 11, 15 - name given to DSL. 2) Adult male known as "Dev", 19-21, Asian, drives a white BMW.'),
            ('Vehicles', 'White BMW 1 series, reg not known'),
            ('The information', 'A Year 11 pupil told me that several girls in her year have been given vapes and alcohol by "Dev" at the rec after school, and that he has asked for photos in return. She was not in immediate danger and is at school and safe. This has been passed to the DSL, who has made a MASH referral for the pupil.'),
            ('Source and grading (if known)', 'Second-hand disclosure from pupil - not graded'),
            ('Handling code', 'Lawful sharing permitted')]),
  ], dict(WORKER='Gemma Turnbull', EMAIL='gemma.turnbull@ashburypark.sch.test', AGENCY='Ashbury Park Academy (School Nursing Service)'),
  'gemma.turnbull@ashburypark.sch.test', 'Intelligence sharing submission - possible grooming near Ashbury Park',
  intro="Good morning,\n\nOur DSL asked me to submit this through the partnership intelligence form. Details below as per the form headings.",
  outro="Kind regards\nGemma Turnbull\nSchool Nurse")

# URGENT: present danger
add(id='w17-intel-03', form='intelligence-submission', layout='body', style='raw', sections=[], expect='urgent',
    frm='jordan.beckett@safehaven-youth.test', subject='Intelligence submission - Flat 3 Larkspur House - URGENT',
    raw="""Submitting agency: Safe Haven Youth
Worker name: Jordan Beckett
Role: Outreach Worker
Email: jordan.beckett@safehaven-youth.test
Phone: 07700 900 492
Date/time of information: 04/12/2026 08:40 - happening now
Location: Flat 3, Larkspur House, Tennyson Road, Kennet Vale
Persons involved: Girl, about 15, known to us as "Kayleigh", white, blonde; two adult males, one with a knife
Vehicles: Black Audi A3 outside, reg starts KV21
Information: Kayleigh has just messaged me (08:40) saying she is locked in the bedroom at Flat 3 and one of the men has a knife and is threatening to cut her if she leaves. She says they will not let her go home. She is there right now and is scared for her life. I am trying to call her back but she is not answering.
Source/grading: Direct message from the young person - A1
Handling code: P

I'm sending this on the form because I don't know what else to do - please get someone there now.
Jordan
""",
    values=dict(WORKER='Jordan Beckett', EMAIL='jordan.beckett@safehaven-youth.test', AGENCY='Safe Haven Youth'))

simple('w17-intel-04', 'intelligence-submission', 'docx', 'qa', [
    ('Submitting agency details', [('Submitting agency', 'Metropolitan Police Service - Harrowgate Safeguarding Hub (MASH)'), ('Officer / worker name', 'DC Ravinder Sandhu'),
        ('Role', 'Detective Constable, Safeguarding Hub'), ('Email', 'ravinder.sandhu@met.police.test'), ('Phone', '020 7946 0199')]),
    ('Information', [('Date and time information obtained', '03.12.26 15:30'), ('Location', 'Thames Valley - Kennet Vale, Oakfield estate (exact address below)'),
        ('Persons involved ((name, DOB, description))', 'Leon ASHCROFT, DOB 04/02/1998, white male, 6ft, tattoo on neck "LA". Niall BRODIE, DOB 12/09/2009 (17), missing from Harrowgate since 20/11/2026.'),
        ('Vehicles', 'Silver Vauxhall Corsa LN19 XKP (registered keeper ASHCROFT)'),
        ('Intelligence', 'Harrowgate MASH holds information that Niall BRODIE, a looked-after child from Harrowgate currently missing, is being harboured by Leon ASHCROFT at 17 Oakfield Close, Kennet Vale, and is being used to sell class A drugs from that address (cuckooing of the tenant, a vulnerable adult). Information is from 2-3 days ago; Niall is not believed to be at the address at present. Shared for Thames Valley awareness and to support the missing-person enquiry.'),
        ('Source and grading', 'Source evaluation B, intelligence grade 2 (3x5x2)'), ('Handling code', 'P - lawful sharing permitted (partner agencies)')]),
  ], dict(WORKER='DC Ravinder Sandhu', EMAIL='ravinder.sandhu@met.police.test', AGENCY='Metropolitan Police Service - Harrowgate Safeguarding Hub (MASH)'),
  'ravinder.sandhu@met.police.test', 'Partnership Agency Intelligence Sharing Submission - cuckooing / missing LAC',
  cover="Good morning,\n\nPlease find attached an intelligence submission from the Met's Harrowgate Safeguarding Hub for your readers. It concerns a missing looked-after child from our borough believed to be linked to an address in your area. The missing episode is already recorded with both forces (MPS ref MISPER 2611-0042).\n\nRegards\nDC Ravinder Sandhu\nSafeguarding Hub, Harrowgate",
  logo='METROPOLITAN POLICE SERVICE  -  Harrowgate Safeguarding Hub', title='Partnership Agency Intelligence Sharing Submission',
  footer='OFFICIAL-SENSITIVE | Handle in accordance with the handling code | MPS form export', file='MPS_intel_submission_031226')

simple('w17-intel-05', 'intelligence-submission', 'docx', 'twocol', [
    ('About you', [('Submitting agency', 'Stonewater'), ('Name', 'Nicola Barraclough'), ('Role', 'Registered Manager'),
        ('Email', 'nicola.barraclough@stonewater.provider.test'), ('Phone', '01235 000 716')]),
    ('About the information', [('Date / time', '28/11/2026 - 01/12/2026, evenings'), ('Location', 'STW-VWH-01, Stanmere - communal entrance and car park'),
        ('Persons involved', 'Unknown males x3, late teens/early 20s, one in a red puffer jacket. Resident Harvey Lindqvist (DOB 06/03/2005) seen letting them in.'),
        ('Vehicles', 'None seen'),
        ('Information', 'On three evenings in a row non-residents have been let into the building after 10pm and stayed in Harvey\'s room for short periods. A strong smell of cannabis and empty nitrous oxide canisters were found in the stairwell afterwards. Harvey has said he "has to" let them in. Staff are concerned he may be being cuckooed.'),
        ('Source / grading', 'Staff observation and CCTV stills (available on request)'), ('Handling code', 'P')]),
  ], dict(WORKER='Nicola Barraclough', EMAIL='nicola.barraclough@stonewater.provider.test', AGENCY='Stonewater'),
  'nicola.barraclough@stonewater.provider.test', 'Intelligence submission - STW-VWH-01 - possible cuckooing',
  cover="Hello,\n\nAttached is a partnership intelligence submission about visitors at one of our Vale properties. No immediate risk - staff are monitoring.\n\nNicola",
  logo='Stonewater', title='Partnership Agency Intelligence Sharing Submission Form',
  footer='Do not use this form to report crimes in progress or if someone is in immediate danger - call 999.', file='Stonewater_intel_STW-VWH-01')

simple('w17-intel-06', 'intelligence-submission', 'docx', 'grid', [
    ('SUBMITTING AGENCY', [('Agency', 'Kennet Vale Council - Leaving Care Service'), ('Worker', 'Rhiannon Pugh'), ('Role', 'Personal Adviser'),
        ('Email', 'rhiannon.pugh@council.test'), ('Phone', '07700 900 632')]),
    ('INFORMATION', [('Date', 'Dec 2nd 2026'), ('Time', 'around 14:00'), ('Location', 'Riverside Hospital, Kennet Vale / Marsh Lane area'),
        ('Vehicles', 'Not known'),
        ('!Persons involved', 'Leah Summerfield (DOB 17/12/2004), care leaver. Male known to her as "Jonno", 30s, white, shaved head.'),
        ('!Information', 'Leah told me on the ward that she was given the tablets she overdosed on by "Jonno", who sells prescription medication from a flat on Marsh Lane and has been messaging her asking her to "pay back" by holding tablets for him when she is discharged. She is now in hospital and safe.'),
        ('Source & grading', 'Direct disclosure to PA - not graded'), ('Handling code', 'P - share with partners')]),
  ], dict(WORKER='Rhiannon Pugh', EMAIL='rhiannon.pugh@council.test', AGENCY='Kennet Vale Council - Leaving Care Service'),
  'rhiannon.pugh@council.test', 'Partnership intelligence - prescription drug supply - Marsh Lane',
  cover="Hi,\n\nSubmitting the attached intelligence form following a disclosure from one of my young people. She is safe in hospital.\n\nRhiannon Pugh\nPersonal Adviser, Leaving Care", per_row=2,
  logo='Kennet Vale Council', title='Partnership Agency Intelligence Sharing Submission', footer='Leaving Care Service | Intel form | OFFICIAL-SENSITIVE',
  file='KVC_LC_intel_submission_Marsh_Lane')

# INVALID: worker name left blank (generic team mailbox, unsigned)
simple('w17-intel-07', 'intelligence-submission', 'pdf', 'boxes', [
    ('1. Your details', [('Submitting agency', 'Safe Haven Youth (outreach team)'), ('Worker name', ''), ('Role', 'Outreach Worker'),
        ('Email', 'outreach@safehaven-youth.test'), ('Phone', '01632 960 640')]),
    ('2. The information', [('Date and time', '30/11/2026 - 23:30hrs'), ('Location', 'Kennet Vale bus station, bays 4-6'),
        ('!Persons involved', 'Group of 4-5 young people aged 14-17 (not known by name); adult male, black, 30s, grey tracksuit, "T".'),
        ('Vehicles', 'Blue Toyota Prius taxi-style, reg part KV68'),
        ('!Information', 'On our Sunday night outreach we saw the adult male hand small packages to two of the young people, who then left on foot. The group moved off when they saw our team. We have seen the same man at the bus station on two previous Sundays. Nobody was in immediate danger when we left at 00:15.'),
        ('Source / grading', 'Outreach team direct observation'), ('Handling code', 'P')]),
  ], None, 'outreach@safehaven-youth.test', 'Partnership intelligence sharing submission - bus station Sunday night',
  cover="Hello,\n\nPlease find attached an intelligence submission from Sunday's outreach shift.\n\nSafe Haven Youth - Outreach Team",
  logo='SAFE HAVEN YOUTH', title='Partnership Agency Intelligence Sharing Submission',
  footer='Safe Haven Youth | Intelligence form | Do not use for emergencies - dial 999', file='SHY_intel_bus_station_301126', missing='WORKER')

simple('w17-intel-08', 'intelligence-submission', 'pdf', 'twocol', [
    ('Submitting agency', [('Agency', 'Sanctuary Housing'), ('Worker name', 'Peter Quayle'), ('Role', 'Registered Manager'),
        ('Email', 'peter.quayle@sanctuary.provider.test'), ('Phone', '01295 000 238')]),
    ('Details', [('Date/time of information', '03/12/2026 16:00'), ('Location', 'SAN-CHE-01, Northbrook'),
        ('Persons involved', 'Niamh Donnelly (DOB 04/04/2006), resident. Female, 40s, "Aunty Bev" - not a relative.'),
        ('Vehicles', 'White Transit van, no markings'),
        ('Information', 'A woman calling herself "Aunty Bev" has visited Niamh twice this week and offered her "modelling work" in another city with accommodation provided. Niamh has shown staff messages offering £500 for a weekend. The woman is not a relative. We are concerned about sexual exploitation / trafficking.'),
        ('Source / grading', 'Resident disclosure and messages seen by staff - B2'), ('Handling code', 'P')]),
  ], dict(WORKER='Peter Quayle', EMAIL='peter.quayle@sanctuary.provider.test', AGENCY='Sanctuary Housing'),
  'peter.quayle@sanctuary.provider.test', 'Intelligence sharing - SAN-CHE-01 - exploitation concern',
  cover="Hello,\n\nPlease find attached intelligence about a visitor to one of our residents. Niamh is safe and staff are aware.\n\nPeter Quayle\nRegistered Manager, Sanctuary Housing", 
  logo='Sanctuary Housing  |  Young People\'s Services', title='Partnership Agency Intelligence Sharing Submission', footer='Sanctuary | Intel submission | PDF',
  file='Sanctuary_intel_SAN-CHE-01')
