"""Wordings of the eleventh held-out part (heldout11): forms as people fill them in a hurry. Lower-case labels with
typos and office shorthand, answers in capitals, yes/no and choices struck through or ticked in a symbol font, a
table to each section, a draft attached with the final, a corrected form sent again in reply to the hub's own
"could not accept" mail. Written by an author who did not read the parsers or the other parts' wordings.
Never tune the hub against this part."""

SEED = 47110923
TEXT_EXPECT = True

DOC_LAYOUTS = ["body-hurried", "docx-sections", "docx-twice", "body-resend", "docx-struck", "pdf-wingdings",
               "docx-wingdings", "pdf-sections", "body-hurried", "pdf-twice", "odt-struck", "body-resend"]
VOID_LAYOUTS = ["xlsx-title-merged", "body-pasted", "csv", "xlsx-flat", "body-blocks", "xls", "csv-title",
                "body-html-table"]

PEOPLE = {
    "first": ["Tegan", "Mali", "Osian", "Cerys", "Kacper", "Amira", "Deion", "Niamh", "Callum", "Ayaan", "Shannon",
              "Brandon", "Leah-Mae", "Rhys", "Zofia", "Kyle", "Jade", "Ifan", "Tyreese", "Elin", "Mollie", "Abdi",
              "Kayden", "Seren", "Harvey", "Nia"],
    "last": ["Prothero", "Hughes-Bevan", "Nowicki", "Mensah", "Pritchard", "McAllister", "Jenkins", "Okafor",
             "Llywelyn", "Dobson", "Farah", "Whitlock", "Parry-Jones", "Szymańska", "Rowlands", "Keane", "Abara",
             "Vaughan-Price", "Cartwright", "Gwynne", "Hussain", "Tranter"],
}

# -- the kinds this part adds (read by generate.py's heldout11 / tuned14 layouts) -----------------------------------
HURRIED_WORDS = [("young person", "yp"), ("date of birth", "d.o.b"), ("social worker", "sw"), ("please", "pls"),
                 ("address", "addy"), ("number", "no."), ("information", "info"), ("referral", "ref"),
                 ("with", "w/"), ("incident", "inc."), ("telephone", "tel")]
TYPO_CHANCE = 0.3
HURRIED_SEPS = ["  ", " ", " - ", " -", "  -  "]
HURRIED_CAPS = 0.4
HURRIED_INTROS = ["hi all,", "hiya - form below, sorry its a bit rushed", "hi, pls see below",
                  "morning, details as requested:", "hi - done on my phone so excuse typos",
                  "afternoon, quick one below pls log", "hi team\nsending this between visits"]
HURRIED_SIGNOFFS = ["thx {first}", "ta {first}", "cheers\n{first}", "{first}\nsent between visits", "thanks, {first}"]

STRUCK_HINTS = ["(delete as appropriate)", "(please delete)", "(strike out whichever does not apply)"]
WINGDINGS = [("Wingdings", "\u00fe", "\u00a8"), ("Wingdings", "\u00fd", "\u00a8"), ("Wingdings 2", "R", "\u00a3"),
             ("Wingdings", "x", "o")]

SECTION_FIRST = ["Part A", "Details", "About the referral"]
SECTION_HEADS = [("Question", "Response"), ("Detail required", "Answer"), ("Field", "To be completed by referrer")]
SECTION_EMPTY_LABELS = ["", "Other (please state)", "Additional comments", ""]
DATE_HINTS = ["dd/mm/yyyy", "DD/MM/YY", "(day/month/year)"]
CAPS_NOTES = ["PLEASE COMPLETE IN BLOCK CAPITALS", "Complete in BLOCK CAPITALS using black ink or type"]
CAPS_CHANCE = 0.5

DRAFT_BLANKS = ["TBC", "tbc - check with SW", "[to complete]", "xx/xx/xx", "?? awaiting"]
DRAFT_TITLES = ["DRAFT - {title}", "{title} (DRAFT - not for sending)", "{title} - draft v1"]
TWICE_LINES = {
    "first": ["Apologies, I attached the draft by mistake as well - please use the second attachment (FINAL), "
              "the first one is out of date.",
              "Two files attached sorry - the one marked draft is the old version, the final is the one to log."],
    "second": ["Form attached (final version). I think the draft went on too, please ignore that one.",
               "Please use the first attachment - the second is my earlier draft which has gaps in it."],
}
TWICE_NAMES = [("Referral form DRAFT {i}", "Referral form FINAL {i}"), ("form v1 draft", "form v2 final"),
               ("{i} draft", "{i} FINAL checked"), ("Copy of form (draft)", "Form completed {i}")]

