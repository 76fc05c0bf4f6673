import json, os, re, collections, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(D, "forms.jsonl"), encoding="utf-8")]
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids)) == 40, "ids"
FIELDS = set(re.findall(r"^  ([A-Z_]+)\*?\s", open("/work/notes/w64/fields.txt").read(), re.M)) | {"INCIDENT_DATE"}
REQ = {"referral": ["VARIANT","FULL_NAME","DATE_OF_BIRTH","DATE_NEEDED","CONSENT","REFERRER_EMAIL","PARENT"],
       "mash-referral": ["NAME","DATE_OF_BIRTH","STATUS","MEDIATION","KNOWN"],
       "risk-concern": ["REFERRAL_REFERENCE"],
       "safeguarding-incident": ["NAME","WHEN","CATEGORY","SEVERITY"],
       "intelligence-submission": ["WORKER","EMAIL"]}
PROV = {"response":"RSP","oxyouth":"OXY","key2":"K2F","stonewater":"STW","connection":"CON","sanctuary":"SAN","a2dominion":"A2D"}
RECV = dt.datetime(2026,12,4,9,0)
cnt = collections.Counter(); lay = collections.Counter(); var = collections.Counter(); exp = collections.Counter()
def age(dob, on):
    b = dt.date.fromisoformat(dob); return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
for r in rows:
    f = r["form"]; cnt[f] += 1; exp[r["expect"]] += 1
    a = r["attachment"]; lay[(f, "body" if a is None else a.rsplit(".",1)[1])] += 1
    if a:
        p = os.path.join(D, a); assert os.path.exists(p) and os.path.getsize(p) > 0, a
        assert os.path.exists(os.path.join(D, "html", os.path.basename(a).rsplit(".",1)[0] + ".html"))
    v = r["values"]
    for k in v: assert k in FIELDS, (r["id"], k)
    assert r["body"].strip() and r["subject"].strip() and r["from"]
    if r["expect"] == "rejected":
        assert r["missing"] in FIELDS and r["missing"] not in v, r["id"]
    else:
        assert r["missing"] is None
        for k in REQ[f]: assert k in v, (r["id"], k)
    dom = r["from"].split("@")[1]
    if f == "referral":
        assert dom == "council.test" and re.match(r"^[a-z]+\.[a-z]+@", r["from"]), r["id"]
        var[v["VARIANT"]] += 1
        if "DATE_NEEDED" in v:
            dn = dt.date.fromisoformat(v["DATE_NEEDED"]); assert RECV.date() <= dn <= RECV.date() + dt.timedelta(days=45), r["id"]
            if "DATE_OF_BIRTH" in v: assert 16 <= age(v["DATE_OF_BIRTH"], dn) <= 24, r["id"]
        if v["VARIANT"] == "non-emergency": assert v.get("FGC_OFFERED") == "yes", r["id"]
        if r["expect"] == "routed": assert v["REFERRER_EMAIL"] == r["from"]
    if f == "mash-referral":
        assert dom.endswith(".test")
        if "DATE_OF_BIRTH" in v: assert 16 <= age(v["DATE_OF_BIRTH"], RECV.date()) <= 17, r["id"]
    if f in ("risk-concern", "safeguarding-incident"):
        pre = dom.split(".")[0]; assert dom.endswith(".provider.test") and pre in PROV, r["id"]
    if f == "safeguarding-incident":
        assert v["PROPERTY"].startswith(PROV[dom.split(".")[0]]), r["id"]
        assert dt.datetime.fromisoformat(v["WHEN"]) < RECV, r["id"]
        for k in ("CATEGORY", "SEVERITY"):
            if k in v: assert v[k] in ("missing","exploitation","self-harm","violence","allegation against staff","police involvement","hospital admission","other","low","medium","high","critical")
    if f == "intelligence-submission":
        assert dom.endswith(".test")
        if "WHEN" in v: assert dt.datetime.fromisoformat(v["WHEN"]) <= RECV
assert cnt == {"referral":14,"mash-referral":5,"risk-concern":5,"safeguarding-incident":8,"intelligence-submission":8}, cnt
assert var == {"emergency":7,"non-emergency":7}, var
assert exp == {"routed":33,"rejected":6,"urgent":1}, exp
tot = collections.Counter(k[1] for k in lay.elements())
print("per form:", dict(cnt)); print("variants:", dict(var)); print("expect:", dict(exp))
for f in cnt: print(f, {k[1]: n for k, n in lay.items() if k[0] == f})
print("layouts:", dict(tot))
print("rejected:", [(r["id"], r["missing"]) for r in rows if r["expect"] == "rejected"])
print("CHECK PASSED")
