"""tuned26 (stop 62): a third author's tuned part, to tune against. Small providers' and charities' staff typing
quickly: lower case, abbreviations, half-questions ("yp full name pls", "where r they stopping now", "sw/pa if diff").

The same layouts as heldout23 (check-box glyphs in boxes, answers over underscores, running page heads, RTF case notes,
Word pasted into Outlook, iPhone forwards, void day grids, ODS sheets), with this part's own wordings."""

SEED = 26620931
TEXT_EXPECT = True
HEADING_CHANCE = 0.7

FORM_LAYOUTS = {
    "referral": ["body-iphone-fwd", "docx-underscore-fill", "rtf-case-note", "docx-cell-glyphs", "body-word-paste",
                 "pdf-underscore-fill", "pdf-running-heads", "body-lines", "docx-2col"],
    "risk-concern": ["body-word-paste", "pdf-running-heads", "rtf-case-note", "docx-cell-glyphs",
                     "docx-underscore-fill", "body-iphone-fwd"],
    "safeguarding-incident": ["body-iphone-fwd", "docx-cell-glyphs", "pdf-underscore-fill", "rtf-case-note",
                              "pdf-running-heads", "docx-2col", "body-word-paste"],
    "intelligence-submission": ["docx-underscore-fill", "body-iphone-fwd", "rtf-case-note", "body-word-paste",
                                "pdf-running-heads", "docx-cell-glyphs", "body-lines", "pdf-underscore-fill"],
    "mash-referral": ["rtf-case-note", "body-word-paste", "docx-cell-glyphs", "body-iphone-fwd", "pdf-underscore-fill"],
    "void-return": ["ods-void-notes", "xlsx-void-day-grid", "ods-void-notes", "xlsx-void-day-grid", "xlsx-flat", "csv",
                    "body-html-table"],
}
DOC_LAYOUTS = ["docx-underscore-fill"]
VOID_LAYOUTS = FORM_LAYOUTS["void-return"]
NOTICE_LAYOUTS = ["rtf-case-note", "body-iphone-fwd"]

