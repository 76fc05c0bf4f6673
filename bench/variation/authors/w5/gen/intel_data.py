INTELS = []

INTELS.append(dict(
 id="w5-intel-01", form="intelligence-submission", layout="body", render="t_colon",
 frm="carwyn.probert@youthjustice.test",
 subject="Partnership Agency Intelligence Sharing Submission - possible cuckooing, Abercarrog",
 pre="Please find below an intelligence submission for the Readers. This is for information, no police attendance is needed.\n\nPARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n",
 post="\n\nCarwyn Probert\nYouth Justice Officer\nGlanaber Youth Justice Service",
 sections=[
  ("Submitting agency details", [
   ("Submitting agency", "Glanaber Youth Justice Service"),
   ("Worker name", "Carwyn Probert"),
   ("Role", "Youth Justice Officer"),
   ("Contact email", "carwyn.probert@youthjustice.test"),
   ("Contact phone", "01970 655 340 / 07700 900 227"),
  ]),
  ("Information", [
   ("Date and time of information", "01/12/2026 15:30"),
   ("Location", "Flat 6, Llys Cadwgan, Heol y Bont, Abercarrog, GL18 3ZZ"),
   ("Persons involved", "Tyler-Jay Mason (DOB 11/07/2009) - young person open to YJS. 'Dex', white male, about 25, slim, tattoo on neck - full name not known. Occupant of flat 6: Gail Ferris, approx. 50, vulnerable adult."),
   ("Vehicles", "Black Audi A3, partial index GL21 ?KX, seen outside the flats on two occasions."),
   ("Information", "During a home visit Tyler-Jay said he had been 'staying at Dex's' at flat 6 Llys Cadwgan. The occupant, who is known to adult services, appears to have lost control of her flat: there were several young males present and a strong smell of cannabis. Tyler-Jay had two phones. I believe the flat may be being cuckooed and used for supply, and that Tyler-Jay may be being exploited."),
   ("Source", "Worker's own observation and the young person's account"),
   ("Information grading", "B2"),
   ("Handling code", "P (may be disseminated to other law enforcement and partner agencies)"),
  ]),
 ],
 v=dict(WORKER="Carwyn Probert", EMAIL="carwyn.probert@youthjustice.test", AGENCY="Glanaber Youth Justice Service"),
))

INTELS.append(dict(
 id="w5-intel-02", form="intelligence-submission", layout="docx", render="two_col",
 title="Partnership Agency Intelligence Sharing Submission",
 logo="Stonewater | Young People's Supported Housing",
 footer="Send to the police readers mailbox. Not for reporting crimes in progress or where someone is in immediate danger - call 999.",
 frm="natalie.brooks@stonewater.provider.test",
 subject="Intelligence submission - vehicles outside STW-VWH-02",
 cover="Hello,\n\nPlease find attached an intelligence submission about vehicles that have been visiting one of our properties late at night. No police attendance needed.\n\nKind regards,\nNatalie Brooks\nSupport Coordinator, Stonewater",
 sections=[
  ("Submitting agency", [
   ("Agency", "Stonewater (YPSA provider)"),
   ("Worker name", "Natalie Brooks"),
   ("Role", "Support Coordinator"),
   ("Email", "natalie.brooks@stonewater.provider.test"),
   ("Telephone", "01235 770 410"),
  ]),
  ("Details of the information", [
   ("Date(s) and time(s)", "Evenings of 27, 28 and 30 November 2026, between 23:00 and 01:00"),
   ("Location", "Outside STW-VWH-02 (full address held on the YPSA property list shared with TVP)"),
   ("Persons involved (name, DOB, description)", "Unknown male driver, Asian, early 20s, wearing a grey tracksuit. Resident Jake Norris (DOB 03/02/2007) has been seen getting into the car."),
   ("Vehicles (make, model, colour, registration)", "White Mercedes A-Class, registration starting WF19; silver Toyota Yaris, registration not seen"),
   ("Information", "Night staff and neighbours report cars pulling up outside the property late at night, staying for under five minutes, with Jake going out to them each time. Jake has recently had new trainers and clothes and has been paying other residents' debts. We are concerned he may be involved in drug supply or being exploited."),
   ("Source of information", "Staff observation and CCTV at the property"),
   ("Grading (if known)", "Not graded"),
   ("Handling code", "P"),
  ]),
 ],
 v=dict(WORKER="Natalie Brooks", EMAIL="natalie.brooks@stonewater.provider.test", AGENCY="Stonewater"),
))

