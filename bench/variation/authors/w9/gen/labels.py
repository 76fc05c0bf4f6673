# Label wordings per form type and house style (cms = council case system export, word = Word template,
# plain = typed in a mail).
REF = {
 'cms': {
  'VARIANT': ('Referral type (Emergency / Non-emergency)?', 'REF_TYPE'),
  'FULL_NAME': ("Young person's full name?", 'YP_NAME'),
  'DATE_OF_BIRTH': ('Date of birth?', 'YP_DOB'),
  'GENDER': ('Gender?', 'YP_GEN'),
  'LCS_NUMBER': ('LCS number?', 'YP_LCS'),
  'ADDRESS': ('Current address / where is the YP staying?', 'YP_ADDR'),
  'LOCALITY': ('Preferred locality?', 'PREF_LOC'),
  'LEGAL_STATUS': ('Legal status?', 'LEG_STAT'),
  'UASC': ('UASC?', 'UASC_FLAG'),
  'PARENT': ('Is the young person a parent?', 'PARENT_FLAG'),
  'REFERRER_NAME': ('Referrer name?', 'RFR_NAME'),
  'REFERRER_ROLE': ('Referrer role?', 'RFR_ROLE'),
  'REFERRER_TEAM': ('Team / service?', 'RFR_TEAM'),
  'REFERRER_EMAIL': ('Referrer email?', 'RFR_EMAIL'),
  'REFERRER_PHONE': ('Referrer contact number?', 'RFR_TEL'),
  'SOCIAL_WORKER_NAME': ('Allocated SW / PA (if not the referrer)?', 'ALLOC_WKR'),
  'SOCIAL_WORKER_EMAIL': ('Allocated SW / PA email?', 'ALLOC_EMAIL'),
  'FGC_OFFERED': ('Has a Family Group Conference been offered?', 'FGC_OFF'),
  'FGC_DATE': ('Date FGC offered / held?', 'FGC_DT'),
  'DIVERSION': ('What diversion has been explored (family and friends, mediation)?', 'DIV_EXP'),
  'REASON': ('Reason for referral?', 'REF_REASON'),
  'RISKS': ('Risks - to self, to others, from others, exploitation, substance misuse, offending, mental health?', 'RISK_SUM'),
  'SUPPORT_NEEDS': ('Support needs?', 'SUPP_NEEDS'),
  'SAFETY_CONCERN': ('EMERGENCY ONLY - what is the immediate safety concern?', 'EMERG_CONC'),
  'DATE_NEEDED': ('Date accommodation required?', 'DATE_REQ'),
  'CONSENT': ('Has the YP consented to the referral and to information sharing?', 'CONSENT_FLAG'),
 },
 'word': {
  'VARIANT': ('Type of referral (tick one)', None),
  'FULL_NAME': ('Full name of young person', None),
  'DATE_OF_BIRTH': ('Date of birth (dd/mm/yyyy)', None),
  'GENDER': ('Gender', None),
  'LCS_NUMBER': ('LCS no. (if known)', None),
  'ADDRESS': ('Current address (or where staying tonight)', None),
  'LOCALITY': ('Preferred locality', None),
  'LEGAL_STATUS': ('Legal status (Looked after / Care leaver / CIN / Not known to CSC)', None),
  'UASC': ('Unaccompanied asylum seeking child', None),
  'PARENT': ('Young parent (or pregnant and due before move)', None),
  'REFERRER_NAME': ('Name of person completing this form', None),
  'REFERRER_ROLE': ('Job title', None),
  'REFERRER_TEAM': ('Service / team', None),
  'REFERRER_EMAIL': ('Email', None),
  'REFERRER_PHONE': ('Telephone / mobile', None),
  'SOCIAL_WORKER_NAME': ('Social worker / Personal Adviser (if different)', None),
  'SOCIAL_WORKER_EMAIL': ('SW / PA email', None),
  'FGC_OFFERED': ('Family Group Conference offered?', None),
  'FGC_DATE': ('Date of FGC', None),
  'DIVERSION': ('Alternatives explored before referral (family & friends network, mediation)', None),
  'REASON': ('Why is supported accommodation needed now?', None),
  'RISKS': ('Known risks (self / others / from others / exploitation / drugs & alcohol / offending / mental health)', None),
  'SUPPORT_NEEDS': ('Support needs and what the YP wants help with', None),
  'SAFETY_CONCERN': ('Emergency referrals: describe the immediate risk to safety', None),
  'DATE_NEEDED': ('Date accommodation needed from', None),
  'CONSENT': ('Young person consents to this referral and to information being shared', None),
 },
 'plain': {
  'VARIANT': ('Referral', None), 'FULL_NAME': ('YP name', None), 'DATE_OF_BIRTH': ('DOB', None),
  'GENDER': ('Gender', None), 'LCS_NUMBER': ('LCS no', None), 'ADDRESS': ('Current address', None),
  'LOCALITY': ('Area wanted', None), 'LEGAL_STATUS': ('Legal status', None), 'UASC': ('UASC', None),
  'PARENT': ('Parent', None), 'REFERRER_NAME': ('Referrer', None), 'REFERRER_ROLE': ('Role', None),
  'REFERRER_TEAM': ('Team', None), 'REFERRER_EMAIL': ('Email', None), 'REFERRER_PHONE': ('Tel', None),
  'SOCIAL_WORKER_NAME': ('SW/PA', None), 'SOCIAL_WORKER_EMAIL': ('SW/PA email', None),
  'FGC_OFFERED': ('FGC offered', None), 'FGC_DATE': ('FGC date', None), 'DIVERSION': ('Diversion tried', None),
  'REASON': ('Reason for referral', None), 'RISKS': ('Risks', None), 'SUPPORT_NEEDS': ('Support needs', None),
  'SAFETY_CONCERN': ('Immediate safety concern', None), 'DATE_NEEDED': ('Date needed', None),
  'CONSENT': ('Consent', None),
 },
}
REF_SECTIONS = [
 ('Section A - About the young person', ['VARIANT', 'FULL_NAME', 'DATE_OF_BIRTH', 'GENDER', 'LCS_NUMBER', 'ADDRESS',
   'LOCALITY', 'LEGAL_STATUS', 'UASC', 'PARENT']),
 ('Section B - Referrer details', ['REFERRER_NAME', 'REFERRER_ROLE', 'REFERRER_TEAM', 'REFERRER_EMAIL',
   'REFERRER_PHONE', 'SOCIAL_WORKER_NAME', 'SOCIAL_WORKER_EMAIL']),
 ('Section C - Family Group Conference and diversion', ['FGC_OFFERED', 'FGC_DATE', 'DIVERSION']),
 ('Section D - Reason for referral and risks', ['REASON', 'SAFETY_CONCERN', 'RISKS', 'SUPPORT_NEEDS']),
 ('Section E - Accommodation and consent', ['DATE_NEEDED', 'CONSENT']),
]