RESEND_SUBJECTS = ["RE: Not accepted - {subject}", "RE: {subject} - resubmitted", "Re: Form returned: {subject}"]
HUB_SUBJECTS = ["Not accepted - {subject}", "Form returned: {subject} [{ref}]"]
RESEND_LINES = ["Hi, sorry about that - \"{field}\" added now, full form again below.",
                "Apologies, missed the \"{field}\" box off. Resending the whole thing with it filled in.",
                "Corrected version below (\"{field}\" included this time). Thanks for letting me know."]
RESEND_REPLIES = [
    "Thank you for your form (reference {ref}). We could not accept it because:\n"
    "- {field}: no answer was given. This is needed before we can pass the form on.\n"
    "Please send the form again with this completed.\nYPSA Hub (automated message)",
    "Your form could not be processed.\nReference: {ref}\nProblem: {field} - missing.\n"
    "Reply to this email with the complete form and we will log it.\nYPSA Intake",
]

# -- the usual wordings ------------------------------------------------------------------------------------------
TITLES = {
    "referral-emergency": ["EMERGENCY - supported accommodation referral (same day)", "Urgent SA referral - emergency bed",
                           "Emergency referral: young person's supported accommodation"],
    "referral-non-emergency": ["Supported accommodation referral - planned move", "Planned SA referral form (YP 16-24)",
                               "Referral for supported housing - non urgent"],
    "risk": ["Provider risk concern - unable to offer", "Risk concern re referral (provider response)",
             "Response to referral: risk we cannot manage"],
    "safeguarding": ["Safeguarding incident notification - provider", "Incident report (safeguarding) to Brokerage",
                     "Provider safeguarding incident form (YPSA)"],
    "intelligence": ["Partnership intel sharing form", "Intelligence submission to police (partner agency)",
                     "Agency information sharing - police intel"],
    "mash": ["MASH referral - homeless 16/17 yr old", "Homeless 16/17 referral into MASH",
             "MASH: young person homeless / at risk of homelessness"],
    "mash-notice": ["Notice - homelessness prevented by mediation", "Mediation outcome notice (MASH) - prevented",
                    "MASH notice: mediation successful, no referral needed"],
    "void": ["weekly voids return - YPSA providers", "Void & availability return - week starting", "Bed availability (voids) this week"],
}

SUBJECTS = {
    "referral-emergency": ["URGENT ref for {initials} - needs bed today", "emergency referral {initials} pls",
                           "EMERGENCY placement needed - {initials}"],
    "referral-non-emergency": ["referral - {initials} (planned)", "SA referral for {initials}",
                               "New referral {initials} - not urgent"],
    "risk": ["risk concern - ref {ref}", "Unable to offer - {ref}", "{ref} - provider risk response"],
    "safeguarding": ["incident at {property} last night/today", "Safeguarding inc - {property}", "SG incident report {property}"],
    "intelligence": ["intel submission from us", "Partner intelligence - pls forward to police", "info sharing form - police pls"],
    "mash": ["MASH ref - {initials}", "homeless 16/17 referral {initials}", "MASH referral for {initials} pls"],
    "mash-notice": ["mediation worked - {initials}", "MASH notice {initials} (prevented)",
                    "no longer homeless - {initials}"],
    "void": ["voids this wk (w/c {week})", "{provider} - voids - {week}", "Void return {week} - {provider}"],
    "other": ["quick question re forum", "leaflet for your noticeboard", "out of office til Monday", "training dates Jan",
              "parking at Speedwell House", "invoice query - Oct outstanding"],
}

INTROS = ["Hi intake team (ypsa),", "Hello brokerage - hope the week is going ok,", "Morning both - quick one,", "Hi all - hope you're ok,", "Afternoon intake,", "Hiya, hope all good,"]
SIGNOFFS = ["Thanks so much", "Many thanks for all your help with this,", "Kind regards and thanks", "Thanks in advance - any probs ring me,", "Best, and thanks"]
COVERING = ["Form attached, any problems give me a shout.", "Please see attached and log.",
            "Attached as discussed on the phone.", "Completed form attached, thanks."]
