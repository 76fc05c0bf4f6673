import json, os, re, subprocess, sys
import lib
import ref, ref2, mash, risk, inc, intel
OUT = "/work/notes/w67/forms-w4"
YN = {"CONSENT","UASC","PARENT","FGC_OFFERED","MEDIATION","KNOWN"}
PLACE = re.compile(r"^(n/?a|-|n/k|tbc.*|none|none allocated|as above|same|same as referrer|n/a - i am pa|n/a - i'm his pa|not yet.*|n/a - not .*)$", re.I)
TYPED = {"SOCIAL_WORKER_NAME","SOCIAL_WORKER_EMAIL","FGC_DATE","SAFEGUARDING_BASIS","LCS_NUMBER","POLICE_REFERENCE","WORKER_NAME","WORKER_EMAIL","MEDIATION_DATE","GRADING"}
NAMES = {"ref":"SAAR","mash":"MASH_referral","risk":"Risk_concern","inc":"Incident_report","intel":"Intel_submission"}

def ynorm(t):
    s = t.strip()
    m = re.search(r"\u2612\s*(Yes|No|Y|N)\b", s)
    if m: return "yes" if m.group(1).lower().startswith("y") else "no"
    m = re.match(r"(yes|no|y|n)\b", s, re.I)
    if m: return "yes" if m.group(1).lower().startswith("y") else "no"
    raise ValueError(s)

rows = []; docx = []; pdf = []
for fm in lib.FORMS:
    vals = {}
    for it in fm["items"]:
        if "heading" in it or not it["field"]: continue
        f, t = it["field"], it["text"].strip()
        if not t: continue
        if f in TYPED and PLACE.match(t) and not it["norm"]: continue
        v = it["norm"] or t
        if f in YN and not it["norm"]: v = ynorm(t)
        vals[f] = v
    vals.update(fm["extra"])
    if fm["missing"]:
        vals.pop(fm["missing"], None)
        if fm["missing"] == "SEVERITY": pass
    att = None
    if fm["layout"] == "body":
        body = fm["pre"].rstrip("\n") + "\n\n" + lib.body_text(fm) + "\n\n" + fm["post"]
    else:
        body = fm["body"]
        kind = fm["id"].split("-")[1]
        last = re.sub(r"[^A-Za-z]", "", (vals.get("FULL_NAME") or vals.get("NAME") or vals.get("YOUNG_PERSON") or vals.get("AGENCY") or "form").split("(")[0].split()[-1])[:14].capitalize()
        base = f"{fm['id']}_{NAMES[kind]}_{last}"
        with open(f"{OUT}/html/{base}.html", "w") as h: h.write(lib.doc_html(fm))
        (docx if fm["layout"] == "docx" else pdf).append(f"{OUT}/html/{base}.html")
        att = f"docs/{base}.{fm['layout']}"
    rows.append(dict(id=fm["id"], form=fm["form"], expect=fm["expect"], missing=fm["missing"], **{"from": fm["frm"]},
                     subject=fm["subject"], body=body, attachment=att, values=vals))
with open(f"{OUT}/forms.jsonl", "w") as o:
    for r in rows: o.write(json.dumps(r, ensure_ascii=False) + "\n")
if "--convert" in sys.argv:
    if docx: subprocess.run(["nice","soffice","--headless","--infilter=HTML (StarWriter)","--convert-to","docx","--outdir",f"{OUT}/docs"]+docx, check=True)
    if pdf: subprocess.run(["nice","soffice","--headless","--infilter=HTML (StarWriter)","--convert-to","pdf:writer_pdf_Export","--outdir",f"{OUT}/docs"]+pdf, check=True)
print(len(rows), "forms;", len(docx), "docx;", len(pdf), "pdf")