MASH = {
 'cms': {
  'NAME': ("Young person's name?", 'YP_NAME'), 'DATE_OF_BIRTH': ('Date of birth?', 'YP_DOB'),
  'ADDRESS': ('Last settled address?', 'YP_ADDR'), 'AGENCY': ('Presenting agency?', 'PRES_AG'),
  'STATUS': ('Housing situation - homeless tonight or threatened with homelessness?', 'HSG_STAT'),
  'MEDIATION': ('Has mediation been attempted?', 'MED_ATT'), 'MEDIATION_DATE': ('Date of mediation?', 'MED_DT'),
  'MEDIATION_OUTCOME': ('Outcome of mediation?', 'MED_OUT'),
  'CONCERNS': ('Welfare / safeguarding concerns?', 'WELF_CONC'),
  'KNOWN': ('Is the YP known to Children\'s Social Care?', 'KNOWN_CSC'),
  'PARENT_CONTACT': ('Parent / guardian name and contact?', 'PAR_CONT'),
 },
 'word': {
  'NAME': ('Name of young person', None), 'DATE_OF_BIRTH': ('Date of birth', None),
  'ADDRESS': ('Home address (where they have been living)', None), 'AGENCY': ('Referring / presenting agency', None),
  'STATUS': ('Is the young person (tick one)', None), 'MEDIATION': ('Mediation attempted?', None),
  'MEDIATION_DATE': ('Date mediation took place', None), 'MEDIATION_OUTCOME': ('What happened at mediation', None),
  'CONCERNS': ('Any welfare or safeguarding concerns (please give detail)', None),
  'KNOWN': ('Known to Children\'s Social Care?', None),
  'PARENT_CONTACT': ('Parent / carer contact details', None),
 },
 'plain': {
  'NAME': ('Name', None), 'DATE_OF_BIRTH': ('DOB', None), 'ADDRESS': ('Address', None),
  'AGENCY': ('Presenting agency', None), 'STATUS': ('Homeless / threatened', None),
  'MEDIATION': ('Mediation tried', None), 'MEDIATION_DATE': ('Mediation date', None),
  'MEDIATION_OUTCOME': ('Outcome', None), 'CONCERNS': ('Welfare / safeguarding concerns', None),
  'KNOWN': ('Known to CSC', None), 'PARENT_CONTACT': ('Parent/guardian contact', None),
 },
}
MASH_SECTIONS = [
 ('Section A - About the young person', ['NAME', 'DATE_OF_BIRTH', 'ADDRESS', 'KNOWN', 'PARENT_CONTACT']),
 ('Section B - Presenting agency and housing', ['AGENCY', 'STATUS']),
 ('Section C - Mediation', ['MEDIATION', 'MEDIATION_DATE', 'MEDIATION_OUTCOME']),
 ('Section D - Welfare and safeguarding', ['CONCERNS']),
]

