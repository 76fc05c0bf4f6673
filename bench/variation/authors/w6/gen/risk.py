from lib import *
F = []
def r(id, **k): k['id'] = id; k['form'] = 'risk-concern'; k.setdefault('expect','routed'); k.setdefault('missing', None); k.setdefault('doc', None); F.append(k)

r('w6-risk-01', frm='leanne.doherty@key2.provider.test', subject='RE: Referral BRK-26-04417 - risk concern - unable to accept',
body='''Hi Brokerage

re the referral for Mason sent yesterday. we've looked at it as a team and can't accept at the moment, risk concern below. risk assessment attached to the original thread

referral ref: BRK-26-04417
provider: Key2 Futures (Cherwell)
young person: Mason Clarke

risk we're unable to manage - fire setting. the referral says 2 fires set in his last placement in oct incl. one in his bedroom
why we can't manage it - our only vacancy is at K2F-CHE-01 which is a shared house with no sprinklers and no waking night staff, 4 other young people live there
what would help - a fire risk assessment from the fire service home safety team, a room with a sprinkler/ misting system, or waking night cover for the first 6 wks. if that can be funded we'd look again

thanks
leanne doherty
service manager, key2 futures

> From: Brokerage <brokerage@council.test>
> Sent: 03 December 2026 14:05
> Subject: Referral BRK-26-04417
>
> Please see attached referral for consideration, 18+ shared, Cherwell.
''',
values=dict(REFERRAL_REFERENCE='BRK-26-04417', PROVIDER='Key2 Futures', YOUNG_PERSON='Mason Clarke'))

r('w6-risk-02', frm='operations@response.provider.test', subject='Risk concern - Brokerage no. 11823 - Response',
body='''Good morning,

Please find attached our risk concern response for brokerage no. 11823, together with our risk assessment and risk management plan.

Kind regards
Farah Siddiqui
Operations Manager, Response
''',
doc=('w6-risk-02-response', 'docx', 'Provider Risk Concern Response', "RESPONSE &nbsp;-&nbsp; supported housing for young people", two_col([
 ('Referral details', [('Brokerage / referral reference', 'Brokerage no. 11823'), ('Provider', 'Response'), ('Service considered', 'RSP-OXC-02, Oxford City, 18+ shared'),
  ("Young person's name", 'Aaliyah Benn'), ('Date of response', '03/12/2026'), ('Completed by', 'Farah Siddiqui, Operations Manager')]),
 ('The risk concern (all three parts must be completed)', [
  ('1. What is the risk you are unable to manage?', 'Aaliyah is assessed as high risk to others - she assaulted a member of staff at her previous placement (September 2026) and there are two further incidents of threats with a weapon towards peers.'),
  ('2. Why can this risk not be managed?', 'RSP-OXC-02 is staffed by one lone worker in the evenings and at weekends. Our lone working policy does not allow us to accept a young person with a recent assault on staff without a second worker on site. The other residents include two young women who have been victims of violence.'),
  ('3. What resources or support would enable the risk to be managed?', 'Double-staffed evening support for an initial 8 week period (we estimate 20 extra hours per week), a current psychology/forensic risk assessment, and an agreed crisis plan with her social worker and YJS. With these in place we would reconsider.')]),
 ('Attachments', [('Risk assessment attached', '☒ Yes ☐ No'), ('Risk management plan attached', '☒ Yes ☐ No')]),
]), "Response - Risk Concern Response form RCR-1 - please return to the Brokerage (Placements) Team"),
values=dict(REFERRAL_REFERENCE='Brokerage no. 11823', PROVIDER='Response', YOUNG_PERSON='Aaliyah Benn'))

r('w6-risk-03', frm='kim.haywood@stonewater.provider.test', subject='risk concern YPSA/REF/2026/0931', expect='rejected', missing='RESOURCES',
body='''Hi team,

Risk concern for the referral below, from Stonewater

Referral reference:
YPSA/REF/2026/0931

Provider:
Stonewater - Vale

Young person:
Kyle Rowntree

Risk unable to manage:
Kyle is a registered sex offender (offence against a 14 year old in 2025) and is subject to notification requirements

Why it can't be managed:
STW-VWH-01 and STW-VWH-02 both have 16/17 year olds living there and share a communal kitchen and garden with the 18+ rooms. we can't separate him from under 18s

What would help:


Kim Haywood
Housing & Support Coordinator
Stonewater
''',
values=dict(REFERRAL_REFERENCE='YPSA/REF/2026/0931', PROVIDER='Stonewater', YOUNG_PERSON='Kyle Rowntree'))

