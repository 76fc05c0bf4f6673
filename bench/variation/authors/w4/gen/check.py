import json, os, collections, datetime as dt, re
OUT = "/work/notes/w67/forms-w4"
rows = [json.loads(l) for l in open(f"{OUT}/forms.jsonl")]
ids = [r["id"] for r in rows]; assert len(ids) == len(set(ids)) == 40
RECV = dt.datetime(2026, 12, 4, 9, 0)
def age(dob, on):
    d = dt.date.fromisoformat(dob); o = dt.date.fromisoformat(on)
    return o.year - d.year - ((o.month, o.day) < (d.month, d.day))
cnt = collections.Counter(); lay = collections.Counter(); exp = collections.Counter()
PROV = {"response","oxyouth","key2","stonewater","connection","sanctuary","a2dominion"}
CATS = {"missing","exploitation","self-harm","violence","allegation against staff","police involvement","hospital admission","other"}
for r in rows:
    cnt[r["form"]] += 1; exp[r["expect"]] += 1
    a = r["attachment"]; lay[(r["form"], a.rsplit(".",1)[1] if a else "body")] += 1
    if a: assert os.path.getsize(f"{OUT}/{a}") > 0, a
    v = r["values"]; f = r["from"]
    assert (r["expect"] == "rejected") == bool(r["missing"]), r["id"]
    if r["missing"]: assert r["missing"] not in v
    if r["form"] == "referral":
        assert re.fullmatch(r"[a-z]+\.[a-z-]+@council\.test", f), f
        if "DATE_OF_BIRTH" in v and "DATE_NEEDED" in v:
            assert 16 <= age(v["DATE_OF_BIRTH"], v["DATE_NEEDED"]) <= 24, r["id"]
        if "DATE_NEEDED" in v: assert "2026-12-04" <= v["DATE_NEEDED"] <= "2027-01-31"
        if v["VARIANT"] == "non-emergency": assert v["FGC_OFFERED"] == "yes" and "FGC_DATE" in v, r["id"]
        if v["CONSENT"] == "no": assert "SAFEGUARDING_BASIS" in v
        for k in ["FULL_NAME","VARIANT","CONSENT","PARENT"]: assert k in v, (r["id"], k)
        assert v["REFERRER_EMAIL"].endswith("@council.test") and (v["REFERRER_EMAIL"] == f or r["id"] == "w4-ref-05")
    elif r["form"] == "mash-referral":
        assert f.endswith(".test")
        assert age(v["DATE_OF_BIRTH"], "2026-12-04") in (16, 17), r["id"]
        for k in ["NAME","MEDIATION","KNOWN"]: assert k in v
    elif r["form"] in ("risk-concern", "safeguarding-incident"):
        assert f.split("@")[1].split(".")[0] in PROV and f.endswith(".provider.test"), f
        if r["form"] == "risk-concern": assert "REFERRAL_REFERENCE" in v
        else:
            assert dt.datetime.fromisoformat(v["WHEN"]) < RECV and v["CATEGORY"] in CATS, r["id"]
            assert v.get("SEVERITY", "low") in ("low","medium","high","critical")
    else:
        assert f.endswith(".test") and "EMAIL" in v
print("forms", dict(cnt)); print("expect", dict(exp))
print("layout", dict(sorted(lay.items())))
print("totals", collections.Counter(k[1] for k in lay.elements()))
print("invalid", [(r["id"], r["missing"], r["attachment"] or "body") for r in rows if r["missing"]])
print("OK")
