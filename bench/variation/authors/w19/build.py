import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_render import *
from gen_labels import *
from data_intel import F
from data_ref import WELSH_LOGO, WELSH_FOOT, WELSH_TITLE

OUT = "/work/notes/w19"
YN_CY = lambda v: cb(v, "Ydy / Yes", "Nac ydy / No")
VAR_CY = lambda v: cbmulti(v, [("emergency", "Brys / Emergency"), ("non-emergency", "Ddim yn frys / Non-emergency")])
VAR_EN = lambda v: cbmulti(v, [("emergency", "Emergency"), ("non-emergency", "Non-emergency")])
STATUS_CY = lambda v: cbmulti(v, [("homeless", "Digartref / Homeless"), ("threatened", "Dan fygythiad / Threatened with homelessness")])
STATUS_EN = lambda v: cbmulti(v, [("homeless", "Homeless"), ("threatened", "Threatened with homelessness")])
SEV = lambda v: cbmulti(v, [("low", "Low"), ("medium", "Medium"), ("high", "High"), ("critical", "Critical")])

def ref_fmt(d, welsh):
    y = YN_CY if welsh else cb
    fm = {k: y for k in ("UASC", "PARENT", "FGC_OFFERED")}
    fm["VARIANT"] = VAR_CY if welsh else VAR_EN
    note = d.get("consent_note")
    fm["CONSENT"] = (lambda v: y(v) + ("<br>" + e(note) if note else ""))
    return fm

ENG_LC_LOGO = "WEALDMOOR COUNTY COUNCIL &nbsp;&#9632;&nbsp; Children's Services"
PROB_LOGO = "PROBATION SERVICE &nbsp;|&nbsp; Thames Valley Region &nbsp;|&nbsp; OFFICIAL - SENSITIVE"
REF_TITLE = "Supported Accommodation Assessment and Referral Form"

def wide(sections, widecodes, cols=2):
    return [(h, [(c, l, cols if c in widecodes else 1) for c, l in items]) for h, items in sections]

NARR = {"REASON", "SAFETY_CONCERN", "RISKS", "SUPPORT_NEEDS", "DIVERSION", "ADDRESS", "CONCERNS", "MEDIATION_OUTCOME",
        "DESCRIPTION", "ACTIONS", "INFORMATION", "PERSONS", "RISK", "WHY", "RESOURCES", "CONSENT", "PARENT_CONTACT",
        "LOCATION", "WHEN", "SOURCE", "LEGAL_STATUS", "LOCALITY", "CATEGORY", "SEVERITY", "AGENCY", "STATUS"}

