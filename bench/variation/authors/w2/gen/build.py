import json, os, subprocess, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from lib import FORMS
import ref, ref2, ref3, mash, risk, inc, intel
D = "/work/notes/w64/forms-w2"
groups = collections.defaultdict(list)
for f in FORMS:
    if f["attachment"]:
        base, ext = os.path.splitext(os.path.basename(f["attachment"]))
        p = f"{D}/html/{base}.html"
        open(p, "w").write(f["_html"])
        groups[ext].append(p)
for ext, files in groups.items():
    conv = "docx" if ext == ".docx" else "pdf:writer_pdf_Export"
    subprocess.run(["soffice", "--headless", '--infilter=HTML (StarWriter)', "--convert-to", conv, "--outdir", f"{D}/docs"] + files,
                   check=True, stdout=subprocess.DEVNULL)
with open(f"{D}/forms.jsonl", "w") as out:
    for f in FORMS:
        o = {k: v for k, v in f.items() if not k.startswith("_")}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
json.dump({f["id"]: f["_voice"] for f in FORMS}, open(f"{D}/gen/voices.json", "w"), indent=1)
print(len(FORMS))