LABELS = {
    "referral": {
        "referral_type": ["emerg or planned?", "how urgent (tonight / can wait)", "urgent y/n?"],
        "name": ["yp full name pls", "young person's first name + surname", "who's it for - full name"],
        "dob": ["their d.o.b", "d.o.b of yp - d/m/yy fine", "when were they born"],
        "gender": ["gender - what yp says they are", "yp is m / f / nb / other", "how the yp identifies (gender)"],
        "lcs": ["lcs # if u have it", "lcs number - only if csc have them open", "their lcs no"],
        "address": ["where r they stopping now", "current addr + postcode", "staying at (address) at the mo"],
        "locality": ["which area do they want", "pref. area / town", "where would suit (district)"],
        "legal_status": ["are they lac, a care leaver, cin or none of those", "any care status (lac etc)", "status w/ childrens services"],
        "uasc": ["is the yp an unaccomp. asylum seeking child? y/n", "came here unaccompanied?", "came to uk as unaccomp. asylum seeker?"],
        "parent": ["got a baby / pregnant?", "are they a parent or expecting? y/n", "do they have kids"],
        "ref_name": ["ur name", "who's referring (name)", "whoever's filling this in - name"],
        "ref_role": ["ur job title", "what you do (role)", "ur role (job title)"],
        "ref_org": ["org / team ur in", "which service ru from", "referring org"],
        "ref_email": ["ur email", "best email for u", "email to reply to"],
        "ref_phone": ["ur mob / tel", "best no. to get u on", "phone to call back on"],
        "sw_name": ["sw/pa if diff from u", "their worker (if not u)", "sw / pa name if it's someone else"],
        "sw_email": ["email of their sw / pa", "their worker's email", "email for the sw / pa"],
        "fgc": ["was fgc offered to the fam y/n", "has the family been offered a fam group conf?", "has fgc been offered to fam"],
        "fgc_date": ["day the fam got offered fgc", "roughly when was fgc offered", "fgc - what date was it offered"],
        "diversion": ["tried family / mates / mediation?", "other options looked at b4 this",
                      "anything else tried first (fam, mates, mediation)"],
        "reason": ["why r u referring", "whats happened / why now", "reason 4 referral"],
        "safety": ["whats the risk if no bed tonight", "why does it have to be today", "safety worry right now"],
        "risk_self": ["any self harm / overdoses", "risk they pose to themselves", "any sh / suicide stuff"],
        "risk_others": ["risk 2 others", "violent to anyone?", "any aggression to people"],
        "risk_from": ["anyone a risk to them", "risk from other ppl", "who might hurt them"],
        "exploitation": ["cse / cce worries", "being exploited?", "county lines etc"],
        "substance": ["drugs / drink", "drugs / drink - what and how often", "using anything?"],
        "offending": ["offending / yos / court stuff", "in trouble w police?", "any convictions / orders"],
        "mental_health": ["mh stuff", "any mh diagnosis / camhs input", "mental health - how are they doing"],
        "support": ["what help will they need day to day", "support they'll need from us (keywork etc)", "help they'll need"],
        "needed": ["needs a bed from (date)", "when do they need it", "need it by what date"],
        "consent": ["yp ok with this referral + sharing?", "yp said yes to referral + info sharing? y/n", "have they agreed to referral"],
    },
    "risk": {
        "ref": ["ref no for the referral", "brokerage's ref for this one", "ref no. off the referral"],
        "provider": ["us (provider)", "provider that's saying no to this one", "provider saying no"],
        "yp": ["yp we looked at", "who's the referral for", "name of yp on the referral"],
        "risk": ["what risk cant we manage", "the risk thats the problem", "risk we can't hold safely here"],
        "why": ["why we cant manage it", "why not - staffing, building, other residents", "reason we can't"],
        "enable": ["we'd say yes if we had...", "what we'd need to take them", "would be ok if..."],
    },
    "safeguarding": {
        "provider": ["provider - that'll be us", "org reporting", "our org"],
        "property": ["which house / scheme", "which of our houses (code)", "our property code"],
        "name": ["which of our yp was involved", "name of the resident it involves", "yp's first name + last name"],
        "dob": ["d.o.b. of the yp involved", "yp's dob off their file", "their dob pls"],
        "lcs": ["the yp's lcs number, if u know it", "yp lcs #", "lcs no. - if they've got one"],
        "sw_name": ["who's the yp's sw / pa", "worker to tell (sw/pa)", "yp's sw or pa - name"],
        "sw_email": ["email address of yp's sw / pa", "their worker's email address", "sw or pa's email to cc"],
        "date": ["what day did it happen", "the date it all happened", "what date did it all happen on"],
        "time": ["time - roughly is fine", "what time did it all kick off", "around what time did it kick off"],
        "when": ["roughly when - date + time of incident", "date + time it all kicked off", "when did this incident happen - day & time"],
        "category": ["what sort of incident was this then", "sort of incident - missing / violence / sh etc", "incident type - choose one from the list"],
        "severity": ["how serious was it? low / med / high / crit", "how serious would u say - low/med/high/crit", "how bad (low/med/high/crit)"],
        "description": ["what happened - full details pls", "what went on (details)", "tell us what went on - in ur own words"],
        "actions": ["what staff did about it", "what we did straight away", "what staff on shift did after"],
        "police_ref": ["police ref - if they were called out", "cad / crime no", "police log / cad number"],
    },
    "intelligence": {
        "agency": ["who ru with (org)", "org sharing this", "ur organisation"],
        "worker": ["ur name (sharing)", "name of person sharing", "who's sharing this"],
        "role": ["ur role", "ur job / role at the org", "what do u do"],
        "email": ["ur email so police can come back to u", "ur work email", "email - for any follow up q's"],
        "phone": ["ur phone no (sharer)", "contact no for u", "ur work mob"],
        "when": ["when did u see / hear it", "day + time u saw / heard it", "when did u clock this (date / time)"],
        "date": ["date u saw / heard it", "on what day did this happen (roughly)", "date u clocked this"],
        "time": ["time u saw / heard it", "clock time u think it was", "time u clocked this"],
        "location": ["whereabouts - street / park / addr", "where did u see / hear it", "location / street"],
        "persons": ["who's involved (names, dob, looks)", "who was about - names, rough ages, what they looked like", "names + descriptions"],
        "vehicles": ["cars involved? reg / colour / make", "any vehicles about", "cars / vans"],
        "information": ["what do u want to tell police", "the info", "what u saw / heard"],
        "source": ["how do u know", "where did the info come from", "did u see it urself or were u told?"],
        "grading": ["grading if u know it", "police grading if u use them (B2 etc)", "graded?"],
        "handling": ["police handling - p or c? (ask if unsure)", "ok to share further?", "can police share it on? (code)"],
    },
    "mash": {
        "name": ["the 16/17 yr old's name", "the yp's full name", "16/17 yr old - full name"],
        "dob": ["the 16/17 yr old's dob", "date of birth of the 16/17 yr old", "their date of birth pls"],
        "address": ["where they're at now", "where they're kipping now (addr)", "current addr - or whose sofa"],
        "agency": ["who's referring (agency)", "agency sending this over to mash", "ur agency"],
        "status": ["homeless now or soon?", "on the street tonight / notice given", "homeless tonight, or got notice?"],
        "mediation": ["has anyone tried mediation w/ the family?", "mediation done y/n", "been to mediation"],
        "mediation_outcome": ["mediation - how'd it go", "anything come out of the mediation?", "mediation - any agreement?"],
        "concerns": ["any welfare worries", "worries about them", "any sg worries about the yp"],
        "known": ["does csc know them already?", "csc open case? y/n", "csc involved?"],
        "parent_contact": ["mum / dad / carer + number", "who's the parent & how to reach them", "mum/dad/carer - name + best no."],
    },
    "mash-notice": {
        "name": ["who's it about (yp full name)", "who (yp)", "yp staying home - name"],
        "dob": ["yp's birthday incl. year", "yp's birthday (dd/mm/yy)", "d.o.b. of the yp staying home"],
        "date": ["date of the mediation sesh", "mediation sesh was on (date)", "date of mediation mtg"],
        "outcome": ["what did they all agree", "so what's the plan now (staying home?)", "how'd it end up"],
        "agency": ["name of mediator / mediation service", "who ran the mediation sesh", "mediation was done by"],
    },
    "void": {
        "provider": ["provider - that'll be us", "who's sending (org)", "who's this from"],
        "week": ["wk of", "for the week that starts mon", "for wk starting (mon date)"],
        "ref": ["our code for the house", "house code", "house ref no."],
        "locality": ["what area's it in", "which district's it in", "which patch (district)"],
        "service": ["what sort of service", "type of house (16/17, 18+ etc)", "what kind"],
        "total": ["how many beds in total", "beds in the house", "beds altogether"],
        "occupied": ["full", "how many beds filled", "beds with a yp in"],
        "vacant": ["beds with no one in", "how many free", "beds free today"],
        "available": ["ready for someone from", "yp can move in from", "when can a yp move in"],
        "emergency": ["is it an emerg bed?", "crash?", "kept for emergencies y/n"],
        "notes": ["bits to note", "staff comments", "anything we should know"],
    },
}