INTELS.append(dict(
 id="w5-intel-03", form="intelligence-submission", layout="docx", render="multi_pair",
 title="Partnership Agency Intelligence Sharing Submission",
 logo="Probation Service - Glanaber and Drefaen Delivery Unit",
 footer="OFFICIAL - SENSITIVE. Probation Service. Intelligence must not be used to report crime in progress. Version 2.0",
 frm="ruth.okonjo@probation.test",
 subject="Intel submission - association concerns, Porth Elin",
 cover="Good morning,\n\nAttached is an intelligence submission regarding a person on probation who appears to be associating with young people from a supported housing project.\n\nRuth Okonjo\nProbation Officer",
 sections=[
  ("Submitter", [
   ("Submitting agency", "Probation Service"),
   ("Worker name", "Ruth Okonjo"),
   ("Role", "Probation Officer"),
   ("Contact phone", "01970 672 410"),
   ("Contact email", "ruth.okonjo@probation.test"),
  ]),
  ("Information", [
   ("Date of information", "02/12/2026"),
   ("Time of information", "11:00"),
   ("Location", "Skate park, Parc y Glannau, Porth Elin"),
   ("Persons involved", "Craig Hanley (DOB 19/04/1996), on licence for supply of Class A. Two teenage girls, believed 16 or 17, one with red hair called 'Tash'."),
   ("Vehicles", "None seen"),
   ("Information", "Mr Hanley told me at his appointment that he spends his days at the skate park 'helping the kids'. A colleague saw him at 11:00 on 2 December giving cigarettes and cash to two teenage girls. His licence conditions prohibit unsupervised contact with under 18s. Licence breach being dealt with by Probation; shared for police awareness of possible grooming."),
   ("Source", "Probation Officer colleague (direct observation)"),
   ("Grading", "A2"),
   ("Handling code", "P"),
  ]),
 ],
 v=dict(WORKER="Ruth Okonjo", EMAIL="ruth.okonjo@probation.test", AGENCY="Probation Service"),
))

INTELS.append(dict(
 id="w5-intel-04", form="intelligence-submission", layout="body", render="t_above",
 frm="d.owen@brotaran.school.test",
 subject="Partnership intelligence submission - Ysgol Bro Taran",
 pre="Dear Readers,\n\nI am sharing the information below on the intelligence sharing form as advised by our PCSO. The pupil is safe in school today and a referral has also gone to children's services.\n\nPARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n",
 post="\n\nDelyth Owen\nDesignated Safeguarding Lead, Ysgol Bro Taran",
 sections=[
  ("Agency / Asiantaeth", [
   ("Submitting agency", "Ysgol Bro Taran (secondary school)"),
   ("Worker name", "Delyth Owen"),
   ("Role", "Designated Safeguarding Lead"),
   ("Contact email", "d.owen@brotaran.school.test"),
   ("Contact phone", "01970 690 321"),
  ]),
  ("Information / Gwybodaeth", [
   ("Date and time of information", "Tuesday 1 December 2026, 15:20 (end of school day)"),
   ("Location", "Bus bay outside Ysgol Bro Taran, Ffordd yr Ysgol, Tregwyn"),
   ("Persons involved", "Pupil: Cadi Morgan, DOB 12/08/2011, Year 10. Adult male: white, about 30, shaved head, black puffer jacket, called 'Rob' by Cadi."),
   ("Vehicles", "Dark blue Ford Transit Custom, registration GL70 RTV (staff member noted it)"),
   ("Information", "For the third time this term Cadi has been collected from school by an adult male who is not a family member. Cadi's mother says she does not know him. Cadi has had new clothes and a phone she cannot explain. Staff are worried about possible child sexual exploitation."),
   ("Source", "Two members of school staff (direct observation) and the pupil's mother"),
   ("Information grading", "Not known"),
   ("Handling code", "P - may be shared with partner agencies"),
  ]),
 ],
 v=dict(WORKER="Delyth Owen", EMAIL="d.owen@brotaran.school.test", AGENCY="Ysgol Bro Taran"),
))

