import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import render as R
from ref_data import REFS
from other_data import OTHERS
from inc_data import INCS
from intel_data import INTELS

OUT = "/work/notes/w67/forms-w5"
HT = OUT + "/html"
DOCS = OUT + "/docs"

FNAMES = {"referral": "Supported_Accommodation_Referral", "mash-referral": "MASH_referral",
          "risk-concern": "Risk_concern_response", "safeguarding-incident": "Safeguarding_incident_report",
          "intelligence-submission": "Intelligence_sharing_submission"}

forms = []
for f in REFS:
    f.setdefault("form", "referral")
    f["sections"] = R.sec_from(f["tpl"], f["d"], f.get("blank", ()), f.get("omit", ())) if "tpl" in f else None
    forms.append(f)
forms += OTHERS + INCS + INTELS

docx, pdf = [], []
lines = []
for f in forms:
    rend = f["render"]
    att = None
    if f["layout"] == "body":
        if rend == "custom":
            body = f["text"]
        else:
            body = f.get("pre", "") + "\n" + getattr(R, rend)(f["sections"]) + "\n" + f.get("post", "")
    else:
        inner = getattr(R, rend)(f["sections"])
        html = R.page(f["title"], f["logo"], inner, f["footer"], f.get("header"))
        name = f"{FNAMES[f['form']]}_{f['id']}"
        hp = f"{HT}/{name}.html"
        open(hp, "w", encoding="utf-8").write(html)
        (docx if f["layout"] == "docx" else pdf).append(hp)
        att = f"docs/{name}.{f['layout']}"
        body = f["cover"]
    expect = f.get("expect") or ("rejected" if f.get("missing") else "routed")
    lines.append({"id": f["id"], "form": f["form"], "expect": expect, "missing": f.get("missing"),
                  "from": f["frm"], "subject": f["subject"], "body": body, "attachment": att,
                  "values": f["v"]})

with open(OUT + "/forms.jsonl", "w", encoding="utf-8") as fh:
    for l in lines:
        fh.write(json.dumps(l, ensure_ascii=False) + "\n")

if "--convert" in sys.argv:
    if docx:
        subprocess.run(["nice", "soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "docx",
                        "--outdir", DOCS] + docx, check=True)
    if pdf:
        subprocess.run(["nice", "soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", DOCS] + pdf, check=True)
print(len(lines), "forms;", len(docx), "docx;", len(pdf), "pdf")