HEADINGS = {
    "Section 1 - About the young person": ["about the yp", "1) the young person", "YP DETAILS"],
    "Section 2 - Referrer": ["about u", "2) you (referrer)", "REFERRER"],
    "Section 3 - Family Group Conference and diversion": ["fgc + other options", "3) family stuff / fgc",
                                                          "FGC & DIVERSION"],
    "Section 4 - Reason for referral and risks": ["why + risks", "4) reason & risks", "REASON / RISKS"],
    "Young person": ["the yp", "2) yp", "YP"],
    "The incident": ["what went on", "3) incident", "INCIDENT"],
    "referral.sw": ["their worker", "sw / pa", "WORKER"],
    "risk.referral": ["the referral", "1) referral", "REFERRAL"],
    "risk.concern": ["the risk", "2) risk", "RISK"],
    "sg.provider": ["us", "1) provider", "PROVIDER"],
    "intel.you": ["u", "1) you", "SHARER"],
    "intel.info": ["the info", "2) info", "INFO"],
    "mash.housing": ["housing", "homeless?", "HOUSING"],
}

TITLES = {
    "referral-emergency": ["referral - EMERGENCY - need bed today", "Urgent bed referral (same day) - YPSA"],
    "referral-non-emergency": ["referral - planned move", "Bed referral (not urgent) - YPSA"],
    "risk": ["can't accept - risk form", "Sorry we can't take this yp - risk response"],
    "safeguarding": ["incident form (sg)", "SG incident - quick report"],
    "intelligence": ["info for police (partner sharing)", "Sharing info w/ police - partner form"],
    "mash": ["16/17 homeless - mash form", "MASH - 16/17 yr old homeless referral"],
    "mash-notice": ["mediation worked - stays home", "Mediation outcome - no longer homeless"],
    "void": ["voids this wk", "Weekly voids / beds free"],
}