RISK = {
 'cms': {
  'REFERRAL_REFERENCE': ('Referral reference?', 'REF_NO'), 'PROVIDER': ('Provider?', 'PROV'),
  'YOUNG_PERSON': ('Young person?', 'YP_NAME'),
  'RISK': ('What risk are you unable to manage?', 'RISK_UNM'),
  'WHY': ('Why can this risk not be managed?', 'RISK_WHY'),
  'RESOURCES': ('What resources or support would enable you to manage it?', 'RISK_RES'),
 },
 'word': {
  'REFERRAL_REFERENCE': ('Brokerage referral number', None), 'PROVIDER': ('Provider / scheme', None),
  'YOUNG_PERSON': ('Young person referred', None),
  'RISK': ('1. The risk we are unable to manage', None),
  'WHY': ('2. Why we cannot manage this risk at present', None),
  'RESOURCES': ('3. Resources / support that would enable us to accept', None),
 },
 'plain': {
  'REFERRAL_REFERENCE': ('Referral ref', None), 'PROVIDER': ('Provider', None), 'YOUNG_PERSON': ('Young person', None),
  'RISK': ('Risk we cannot manage', None), 'WHY': ('Why it cannot be managed', None),
  'RESOURCES': ('What would enable us to manage it', None),
 },
}
RISK_SECTIONS = [
 ('Section A - Referral', ['REFERRAL_REFERENCE', 'PROVIDER', 'YOUNG_PERSON']),
 ('Section B - Risk concern', ['RISK', 'WHY', 'RESOURCES']),
]

