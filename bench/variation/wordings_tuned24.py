"""tuned24 (stop 52, branch corpus52): the twenty-fourth tuned part, written by the same separate author session as
heldout21 (no parser, config/forms, other part's mails or wordings' values read), in the same layouts with its own
words: English county and unitary councils and providers - plain-English questions, case-system shorthand, hints in
brackets, capitals on old templates. Tune against this part, never against heldout21."""

SEED = 24061193
TEXT_EXPECT = True

_REF = ["pdf-boxes", "docx-span3", "pdf-inline-answers", "pdf-leaders-2col", "pdf-header-table", "xlsx-form-2sheets",
        "body-spacer-table", "body-above-template", "pdf-span3", "docx-boxes", "docx-inline-answers", "docx-header-table",
        "docx-2col", "body-lines"]
FORM_LAYOUTS = {
    "referral": _REF,
    "risk-concern": ["body-above-template", "docx-span3", "pdf-leaders-2col", "docx-boxes", "body-spacer-table",
                     "docx-inline-answers"],
    "safeguarding-incident": ["pdf-boxes", "pdf-leaders-2col", "pdf-header-table", "body-spacer-table",
                              "xlsx-form-2sheets", "docx-span3", "docx-2col"],
    "intelligence-submission": ["docx-inline-answers", "body-spacer-table", "pdf-leaders-2col", "pdf-span3",
                                "body-above-template", "xlsx-form-2sheets", "docx-boxes", "body-lines"],
    "mash-referral": ["pdf-header-table", "pdf-boxes", "body-above-template", "docx-span3", "pdf-inline-answers"],
    "void-return": ["xlsx-void-spacers", "body-void-spacers", "csv", "xlsx-void-spacers", "body-void-spacers",
                    "xlsx-flat", "body-html-table"],
}
VOID_LAYOUTS = FORM_LAYOUTS["void-return"]
DOC_LAYOUTS = ["docx-span3"]
NOTICE_LAYOUTS = ["body-above-template", "docx-span3"]

PEOPLE = {
    "first": ["Kirsty", "Jayden", "Amara", "Callum", "Zainab", "Reece", "Bethany", "Tariq", "Courtney", "Dionne",
              "Lewis", "Nadia", "Mikey", "Shannon", "Olamide", "Brandon", "Keeley", "Arjun", "Leah", "Connor"],
    "last": ["Thwaites", "Okonkwo", "Ramsbottom", "Achterberg", "Fairclough", "Hussain-Begum", "Duckworth",
             "Mbeki", "Lindqvist", "Entwistle", "Oyelaran", "Crabtree", "Bassi", "Sutcliffe-Ward", "Nakamura",
             "Holroyd", "Mensah", "Wojcik", "Tattersall", "Greenhalgh"],
}
NAME_STYLES = {"worker": ["{first} {LAST}", "{LAST} {first}"],
               "yp": ["{first} {last}", "{LAST}, {first}"]}
NAME_CHANCE = 0.3
VALUE_STYLES = {
    "dates": ["d/m/yy", "dd/mm/yyyy", "ddd d Mon yyyy", "d.m.yyyy", "dth Month yyyy", "dd-mm-yyyy", "d Mon yy",
              "Month dth, yyyy"],
    "blanks": ["nil", "N/K", "n/a", "-", "none known", "\u00a0"],
    "yes": ["Yes", "Y", "YES", "yes - done"],
    "no": ["No", "N", "NO", "no"],
}
LEGAL_WRITTEN = ["s20 (voluntarily accommodated)", "Full care order (s31)", "Leaving care - relevant child",
                 "CIN", "Not open to social care", "Section 20 LAC", "Care leaver / former relevant"]

