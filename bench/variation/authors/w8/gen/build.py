import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import body_form, html_form
from forms_ref import REFS, MASH
from forms_other import RISKS, INCS, INTS

D = os.path.dirname(os.path.abspath(__file__))
ALL = REFS + MASH + RISKS + INCS + INTS

QUOTE_OUTLOOK = """

________________________________
From: Brokerage Team <brokerage@ypsa.test>
Sent: Thursday, December 3, 2026 4:12 PM
To: Rhys Griffiths <rhys.griffiths@council.test>
Subject: Liam Davies - referral form please

Hi Rhys,

Thanks for the call about Liam this afternoon. Could you pop the referral form over to us so we can take it to Monday's panel?

Many thanks
Brokerage Team"""

QUOTE_GT = """

On Thu, 3 Dec 2026 at 10:02, Quality & Contracts <quality@ypsa.test> wrote:
> Hi Ffion,
> We've had a call from Kai's PA about something that happened at the
> scheme on Tuesday afternoon. Could you send us the usual form please?
> Thanks
> Q&C"""

REPLY_TOP = {
 "w8-ref-13": "Hi,\n\nForm pasted below as requested - sorry, our template won't attach from the new system. FGC is booked for next Wednesday.\n\n",
 "w8-inc-03": "Hi,\n\nYes sorry, completed form below.\n\n",
}

def slug(s):
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")

docx, pdf = [], []
rows = []
for f in ALL:
    f.setdefault("expect", "routed")
    f.setdefault("missing", None)
    if f["missing"]:
        f["expect"] = "rejected"
    if f["id"] not in ("w8-intel-03", "w8-intel-07"):
        f.pop("intro", None)
    att = None
    if f["layout"] == "body":
        top = REPLY_TOP.get(f["id"], f.get("intro_text", ""))
        body = top + body_form(f) + "\n\n" + f["sig"]
        if f["id"] == "w8-ref-13":
            body += QUOTE_OUTLOOK
        if f["id"] == "w8-inc-03":
            body += QUOTE_GT
    else:
        name = f["id"] + "_" + slug(f["subject"])[:40]
        open(os.path.join(D, "html", name + ".html"), "w", encoding="utf-8").write(html_form(f))
        ext = "docx" if f["layout"] == "docx" else "pdf"
        (docx if ext == "docx" else pdf).append(os.path.join(D, "html", name + ".html"))
        att = f"docs/{name}.{ext}"
        body = f["cover"] + "\n" + f["sig"]
    vals = dict(f["values"])
    if f["missing"]:
        vals.pop(f["missing"], None)
    if "WHEN" in vals and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", vals["WHEN"]):
        vals.pop("WHEN")
    rows.append({"id": f["id"], "form": f["form"], "expect": f["expect"], "missing": f["missing"],
                 "from": f["sender"], "subject": f["subject"], "body": body, "attachment": att, "values": vals})

with open(os.path.join(D, "forms.jsonl"), "w", encoding="utf-8") as o:
    for r in rows:
        o.write(json.dumps(r, ensure_ascii=False) + "\n")

if "--convert" in sys.argv:
    prof = "-env:UserInstallation=file:///tmp/lo-w8"
    for files, conv in ((docx, "docx"), (pdf, "pdf:writer_pdf_Export")):
        subprocess.run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", conv,
                        "--outdir", os.path.join(D, "docs")] + files, check=True)
print(len(rows), "forms;", len(docx), "docx;", len(pdf), "pdf")
