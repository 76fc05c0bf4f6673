import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from gen_lib import *
from gen_ref import REFS, TA, TB, TC, TD
from gen_mash_risk import FORMS
from gen_inc_intel import FORMS2

D = os.path.dirname(os.path.abspath(__file__))
REF_DOC = {
 TA: dict(render="two", numbered=True, style="box", title="Supported Accommodation Assessment and Referral Form",
   logo="Children's Services &nbsp;|&nbsp; Young People's Supported Accommodation (YPSA) &nbsp;|&nbsp; Brokerage (Placements) Team",
   notes="Please complete ALL parts. Non-emergency referrals will not be progressed unless a Family Group Conference has been offered. "
         "Emergency referrals must describe the immediate safety concern in Part 5. Write N/A or Not known rather than leaving a box blank. "
         "Return to the Brokerage (Placements) Team secure inbox.",
   footer="SAARF v5.1 - November 2026 - OFFICIAL-SENSITIVE when completed - Page 1 of 3"),
 TB: dict(render="four", numbered=False, title="SUPPORTED ACCOMMODATION ASSESSMENT & REFERRAL FORM",
   logo="County Council - Children's Services - Placements",
   notes="Emergency referrals: complete Sections A-F and telephone the Brokerage team. Non-emergency: FGC must have been offered (Section D). Y/N boxes: type Y or N.",
   footer="Template ref CS/PL/014 | Saved copies must be kept on LCS"),
 TC: dict(render="boxes", numbered=False, title="Young People's Supported Accommodation: Assessment and Referral",
   logo="Children, Education and Families Directorate",
   notes="Type in the boxes. Boxes expand as you type. Please tell us the young person's own view of the referral in section 5.",
   footer="YPSA Referral (fillable) 2026 - please send as PDF"),
}

def render_html(f, sections):
    r = f["render"]; st = f.get("style", "box")
    if r == "two": body = html_two_col(sections, st, f.get("numbered", False))
    elif r == "four": body = html_four_col(sections, st)
    elif r == "boxes": body = html_boxes(sections, st)
    elif r == "numbered": body = html_numbered(sections, st)
    return page(f["title"], f["logo"], body, f["footer"], f.get("notes"))

allf = []
for r in REFS:
    f = dict(r); f["form"] = "referral"
    f["sections"] = r["tpl"](r["v"])
    if r["fmt"] != "body":
        meta = REF_DOC[r["tpl"]]
        for k, val in meta.items():
            f.setdefault(k, val)
        if "style" in r: f["style"] = r["style"]
    allf.append(f)
allf += FORMS + FORMS2

lines = []; conv = []
for f in allf:
    secs = f["sections"]
    if f["fmt"] == "body":
        text = f["render"](secs, f.get("style", "word"))
        body = f["pre"] + text + f["post"]
        att = None
    else:
        h = render_html(f, secs)
        hp = os.path.join(D, "html", f["file"] + ".html")
        open(hp, "w", encoding="utf-8").write(h)
        ext = "docx" if f["fmt"] == "docx" else "pdf"
        att = f"docs/{f['file']}.{ext}"
        conv.append((hp, ext))
        body = f["cover"]
    vals = values_of(secs)
    if f["id"] == "w11-inc-02":
        vals["WHEN"] = "2026-12-02T21:40"
    missing = f.get("missing")
    expect = f.get("expect") or ("rejected" if missing else "routed")
    lines.append(dict(id=f["id"], form=f["form"], expect=expect, missing=missing, **{"from": f["sender"]},
                      subject=f["subject"], body=body, attachment=att, values=vals, layout=f["fmt"]))

with open(os.path.join(D, "forms.jsonl"), "w", encoding="utf-8") as fh:
    for l in lines: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
with open(os.path.join(D, "convert_list.txt"), "w") as fh:
    for hp, ext in conv: fh.write(f"{ext}\t{hp}\n")
print(len(lines), "forms;", len(conv), "to convert")