INC = {
 'cms': {
  'PROVIDER': ('Provider?', 'PROV'), 'PROPERTY': ('Property reference?', 'PROP_REF'),
  'NAME': ("Young person's name?", 'YP_NAME'), 'DATE_OF_BIRTH': ('Date of birth?', 'YP_DOB'),
  'LCS_NUMBER': ('LCS number?', 'YP_LCS'), 'WORKER_NAME': ('SW / Leaving Care PA?', 'ALLOC_WKR'),
  'WORKER_EMAIL': ('SW / PA email?', 'ALLOC_EMAIL'), 'WHEN': ('Date and time of incident?', 'INC_DTTM'),
  'CATEGORY': ('Incident category?', 'INC_CAT'), 'SEVERITY': ('Severity (low / medium / high / critical)?', 'INC_SEV'),
  'DESCRIPTION': ('Description of incident?', 'INC_DESC'), 'ACTIONS': ('Immediate actions taken?', 'INC_ACT'),
  'POLICE_REFERENCE': ('Police reference (if any)?', 'POL_REF'),
 },
 'word': {
  'PROVIDER': ('Provider', None), 'PROPERTY': ('Scheme / property code', None), 'NAME': ('Young person', None),
  'DATE_OF_BIRTH': ('DOB', None), 'LCS_NUMBER': ('LCS no.', None), 'WORKER_NAME': ('Social worker / Leaving Care PA', None),
  'WORKER_EMAIL': ('Their email', None), 'WHEN': ('Date & time of incident', None),
  'CATEGORY': ('Type of incident', None), 'SEVERITY': ('Severity rating', None),
  'DESCRIPTION': ('What happened (facts only)', None), 'ACTIONS': ('Action taken straight away', None),
  'POLICE_REFERENCE': ('Police incident / crime number', None),
 },
 'plain': {
  'PROVIDER': ('Provider', None), 'PROPERTY': ('Property', None), 'NAME': ('YP', None), 'DATE_OF_BIRTH': ('DOB', None),
  'LCS_NUMBER': ('LCS', None), 'WORKER_NAME': ('SW/PA', None), 'WORKER_EMAIL': ('SW/PA email', None),
  'WHEN': ('Date/time', None), 'CATEGORY': ('Category', None), 'SEVERITY': ('Severity', None),
  'DESCRIPTION': ('What happened', None), 'ACTIONS': ('Actions taken', None), 'POLICE_REFERENCE': ('Police ref', None),
 },
}
INC_SECTIONS = [
 ('Section A - Provider and property', ['PROVIDER', 'PROPERTY']),
 ('Section B - About the young person', ['NAME', 'DATE_OF_BIRTH', 'LCS_NUMBER', 'WORKER_NAME', 'WORKER_EMAIL']),
 ('Section C - The incident', ['WHEN', 'CATEGORY', 'SEVERITY', 'DESCRIPTION', 'ACTIONS', 'POLICE_REFERENCE']),
]

INTEL = {
 'cms': {
  'AGENCY': ('Submitting agency?', 'SUB_AG'), 'WORKER': ('Worker name?', 'WKR_NAME'), 'ROLE': ('Role?', 'WKR_ROLE'),
  'EMAIL': ('Contact email?', 'WKR_EMAIL'), 'PHONE': ('Contact phone?', 'WKR_TEL'),
  'WHEN': ('Date and time of information?', 'INT_DTTM'), 'LOCATION': ('Location?', 'INT_LOC'),
  'PERSONS': ('Persons involved (name, DOB, description)?', 'INT_PERS'), 'VEHICLES': ('Vehicles?', 'INT_VEH'),
  'INFORMATION': ('Information / intelligence?', 'INT_TEXT'), 'SOURCE': ('Source and grading (if known)?', 'INT_SRC'),
  'HANDLING': ('Handling code?', 'INT_HC'),
 },
 'word': {
  'AGENCY': ('Submitting agency', None), 'WORKER': ('Name of worker', None), 'ROLE': ('Role / job title', None),
  'EMAIL': ('Contact email', None), 'PHONE': ('Contact telephone', None),
  'WHEN': ('Date / time information relates to', None), 'LOCATION': ('Location (address, street, area)', None),
  'PERSONS': ('Person(s) involved - name, DOB, description', None), 'VEHICLES': ('Vehicle(s) - make, model, colour, VRM', None),
  'INFORMATION': ('The information', None), 'SOURCE': ('Source / grading (if given)', None),
  'HANDLING': ('Handling code', None),
 },
 'plain': {
  'AGENCY': ('Agency', None), 'WORKER': ('Worker', None), 'ROLE': ('Role', None), 'EMAIL': ('Email', None),
  'PHONE': ('Phone', None), 'WHEN': ('When', None), 'LOCATION': ('Where', None), 'PERSONS': ('Persons', None),
  'VEHICLES': ('Vehicles', None), 'INFORMATION': ('Information', None), 'SOURCE': ('Source/grading', None),
  'HANDLING': ('Handling', None),
 },
}
INTEL_SECTIONS = [
 ('Section A - Submitting agency and worker', ['AGENCY', 'WORKER', 'ROLE', 'EMAIL', 'PHONE']),
 ('Section B - When and where', ['WHEN', 'LOCATION']),
 ('Section C - Persons and vehicles', ['PERSONS', 'VEHICLES']),
 ('Section D - The information', ['INFORMATION', 'SOURCE', 'HANDLING']),
]

YN = {'UASC', 'PARENT', 'FGC_OFFERED', 'CONSENT', 'MEDIATION', 'KNOWN'}