T52 = {
    "banners": ["Lancashire County Council - Children and Family Wellbeing", "Blackburn with Darwen - Housing Needs Service",
                "North Yorkshire Council | Leaving Care & Youth Homelessness Hub", "St Basils Youth Housing - Partner Form"],
    "codes": ["LCC/CFW/SA1 v4", "Form HN-YP-22", "NYC-LC-REF (Jan 2026)", "SB-PF-03"],
    "guides": ["Please type - handwritten forms cannot be accepted.",
               "All sections must be filled in. Write N/A if something does not apply.",
               "Send the completed form to the hub mailbox; do not send it to individual officers."],
    "inline_guides": ["Put your answers in red after each question.", "Type after the colon; leave the questions as they are."],
    "footers": ["Protect - Personal when completed", "Version 4 - review due Sept 2027", "Confidential: do not forward outside the partnership"],
    "office_rows": [("Hub ref (office)", "Date logged (office)"), ("Allocated to (hub use)", "Panel outcome (hub use)")],
    "systems": ["Mosaic", "LCS", "Eclipse", "CareFirst", "EHM"],
    "printed": ["{system} :: Printed {when} :: {user}", "Form output - {system} - printed by {user} at {when}",
                "{user} printed this from {system} on {when}"],
    "page_lines": ["1 / 1", "Page 1", "*** End of report ***"],
    "number_heads": [("#", "Question", "Answer"), ("Q", "What we need to know", "Your answer"),
                     ("Ref", "Field", "Entry")],
    "sheet_names": [("About the YP", "The referral", "The referral (cont.)"), ("Sheet1", "Sheet2", "Page 2"),
                    ("Details", "Needs & risks", "Needs and risks")],
    "blank_asks": ["Hi, thanks for calling the hub. Please fill in the questions below and reply to this email.",
                   "Template below as promised - just type your answers next to each question and send it back."],
    "intake_signs": ["Hub Intake Team (YPSA)", "YPSA Hub - intake officer"],
    "above_lines": ["Filled in as requested, see below.", "Hi, answers typed in under here. Ta.",
                    "Here you go - I've answered above your template."],
}

HEADINGS = {
    "Section 1 - About the young person": ["ABOUT THE YOUNG PERSON", "Section A: YP details", "The young person"],
    "Section 2 - Referrer": ["ABOUT YOU (THE REFERRER)", "Section B: Who is referring", "Your details"],
    "Section 3 - Family Group Conference and diversion": ["WHAT HAS BEEN TRIED", "Section C: Family & prevention",
                                                          "Keeping them at home"],
    "Section 4 - Reason for referral and risks": ["WHY NOW AND WHAT ARE THE RISKS", "Section D: Need and risk",
                                                  "Needs, risks and support"],
    "Young person": ["ABOUT THE RESIDENT", "Who was involved", "Resident details"],
    "The incident": ["WHAT HAPPENED", "Event", "The event itself"],
    "risk.concern": ["WHY WE CAN'T OFFER", "Our concern", "The concern"],
    "intel.info": ["WHAT YOU KNOW", "The intel", "What was seen or heard"],
}
HEADING_CHANCE = 0.75

TITLES = {
    "referral-emergency": ["Emergency Bed Request - 16-25 Supported Housing", "SAME-DAY Youth Housing Referral"],
    "referral-non-emergency": ["Supported Housing Referral (Planned) - Young People 16-25",
                               "Youth Housing Pathway: Planned Referral"],
    "risk": ["Provider Decline - Risk Cannot Be Managed", "Notice of Risk from Accommodation Provider"],
    "safeguarding": ["Resident Safeguarding Report", "Serious Event Notification - Supported Housing"],
    "intelligence": ["Partner Information Report (Exploitation Hub)", "Intelligence Sharing - Partner Referral"],
    "mash": ["16/17 Homeless Presentation - MASH Form", "Young Person Homeless Notification to Front Door"],
    "mash-notice": ["Mediation Complete - Young Person Staying at Home", "Mediation Result Notice"],
    "void": ["Void Report - Week Starting", "Bedspace Availability Return"],
}
SUBJECTS = {
    "referral-emergency": ["EMERGENCY - bed for YP {initials} tonight please", "Same day referral - YP {initials} - please ring"],
    "referral-non-emergency": ["Planned SH referral YP {initials} - for next panel", "New supported housing referral for YP {initials}"],
    "risk": ["Decline - risk can't be managed ({ref})", "Risk notice for ref {ref}"],
    "safeguarding": ["Resident SG report - {property}", "Serious event - {property}"],
    "intelligence": ["Partner info report re exploitation hub", "Intel to share re exploitation"],
    "mash": ["16/17 homeless - front door form - {initials}", "MASH form for YP {initials}"],
    "mash-notice": ["Mediation done - {initials} staying home", "Mediation sorted - {initials} not homeless"],
    "void": ["Voids w/s {week} - {provider}", "{provider} bedspaces {week}"],
    "other": ["Out of office: back Monday", "Team meeting notes - November", "Parking permit renewal"],
}
INTROS = ["Hi team,\nForm below / attached.", "Morning,\nHere's the form - shout if anything is missing.",
          "Hello hub,\nSending this over for you to pick up."]