FOOTERS = ["Leaving Care Personal Adviser | Children's Services\nMob: 07700 900418",
           "Support Worker (nights)\nSent from my work phone",
           "Senior Practitioner, Adolescent Team\nWorking days Mon-Thu",
           "Team Leader - Housing Support\nPlease note my new number: 01865 815 404"]
DISCLAIMERS = ["This email may contain sensitive personal data. If received in error please delete it and tell the "
               "sender.",
               "Mae'r neges hon yn gyfrinachol. / This message is confidential."]
DISCLAIMER_CHANCE = 0.3

HEADING_CHANCE = 0.7
HEADINGS = {
    "Section 1 - About the young person": ["1. Young person's details", "YOUNG PERSON", "a) about the yp"],
    "Section 2 - Referrer": ["2. Referrer's details", "REFERRER", "b) person making referral"],
    "referral.sw": ["2b. Allocated worker", "ALLOCATED WORKER", "c) sw / pa"],
    "Section 3 - Family Group Conference and diversion": ["3. FGC & diversion", "FAMILY GROUP CONFERENCE",
                                                          "d) fgc and diversion"],
    "Section 4 - Reason for referral and risks": ["4. Reasons and risks", "REASON AND RISKS", "e) why + risks"],
    "Young person": ["1. Young person", "YOUNG PERSON INVOLVED", "about the yp"],
    "The incident": ["3. The incident", "INCIDENT DETAILS", "what happened"],
    "sg.provider": ["Provider & property", "PROVIDER", "provider details"],
    "sg.sw": ["2. Social worker / PA", "ALLOCATED WORKER", "sw/pa"],
    "risk.referral": ["Referral details", "REFERRAL", "about the referral"],
    "risk.concern": ["The risk", "RISK CONCERN", "risk details"],
    "intel.you": ["1. Your details", "SUBMITTING AGENCY", "your details"],
    "intel.info": ["2. The information", "INTELLIGENCE", "the info"],
    "mash.yp": ["1. The young person", "YOUNG PERSON", "yp details"],
    "mash.agency": ["2. Presenting agency", "AGENCY", "agency"],
    "mash.housing": ["3. Housing situation", "HOUSING SITUATION", "housing + mediation"],
}

ATTACHMENT_NAMES = {
    "referral": ["SA ref {i}", "referral form completed {i}", "YPSA referral_{i}_final"],
    "risk-concern": ["risk concern response {i}", "Unable to offer {i}"],
    "safeguarding-incident": ["incident form {i}", "SG notification {i}"],
    "intelligence-submission": ["intel form {i}", "partner intel {i}"],
    "mash-referral": ["MASH ref form {i}", "homeless 16-17 referral {i}"],
    "mash-notice": ["mediation notice {i}", "MASH notice {i}"],
    "void-return": ["voids {i}", "availability return {i}"],
}

VALUE_STYLES = {
    "dates": ["d/m/yy", "d/m/yyyy", "d.m.yy", "dd/mm/yy", "d-m-yy", "d Mon yy", "dth Month yyyy", "dd/mm/yyyy"],
    "times": ["HH:MM", "h.mmpm", "HHMM", "h:mm pm", "HH.MM"],
    "yes": ["y", "Y", "yes", "YES", "Yes"],
    "no": ["n", "N", "no", "NO", "No"],
    "blanks": ["N/K", "not known", "TBC", "awaiting", "n/k", "unknown atm", ""],
    "joiners": ["{d} {t}", "{d} at {t}", "{d} approx {t}", "{d} @ {t}"],
}