r('w6-risk-04', frm='r.achterberg@sanctuary.provider.test', subject='Sanctuary - response to referral REF-20261130-0042 (risk concern)',
body='''Dear Brokerage colleagues

Attached please find our risk concern for the above referral, along with the risk assessment we completed on 2 December.

With thanks
Ruth Achterberg
Scheme Manager, Sanctuary Housing - Cherwell
''',
doc=('w6-risk-04-sanctuary', 'docx', 'Risk Concern: Unable to Safely Accept Referral', "Sanctuary Housing &nbsp;|&nbsp; Supported Living", three_col([
 ('Details', [('Referral reference', 'REF-20261130-0042', 'as on the Brokerage email'), ('Provider', 'Sanctuary Housing', 'SAN-CHE-01'),
  ('Young person', 'Tilly Harrington', ''), ('Date', '02/12/2026', '')]),
 ('Risk concern', [
  ('Risk we are unable to manage', 'Severe self-harm with ligatures - three hospital admissions since August, most recently 24/11/2026.', 'see RA section 4'),
  ('Reason the risk cannot be managed', 'SAN-CHE-01 is an older building with ligature points in every bedroom and bathroom that we cannot remove (fixed pipework, door closers). Night support is sleep-in only, so checks overnight are not possible.', ''),
  ('Resources / support that would enable us to manage it', 'A bedroom refurbished with anti-ligature fittings (quote requested from our contractor, approx 3 weeks), waking night cover for the first month, and an agreed safety plan with CAMHS/CMHT including crisis numbers.', 'we would like to revisit once the room is done')]),
], heads=("", "Response", "Comments")), "Sanctuary Housing - Young People's Services - Risk concern form - Confidential"),
values=dict(REFERRAL_REFERENCE='REF-20261130-0042', PROVIDER='Sanctuary Housing', YOUNG_PERSON='Tilly Harrington'))

r('w6-risk-05', frm='yp.services@a2dominion.provider.test', subject='Risk concern re placement request PL-7719',
body='''Hello

Risk concern for placement request PL-7719 attached as a PDF, with the RMP. Any questions please ring Dev on 07700 900955.

A2 Dominion Young People's Services
''',
doc=('w6-risk-05-a2d', 'pdf', 'RISK CONCERN RESPONSE TO REFERRAL', "A2Dominion &nbsp;&#124;&nbsp; Young People's Services", numbered([
 'Referral',
 ('Referral / placement request reference', '', 'PL-7719'),
 ('Provider', '', 'A2 Dominion (A2D-SOX-01, South Oxfordshire)'),
 ('Young person\'s name', '', 'Marley Jones'),
 'Risk concern - all three parts required',
 ('What is the risk the service is unable to manage?', '', 'Marley has an active county lines link to the South Oxfordshire area where our vacancy is. Police intelligence shared at the professionals meeting (1/12) is that the same group uses two flats on the next road to our property.'),
 ('Why can it not be managed?', '', 'Placing Marley in the area where the group operates would bring him back into contact with them, and would put the other four residents at risk of being drawn in / cuckooed. Our staff are on site 9-5 only.'),
 ('What resources or support would enable it to be managed?', '', 'A vacancy in a different area (A2D-WOX-01 may have a room from January), or intensive outreach from the exploitation team alongside a 24 hr staffed placement.'),
 'Documents',
 ('Risk assessment attached?', 'Y', 'dated 02/12/2026'),
 ('Risk management plan attached?', 'Y', ''),
], heads=("No.", "Question", "Y/N", "Response")), "Completed by Dev Rampersad, Team Leader, 03.12.2026. A2Dominion Group - internal template YP-RC-03."),
values=dict(REFERRAL_REFERENCE='PL-7719', PROVIDER='A2 Dominion', YOUNG_PERSON='Marley Jones'))
