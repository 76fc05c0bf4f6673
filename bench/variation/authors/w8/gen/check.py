import json, os, collections, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(D, "forms.jsonl"), encoding="utf-8")]
ids = [r["id"] for r in rows]; assert len(ids) == len(set(ids)) == 40
c = collections.Counter(r["form"] for r in rows)
assert c == {"referral": 14, "mash-referral": 5, "risk-concern": 5, "safeguarding-incident": 8, "intelligence-submission": 8}, c
lay = collections.Counter((r["attachment"] or "x.body").rsplit(".", 1)[1] for r in rows)
print("forms", dict(c)); print("layout", dict(lay))
print("expect", collections.Counter(r["expect"] for r in rows))
print("variants", collections.Counter(r["values"].get("VARIANT") for r in rows if r["form"] == "referral"))
need = {"referral": ["FULL_NAME", "DATE_OF_BIRTH", "VARIANT", "DATE_NEEDED", "CONSENT", "REFERRER_EMAIL", "PARENT"],
        "mash-referral": ["NAME", "DATE_OF_BIRTH", "STATUS", "MEDIATION", "KNOWN"], "risk-concern": ["REFERRAL_REFERENCE"],
        "safeguarding-incident": ["NAME", "WHEN", "CATEGORY", "SEVERITY"], "intelligence-submission": ["WORKER", "EMAIL"]}
prov = {"response": "RSP", "oxyouth": "OXY", "key2": "K2F", "stonewater": "STW", "connection": "CON", "sanctuary": "SAN", "a2dominion": "A2D"}
def age(dob, on):
    b = dt.date.fromisoformat(dob); return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
recv = dt.date(2026, 12, 4)
for r in rows:
    v = r["values"]
    if r["attachment"]:
        p = os.path.join(D, r["attachment"]); assert os.path.getsize(p) > 0, p
    for k in need[r["form"]]:
        if k != r["missing"]:
            assert k in v, (r["id"], k)
    if r["missing"]:
        assert r["expect"] == "rejected" and r["missing"] not in v
    if r["form"] == "referral":
        assert r["from"].endswith("@council.test")
        dn = dt.date.fromisoformat(v["DATE_NEEDED"]); assert recv <= dn <= recv + dt.timedelta(days=35), r["id"]
        if "DATE_OF_BIRTH" in v: assert 16 <= age(v["DATE_OF_BIRTH"], dn) <= 24, r["id"]
        if v["VARIANT"] == "non-emergency": assert v["FGC_OFFERED"] == "yes" and "FGC_DATE" in v
        else: assert "SAFETY_CONCERN" in v
    if r["form"] == "mash-referral":
        assert age(v["DATE_OF_BIRTH"], recv) in (16, 17), r["id"]
    if r["form"] in ("safeguarding-incident", "risk-concern"):
        dom = r["from"].split("@")[1].split(".")[0]; assert r["from"].endswith(".provider.test")
    if r["form"] == "safeguarding-incident":
        assert v["PROPERTY"].startswith(prov[dom]), r["id"]
        assert v["WHEN"] < "2026-12-04T09:00"
print("invalid:", [(r["id"], r["missing"]) for r in rows if r["missing"]])
print("urgent:", [r["id"] for r in rows if r["expect"] == "urgent"])
print("OK")
