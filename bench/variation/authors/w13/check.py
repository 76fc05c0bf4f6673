import json, os, re, collections, datetime as dt
recv = dt.datetime(2026, 12, 4, 9, 0)
PROPS = {"response": ["RSP-CHE-01","RSP-OXC-01","RSP-OXC-02","RSP-SOX-01"], "oxyouth": ["OXY-WOX-01","OXY-VWH-01"], "key2": ["K2F-CHE-01","K2F-OXC-01"],
         "stonewater": ["STW-WOX-01","STW-VWH-01","STW-VWH-02"], "connection": ["CON-SOX-01","CON-OOC-01"], "sanctuary": ["SAN-CHE-01"], "a2dominion": ["A2D-WOX-01","A2D-OXC-01","A2D-SOX-01"]}
def age(dob, on):
    b = dt.date.fromisoformat(dob); return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
recs = [json.loads(l) for l in open("forms.jsonl", encoding="utf-8")]
ids = [r["id"] for r in recs]; assert len(ids) == len(set(ids)) == 40, "ids"
cnt = collections.Counter(r["form"] for r in recs); print(dict(cnt))
assert cnt == {"referral": 14, "mash-referral": 5, "risk-concern": 5, "safeguarding-incident": 8, "intelligence-submission": 8}
lay = collections.Counter((r["attachment"] or "body").rsplit(".", 1)[-1] for r in recs); print(dict(lay))
exp = collections.Counter(r["expect"] for r in recs); print(dict(exp)); assert exp == {"routed": 33, "rejected": 6, "urgent": 1}
print("invalid:", [(r["id"], r["missing"]) for r in recs if r["expect"] == "rejected"])
var = collections.Counter(r["values"].get("VARIANT") for r in recs if r["form"] == "referral" and r["expect"] == "routed"); print("variants(valid):", dict(var))
for r in recs:
    if r["attachment"]:
        assert os.path.getsize(r["attachment"]) > 1000, r["id"]
    v = r["values"]; f = r["form"]; s = r["from"]; dom = s.split("@")[1]
    if r["expect"] == "rejected":
        assert r["missing"] and not v; continue
    assert r["missing"] is None
    if f == "referral":
        assert re.fullmatch(r"[a-z-]+\.[a-z-]+@council\.test", s), s
        for k in ["FULL_NAME","DATE_OF_BIRTH","VARIANT","DATE_NEEDED","CONSENT","REFERRER_EMAIL","PARENT"]: assert k in v, (r["id"], k)
        dn = dt.date.fromisoformat(v["DATE_NEEDED"]); assert dt.date(2026,12,4) <= dn <= dt.date(2027,2,1)
        a = age(v["DATE_OF_BIRTH"], dn); assert 16 <= a <= 24, (r["id"], a)
        if v["VARIANT"] == "non-emergency": assert v.get("FGC_OFFERED") == "yes" and v.get("FGC_DATE"), r["id"]
        assert v["CONSENT"] == "yes"; assert v["REFERRER_EMAIL"] == s
    elif f == "mash-referral":
        assert dom.endswith(".test")
        for k in ["NAME","DATE_OF_BIRTH","STATUS","MEDIATION","KNOWN"]: assert k in v, (r["id"], k)
        assert age(v["DATE_OF_BIRTH"], recv.date()) in (16, 17), r["id"]
    elif f == "risk-concern":
        assert dom.split(".")[0] in PROPS and dom.endswith("provider.test"); assert v["REFERRAL_REFERENCE"] in r["body"] or r["attachment"]
    elif f == "safeguarding-incident":
        p = dom.split(".")[0]; assert v["PROPERTY"] in PROPS[p], r["id"]
        for k in ["NAME","WHEN","CATEGORY","SEVERITY"]: assert k in v
        assert dt.datetime.fromisoformat(v["WHEN"]) < recv
        assert v["CATEGORY"] in ["missing","exploitation","self-harm","violence","allegation against staff","police involvement","hospital admission","other"]
        assert v["SEVERITY"] in ["low","medium","high","critical"]
    elif f == "intelligence-submission":
        assert "WORKER" in v and v["EMAIL"] == s, r["id"]
    if not r["attachment"]:
        for k, val in v.items():
            if k in ("VARIANT","CONSENT","PARENT","UASC","FGC_OFFERED","MEDIATION","KNOWN","STATUS","CATEGORY","SEVERITY") or "DATE" in k or k == "WHEN": continue
            assert val in r["body"], (r["id"], k, val)
print("all checks passed")
