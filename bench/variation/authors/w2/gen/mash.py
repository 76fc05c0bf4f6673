from lib import *

def mash_grid(d):
    logo = ('<table width="100%"><tr><td><font size="4"><b>Wychford District Council</b></font><br><font size="1">Housing Options &ndash; Young Persons Pathway</font></td>'
            f'<td align="right"><font size="1">HPX v7.4 &middot; Case {d["case"]}<br>Exported {d["printed"]}</font></td></tr></table><hr>')
    title = '<p><b>MASH REFERRAL &ndash; HOMELESS / THREATENED WITH HOMELESSNESS AGED 16/17 (HPX form YP16)</b></p>'
    hdr = lambda t: f'<tr><td colspan="4" bgcolor="#305496"><font color="#FFFFFF"><b>{t}</b></font></td></tr>'
    r2 = lambda a, b, c, e: f'<tr><td bgcolor="#EDEDED" width="20%">{a}</td><td width="30%">{esc(b)}</td><td bgcolor="#EDEDED" width="20%">{c}</td><td width="30%">{esc(e)}</td></tr>'
    r1 = lambda a, b: f'<tr><td bgcolor="#EDEDED">{a}</td><td colspan="3">{esc(b)}</td></tr>'
    st = d["status"]
    stat = f'{"☒" if st=="homeless" else "☐"} Homeless (tonight)&nbsp;&nbsp; {"☒" if st=="threatened" else "☐"} Threatened (within 56 days)'
    t = ['<table border="1" cellpadding="3" cellspacing="0" width="100%">',
         hdr("1. YOUNG PERSON"), r2("Name", d["name"], "DOB", d["dob"]), r1("Address", d["addr"]),
         hdr("2. PRESENTATION"), r2("Presenting agency", d["agency"], "Date presented", d["presented"]),
         f'<tr><td bgcolor="#EDEDED">Homelessness status</td><td colspan="3">{stat}</td></tr>',
         hdr("3. PREVENTION"),
         f'<tr><td bgcolor="#EDEDED">Mediation attempted (Y/N)</td><td>{"Y" if d["med"] else "N"}</td><td bgcolor="#EDEDED">Mediation date</td><td>{esc(d["med_date"])}</td></tr>',
         r1("Mediation outcome", d["med_out"]),
         hdr("4. WELFARE / SAFEGUARDING"), r1("Welfare or safeguarding concerns", d["concerns"]),
         f'<tr><td bgcolor="#EDEDED">Known to CSC (Y/N)</td><td>{"Y" if d["known"] else "N"}</td><td bgcolor="#EDEDED">CSC ref</td><td>{esc(d.get("cscref",""))}</td></tr>',
         r1("Parent / guardian contact", d["pc"]),
         r2("Officer", d["officer"], "Email", d["email"]),
         '</table>']
    return page("YP16", logo + title + "\n".join(t), "", f"HPX export &middot; {d['case']} &middot; OFFICIAL-SENSITIVE &middot; do not forward outside MASH", font="Courier New")