SUBJECTS = {
    "referral-emergency": ["URGENT bed needed today - {initials}", "emerg referral {initials} pls"],
    "referral-non-emergency": ["referral {initials} (planned)", "new one for u - {initials}"],
    "risk": ["cant take {ref} - risk form attached", "re {ref} - sorry, risk"],
    "safeguarding": ["sg form - something happened at {property}", "sg incident {property} - form"],
    "intelligence": ["some info for the police pls", "partner info sharing form"],
    "mash": ["mash - {initials} homeless 16/17", "16/17 homeless ref {initials}"],
    "mash-notice": ["{initials} - mediation worked", "mediation update {initials}"],
    "void": ["voids wk {week} ({provider})", "{provider} - beds free w/c {week}"],
    "other": ["staff rota wk 52", "xmas do - who's coming?", "boiler at no.4 fixed"],
}

INTROS = ["hi all, form below/attached", "hiya - here u go", "morning, see form"]
SIGNOFFS = ["ta", "thx", "cheers, speak soon"]
COVERING = ["form attached", "attached - shout if anything missing", "see attached pls"]
FOOTERS = ["Project Worker | Haven Lodge Trust", "Keyworker - Bridges Youth Housing (charity no. 1190xxx)"]

PEOPLE = {
    "first": ["Ayo", "Brooklyn", "Callum", "Demi", "Ellis", "Fatima", "Grayson", "Harley", "Ines", "Jayden", "Kacey",
              "Leon", "Maisie", "Nikodem", "Oakley", "Precious", "Rio", "Shanice", "Tiago", "Zara"],
    "last": ["Adeyemi", "Bickerstaff", "Cunliffe", "Dovey", "Eze", "Fairclough", "Grzelak", "Hinchcliffe", "Iqbal",
             "Joyner", "Kowalczyk", "Latchford", "Mbeki", "Nuttall", "Okafor", "Pilkington", "Rudd", "Sandhu",
             "Tregaskis", "Varga"],
}
NAME_CHANCE = 0.35
NAME_STYLES = {"yp": ["{first} {LAST}", "{LAST} {first}"], "worker": ["{first} {LAST}", "{first} {last}"]}
LEGAL_WRITTEN = ["lac (s20)", "care leaver", "cin", "not known to csc", "leaving care - 18", "lac - s31",
                 "none / not open"]

VALUE_STYLES = {
    "dates": ["d/m/yy", "d.m.yy", "dth Mon yyyy", "d/m/yyyy", "d-m-yy", "dd/mm/yy", "d Mon yy", "Mon d yyyy"],
    "times": ["h.mmpm", "h pm", "hh:mm pm", "H:MM", "h:mmPM", "HH.MM"],
    "joiners": ["{d} {t}", "{d} abt {t}", "{t} {d}", "{d} @ {t}"],
    "blanks": ["dunno", "?", "n/k", "tbc", "", "-"],
    "yes": ["yes", "y", "yep", "yes ✓"],
    "no": ["no", "n", "nope", "no not yet"],
}

