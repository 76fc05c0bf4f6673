import datetime as dt, html, json

def D(s):
    return dt.date.fromisoformat(s)

def ordn(n):
    return str(n) + ('th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))

def fd(s, style):
    d = D(s)
    if style == 'dmy': return d.strftime('%d/%m/%Y')
    if style == 'dmon': return d.strftime('%d-%b-%Y')
    if style == 'iso': return d.isoformat()
    if style == 'long': return f"{ordn(d.day)} {d.strftime('%B %Y')}"
    if style == 'day': return f"{d.strftime('%A')} {ordn(d.day)}"
    if style == 'dayl': return f"{d.strftime('%A')} {ordn(d.day)} {d.strftime('%B')}"
    if style == 'dots': return f"{d.day}.{d.month}.{d.strftime('%y')}"
    if style == 'short': return f"{d.day}/{d.month}/{d.strftime('%y')}"
    raise ValueError(style)

YN = {'yes': 'Yes', 'no': 'No'}

# ---------------- label sets ----------------
L = {}
L['ref_formal'] = dict(
    VARIANT="Type of referral (tick one)", FULL_NAME="Young person's full name", DATE_OF_BIRTH="Date of birth",
    GENDER="Gender", LCS_NUMBER="LCS ID (if known)", ADDRESS="Current address", LOCALITY="Preferred area (district)",
    LEGAL_STATUS="Legal status", UASC="Unaccompanied asylum-seeking child (UASC)?", PARENT="Is the young person a parent / expecting?",
    REFERRER_NAME="Name of referrer", REFERRER_ROLE="Job title", REFERRER_TEAM="Team / service", REFERRER_EMAIL="Email address",
    REFERRER_PHONE="Telephone", SOCIAL_WORKER_NAME="Allocated social worker / PA (if not the referrer)",
    SOCIAL_WORKER_EMAIL="Social worker / PA email", FGC_OFFERED="Has a Family Group Conference been offered?",
    FGC_DATE="Date of FGC (offered or held)", DIVERSION="Diversion explored (family & friends, mediation)",
    REASON="Reason for referral", RISKS="Known risks (to self / to others / from others / exploitation / substance misuse / offending / mental health)",
    SUPPORT_NEEDS="Support needs", SAFETY_CONCERN="EMERGENCY REFERRALS ONLY - immediate safety concern",
    DATE_NEEDED="Date accommodation required from", CONSENT="Consent to referral and information sharing (Y/N)")
L['ref_survey'] = dict(
    VARIANT="Please select whether this is an emergency or a non-emergency referral",
    FULL_NAME="What is the young person's full name (first name and surname)?",
    DATE_OF_BIRTH="What is the young person's date of birth?", GENDER="How does the young person describe their gender?",
    LCS_NUMBER="If known, please give the young person's LCS number", ADDRESS="Where is the young person living at the moment (full address)?",
    LOCALITY="Which area of the county would the young person prefer to live in?",
    LEGAL_STATUS="What is the young person's legal status (looked after, care leaver, child in need, not known to social care)?",
    UASC="Is the young person an unaccompanied asylum-seeking child?", PARENT="Is the young person a parent or expecting a baby?",
    REFERRER_NAME="Your name", REFERRER_ROLE="Your role", REFERRER_TEAM="Which organisation or team do you work for?",
    REFERRER_EMAIL="Your email address", REFERRER_PHONE="Your contact telephone number",
    SOCIAL_WORKER_NAME="If you are not the young person's social worker or Personal Adviser, what is their name?",
    SOCIAL_WORKER_EMAIL="And their email address?",
    FGC_OFFERED="Has the family been offered a Family Group Conference?", FGC_DATE="If yes, on what date was the FGC offered or held?",
    DIVERSION="What has been done to keep the young person with family or friends (including mediation)?",
    REASON="Please tell us why you are making this referral",
    RISKS="Please describe any risks (to self, to others, from others, exploitation, substance misuse, offending, mental health)",
    SUPPORT_NEEDS="What support will the young person need in accommodation?",
    SAFETY_CONCERN="For emergency referrals only: what is the immediate concern for the young person's safety tonight?",
    DATE_NEEDED="From what date is accommodation needed?",
    CONSENT="Has the young person given consent to this referral and to their information being shared with providers?")
L['ref_quick'] = dict(
    VARIANT="emergency or planned", FULL_NAME="yp name", DATE_OF_BIRTH="dob", GENDER="gender", LCS_NUMBER="lcs",
    ADDRESS="staying at", LOCALITY="area wanted", LEGAL_STATUS="status", UASC="uasc", PARENT="parent",
    REFERRER_NAME="referrer", REFERRER_ROLE="role", REFERRER_TEAM="team", REFERRER_EMAIL="email", REFERRER_PHONE="mob",
    SOCIAL_WORKER_NAME="sw/pa", SOCIAL_WORKER_EMAIL="sw/pa email", FGC_OFFERED="fgc offered", FGC_DATE="fgc date",
    DIVERSION="diversion tried", REASON="why", RISKS="risks", SUPPORT_NEEDS="support needs",
    SAFETY_CONCERN="immediate safety concern", DATE_NEEDED="bed needed from", CONSENT="consent")

L['mash_formal'] = dict(
    NAME="Name of young person", DATE_OF_BIRTH="Date of birth", ADDRESS="Address (last settled / current)",
    AGENCY="Presenting agency", STATUS="Housing situation (tick as appropriate)",
    MEDIATION="Has mediation been attempted?", MEDIATION_DATE="Date of mediation", MEDIATION_OUTCOME="Outcome of mediation",
    CONCERNS="Welfare or safeguarding concerns", KNOWN="Known to Children's Social Care?",
    PARENT_CONTACT="Parent / guardian name and contact number")
L['mash_survey'] = dict(
    NAME="What is the full name of the young person you are referring?", DATE_OF_BIRTH="What is their date of birth?",
    ADDRESS="What is the young person's current or last address?", AGENCY="Which agency is presenting this young person to the MASH?",
    STATUS="Is the young person homeless tonight, or threatened with homelessness?",
    MEDIATION="Has any mediation with the family been tried?", MEDIATION_DATE="When did the mediation take place?",
    MEDIATION_OUTCOME="What was the outcome of the mediation?",
    CONCERNS="Do you have any welfare or safeguarding concerns about this young person? Please describe",
    KNOWN="Is the young person already known to Children's Social Care?",
    PARENT_CONTACT="Please give the name and phone number of a parent or guardian")
L['mash_quick'] = dict(
    NAME="name", DATE_OF_BIRTH="dob", ADDRESS="address", AGENCY="agency", STATUS="homeless or threatened",
    MEDIATION="mediation tried", MEDIATION_DATE="mediation date", MEDIATION_OUTCOME="outcome",
    CONCERNS="concerns", KNOWN="known to csc", PARENT_CONTACT="parent contact")

L['risk_formal'] = dict(
    REFERRAL_REFERENCE="Referral reference", PROVIDER="Provider", YOUNG_PERSON="Young person",
    RISK="1. What is the risk that we are unable to manage?", WHY="2. Why can this risk not be managed within the service?",
    RESOURCES="3. What resources or support would enable us to manage the risk?")
L['risk_quick'] = dict(
    REFERRAL_REFERENCE="Brokerage ref", PROVIDER="Provider", YOUNG_PERSON="YP",
    RISK="Risk we can't manage", WHY="Why not", RESOURCES="What would help")

L['inc_formal'] = dict(
    PROVIDER="Provider", PROPERTY="Property reference", NAME="Young person's name", DATE_OF_BIRTH="Date of birth",
    LCS_NUMBER="LCS number", WORKER_NAME="Social worker / Leaving Care PA", WORKER_EMAIL="SW / PA email",
    WHEN="Date and time of incident", INCIDENT_DATE="Date of incident", INCIDENT_TIME="Time of incident",
    CATEGORY="Incident category", SEVERITY="Severity",
    DESCRIPTION="Description of incident", ACTIONS="Immediate actions taken", POLICE_REFERENCE="Police reference (if any)")
L['inc_quick'] = dict(
    PROVIDER="Provider", PROPERTY="Property", NAME="YP", DATE_OF_BIRTH="DOB", LCS_NUMBER="LCS",
    WORKER_NAME="SW/PA", WORKER_EMAIL="SW/PA email", WHEN="When", INCIDENT_DATE="Date", INCIDENT_TIME="Time",
    CATEGORY="Type", SEVERITY="Severity", DESCRIPTION="What happened", ACTIONS="Actions taken",
    POLICE_REFERENCE="Police ref")

L['int_formal'] = dict(
    AGENCY="Submitting agency", WORKER="Name of worker", ROLE="Role", EMAIL="Contact email", PHONE="Contact telephone",
    WHEN="Date and time of information", INT_DATE="Date information obtained", INT_TIME="Time",
    LOCATION="Location", PERSONS="Persons involved (name, DOB, description)", VEHICLES="Vehicles (make, model, colour, VRM)",
    INFORMATION="Information / intelligence", SOURCE="Source and information grading (if known)", HANDLING="Handling code")
L['int_quick'] = dict(
    AGENCY="agency", WORKER="worker", ROLE="role", EMAIL="email", PHONE="phone", WHEN="when",
    INT_DATE="date", INT_TIME="time", LOCATION="where", PERSONS="people", VEHICLES="vehicles",
    INFORMATION="info", SOURCE="source / grading", HANDLING="handling")

DISCLAIMERS = {
 'county': "CONFIDENTIALITY NOTICE: This email, and any attachments, is intended solely for the use of the addressee(s) and may contain information that is confidential, legally privileged or otherwise protected from disclosure, including personal and sensitive personal data about children and young people. If you have received it in error you must not read, copy, forward, disclose or use any part of it; please notify the sender immediately by return and delete it from your system. Emails to and from the Council may be monitored and recorded for the purposes of security, compliance and the prevention and detection of crime. Views expressed are those of the individual and not necessarily those of the Council.",
 'district': "This message is for the named addressee only and may contain privileged or confidential information. If you are not the intended recipient please contact the sender and delete the message; do not copy, use or disclose its contents. The District Council accepts no liability for any loss or damage caused by software viruses. All email sent to or from this address may be subject to the Freedom of Information Act 2000 and the Data Protection Act 2018 and may be monitored. Please consider the environment before printing this email.",
 'nhs': "This email and any attachment is confidential and intended only for the person or organisation to whom it is addressed. It may contain patient-identifiable or otherwise sensitive information protected under the Data Protection Act 2018 and UK GDPR. If you are not the intended recipient, any disclosure, copying, distribution or action taken in reliance on its contents is prohibited; please tell the sender and delete it. NHS email is monitored for compliance and security. The Trust does not accept liability for viruses.",
 'police': "OFFICIAL-SENSITIVE. This e-mail and any attachments are intended for the addressee(s) only and may contain sensitive or protectively marked information. Access, copying, re-use or disclosure by anyone else is prohibited and may be unlawful. If you have received this e-mail in error please notify the sender and delete it from your system. All communications sent to or from the force may be subject to recording and/or monitoring in accordance with relevant legislation.",
 'ifa': "The information in this e-mail and any attachments is strictly confidential and is intended for the named recipient(s) only. It may contain details of looked after children and foster carers which are subject to the Data Protection Act 2018. If you are not the intended recipient you must not disclose, copy, distribute or retain any part of it; please inform us immediately and delete it. Registered charity no. 1187234. Company registered in England and Wales no. 09912345. Ofsted URN SC481123.",
 'provider': "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. This message contains confidential information about a young person we support and is intended only for the agencies working with them. Please do not forward it outside your organisation without our permission. We are a registered society under the Co-operative and Community Benefit Societies Act 2014.",
}