SIGNOFFS = ["Cheers for now, have a good one", "Ta very much for picking this up,", "Speak soon, thanks again"]
FOOTERS = ["Children and Family Wellbeing | County Hall", "Housing Needs | Town Hall"]
COVERING = ["Form attached.", "See attached - let me know if you need anything else."]
ATTACHMENT_NAMES = {
    "referral": ["SH referral {i}", "Youth housing referral {i}", "REF_{i}_final"],
    "risk-concern": ["Decline notice {i}", "Risk notice {i}"],
    "safeguarding-incident": ["Resident SG report {i}", "Serious event {i}"],
    "intelligence-submission": ["Partner info report {i}", "Intel {i}"],
    "mash-referral": ["Front door form {i}", "MASH form {i}"],
    "mash-notice": ["Mediation result {i}"],
    "void-return": ["Voids {i}", "Bedspaces {i}"],
}

LABELS = {
    "referral": {
        "referral_type": ["Do they need a bed TODAY? (Y/N)", "Is this emergency or can it wait for panel?", "How urgent - today or planned?"],
        "name": ["Young person - first name then surname", "Full name of the YP you're referring", "Full name of YP as held on our system"],
        "dob": ["What date were they born?", "YP's DOB - must be 16 to 25 on the day they move", "YP D/O/B - day, month and year"],
        "gender": ["Gender - in the YP's own words", "YP gender - male, female or other", "Gender the YP uses for themselves"],
        "lcs": ["Mosaic / LCS no. (if known)", "What is their case number on the system?", "Case system ref for YP"],
        "address": ["Where are they staying right now?", "YP's current address with postcode please", "Address YP is sleeping at tonight"],
        "locality": ["Which area would they like to live in?", "District the YP wants to live in", "Where in the county do they want to live?"],
        "legal_status": ["What is their legal status? (s20 / s31 / care leaver / CIN / none)", "YP's legal status with children's services",
                         "CSC status (LAC, CL, CIN, not open)"],
        "uasc": ["Are they an unaccompanied asylum seeker? (Y/N)", "Came to the UK on their own to claim asylum? Y/N", "Came to the UK alone as an asylum seeker?"],
        "parent": ["Are they a parent or pregnant? (Y/N)", "Pregnant or already a parent? Y/N", "YP has a baby or is expecting"],
        "ref_name": ["Name of you, the referrer", "Person referring - full name", "Name of person filling this in"],
        "ref_role": ["Your job title and service", "Job title of the person referring", "Role of the person referring"],
        "ref_org": ["Which team or organisation are you from?", "Your service or team name (16+, YOT, housing...)", "Team / org referring"],
        "ref_email": ["Work email we can reply to", "E-mail of the person referring", "E-mail - ideally a secure one"],
        "ref_phone": ["Best number to get you on during the day?", "Referrer's direct line / mobile", "Your phone / mobile"],
        "sw_name": ["Who is their social worker or PA? (if not you)", "Who is their allocated SW / PA?", "SW/PA name if allocated"],
        "sw_email": ["Their social worker or PA's email", "SW/PA's work e-mail", "E-mail for their SW or PA"],
        "fgc": ["Has the family had an FGC yet?", "FGC done? Y/N", "Family Group Conf. held"],
        "fgc_date": ["If yes, when was the FGC?", "Date FGC happened", "Date of family group conf."],
        "diversion": ["What has been done to help them stay at home?", "Diversion / prevention tried so far",
                      "Steps taken so they didn't end up homeless"],
        "reason": ["Why do they need supported housing now?", "Why are you referring now - what's happened?",
                   "Tell us the story - how did it get to this?"],
        "safety": ["If emergency - why does it have to be tonight?", "Emergency - why tonight?", "Reason it can't wait (same day)"],
        "risk_self": ["Are they a risk to themselves? (give details)", "Could they hurt themselves (self-harm, not eating)?",
                      "Dangers to themselves"],
        "risk_others": ["Are they a risk to other people?", "Could they hurt anyone else?", "Risks to staff or residents"],
        "risk_from": ["Is anyone a risk to them?", "Is anyone putting the YP at risk?", "Anyone who might hurt or use the YP"],
        "exploitation": ["Any worries about exploitation (CCE/CSE/county lines)?", "Worried about CE/SE or county lines?", "CE / SE risk"],
        "substance": ["Do they use drugs or alcohol?", "What do they drink or take, and how often?", "Drink and drugs - what we should know"],
        "offending": ["Any offending or court orders?", "Any YOT / court stuff going on?", "Convictions, cautions, orders"],
        "mental_health": ["Mental health - any diagnosis or worries?", "MH needs / diagnosis", "MH - which services are involved"],
        "support": ["What help will they need from the provider?", "Support needed from provider", "Main things they need help with"],
        "needed": ["When do they need to move in?", "From what date do they need the bed?", "Date bed wanted"],
        "consent": ["Has the YP said yes to being referred?", "YP consent given Y/N", "Consent from YP"],
    },
    "risk": {
        "ref": ["What is the referral ref?", "Hub / brokerage ref no.", "Ref of the referral you're declining"],
        "provider": ["Which provider is declining?", "Provider making this decline", "Declining provider"],
        "yp": ["Who is the YP?", "Name of YP you're declining", "Young person declined"],
        "risk": ["What is the risk you can't manage?", "Risk that stops an offer", "In short - what's the risk?"],
        "why": ["Why can't you manage it?", "Reason risk is unmanageable here", "Why not - explain"],
        "enable": ["What would help you offer?", "What would let you say yes?", "Extra support/resources that would change this"],
    },
    "safeguarding": {
        "provider": ["Provider whose flat or scheme it was", "Provider reporting this event"],
        "property": ["Which property / scheme?", "Scheme / flat ref where it happened"],
        "name": ["Which resident?", "Name of resident it happened to"],
        "dob": ["Resident's birthday (with year)", "Resident's D/O/B - dd/mm/yy"],
        "lcs": ["Resident's Mosaic / LCS no.", "Resident case no."],
        "sw_name": ["Who is their SW/PA?", "Who is the resident's SW or PA?"],
        "sw_email": ["Resident's worker e-mail (SW or PA)", "Resident's SW/PA e-mail"],
        "date": ["Which day did this happen on?", "Which date was the event"],
        "time": ["Roughly what time was it?", "Clock time of the event (24h)"],
        "when": ["Day and time it happened", "Event date/time"],
        "category": ["What kind of event was it?", "Event category"],
        "severity": ["How bad was it (low, medium, high, critical)?", "Grade it - low / medium / high / critical"],
        "description": ["What happened - facts, not opinions", "Event - description"],
        "actions": ["What did staff do about it there and then?", "Staff response"],
        "police_ref": ["CAD / crime ref from police", "Police log or crime no. if police came"],
    },
    "intelligence": {
        "agency": ["Which agency are you?", "Your agency / org"],
        "worker": ["Who's sending us this intel (name)?", "Worker reporting this intel"],
        "role": ["What's your job at that agency?", "Reporting worker's role"],
        "email": ["Your email so we can reply?", "Reporting worker e-mail"],
        "phone": ["Your number in case we need to ring back?", "Reporting worker tel."],
        "when": ["When did you find this out? (date & time)", "When did you pick this up - date and time"],
        "date": ["What date did you find this out?", "Date you picked up this info"],
        "time": ["What time did you find this out?", "Time you picked up this info"],
        "location": ["Where does this relate to?", "Place / address linked"],
        "persons": ["Who's involved? Names, ages and what they look like", "People linked (nominals)"],
        "vehicles": ["Any cars or vans? Colour, make and plate", "Cars/vans connected to this"],
        "information": ["Tell us what you know - stick to the facts", "Intel - what was seen/heard"],
        "source": ["Where did you hear or see this?", "Source of the intel"],
        "grading": ["Intel grade you gave it (if your org grades)", "Grade you'd give it, like B2 or A1"],
        "handling": ["Can we share it on? (handling)", "Who can see it (handling code)"],
    },
    "mash": {
        "name": ["Which young person?", "YP presenting (name)"],
        "dob": ["When was the presenting YP born?", "Presenting YP D/O/B"],
        "address": ["Where were they living?", "Address they've just left"],
        "agency": ["Which agency is notifying?", "Notifying org"],
        "status": ["Homeless tonight or at risk of it?", "Roofless now / threatened with it (which?)"],
        "mediation": ["Have the family tried mediation yet? (Y/N)", "Any mediation done so far Y/N"],
        "mediation_outcome": ["If yes, what happened?", "How did the mediation with mum/dad go?"],
        "concerns": ["Any worries about them?", "Worries / concerns (YP)"],
        "known": ["Already got a social worker? (Y/N)", "Currently open to CSC front door Y/N"],
        "parent_contact": ["Who's the parent or carer and their number", "Mum/dad/carer - name and phone"],
    },
    "mash-notice": {
        "name": ["Which YP was mediated?", "Name of YP who had mediation"],
        "dob": ["Mediated YP's DOB", "DOB of YP who had mediation"],
        "date": ["When did the mediation happen?", "Day the mediation took place"],
        "outcome": ["How did the mediation turn out?", "Is the YP staying home now? (result)"],
        "agency": ["Which service mediated with the family?", "Mediation done by"],
    },
    "void": {
        "provider": ["Who's the provider", "Provider sending this"],
        "week": ["W/S (Monday)", "W/S Monday date"],
        "ref": ["Property ID as per contract schedule", "Bedspace ID"],
        "locality": ["Area it's in", "District of the scheme"],
        "service": ["What type of scheme", "Type of bedspace"],
        "total": ["Bedspaces we have in all", "No. of bedspaces overall"],
        "occupied": ["Bedspaces filled", "Bedspaces in use"],
        "vacant": ["Bedspaces void", "Void as of Monday"],
        "available": ["Can take someone from", "Free to let from"],
        "emergency": ["Can take same-day emergency? Y/N", "Same-day bed Y/N"],
        "notes": ["Anything else to flag for this unit", "Notes from the scheme"],
    },
}