LABELS = {
    "referral": {
        "referral_type": ["emergency placement needed today? (y/n)", "Referral category (emergency/planned)", "urgency of referal", "Is this an emergancy referral? Y / N"],
        "name": ["yp full name (block caps)", "Full name of YP (as on LCS)", "Name of YP being referred - full", "Young persons name (first & surname)", "Enw llawn / Full name of young person"],
        'dob': ['dat of birth', 'D.o.b (dd/mm/yy)', "YP's birth date", 'date of birth of yp (dd/mm/yy)', "Dyddiad geni'r person ifanc / YP date of brith"],
        "gender": ["gender of yp (as they identify)", "Sex / gender (as YP describes)", "gender (how yp identifies)", "Rhywedd / Gender of YP"],
        'lcs': ['LCS ID no. (if known)', 'lcs # (if on system)', 'Liquid Logic (LCS) no.', "Child's LCS ref (if known)"],
        "address": ["current adress", "Where is YP living now (address)", "Present adress incl. postcode", "Cyfeiriad presennol / Current address of YP"],
        "locality": ["Preferred area for placement", "area yp wants to live", "Locality requested (district)", "Which district is preferred?"],
        "legal_status": ["Legal status of YP (pls state)", "Legal status (LAC/CL/CIN/NK)", "legal status - s20? CL? CIN?", "Statws cyfreithiol / Legal status of the YP"],
        "uasc": ["UASC? (y/n) - pls tick", "Is YP an unaccompanied asylum seeker?", "uasc y/n (tick)", "UASC status (Y/N) - yes or no"],
        "parent": ["Is the YP a parent / expecting?", "yp pregnant or a parent", "Parent or parent-to-be (Y/N)", "Does YP have a child of their own?"],
        "ref_name": ["Referrer full name (print)", "name of person making the ref", "Your name (referrer)", "Completed by (referrer)"],
        "ref_role": ["Referrer job title / role", "your role (e.g. SW, PA, HOO)", "Role / designation of referrer", "Job role (e.g. SW, PA)"],
        "ref_org": ["Team / service referring from", "Referring team & organisation", "org / team", "Service area of referrer"],
        "ref_email": ["Referer email address", "your email (gcsx / secure if poss)", "E-mail (secure if poss.)", "Email for correspondance"],
        "ref_phone": ["Referer contact no.", "tel no (mob best)", "Best phone number to reach you", "Direct line / mobile"],
        "sw_name": ["Allocated SW / PA (if different)", "sw name", "Allocated SW/PA - if not the referrer", "Social worker or PA name (if not you)"],
        "sw_email": ["sw/pa e-mail if not referrer", "sw email", "email for allocated worker (if diff.)", "Email of social worker or PA"],
        "fgc": ["FGC offered? (y/n) - circle", "fgc offerd", "Family Group Conferance offered to family", "FGC offered to YP & family"],
        "fgc_date": ["date of FGC (approx ok)", "When was FGC offered / held", "FGC date (if applicable)", "fgc held on (date)"],
        'diversion': ['Diversion - family & friends / mediation tried?', "What's been tried so yp can stay home?", 'diversion work done', 'Alternatives explored (family, friends, mediation) - pls describe'],
        "reason": ["Reason(s) for referral", "why is yp being referred", "Why is supported accomodation needed now?", "Reasons for this referal"],
        "safety": ["Immediate safety concern (emergency refs only)", "what is the immediate risk tonight", "Why is this an emergency - current safety risk", "Urgent safety concern for YP"],
        "risk_self": ["risks to self (self harm / suicide)", "Known risk to self", "risk to themself", "Risk to self - detials"],
        "risk_others": ["risk posed to others (give details)", "Any risk to staff / other residents", "Risk YP poses to others", "risk to other people - pls describe"],
        "risk_from": ["risks from other people (brief details)", "Is YP at risk from anyone?", "Risk to YP from others (who / what)", "risk from peers / adults"],
        "exploitation": ["Exploitation (CSE / CCE) concerns", "exploitation risk - any NRM?", "Concerns re exploitation / county lines", "CSE/CCE (give details)"],
        "substance": ["Substance misuse (drugs / alcohol) - pls describe", "drug and alcohol use (what / how often)", "Alcohol or drug use - current", "substances yp uses (what, how often)"],
        "offending": ["offending / YOS involvement (give details)", "Any offending behaviour", "Criminal history / current charges - pls describe", "offending hist."],
        "mental_health": ["mental health & wellbeing (brief details)", "Emotional wellbeing / MH (incl CAMHS)", "Mental health (diagnosis / CAMHS)", "MH needs / dx"],
        "support": ["what support does yp need", "Support needed in placment", "Key support needs (budgeting, cooking etc)", "Support requirements"],
        "needed": ["Date placement required by", "date needed (dd/mm/yy)", "Accomodation needed from (date)", "When is the placment needed?"],
        "consent": ["Consent to referral & info sharing (y/n)", "yp consents?", "Has YP consented to this referral and sharing?", "Consent given (Y/N)"],
    },
    "risk": {
        'ref': ['Brokerage ref no. (on the referral)', "ref on brokerage's email", 'Ref number (from brokerage)', 'ref no. of referral'],
        "provider": ["Provider name (your organisaton)", "provider replying to ref", "Name of provider org", "Responding provider org."],
        "yp": ["YP name (as on referral)", "young persons name", "Name of young person refered", "Referred yp - full name"],
        'risk': ['Risk we are unable to manage - in your own words', 'risk unable to manage (give details)', "What risk can't be managed - pls describe", 'unmanagable risk'],
        'why': ["Why this can't be managed here", 'why not manageable (brief details)', 'Reasons the risk cannot be managed in our scheme', 'reason unable to manage'],
        "enable": ["What would enable us to accept - in your own words", "resources / support needed to accept", "What support or resources would make it manageable?", "resources that wd help"],
    },
    "safeguarding": {
        'provider': ['Reporting provider (organisaton)', "provider (who's reporting)", 'Provider (organisaton)', 'provider org name'],
        "property": ["Proprety / scheme ref", "proprety ref (e.g. OCC-CHE-01)", "Which proprety", "Scheme reference code"],
        'name': ['YP name in full', 'yp invovled', 'Name of young person invovled', "Resident's full name (as on licence)"],
        "dob": ["D.O.B of the YP", "yp dob (dd/mm/yy)", "YP date of brith", "dat of birth"],
        'lcs': ['LCS no. if they have one', 'lcs # if on system', 'LCS number if on system', "yp's LCS ID (council)"],
        "sw_name": ["SW / PA allocated to yp", "sw/pa name (if allocated)", "Allocated socail worker or PA", "Name of SW or PA (allocated)"],
        'sw_email': ['SW / PA email addy', 'sw/pa email (if known)', 'E-mail for SW or PA (council)', "Allocated worker's e-mail address"],
        "date": ["date of incedent", "incedent date (dd/mm/yy)", "Date it happend", "date of occurence"],
        "time": ["time of incident (approx ok)", "time it happened (roughly)", "Approx time (24hr)", "Time it occurred (24hr)"],
        "when": ["when did it happen (date & time) pls", "Date and time of incident (approx ok)", "Incedent date/time", "date + time of inc."],
        "category": ["incedent type", "Catagory of incident (one only)", "Type of incident (pls select)", "What type of incedent"],
        "severity": ["severity (low-critical)", "Severty rating", "How serious (low/med/high/critical)", "Level of severity (provider view)"],
        "description": ["discription of incident", "What happened (give details)", "Full discription of what happened", "Account of the incident (facts only)"],
        "actions": ["what staff on shift did straight away", "Immediate actions taken - in your own words", "What did staff do (give details)", "Immediate response / actions"],
        "police_ref": ["police ref (if police invovled)", "Police reference / CAD no.", "Crime / incedent no.", "Police log number (if police called)"],
    },
    "intelligence": {
        "agency": ["submitting agency (your org)", "Agency / organisaton", "Name of agency sharing", "Your agency (full name)"],
        "worker": ["Name of worker sharing", "your full name (print)", "Worker submitting (print name)", "staff member name"],
        'role': ['role of worker sharing info', 'Job title / role of sharer', 'Your role (e.g. keyworker)', "Worker's role / title"],
        "email": ["email (work) - secure pref.", "Contact email of worker", "Worker e-mail (secure)", "your email address pls"],
        "phone": ["phone (work mob)", "Contact number for worker", "Tel / mobile", "your number"],
        "when": ["date & time of info (approx ok)", "When was this seen / heard (date + time)", "Date/time of the information (24hr)", "date and time intel obtained"],
        "date": ["date of info (dd/mm/yy)", "Date infomation obtained", "Date seen / heard (approx ok)", "Date of intel"],
        "time": ["time of info (24hr)", "Time infomation obtained", "Time seen / heard (approx)", "Time (24h clock)"],
        "location": ["location of activity / address", "Where (address / location)", "Loaction of activity", "place it happened / address"],
        "persons": ["persons invovled", "People involved (name, dob, description) - all known", "Who is invovled", "Individuals (names / DOBs / descriptions)"],
        "vehicles": ["vehicals (if any)", "Vehicles (make/model/reg) if known", "Any vehicals involved", "Cars / vans seen (reg if poss)"],
        "information": ["infomation", "The intelligence - pls describe", "What is the infomation?", "Intel / info being shared"],
        "source": ["source of the info (who told you)", "Source of info (staff / resident / other)", "How was info obtained", "Where did this info come from?"],
        "grading": ["grading (if you know it)", "Info grading (e.g. B2)", "Intel grade (3x5x2)", "Evaluation grading (if known)"],
        "handling": ["handling code - is it P or C?", "Handling (P/C) - pls state", "Handling code (P/C) - sharing", "Sharing / handling condition"],
    },
    "mash": {
        "name": ["yp name in full", "Name of the 16/17 yr old", "Young person (full name) (print)", "Full name of YP presenting"],
        "dob": ["d.o.b of the yp", "Date of birth of YP", "YP dob (dd/mm/yy)", "dat of birth"],
        "address": ["adress", "Last settled address (incl postcode)", "Where is YP staying tonight (address)", "Current adress of YP"],
        'agency': ["presenting agency (who's referring)", 'Agency YP presented to', 'Referring agancy / service', 'Who presented YP'],
        "status": ["homeless or threatened? (state which)", "Housing status (homeless / threatend)", "Is YP homeless now?", "Homelessness status - tonight?"],
        "mediation": ["mediaiton tried? (y/n)", "Has mediation been attempted? (tick)", "Mediaiton attempted (Y/N)", "family mediaiton tried - y/n"],
        "mediation_outcome": ["outcome of mediaiton", "What happened with mediation - in your own words", "Mediaiton result", "Outcome of family mediation (if tried)"],
        "concerns": ["welfare / safeguarding concerns - pls describe", "Any safegaurding or welfare worries", "Concerns for YP", "Welfare concerns (details)"],
        "known": ["known to CSC? (y/n) - circle", "Known to socail care", "Is YP known to childrens social care?", "Open / known to social care (Y/N)"],
        "parent_contact": ["parent / carer contact (name + no.)", "Parent or gaurdian contact details", "Parent/guardian name & no.", "Contact for parent or carer"],
    },
    "mash-notice": {
        "name": ["yp name in full", "Name of young person (print)", "Young person (full name) (print)", "Full name of YP"],
        'dob': ['d.o.b of the yp', 'Date of birth of YP (dd/mm/yy)', "YP's dob", 'dat of birth'],
        "date": ["date of mediation (dd/mm/yy)", "Date mediaiton completed", "Mediation date (last session)", "date homelessness prevented (mediation)"],
        "outcome": ["outcome - in your own words", "Outcome of mediaiton", "What was agreed - pls describe", "Mediaiton outcome (details)"],
        "agency": ["agency giving notice", "Agency completing notice", "Mediaiton provided by", "agency that did the mediation + notice"],
    },
    "void": {
        "provider": ["provider / organisation reporting", "Provider name (in full)", "Organisaton"],
        "week": ["w/c (mon)", "Week starting (the Monday)", "wk commencing (Mon)"],
        "ref": ["our prop. code", "Proprety ref", "Proprety code (ours)"],
        "locality": ["area/district of prop", "Locality (which district)", "District (Cherwell etc)"],
        "service": ["type of service (shared/SC)", "Service type (16/17, 18+, parents etc)", "Service offered at prop"],
        "total": ["no. of units in total", "Total units (beds)", "Units total (all)"],
        'occupied': ["occ'd", 'Occupid', 'No. occupid now'],
        'vacant': ["vac'nt", 'Vacant units (empty)', 'No. empty / vacant now'],
        "available": ["room free from (date)", "Availible from", "Date available (approx)"],
        "emergency": ["emerg. bed free y/n", "Emergancy bed avail (Y/N)", "crash bed tonight? y/n"],
        "notes": ["notes + comments on void", "Notes (reason void etc)", "Comments on void"],
    },
}