TEXTS = {
    "diversion": ["asked nan and an older sister, neither can have them. mediation offered but dad said no",
                  "mate's mum had them for 2 wks but that's ended now. family mediation tried once, didn't help"],
    "reason": ["{yp} got kicked out by mum after a big row on sunday, been sofa surfing since and mates are running "
               "out of patience. mum says she won't have them back",
               "{yp} is 18 next month and has to leave the foster placement, needs somewhere with some support before "
               "getting own flat",
               "{yp} was living with boyfriend but it's broken down and there's been some DV so can't go back, "
               "nowhere else to go"],
    "safety": ["mum has put {yp}'s stuff outside and changed the locks, {yp} has nowhere to sleep tonight and is "
               "talking about going to an older lad's flat",
               "{yp} turned up at our office saying step-dad hit them this morning, police aware, can't go home "
               "tonight"],
    "risks": {
        "risk_self": ["has cut in the past, not recently as far as we know", "took tablets last year, on a safety plan"],
        "risk_others": ["smashed a window at home during a row, nothing towards people",
                        "one fight at college, got a warning"],
        "risk_from": ["ex-boyfriend has been turning up, yp scared of him", "some older lads hanging around"],
        "exploitation": ["worried re cce - new clothes and cash", "cse screening done - low"],
        "substance": ["weed most days", "drinks at weekends, sometimes a lot"],
        "offending": ["caution for theft last year", "on a youth referral order"],
        "mental_health": ["anxiety, sees camhs", "low mood, on waiting list for counselling"],
    },
    "support": ["needs help with money, cooking and getting to college, keywork 2x a week",
                "lots of support at first - staffed place would be best, then move to less"],
    "risk_unable": ["fire setting - set fire to a bin in the last placement", "sexually harmful behaviour towards "
                    "younger children, our house has 16 yr olds in"],
    "risk_why": ["we're a shared house with no waking night staff, fire officer said no",
                 "can't keep younger residents safe in a shared house with no staff overnight"],
    "risk_enable": ["single flat with staff on site 24/7 and a fire risk plan from yos",
                    "a self contained unit away from under 18s and extra staff funding for the first month"],
    "incident": {
        "Missing": ["{yp} didn't come back last night, rang police and reported missing, came back about 10am saying "
                    "stayed at a mate's",
                    "{yp} went out after tea and wasn't back by curfew, phone off, reported to police as missing, "
                    "found in town by police at 2am"],
        "Exploitation": ["{yp} came back with 2 phones and a load of cash and wouldn't say where from, older lads "
                         "in a car dropped them off",
                         "{yp} told staff they've been asked to 'look after' a bag for someone and are scared to say no"],
        "Self-harm": ["staff found {yp} in the bathroom with cuts on their arm, cleaned up and took to A&E for "
                      "steri strips",
                      "{yp} said they'd taken a load of tablets, called ambulance straight away, kept in overnight"],
        "Violence": ["{yp} and another resident had a fight in the lounge, {yp} punched the other lad, both separated "
                     "by staff",
                     "{yp} got jumped outside the shop round the corner, came back with a bloody nose"],
        "Allegation against staff": ["{yp} says a night worker grabbed their arm during an argument, worker taken off "
                                     "shifts while we look into it",
                                     "{yp} says a staff member has been messaging them on snapchat, manager told"],
        "Police involvement": ["police came to the house after neighbours complained about noise, {yp} was arrested "
                               "for being abusive to the officers",
                               "police turned up looking for {yp} about a shoplifting thing, {yp} went with them "
                               "voluntarily"],
        "Hospital admission": ["{yp} had really bad stomach pain, took them to A&E and they kept them in overnight",
                               "{yp} had an asthma attack, ambulance took them in, home next day"],
        "Other": ["{yp} let 3 friends in overnight against house rules, one of them was sick in the hallway",
                  "{yp} told their keyworker about stuff that happened when they were little at home, passed on to "
                  "the sw"],
    },
    "actions": ["rang police, told on call manager, checked on yp every hour", "first aid, told sw and on call, "
                "incident log done"],
    "intel_urgent": ["{yp} just rang crying - {p} is outside the house right now banging on the door and has got a "
                     "knife, says he's going to stab her, she's locked in the bathroom",
                     "{p} has just dragged {yp} into a car outside our front door, literally 5 mins ago, they drove "
                     "off, {yp} was screaming"],
    "intel_routine": ["for the last few weeks {p} keeps turning up in a car at night and {yp} goes off with him and "
                      "comes back really late with new stuff",
                      "{yp} mentioned to staff that {p} sells weed from a flat near the park and has asked other "
                      "residents to hold stuff for him"],
    "mediation_outcome": ["one session, dad still won't have them back", "booked in for next week, mum's up for it"],
    "mash_concerns": ["smoking weed, not going to school, older boyfriend", "bruise on arm, says it was dad"],
    "prevented": ["mediation went well, {yp} is staying at home with mum and they've agreed some house rules",
                  "{yp} is back at dad's after mediation, early help checking in"],
    "void_notes": ["being painted", "carpet fitters in tues", "someone viewing weds", "downstairs room, gd for access"],
    "other_body": ["rota for wk 52 is on the board, let me know about any swaps", "xmas do is the 19th at the "
                   "curry house, shout if ur coming", "boiler at no.4 fixed, heating back on"],
}

