import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from gen_render import *
from gen_ref import *
from data_ref import REFS
from data_other import OTHER

D = os.path.dirname(os.path.abspath(__file__))
HT, DOCS = os.path.join(D, "html"), os.path.join(D, "docs")
out = []
to_convert = []  # (html path, kind)

def yd(v):
    return {"yes": "Yes", "no": "No"}.get(v, v)

for r in REFS:
    d = dict(r["d"])
    em = r["emergency"]
    yn_over = r.get("yn", {})
    for k in ("UASC", "PARENT", "FGC_OFFERED", "CONSENT"):
        d["_" + k] = yn_over.get(k, yd(d[k]))
    if r["layout"] == "body":
        v = r["voice"]
        if v == "council-colon":
            form = lines_colon(ref_rows_council(d, em))
        elif v == "council-under":
            form = lines_under(ref_rows_council(d, em))
        elif v == "hospital-numbered":
            form = numbered(ref_rows_hospital_numbered(d, em))
        elif v == "council-reply":
            form = lines_colon(ref_rows_council(d, em))
        body = r["intro"] + "\n\n" + form + "\n"
        att = None
    else:
        v = r["voice"]
        html = {"council": council_ref_html, "welsh": welsh_ref_html, "hospital": hospital_ref_html}[v](d, em)
        name = f"{r['id']}-referral"
        hp = os.path.join(HT, name + ".html")
        open(hp, "w", encoding="utf-8").write(html)
        to_convert.append((hp, r["layout"]))
        att = f"docs/{name}.{r['layout']}"
        body = r["cover"] + "\n"
    iso = r["iso"]
    vals = dict(FULL_NAME=d["FULL_NAME"], DATE_OF_BIRTH=iso.get("DATE_OF_BIRTH"), VARIANT="emergency" if em else "non-emergency",
                DATE_NEEDED=iso.get("DATE_NEEDED"), CONSENT=d["CONSENT"], REFERRER_EMAIL=d["REFERRER_EMAIL"],
                REFERRER_NAME=d["REFERRER_NAME"], PARENT=d["PARENT"], UASC=d["UASC"], FGC_OFFERED=d["FGC_OFFERED"])
    if iso.get("FGC_DATE"):
        vals["FGC_DATE"] = iso["FGC_DATE"]
    if d.get("SOCIAL_WORKER_EMAIL"):
        vals["SOCIAL_WORKER_EMAIL"] = d["SOCIAL_WORKER_EMAIL"]
    m = r.get("missing")
    vals = {k: v for k, v in vals.items() if v is not None and k != m}
    out.append(dict(id=r["id"], form="referral", expect="rejected" if m else "routed", missing=m, **{"from": r["sender"]},
                    subject=r["subject"], body=body, attachment=att, values=vals, _layout=r["layout"], _voice=v))

def other_html(f):
    st = f["style"]
    logo = f"<p><b>{e(f['logo'])}</b></p><h2>{e(f['title'])}</h2>"
    if st == "charity":
        table = boxes(f["rows"], per_row=2)
    elif st == "hospital":
        secs, cur = [], None
        for r in f["rows"]:
            if r[0] == "head":
                cur = (r[1], None, []); secs.append(cur)
            else:
                cur[2].append(r)
        table = council_table(secs)
        logo += "<p class='small'>Please do not use this form to report a crime in progress or where police attendance is required - call 999 or 101.</p>" if f["form"] == "intelligence-submission" else ""
    elif st == "welsh":
        secs, cur = [], None
        for r in f["rows"]:
            if r[0] == "head":
                cur = (r[1], None, []); secs.append(cur)
            else:
                cur[2].append(r)
        table = council_table(secs)
    return page(logo, table, e(f.get("footer") or f["logo"] + " | OFFICIAL-SENSITIVE when complete"))

for f in OTHER:
    if f["layout"] == "body":
        if f["style"] == "colon":
            form = lines_colon(f["rows"])
        elif f["style"] == "under":
            form = lines_under(f["rows"])
        elif f["style"] == "note":
            form = f["note"]
        body = (f["intro"] + "\n" if f["intro"] else "") + form + "\n" + f.get("footer", "") + "\n"
        att = None
        voice = f["style"]
    else:
        name = f"{f['id']}-{f['form']}"
        hp = os.path.join(HT, name + ".html")
        open(hp, "w", encoding="utf-8").write(other_html(f))
        to_convert.append((hp, f["layout"]))
        att = f"docs/{name}.{f['layout']}"
        body = f["cover"] + "\n"
        voice = f["style"]
    m = f.get("missing")
    exp = "urgent" if f["id"] == "w1-int-08" else ("rejected" if m else "routed")
    out.append(dict(id=f["id"], form=f["form"], expect=exp, missing=m, **{"from": f["sender"]}, subject=f["subject"],
                    body=body, attachment=att, values=f["values"], _layout=f["layout"], _voice=voice))

if "--convert" in sys.argv:
    for hp, kind in to_convert:
        filt = "docx" if kind == "docx" else "pdf:writer_pdf_Export"
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filt, "--outdir", DOCS, hp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

with open(os.path.join(D, "forms.jsonl"), "w", encoding="utf-8") as fh:
    for o in out:
        o = {k: v for k, v in o.items() if not k.startswith("_")}
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "forms;", len(to_convert), "attachments")