TEXTS = {
    "diversion": ["Youth worker did four home visits; nan offered her spare room for a week but it ended after a row.",
                  "Referred to family mediation in October, mum refused the second session; a Team Around the Family "
                  "meeting was held."],
    "reason": ["{yp} has been thrown out by dad after he found cannabis in her bedroom and has slept at a mate's in "
               "Accrington for nine nights.",
               "Mum is moving into a one-bed flat with her new partner and there is no room for {yp}, who is due to "
               "leave on the 30th.",
               "{yp} turned eighteen in care and the foster carers are retiring, so a planned move into supported "
               "lodgings with support to learn to cook and budget is needed."],
    "safety": ["{yp} was kicked out this morning with a bin bag of clothes and has no one safe to stay with tonight.",
               "{yp} is sat in our reception now and says the only other option is staying with a man she met online."],
    "risks": {
        "risk_self": ["Has overdosed twice this year, last time in October; has a crisis plan.",
                      "Neglects hygiene and eating when low."],
        "risk_others": ["Smashed a window at home during an argument; no assaults.",
                        "Threatened a teacher in Year 11, nothing since."],
        "risk_from": ["Older cousin pressures him to hold drugs.", "Ex-boyfriend aged 20 turns up where she is staying."],
        "exploitation": ["Found in Blackpool twice with unexplained cash; CE screening tool scored high.",
                         "Linked to an older group in the town centre; police have issued a CAWN."],
        "substance": ["Smokes weed daily, drinks at weekends.", "Uses nitrous oxide with friends, engaged with Young Addaction."],
        "offending": ["Had a youth caution for nicking from Primark in 2025.", "On a Youth Rehabilitation Order until May 2027."],
        "mental_health": ["Anxiety and panic attacks, under CAMHS.", "Autism diagnosis, struggles with change."],
    },
    "support": ["Help with benefits and a bank account, and someone on site in the evenings.",
                "Support to get back into college and to manage money, plus regular check-ins."],
    "risk_unable": ["Our staff go home at 10pm and there is no one on site to respond at night.",
                    "The other three residents include the young person's co-defendant."],
    "risk_why": ["We can't put two people from the same court case under one roof - the bail conditions forbid contact.",
                 "With no night cover we could not respond to the self-harm risk described in the referral."],
    "risk_enable": ["If the council funded sleep-in cover for the first month we could make an offer.",
                    "A room in one of our other schemes may work once the current court case ends."],
    "incident": {
        "Missing": ["{yp} went out at 7pm saying she was going to the shop and had not come back by 2am; police "
                    "were told and she came back by taxi at 9am."],
        "Exploitation": ["{yp} came in with two new phones and said an older lad from Preston had given them to him "
                         "to look after."],
        "Self-harm": ["Staff found {yp} in her room with superficial cuts to her wrist; first aid given and she was "
                      "taken to the walk-in centre."],
        "Violence": ["{yp} punched a wall and then swung at a member of staff during a row about visitors; staff "
                     "stepped back and nobody was hurt."],
        "Allegation against staff": ["{yp} says the night worker went into her room without knocking and swore at "
                                     "her; the worker has been taken off rota while we look into it."],
        "Police involvement": ["Officers came to the scheme looking for {yp} about a robbery in town; he was arrested "
                               "in the lounge and released under investigation."],
        "Hospital admission": ["{yp} had a seizure in the kitchen and was taken to Royal Blackburn by ambulance, "
                               "kept in for two nights."],
        "Other": ["Flooding from the flat above came through {yp}'s ceiling and he had to be moved to another room "
                  "overnight."],
    },
    "actions": ["First aid, rang 999, told the manager on call and emailed the SW.",
                "Calmed things down, separated the residents, logged it and phoned the PA in the morning."],
    "intel_urgent": ["{p} is in the flat with {yp} at this moment and is threatening to kill her - she texted staff "
                     "'help he has a knife' two minutes ago, please get police there now.",
                     "{yp} is being held in a car outside the scheme right now by {p}, who will not let her out - "
                     "staff can see them from the window, police needed urgently."],
    "intel_routine": ["Staff have noticed {p} dropping {yp} back at the scheme late at night over the past month.",
                      "{yp} mentioned in key work last week that {p} pays for her phone and asks her to carry bags."],
    "mediation_outcome": ["One session, mum agreed to think about it but nothing changed.",
                          "{yp} refused to attend."],
    "mash_concerns": ["Not in school since September, known to be drinking heavily.",
                      "Sleeping in a tent by the canal some nights."],
    "prevented": ["After mediation {yp} has moved back in with her mum and the family have a plan; she no longer "
                  "needs accommodation.",
                  "Mediation worked: {yp} is back living with dad and his partner, so homelessness was prevented."],
    "void_notes": ["Carpet being fitted", "", "Gas cert due before anyone moves in", "On hold for a transfer"],
    "other_body": ["I'm out of the office until Monday with limited access to email.",
                   "Notes from Tuesday's team meeting are on the shared drive.",
                   "Reminder: staff parking permits run out on 31 December, please renew online."],
}