INTELS.append(dict(
 id="w5-intel-05", form="intelligence-submission", layout="pdf", render="boxes",
 title="Partnership Agency Intelligence Sharing Submission",
 logo="A2Dominion | Young People's Services",
 header="A2Dominion - OFFICIAL SENSITIVE",
 footer="A2Dominion Housing Group Ltd. Printed 02/12/2026 16:10. Page 1 of 1",
 frm="priya.shah@a2dominion.provider.test",
 subject="Intelligence sharing submission - suspicious property near A2D-SOX-01",
 cover="Good afternoon,\n\nPlease see attached an intelligence submission concerning an address near our South Oxfordshire property. This is information only; no attendance needed.\n\nMany thanks,\nPriya Shah\nTeam Leader, A2Dominion Young People's Services",
 sections=[
  ("Submitting agency", [
   ("Agency", "A2Dominion"),
   ("Worker name", "Priya Shah"),
   ("Role", "Team Leader, Young People's Services"),
   ("Contact email", "priya.shah@a2dominion.provider.test"),
   ("Contact phone", "01491 600 872"),
  ]),
  ("Information", [
   ("Date / time", "Week of 23 November 2026, mostly afternoons"),
   ("Location", "Garage block behind 30-40 Maple Rise, near A2D-SOX-01"),
   ("Persons involved", "Unknown males, late teens to early 20s. Our resident Ellis Hart (DOB 22/05/2006) says he has been offered 'work' there."),
   ("Vehicles", "Several mopeds without registration plates; one red Honda moped"),
   ("!Information", "Residents and staff have noticed a large number of bikes, mopeds and boxed electrical goods being moved in and out of one of the garages behind Maple Rise. Ellis says a group of males there offered him cash to store items in his room. He refused. We think the goods may be stolen."),
   ("Source", "Resident's account and staff observation"),
   ("Grading", "C3"),
   ("Handling code", "P"),
  ]),
 ],
 v=dict(WORKER="Priya Shah", EMAIL="priya.shah@a2dominion.provider.test", AGENCY="A2Dominion"),
))

INTELS.append(dict(
 id="w5-intel-06", form="intelligence-submission", layout="docx", render="boxes", missing="WORKER",
 title="Partnership Agency Intelligence Sharing Submission",
 logo="Tŷ Lloches - Young People's Homelessness Outreach",
 footer="Tŷ Lloches (registered charity). Submissions are sent to the police readers mailbox. In an emergency call 999.",
 frm="outreach.team@tylloches.test",
 subject="Intelligence submission - rough sleepers approached at night shelter",
 cover="Hello,\n\nPlease find our intelligence submission attached. Please reply to this shared inbox.\n\nTŷ Lloches Outreach Team",
 sections=[
  ("Submitting agency", [
   ("Agency", "Tŷ Lloches outreach"),
   ("Worker name", ""),
   ("Role", "Outreach worker"),
   ("Contact email", "outreach.team@tylloches.test"),
   ("Contact phone", "01970 699 050"),
  ]),
  ("Information", [
   ("Date and time", "29/11/2026 around 22:00"),
   ("Location", "Outside the winter night shelter, Capel Seion hall, Stryd y Capel, Tregwyn"),
   ("Persons involved", "Two males, white, 30s, one with a Scottish accent. They approached young rough sleepers aged about 18-20."),
   ("Vehicles", "Silver Vauxhall Zafira, partial registration GL6"),
   ("!Information", "Young people at the night shelter told our workers that two men had offered them a place to stay and cash in return for 'delivering parcels'. One young man (around 19, first name Sam) got into the car and did not come back to the shelter the next night. We are worried about criminal exploitation of homeless young people."),
   ("Source", "Young people at the shelter, via outreach worker"),
   ("Information grading", "C4"),
   ("Handling code", "P"),
  ]),
 ],
 v=dict(EMAIL="outreach.team@tylloches.test", AGENCY="Tŷ Lloches"),
))

