from gen_helpers import add
from gen_mash import simple

simple('w17-risk-01', 'risk-concern', 'body', 'colon', [
    (None, [('Referral reference', 'BRK-26-1142'), ('Provider', 'Response (Oxford City services)'), ('Young person', 'Tyrese Fielding'),
            ('Risk we are unable to manage', 'Current pattern of violence towards peers - three assaults in the last month at his current placement, one with a weapon (bottle).'),
            ('Why it cannot be managed', 'RSP-OXC-01 is a shared house with four other young people, two of whom are 16 and vulnerable. We have waking night cover only at weekends and could not keep the other residents safe.'),
            ('What would enable us to accept', '2:1 staffing for the first 4 weeks, waking night cover 7 nights, or a self-contained unit. A YOS-led risk management plan and weekly professionals meeting.')]),
  ], dict(REFERRAL_REFERENCE='BRK-26-1142', PROVIDER='Response', YOUNG_PERSON='Tyrese Fielding'),
  'carla.dempsey@response.provider.test', 'Risk concern - referral BRK-26-1142 - unable to accept at present',
  intro="Dear Brokerage,\n\nThank you for the referral for Tyrese. Having reviewed the paperwork with the team we are not able to accept him safely at this point. Our risk concern is below, and I have attached nothing further as the risk assessment is still being typed up - will follow Monday.",
  outro="Kind regards\nCarla Dempsey\nRegistered Manager, Response - Oxford City\n01865 000 412")

# INVALID: resources/support part missing
simple('w17-risk-02', 'risk-concern', 'body', 'numbered', [
    (None, [('Referral ref (Brokerage no.)', '26/0987'), ('Provider name', 'Stonewater'), ('Name of young person', 'Harvey Lindqvist'),
            ('What risk are you unable to manage?', 'Fire setting. Harvey set fire to bedding at his last two placements (Aug and Oct 2026).'),
            ('Why can this risk not be managed in your service?', 'Our Vale properties are older buildings without sprinkler systems and staff are not on site overnight. The fire service advised us in 2025 not to place young people with a recent history of fire setting in these units.')]),
  ], None, 'nicola.barraclough@stonewater.provider.test', 'RE: Referral 26/0987 - Stonewater response',
  intro="Hi,\n\nPlease see our response to referral 26/0987 for Harvey.",
  outro="Thanks,\nNicola Barraclough\nRegistered Manager, Stonewater Young People's Services", missing='RESOURCES')

simple('w17-risk-03', 'risk-concern', 'docx', 'twocol', [
    ('Referral details', [('Brokerage referral number', 'YPSA-REF-000731'), ('Provider', 'Key2 Futures'), ('Property considered', 'K2F-CHE-01'),
        ('Young person', 'Imogen Saltash'), ('Date of response', '03.12.26')]),
    ('Risk concern (all three sections must be completed)', [
        ('1. The risk we are unable to manage', 'Imogen is currently being exploited by an adult male (county lines) who is known to visit addresses in Northbrook. Intelligence indicates he has used our Cherwell address before to meet other young people.'),
        ('2. Why it cannot be managed', 'The property is in the same street where the exploiter is known to operate. Placing Imogen here would increase her contact with him and put other residents at risk. We cannot restrict visitors without a legal framework.'),
        ('3. Resources / support that would enable us to manage the risk', 'An out-of-area placement would be safer. If Cherwell is the only option: a NRM referral, police disruption plan for the address, CCE specialist worker (e.g. from Safe Haven Youth) twice weekly, and a mobile phone safety plan agreed with Imogen.')]),
    ('Attachments', [('Risk assessment attached', 'Yes [X]  No [ ]'), ('Risk management plan attached', 'Yes [ ]  No [X] - to follow')]),
  ], dict(REFERRAL_REFERENCE='YPSA-REF-000731', PROVIDER='Key2 Futures', YOUNG_PERSON='Imogen Saltash'),
  'graham.okonjo@key2.provider.test', 'Risk concern - YPSA-REF-000731 - Imogen Saltash',
  cover="Good morning,\n\nPlease find attached our risk concern for Imogen (ref YPSA-REF-000731). We would like to discuss at the next placement panel.\n\nGraham Okonjo\nRegistered Manager, Key2 Futures (Cherwell)",
  logo='KEY2 FUTURES  - supported housing for young people', title='Provider Risk Concern Response to Referral',
  footer='Key2 Futures | QA form RC-02 | Confidential', file='K2F_risk_concern_YPSA-REF-000731')

simple('w17-risk-04', 'risk-concern', 'docx', 'boxes', [
    ('Referral', [('Referral reference', 'OCC/BROK/2026/00855'), ('Provider', 'Connection Support'), ('Young person', 'Callum Petrie'), ('Service', '18+ Shared, South Oxfordshire')]),
    ('Our concern', [('!Risk unable to manage', 'Callum has a recent conviction for sexual assault against a female peer (2025) and is subject to SHPO conditions. All our South Oxfordshire shared properties are mixed gender.'),
        ('!Reason it cannot be managed', 'We cannot guarantee separation from female residents in a shared kitchen and bathroom setting, and we do not have single-gender vacancies in the locality.'),
        ('!Resources or support that would enable us to accept', 'A male-only or self-contained placement; MAPPA level 2 oversight with a named police offender manager; a written agreement with probation on curfew monitoring. With these in place we could consider CON-OOC-01 (self-contained) from February.')]),
  ], dict(REFERRAL_REFERENCE='OCC/BROK/2026/00855', PROVIDER='Connection Support', YOUNG_PERSON='Callum Petrie'),
  'rebecca.hanley@connection.provider.test', 'Referral OCC/BROK/2026/00855 - risk concern from Connection Support',
  cover="Dear Brokerage,\n\nAttached is our formal risk concern regarding Callum. Our risk assessment and RMP will follow in a separate email due to file size.\n\nBest,\nRebecca Hanley\nRegistered Manager, Connection Support",
  logo='Connection Support', title='Risk Concern: Unable to Accept Referral',
  footer='Connection Support | Registered Manager sign-off required | RC v1.3', file='Connection_risk_concern_Callum_P')

simple('w17-risk-05', 'risk-concern', 'pdf', 'qa', [
    (None, [('Referral reference number', '4471'), ('Provider', 'A2 Dominion'), ('Young person\'s name', 'Skye Tremayne'),
        ('What is the risk that you cannot manage?', 'Skye has active suicidal ideation with a plan (ligature), and has made two attempts in the last fortnight.'),
        ('Why can this risk not be managed?', 'A2D-SOX-01 has no staff on site between 10pm and 8am, and the rooms have not been assessed for ligature points. We could not provide the level of observation her current safety plan requires.'),
        ('What resources or support would make it manageable?', 'Crisis team daily contact for the first two weeks, waking night staff (funded), a ligature-reduced room, and a care coordinator allocated before move-in. Alternatively a mental health step-down placement.')]),
  ], dict(REFERRAL_REFERENCE='4471', PROVIDER='A2 Dominion', YOUNG_PERSON='Skye Tremayne'),
  'oluwaseun.adebayo@a2dominion.provider.test', 'Risk concern response - ref 4471 - S Tremayne',
  cover="Hi Brokerage,\n\nAttached (PDF) is our response to referral 4471 for Skye. We want to help but need the support described in place first.\n\nOluwaseun Adebayo\nService Manager, A2 Dominion Young People's Services",
  logo='A2 Dominion  |  Young People\'s Services', title='Response to Referral - Provider Risk Concern',
  preamble='Online form export', footer='A2 Dominion | Form exported 03/12/2026 16:40', file='A2D_risk_concern_4471')