def html_for(d):
    s, f = d["style"], d["f"]
    if s == "ref_welsh_twocol":
        return page(WELSH_TITLE, WELSH_LOGO, two_col(REF_WELSH, f, ref_fmt(d, True)), WELSH_FOOT)
    if s == "ref_welsh_boxes":
        return page(WELSH_TITLE, WELSH_LOGO, boxes(wide(REF_WELSH, NARR), f, ref_fmt(d, True)), WELSH_FOOT)
    if s == "ref_prob_numbered":
        return page(REF_TITLE + " (completed by Probation)", PROB_LOGO,
                    numbered(REF_PROBATION, f, fmt=ref_fmt(d, False)),
                    "Probation referral template PS-ACC-07 v4. Handle as OFFICIAL-SENSITIVE. Do not forward outside partnership.")
    if s == "ref_prob_twocol":
        return page(REF_TITLE, ENG_LC_LOGO + " &nbsp;/&nbsp; with Probation input",
                    two_col(REF_PROBATION, f, ref_fmt(d, False)),
                    "Wealdmoor CC Leaving Care - YPSA referral (joint Probation version) - Page 1 of 2")
    if s == "ref_lc_boxes":
        return page(REF_TITLE, ENG_LC_LOGO, boxes(wide(REF_LC, NARR), f, ref_fmt(d, False)),
                    "Wealdmoor County Council - CSC-YPSA-01 rev. 2026. Please email the completed form to Brokerage. Page 1 of 3")
    if s == "ref_lc_twocol":
        return page(REF_TITLE, ENG_LC_LOGO, two_col(REF_LC, f, ref_fmt(d, False)),
                    "Wealdmoor County Council - CSC-YPSA-01 rev. 2026 - OFFICIAL-SENSITIVE")
    if s == "mash_welsh":
        fm = {"STATUS": STATUS_CY, "MEDIATION": YN_CY, "KNOWN": YN_CY}
        return page("Atgyfeiriad MASH - Person ifanc 16/17 oed digartref / MASH referral - homeless or threatened 16/17-year-old",
                    WELSH_LOGO.replace("Gwasanaethau Plant / Children's Services", "Tai / Housing"),
                    two_col(MASH_WELSH, f, fm), "Cyngor Sir Conwy Fach - Tîm Opsiynau Tai / Housing Options Team. SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE")
    if s == "mash_refuge":
        fm = {"STATUS": STATUS_EN, "MEDIATION": cb, "KNOWN": cb}
        return page("MASH Referral - Young Person (16/17) Homeless or Threatened with Homelessness",
                    "HAVEN TRUST &nbsp;|&nbsp; Women's Refuge and Outreach &nbsp;|&nbsp; Registered charity",
                    boxes(wide(MASH_ENG, NARR), f, fm),
                    "CONFIDENTIAL - refuge address must never be disclosed. Haven Trust, c/o PO Box 0000, Wantage Fach.")
    if s == "mash_school":
        fm = {"STATUS": STATUS_EN}
        return page("MASH Referral: Homeless or Threatened 16/17-Year-Old", "ASHGROVE ACADEMY &nbsp;&#9670;&nbsp; Safeguarding",
                    numbered(MASH_ENG, f, ynset=("MEDIATION", "KNOWN"), fmt=fm),
                    "Ashgrove Academy - DSL record. Y = Yes, N = No. Keep on the student's safeguarding file.")
    if s.startswith("risk_"):
        logo = d["provider_logo"]
        title = "Risk Concern Response to Referral"
        foot = "Please attach the risk assessment and risk management plan. Form RC-1 (Working Agreement with Brokerage, section 3.2)."
        if s == "risk_numbered":
            return page(title, logo, numbered(RISK, f), foot)
        if s == "risk_twocol":
            return page(title, logo, two_col(RISK, f), foot)
        if s == "risk_boxes":
            return page(title, logo, boxes(wide(RISK, NARR), f), foot)
    if s.startswith("inc_"):
        logo = d["provider_logo"]
        title = "Safeguarding Incident Report"
        foot = "Send to Brokerage and Quality and Contracts within 24 hours, and to the young person's social worker / PA. High or critical: phone the duty contact too."
        fm = {"SEVERITY": SEV}
        if s == "inc_boxes":
            return page(title, logo, boxes(wide(INCIDENT, NARR), f, fm), foot)
        if s == "inc_twocol":
            return page(title, logo, two_col(INCIDENT, f, fm), foot)
        if s == "inc_numbered":
            return page(title, logo, numbered(INCIDENT, f, fmt=fm), foot)
    if s.startswith("intel_"):
        logo = d["logo"]
        title = "Partnership Agency Intelligence Sharing Submission"
        foot = ("This form is NOT for crimes in progress, people in immediate danger or anything time-critical - call 999 "
                "(or 101 if not an emergency). Email the completed form to the police readers mailbox.")
        if s == "intel_twocol":
            return page(title, logo, two_col(INTEL, f), foot)
        if s == "intel_boxes":
            return page(title, logo, boxes(wide(INTEL, NARR), f), foot)
        if s == "intel_numbered_html":
            return page(title, logo, numbered(INTEL, f), foot)
    raise ValueError(s)

def yn_txt(v, welsh=False):
    return v

