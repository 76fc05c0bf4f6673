import json, os, collections, re
D = "/work/notes/w64/forms-w2"
fields = collections.defaultdict(set); cur = None
for l in open("/work/notes/w64/fields.txt"):
    m = re.match(r"## form: (\S+)", l)
    if m: cur = m.group(1); continue
    if ":" in l: fields[cur].add(l.split(":")[0].strip())
need = {"referral": ["FULL_NAME","DATE_OF_BIRTH","VARIANT","DATE_NEEDED","CONSENT","REFERRER_EMAIL","PARENT"],
        "mash-referral": ["NAME","DATE_OF_BIRTH","STATUS","MEDIATION","KNOWN"], "risk-concern": ["REFERRAL_REFERENCE"],
        "safeguarding-incident": ["NAME","WHEN","CATEGORY","SEVERITY"], "intelligence-submission": ["WORKER","EMAIL"]}
rows = [json.loads(l) for l in open(f"{D}/forms.jsonl")]
ids = [r["id"] for r in rows]; assert len(ids) == len(set(ids)) == 40
c = collections.Counter(); lay = collections.Counter(); ex = collections.Counter()
for r in rows:
    c[r["form"]] += 1; ex[r["expect"]] += 1
    a = r["attachment"]; lay["body" if not a else a.rsplit(".",1)[1]] += 1
    if a: assert os.path.getsize(f"{D}/{a}") > 0, a
    for k in r["values"]: assert k in fields[r["form"]], (r["id"], k)
    if r["expect"] == "rejected":
        assert r["missing"] in fields[r["form"]] and r["missing"] not in r["values"], r["id"]
    else:
        assert r["missing"] is None
        for k in need[r["form"]]: assert k in r["values"], (r["id"], k)
    if r["form"] == "referral":
        assert r["from"].endswith("@council.test") and re.match(r"^[a-z]+\.[a-z]+@council\.test$", r["from"]), r["id"]
print(c, lay, ex, sep="\n")
print("rejected:", [(r["id"], r["missing"], "body" if not r["attachment"] else r["attachment"]) for r in rows if r["expect"]=="rejected"])
ne = collections.Counter(r["values"].get("VARIANT") for r in rows if r["form"]=="referral"); print(ne)
from datetime import date
def age(dob, on): 
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
D0 = date(2026,12,4)
for r in rows:
    v = r["values"]
    if r["form"] == "referral" and "DATE_OF_BIRTH" in v and "DATE_NEEDED" in v:
        dn = date.fromisoformat(v["DATE_NEEDED"]); a = age(date.fromisoformat(v["DATE_OF_BIRTH"]), dn)
        assert dn >= D0 and (dn - D0).days < 45 and 16 <= a <= 24, (r["id"], a)
        if v["VARIANT"] == "non-emergency": assert v["FGC_OFFERED"] == "yes" and "FGC_DATE" in v, r["id"]
        if v["CONSENT"] == "no": assert "SAFEGUARDING_BASIS" in v
    if r["form"] == "mash-referral":
        assert age(date.fromisoformat(v["DATE_OF_BIRTH"]), D0) in (16, 17), r["id"]
    if r["form"] == "safeguarding-incident":
        assert v["WHEN"] < "2026-12-04T09:00", r["id"]
print("dates ok")
