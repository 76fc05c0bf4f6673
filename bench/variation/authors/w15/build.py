import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import forms_ref, forms_mash_risk, forms_sg_intel
D = os.path.dirname(os.path.abspath(__file__))
ALL = forms_ref.FORMS + forms_mash_risk.FORMS + forms_sg_intel.FORMS
out = []
for f in ALL:
    att = None
    if f["layout"] in ("docx", "pdf"):
        name = f["docname"]
        with open(os.path.join(D, "html", name + ".html"), "w", encoding="utf-8") as h:
            h.write(f["html"])
        att = f"docs/{name}.{f['layout']}"
    vals = f["values"]
    out.append(dict(id=f["id"], form=f["form"], expect=f["expect"], missing=f["missing"], **{"from": f["frm"]},
                    subject=f["subject"], body=f["body"], attachment=att, values=vals))
with open(os.path.join(D, "forms.jsonl"), "w", encoding="utf-8") as o:
    for r in out:
        o.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