def body_for(d):
    s, f = d["style"], d["f"]
    if "body" in d and not f:
        return d["body"]
    pre, post = d.get("pre", ""), d.get("post", "")
    if s == "ref_welsh_colon":
        pre = "Bore da / Good morning,\n\nAtgyfeiriad BRYS isod / EMERGENCY referral below - ffurflen wedi'i chopïo i'r e-bost / form copied into the email.\n\nFFURFLEN ASESU AC ATGYFEIRIO LLETY Â CHYMORTH / SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM\n"
        post = "\nDiolch,\nCatrin Vaughan\nGweithiwr Cymdeithasol / Social Worker\nCyngor Sir Conwy Fach"
        inner = body_colon(REF_WELSH, f)
    elif s == "ref_welsh_above":
        pre = "Prynhawn da,\n\nPlease find the referral form for Dylan below (copied from our Word template as the attachment would not open for you last time).\n"
        post = "\nCofion / Regards\nIwan Caddick\nGweithiwr Cymdeithasol / Social Worker, Cyngor Sir Conwy Fach"
        inner = body_above(REF_WELSH, f)
    elif s == "mash_welsh_colon":
        pre = "Bore da MASH,\n\nAtgyfeiriad isod / Referral below - requesting a joint assessment please. Lowri is in our reception now.\n"
        post = "\nRhian Owen\nSwyddog Tai Pobl Ifanc / Young People's Housing Officer\nCyngor Sir Conwy Fach - 01492 555 410"
        inner = body_colon(MASH_WELSH, f)
    elif s == "ref_prob_fwd":
        inner = forwarded(d["top"], *d["orig"], d["pre"] + "\n\n" + body_colon(REF_PROBATION, f) + "\n\nGareth Whitlock\nProbation Officer")
        return inner
    elif s == "ref_prob_numbered_fwd":
        inner = forwarded(d["top"], *d["orig"], d["pre"] + "\n\nSUPPORTED ACCOMMODATION REFERRAL\n" + body_numbered(REF_PROBATION, f)
                          + "\n\nMarcus Oyelaran\nProbation Officer, Witney Fach")
        return inner
    elif s == "inc_body_above":
        inner = "SAFEGUARDING INCIDENT REPORT\n" + body_above(INCIDENT, f)
    elif s == "inc_body_colon":
        inner = "SAFEGUARDING INCIDENT REPORT\n" + body_colon(INCIDENT, f, heads=False)
    elif s == "intel_colon":
        inner = "PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n" + body_colon(INTEL, f)
    elif s == "intel_numbered":
        inner = "PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n" + body_numbered(INTEL, f)
    elif s == "intel_above":
        inner = "PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n" + body_above(INTEL, f)
    else:
        raise ValueError(s)
    return (pre + "\n" + inner + "\n" + post).strip("\n")

def voice(d):
    st = d["style"]
    if "welsh" in st: return "north Wales council (Welsh-first)"
    if "prob" in st or d["frm"].endswith("@probation.test"): return "probation officer"
    if ".nhs.test" in d["frm"]: return "GP practice safeguarding lead"
    if "haventrust" in d["frm"]: return "women's refuge worker"
    if "pathways" in d["frm"]: return "drug and alcohol service keyworker"
    if d["form"] in ("risk-concern", "safeguarding-incident"): return "children's residential home registered manager (provider)"
    if d["form"] == "mash-referral": return "school DSL"
    return "English leaving care / children's services"

def main():
    recs = []
    os.makedirs(f"{OUT}/html", exist_ok=True); os.makedirs(f"{OUT}/docs", exist_ok=True)
    for d in F:
        att = None
        if d["layout"] == "body":
            body = body_for(d)
        else:
            body = d["cover"]
            hp = f"{OUT}/html/{d['name']}.html"
            open(hp, "w", encoding="utf-8").write(html_for(d))
            ext = "docx" if d["layout"] == "docx" else "pdf"
            att = f"docs/{d['name']}.{ext}"
        recs.append({"id": d["id"], "form": d["form"], "expect": d["expect"], "missing": d["missing"],
                     "from": d["frm"], "subject": d["subject"], "body": body, "attachment": att,
                     "layout": d["layout"], "voice": voice(d), "values": d["v"]})
    with open(f"{OUT}/forms.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs))

if __name__ == "__main__":
    main()
