import json, os, collections, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(D, "forms.jsonl"), encoding="utf-8")]
ids = [l["id"] for l in L]; assert len(ids) == len(set(ids)) == 40, "ids"
c = collections.Counter(l["form"] for l in L); print(c)
assert c == {"referral": 14, "mash-referral": 5, "risk-concern": 5, "safeguarding-incident": 8, "intelligence-submission": 8}
print(collections.Counter(l["expect"] for l in L), collections.Counter(l["layout"] for l in L))
print(collections.Counter((l["form"], l["layout"]) for l in L))
recv = dt.date(2026, 12, 4)
def age(dob, on):
    b = dt.date.fromisoformat(dob); return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
req = {"referral": ["VARIANT","FULL_NAME","DATE_OF_BIRTH","LEGAL_STATUS","REFERRER_NAME","REFERRER_ROLE","REFERRER_TEAM","FGC_OFFERED","REASON","DATE_NEEDED","CONSENT"],
       "mash-referral": ["NAME","DATE_OF_BIRTH","AGENCY","STATUS"], "risk-concern": ["REFERRAL_REFERENCE","PROVIDER","RISK","WHY","RESOURCES"],
       "safeguarding-incident": ["PROVIDER","PROPERTY","NAME","WHEN","CATEGORY","SEVERITY","DESCRIPTION","ACTIONS"],
       "intelligence-submission": ["AGENCY","WORKER","EMAIL","INFORMATION"]}
PROV = {"response":"Response","oxyouth":"Oxfordshire Youth","key2":"Key2 Futures","stonewater":"Stonewater","connection":"Connection Support","sanctuary":"Sanctuary Housing","a2dominion":"A2 Dominion"}
for l in L:
    v = l["values"]; f = l["form"]
    if l["attachment"]:
        p = os.path.join(D, l["attachment"]); assert os.path.getsize(p) > 1000, p
    miss = [k for k in req[f] if k not in v]
    if f == "referral" and v.get("VARIANT") == "emergency" and "SAFETY_CONCERN" not in v: miss.append("SAFETY_CONCERN")
    if l["expect"] == "rejected":
        assert miss == [l["missing"]], (l["id"], miss)
    else:
        assert not miss and l["missing"] is None, (l["id"], miss)
    if f == "referral":
        assert l["from"].endswith("@council.test")
        if "DATE_OF_BIRTH" in v:
            a = age(v["DATE_OF_BIRTH"], dt.date.fromisoformat(v["DATE_NEEDED"])); assert 16 <= a <= 24, (l["id"], a)
        dn = dt.date.fromisoformat(v["DATE_NEEDED"]); assert recv <= dn <= recv + dt.timedelta(days=45), l["id"]
        if v["VARIANT"] == "non-emergency": assert v["FGC_OFFERED"] == "yes" and "FGC_DATE" in v, l["id"]
    if f == "mash-referral":
        a = age(v["DATE_OF_BIRTH"], recv); assert a in (16, 17), (l["id"], a)
    if f == "safeguarding-incident" and l["expect"] != "rejected":
        assert v["WHEN"] < "2026-12-04T09:00"
        dom = l["from"].split("@")[1].split(".")[0]; assert PROV[dom] == v["PROVIDER"], l["id"]
        assert v["PROPERTY"].split("-")[0] in {"Response":"RSP","Oxfordshire Youth":"OXY","Key2 Futures":"K2F","Stonewater":"STW","Connection Support":"CON","Sanctuary Housing":"SAN","A2 Dominion":"A2D"}[v["PROVIDER"]]
        assert v["SEVERITY"] in ("low","medium","high","critical") and v["CATEGORY"] in ("missing","exploitation","self-harm","violence","allegation against staff","police involvement","hospital admission","other")
    if f == "risk-concern":
        dom = l["from"].split("@")[1].split(".")[0]; assert PROV[dom] == v["PROVIDER"], l["id"]
    assert l["from"].endswith(".test")
    print(l["id"], l["expect"], l["missing"] or "", l["attachment"] or "body", "|", l["subject"][:60])
print("ALL OK")
