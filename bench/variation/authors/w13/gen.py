import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import html_doc, body_text
import gen_ref, gen_mash_risk, gen_inc, gen_intel

BASE = {"referral": "SA_Referral_Form", "mash-referral": "MASH_Referral", "risk-concern": "Risk_Concern_Response",
        "safeguarding-incident": "Safeguarding_Incident_Notification", "intelligence-submission": "Intelligence_Sharing_Submission"}
sets = [("referral", gen_ref.REFS, [("Referral type", ["VARIANT"])] + gen_ref.GROUPS, "Supported Accommodation Assessment and Referral Form"),
        ("mash-referral", gen_mash_risk.MASH, gen_mash_risk.MGROUPS, "MASH referral - homeless or threatened 16/17 year old"),
        ("risk-concern", gen_mash_risk.RISK, gen_mash_risk.RGROUPS, "Risk concern response"),
        ("safeguarding-incident", gen_inc.INC, gen_inc.IGROUPS, "Safeguarding incident notification"),
        ("intelligence-submission", gen_intel.INT, gen_intel.NGROUPS, "Partnership Agency Intelligence Sharing Submission")]
out = []
jobs = []
for form, items, groups, dtitle in sets:
    for it in items:
        L, d = it["L"], it["d"]
        secs = []
        for head, codes in groups:
            rows = [(L[c], d[c]) for c in codes if c in d and d[c] is not None]
            if rows:
                secs.append((head, rows))
        if it["layout"] == "body":
            body = it.get("intro", "") + body_text(secs, it["style"]) + it.get("outro", "")
            att = None
        else:
            name = "%s_%s" % (BASE[form], it["id"].replace("w13-", "").replace("-", ""))
            h = html_doc(it["title"], it["logo"], secs, it["footer"], it["style"])
            open("html/%s.html" % name, "w", encoding="utf-8").write(h)
            att = "docs/%s.%s" % (name, it["layout"])
            body = it["cover"]
            jobs.append((name, it["layout"]))
        rec = {"id": it["id"], "form": form, "expect": it.get("expect", "routed"), "missing": it.get("missing"),
               "from": it["sender"], "subject": it["subject"], "body": body, "attachment": att, "values": it["values"]}
        rec["layout"] = it["layout"]
        out.append(rec)
with open("forms.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("jobs.txt", "w") as f:
    for n, l in jobs: f.write("%s %s\n" % (n, l))
print(len(out), "forms,", len(jobs), "attachments")