ATTACHMENT_NAMES = {
    "referral": ["referral {i}", "ref form {i}", "bed referral {i}"],
    "risk-concern": ["risk form {i}", "cant accept {i}"],
    "safeguarding-incident": ["incident {i}", "sg form {i}"],
    "intelligence-submission": ["info sharing {i}", "police info {i}"],
    "mash-referral": ["mash {i}", "1617 homeless {i}"],
    "mash-notice": ["mediation {i}", "mediation update {i}"],
    "void-return": ["voids {i}", "beds {i}"],
}

T62 = {
    "banners": ["Haven Lodge Trust", "Bridges Youth Housing", "Cornerstone Young People's Project"],
    "codes": ["form v3", "updated jan 26", "rev 2"],
    "footers": ["thanks for filling this in!", "questions? ring the office", "keep a copy for ur records"],
    "glyph_yes_no": ("Y", "N"),
    "glyph_guides": ["put an X in the box", "tick / cross the box that fits"],
    "line_guides": ["type on the lines", "fill in on the lines pls"],
    "markings": ["CONFIDENTIAL", "Confidential - staff only", "PRIVATE & CONFIDENTIAL"],
    "page_words": ["pg {n}", "page {n}/{of}", "{n} of {of}"],
    "table_heads": [("question", "answer"), ("Q", "A"), ("what we need", "your answer")],
    "systems": ["Charitylog - case note", "inform - keywork note", "Lamplight - session record"],
    "note_head_labels": [["type", "note type"], ["staff", "written by"], ["date", "logged"]],
    "note_types": {"referral": ["referral", "new referral"],
                   "risk-concern": ["risk", "referral decision"],
                   "safeguarding-incident": ["incident", "sg"],
                   "intelligence-submission": ["police info", "info share"],
                   "mash-referral": ["mash", "homeless 16/17"],
                   "mash-notice": ["mediation", "mediation update"]},
    "narr": {
        "referral.name": ["referral for {v}.", "new ref - {v}."],
        "referral.dob": ["dob {v}.", "born {v}."],
        "referral.needed": ["needs a bed from {v}.", "bed wanted {v}."],
        "safeguarding.name": ["incident re {v}.", "yp involved was {v}."],
        "safeguarding.dob": ["their dob is {v}.", "dob on file {v}."],
        "mash.name": ["mash ref for {v}.", "{v} came in today."],
        "mash.dob": ["dob {v}.", "they were born {v}."],
        "mash-notice.name": ["update on {v}.", "mediation for {v} worked."],
        "mash-notice.dob": ["dob {v}.", "(dob {v})."],
        "risk.ref": ["re referral {v}.", "this is about {v}."],
    },
    "note_blank": ["dunno", "not known"],
    "note_ends": ["- end of note -", "logged by staff on shift"],
    "paste_lines": ["cant attach so pasted it in", "copied the form in below, attachment wouldn't go"],
    "phone_notes": ["fyi can someone pick this up", "fwd from my phone, sorry - pls process", "see below ta"],
    "phone_sigs": ["Sent from my iPhone", "Sent from my iPhone (excuse typos)"],
    "grid_guides": ["no. of beds free each day", "beds free per day this wk"],
    "grid_zero": ["0", "x"],
    "void_sheets": ["voids", "beds", "this wk"],
    "comment_heads": ["comments", "notes (staff)"],
    "cell_comments": ["changed after move in", "double checked w/ manager", "might change"],
    "row_comments": ["ring us", "same as last wk", "repairs"],
    "sheet_keys": ["numbers as of monday morning", "figures from mon am"],
}