TEXTS = {
    "diversion": ["Mum and step dad asked, both said no. Nan is in sheltered housing so cant. Mediation offered "
                  "twice, yp would not engage.",
                  "Stayed at a friend's for 3 nights but the friend's parents have now said he has to leave. "
                  "Family mediation started last week but Dad ended the session.",
                  "Aunt in Swindon explored - not suitable (overcrowded). Mediation done on 2 occasions, no change.",
                  "All family options looked at with the YP. Older sister willing to have her at weekends only."],
    "reason": ["{yp} has been sofa surfing since leaving her foster placement in the summer. She is now 17 and wants "
               "to learn to live independently with support. Current arrangement with friend is ending on Friday.",
               "Relationship with mum broken down after several months of arguments, police called to the home "
               "twice this month.\n{yp} is asking to move out and mum agrees she cannot return. Needs a shared house "
               "with staff on site.",
               "{yp} turns 18 in the new year and his foster carers are not able to offer staying put. Pathway "
               "plan says semi-independent accommodation close to college in Banbury.",
               "Placement at home ended after a physical altercation with step-father. {yp} currently at a hotel "
               "paid for by the council as a short stop gap.\nWe need somewhere with 24 hr staff cover.",
               "Leaving custody (YOI) on licence, release address needed. {yp} engaged well with YOS while inside "
               "and wants a fresh start away from old peers."],
    "safety": ["Has nowhere to sleep tonight - was asked to leave by friend's mum this afternoon.",
               "Mum has changed the locks and said she will call police if {yp} comes back, yp is in our office now.",
               "Hotel booking runs out at 11am tomorrow and there are threats from an older male who knows "
               "where {yp} is."],
    "risks": {
        "risk_self": ["Historic cutting (arms), none in last 6 months. Safety plan in place.",
                      "Took an overdose in Aug, CAMHS follow up done.", "None known to us at present."],
        "risk_others": ["Verbal aggression when drinking, no physical assaults recorded.",
                        "One assault on a peer at school (2024), nothing since.", "Nothing known to LA."],
        "risk_from": ["Older males contacting her on snapchat, police aware.",
                      "Previous partner is on bail conditions not to contact.", "Not known at present."],
        "exploitation": ["Concerns re CCE - found in Reading with cash and 2 phones in Oct.",
                         "Was subject to NRM, positive reasonable grounds decision.", "No current concerns."],
        "substance": ["Cannabis daily, says wants to cut down.", "Drinks at weekends, occasional MDMA at parties.",
                      "None reported by carers."],
        "offending": ["Referral order for criminal damage, ends March.", "Cautioned for shoplifting 2025.",
                      "No offending known to YOS."],
        "mental_health": ["Diagnosed anxiety, on sertraline, GP reviews.", "ADHD (medicated), low mood at times.",
                          "No diagnosis, seems low at the moment."],
    },
    "support": ["Budgeting and bills, registering with a GP, support to keep going to college.",
                "Cooking, tenancy skills, help with UC claim, emotional support.",
                "Needs daily check ins to begin with, help with appointments and a routine.",
                "Keyworker sessions around healthy relationships; help to apply for a bank account and ID."],
    "risk_unable": ["Current pattern of going missing overnight 3-4 times a week with no contact.",
                    "Recent threats to set fire to his room at previous placement.",
                    "Assault on staff member at previous scheme in November, injuries needed treatment.",
                    "Known association with a county lines group who are already targeting two of our residents."],
    "risk_why": ["We are a low-support scheme with no staff on site after 10pm and no waking night cover.",
                 "Property is a shared house with 3 other vulnerable young women, one of whom is a previous victim.",
                 "We cannot guarantee the safety of other residents or staff with current staffing levels.",
                 "The scheme is 200m from the address linked to the group and residents walk past it daily."],
    "risk_enable": ["Waking night staff funded for the first 6 weeks and a clear safety plan agreed with police.",
                    "A self contained unit away from the main house, plus a 2:1 risk assessment review after a month.",
                    "Extra support hours (10 per week) funded and an up to date risk management plan from the SW.",
                    "A placement in another district and a joint plan with the exploitation team."],
    "incident": {
        "Missing": ["{yp} did not return by curfew (22:00), not answering phone. Reported missing to police at "
                    "midnight, returned herself at 3am saying she had been at a friend's in Oxford.",
                    "Staff found the window open and {yp}'s room empty at the 1am check. Police informed, he was "
                    "located by TVP at Banbury station the next morning."],
        "Exploitation": ["{yp} came back with new trainers and a second phone, would not say where from. A car has "
                         "been dropping her off late at night, driver an older male.",
                         "Unknown males seen waiting outside the scheme for {yp} three nights running, one handed "
                         "him a package through the gate."],
        "Self-harm": ["{yp} disclosed to night staff she had cut her thigh, wounds cleaned and dressed, did not need "
                      "A&E. Safety plan reviewed with her.",
                      "Found {yp} with a ligature in the bathroom, removed by staff, ambulance called as precaution."],
        "Violence": ["Argument between {yp} and another resident in the kitchen became physical, {yp} punched the "
                     "other YP in the face. Both separated by staff.",
                     "{yp} threw a mug at a staff member during a disagreement about visitors, narrowly missed."],
        "Allegation against staff": ["{yp} has alleged a member of staff grabbed her arm hard during an "
                                     "argument on the stairs. Staff member sent home pending LADO advice.",
                                     "{yp} says a relief worker made inappropriate comments about his "
                                     "girlfriend. Manager informed and LADO contacted."],
        "Police involvement": ["Police attended after neighbours reported shouting, {yp} was arrested for "
                               "criminal damage to the communal door and taken to custody.",
                               "Officers came with a warrant searching {yp}'s room for stolen goods; nothing "
                               "found, no arrest."],
        "Hospital admission": ["{yp} collapsed after taking an unknown substance at a party, taken to the JR by "
                               "ambulance, kept in overnight.",
                               "Severe allergic reaction, {yp} admitted to Horton General for observation."],
        "Other": ["Fire alarm set off deliberately by {yp} smoking in her room, fire service attended, no damage.",
                  "Flooding from {yp}'s bathroom into the flat below after taps left on, {yp} moved rooms."],
    },
    "actions": ["Police informed, SW emailed, manager on call updated.",
                "First aid given, YP checked every 30 mins overnight.",
                "Incident logged, other residents spoken with, risk assessment updated.",
                "Called 999 straight away, staff went with YP to hospital."],
    "intel_urgent": ["Right now there is a man at the front door of the scheme with a knife threatening to stab "
                     "{yp}, staff have locked the door - he is still outside.",
                     "{p} has just turned up in the car park and is dragging {yp} into a car, happening now, "
                     "{yp} screaming.",
                     "{yp} phoned us 5 mins ago from a flat saying {p} is holding her there and won't let her "
                     "leave, she sounded terrified."],
    "intel_routine": ["Over the last fortnight a silver car has been seen collecting {yp} from outside the scheme "
                      "most evenings around 9pm. Driver believed to be {p}. {yp} comes back with cash.",
                      "Residents say {p} is using the flat above the bookmakers to store drugs and that younger "
                      "lads from the area, including {yp}, are being paid to run errands.",
                      "{yp} mentioned {p} is now called 'Uncle' by several of the girls and buys them vapes and "
                      "food; staff are worried about grooming.",
                      "A neighbour told staff that {p} has been sleeping at the address on and off for a month "
                      "and visitors come and go all night. {yp} says he owes {p} money."],
    "mediation_outcome": ["Two sessions held, mum not willing to have {yp} home at present.",
                          "Dad agreed to a cooling off period but will not commit to {yp} returning.",
                          "Mediation broke down after first session, both sides too angry."],
    "mash_concerns": ["Sleeping at different friends' every night, some of them much older, phone often off.",
                      "Has not been in school for 3 weeks. Reports of drinking heavily at weekends.",
                      "Mum reports DV in the home from her partner; YP says she feels unsafe there.",
                      "Thin, appears not to be eating regularly, has lost her college bursary."],
    "prevented": ["After two mediation sessions {yp} has gone home to mum with a written agreement about "
                  "curfew and chores. Family support worker will follow up.",
                  "{yp} has moved to her grandmother's with everyone's agreement; nan has a spare room and is "
                  "happy for this to be long term.",
                  "Family agreed for {yp} to return home. Early help plan in place and school informed."],
    "void_notes": ["", "", "decorating, back next wk", "awaiting new boiler", "referral pending", "flat 2 only",
                   "move on planned 14th"],
    "other_body": ["Hi, do you know if the January forum is still going ahead on the 14th? We have a new manager "
                   "who would like to come.\nThanks",
                   "Please find our new leaflet about the tenancy ready course attached for your notice board. "
                   "Sessions run on Wednesdays in Bicester.",
                   "I am out of the office until Monday with limited access to email. For anything urgent "
                   "please contact the duty worker.",
                   "Can someone let me know the training dates for the new year - safeguarding level 2 and "
                   "the trauma informed practice day?",
                   "Just a reminder that parking at Speedwell House is now permit only from next week.",
                   "Hi, our invoice for October has not been paid yet - could you let me know who to chase?"],
}
