import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib import page, render, values_of
import gen_ref, gen_mash_risk, gen_inc_intel

D = os.path.dirname(os.path.abspath(__file__))
forms = gen_ref.REFS + gen_mash_risk.FORMS + gen_inc_intel.FORMS
only = set(sys.argv[1:])
out = []
for f in forms:
    att = None
    if f["kind"] in ("docx", "pdf"):
        logo = f.get("logo", gen_ref.COUNCIL_LOGO)
        foot = f.get("footer", gen_ref.COUNCIL_FOOT)
        html = page(f["title"], logo, f.get("intro", ""), render(f["style"], f["sections"]), foot)
        hp = os.path.join(D, "html", f["fname"] + ".html")
        open(hp, "w", encoding="utf-8").write(html)
        att = f"docs/{f['fname']}.{f['kind']}"
        target = os.path.join(D, att)
        if (not only or f["id"] in only) and "--noconv" not in only:
            if os.path.exists(target):
                os.remove(target)
            conv = "docx" if f["kind"] == "docx" else "pdf:writer_pdf_Export"
            subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", conv,
                            "--outdir", os.path.join(D, "docs"), hp], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ok = os.path.exists(target) and os.path.getsize(target) > 0
            print(f["id"], att, "OK" if ok else "FAILED", os.path.getsize(target) if ok else 0, flush=True)
        vals = f.get("values") or values_of(f["sections"])
    else:
        vals = f["values"]
    out.append(dict(id=f["id"], form=f["form"], expect=f["expect"], missing=f["missing"], **{"from": f["sender"]},
                    subject=f["subject"], body=f["body"], attachment=att, values=vals))
with open(os.path.join(D, "forms.jsonl"), "w", encoding="utf-8") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out))