M = [
 dict(id="w2-mash-01", fmt="docx", case="HOP-26-12031", printed="04/12/2026 08:44", name="Chloe Bramwell", dob="14/02/2009",
      addr="Last settled: 27 Nightingale Way, Wychford WY3 4JD (mother). Last night: sofa at a friend's, 5 Beck Row.",
      agency="Wychford DC Housing Options (walk-in)", presented="03/12/2026", status="homeless", med=True, med_date="03/12/2026",
      med_out="Phone mediation with mother by Housing Options 3/12 pm - mother refused to let her return. Failed.",
      concerns="Chloe says mother's partner hit her on 1/12 (mark on arm seen by officer). Missing from school this week. Possible older boyfriend (19).",
      known=True, cscref="CSC 882214 (closed CIN 2024)", pc="Mother: Leanne Bramwell 07700 900 631 (aware of referral)",
      officer="Kofi Asante", email="kofi.asante@housing.council.test",
      cover="MASH - please see attached YP16 for Chloe Bramwell (16). Homeless today; mediation failed; physical assault disclosure. Kofi Asante, Housing Options.",
      values=dict(NAME="Chloe Bramwell", DATE_OF_BIRTH="2009-02-14", STATUS="homeless", MEDIATION="yes", MEDIATION_DATE="2026-12-03", KNOWN="yes")),
 dict(id="w2-mash-02", fmt="docx", case="HOP-26-11940", printed="02/12/2026 15:10", name="Harvey Lindqvist", dob="30/07/2009",
      addr="3 Fernhill Cottages, Lower Brockley, Wychford WY6 1AB (father)",
      agency="Wychford DC Housing Options", presented="01/12/2026", status="threatened", med=True, med_date="26/11/2026",
      med_out="Session 1 at Family Mediation Service 26/11 - partly successful, father agreed to keep H until 31/12. Session 2 booked 10/12.",
      concerns="Cannabis use; arguments escalating; no violence reported. Attends college 3 days.",
      known=False, pc="Father: Stefan Lindqvist 07700 900 702",
      officer="Kofi Asante", email="kofi.asante@housing.council.test",
      cover="YP16 attached - Harvey Lindqvist, 17, threatened with homelessness (father has given notice for 31/12). Not known to CSC. Kofi",
      values=dict(NAME="Harvey Lindqvist", DATE_OF_BIRTH="2009-07-30", STATUS="threatened", MEDIATION="yes", MEDIATION_DATE="2026-11-26", KNOWN="no")),
 dict(id="w2-mash-03", fmt="pdf", case="HOP-26-12027", printed="04/12/2026 08:29", name="Jaden Phiri", dob="08/11/2010",
      addr="NFA. Previously 41 Quarry Hill, Wychford WY2 9PP (aunt, kinship arrangement)",
      agency="Wychford DC Housing Options, referred by Kestrel Academy DSL", presented="04/12/2026", status="homeless", med=False, med_date="",
      med_out="Not attempted - aunt has left the country (Zambia) on 30/11 and cannot be contacted. No other family in UK.",
      concerns="16 yrs old (16 on 8/11). Left alone in the flat since 30/11; electricity cut off 2/12 and landlord changed locks 3/12. Slept at school friend's. Private fostering arrangement never notified.",
      known=False, pc="Aunt (kinship carer) Grace Phiri - uncontactable; mother deceased; father not known",
      officer="Shona McAteer", email="shona.mcateer@housing.council.test",
      cover="Urgent MASH referral attached (PDF) - Jaden Phiri, 16, homeless today. Not known to CSC. Shona McAteer, Senior Housing Options Officer",
      values=dict(NAME="Jaden Phiri", DATE_OF_BIRTH="2010-11-08", STATUS="homeless", MEDIATION="no", KNOWN="no")),
]
for d in M:
    fn = d["id"].replace("w2-", "") + "_" + d["case"]
    add(d["id"], "mash-referral", d["email"], f"MASH referral 16/17 homeless - {d['case']} - {d['name']}", d["cover"], d["values"],
        attachment=f"docs/{fn}.{d['fmt']}", html=mash_grid(d), voice="housing-grid")

# invalid: STATUS blank (housing officer typing from case system)
add("w2-mash-04", "mash-referral", "aaron.fitzgerald@housing.council.test", "MASH referral - Leah Cottingham (17)",
"""MASH team,

Please accept the below referral, copied from HPX case HOP-26-12005.

YOUNG PERSON NAME ........ Leah Cottingham
DOB ...................... 19/05/2009
ADDRESS .................. 66 Spindle Road, Wychford WY4 2EE
PRESENTING AGENCY ........ Wychford DC Housing Options
HOMELESS / THREATENED ....
MEDIATION ATTEMPTED (Y/N)  Y
MEDIATION DATE ........... 30/11/2026
MEDIATION OUTCOME ........ Unsuccessful. Mum says Leah must leave after a row about money and her boyfriend staying over.
WELFARE / SG CONCERNS .... Boyfriend is 22. Leah has had 2 missing episodes in Nov (police returned her both times).
KNOWN TO CSC (Y/N) ....... Y - open CIN, SW Omar Whitlock
PARENT/GUARDIAN CONTACT .. Mum - Donna Cottingham, 07700 900 845

Regards
Aaron Fitzgerald
Housing Options Officer, Wychford District Council""",
    dict(NAME="Leah Cottingham", DATE_OF_BIRTH="2009-05-19", MEDIATION="yes", MEDIATION_DATE="2026-11-30", KNOWN="yes"),
    expect="rejected", missing="STATUS", voice="housing-grid")

add("w2-mash-05", "mash-referral", "priya.okafor@council.test", "mash ref - 16yo homeless tonight",
"""hi mash, one of my care leavers little brother turned up at hers last night, hes been kicked out. not open to us so sending to u. details:

name: Deacon Marsh
dob: 02/02/2010
address: was 9 Otter Lane, Wexcombe (mums). staying at sisters 1 night only (her tenancy doesnt allow)
presenting agency: leaving care south & vale (me - Priya Okafor, PA to his sister)
homeless or threatened: homeless - sister cant keep him past tonite
mediation tried: yes - i rang mum yesterday 3/12 eve
mediation outcome: mum said no, wont have him back, says hes "out of control"
welfare/safeguarding concerns: he has a cut lip, says mums boyfriend pushed him into a door. not in school since oct half term. thin, sister says hes not been eating
known to social care: no (sister was LAC, he wasnt)
parent contact: mum - Kerry Marsh 07700 900 377

thx Priya
07700 900198""",
    dict(NAME="Deacon Marsh", DATE_OF_BIRTH="2010-02-02", STATUS="homeless", MEDIATION="yes", MEDIATION_DATE="2026-12-03", KNOWN="no"),
    voice="pa-phone")