INTELS.append(dict(
 id="w5-intel-07", form="intelligence-submission", layout="body", render="t_numq",
 frm="helen.pryce@camhs.nhs.test",
 subject="Partnership Agency Intelligence Sharing Submission - CAMHS",
 pre="Good morning,\n\nI have been advised by our safeguarding team to share the following with you on the partnership form. The young person is open to CAMHS and to children's social care, who have been informed.\n",
 post="\n\nKind regards,\nHelen Pryce\nCAMHS Practitioner, Glanaber Community CAMHS",
 sections=[
  ("Who is sharing", [
   ("Which agency are you from?", "Glanaber Community CAMHS (NHS)"),
   ("What is your name?", "Helen Pryce"),
   ("What is your role?", "CAMHS Practitioner (mental health nurse)"),
   ("What is your email?", "helen.pryce@camhs.nhs.test"),
   ("What is your phone number?", "01970 688 233"),
  ]),
  ("The information", [
   ("When did this happen or when was it told to you?", "Told to me on 2 December 2026 at about 14:00, about events over the previous fortnight."),
   ("Where?", "An address on Heol Maelor, Pontrhydfelin (house number not known), and online."),
   ("Who is involved (names, dates of birth, descriptions)?", "Lowri Jenkins, DOB 03/03/2010. An adult male using the name 'Kai' on Snapchat, said to be about 22 and to drive a white BMW."),
   ("Any vehicles?", "White BMW, no registration known."),
   ("What is the information?", "Lowri told me in session that 'Kai' has been sending her money and asking for pictures, and that she has been to a party at his house on Heol Maelor where there were other girls her age and alcohol. She does not see this as a problem. I am concerned she is being groomed for sexual exploitation."),
   ("What is the source?", "The young person's own account in a therapy session."),
   ("Grading, if you know it?", "Not known."),
   ("Handling code?", "P"),
  ]),
 ],
 v=dict(WORKER="Helen Pryce", EMAIL="helen.pryce@camhs.nhs.test", AGENCY="Glanaber Community CAMHS"),
))

INTELS.append(dict(
 id="w5-intel-08", form="intelligence-submission", layout="docx", render="two_col", expect="urgent",
 title="Partnership Agency Intelligence Sharing Submission",
 logo="Connection Support - Young People's Services",
 footer="Connection Support. Intelligence Sharing Submission form (TVP partnership). Version 1.3",
 frm="ben.ashdown@connection.provider.test",
 subject="URGENT intelligence submission - resident being held at address now",
 cover="Please act on the attached straight away - one of our residents is being held at an address right now.\n\nBen Ashdown\nSupport Worker, Connection Support\n07700 900 655",
 sections=[
  ("Submitting agency", [
   ("Agency", "Connection Support"),
   ("Worker name", "Ben Ashdown"),
   ("Role", "Support Worker"),
   ("Email", "ben.ashdown@connection.provider.test"),
   ("Phone", "07700 900 655"),
  ]),
  ("Information", [
   ("Date and time of information", "04/12/2026 08:40 - happening now"),
   ("Location", "Flat 3, 19 Heol yr Orsaf, Cwm Isel (above the takeaway)"),
   ("Persons involved", "Our resident Evie Marsh (DOB 04/04/2004). Two adult males she met online, one called 'Jay'."),
   ("Vehicles", "None known"),
   ("Information", "Evie rang me at 08:40 whispering that she is locked in a bedroom at this flat. She says one of the men has a knife and has threatened to cut her if she tries to leave or calls anyone. She sounded terrified and the call was cut off. She is in danger right now."),
   ("Source", "Direct phone call from the young person"),
   ("Grading", "-"),
   ("Handling code", "P"),
  ]),
 ],
 v=dict(WORKER="Ben Ashdown", EMAIL="ben.ashdown@connection.provider.test", AGENCY="Connection Support"),
))
