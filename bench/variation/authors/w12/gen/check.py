import json,os,collections,datetime as dt,re
D="/work/notes/w70/forms-w12"
recs=[json.loads(l) for l in open(f"{D}/forms.jsonl",encoding="utf-8")]
ids=[r["id"] for r in recs]; assert len(ids)==len(set(ids))==40
c=collections.Counter(r["form"] for r in recs); print(c)
assert c==dict(referral=14,**{"mash-referral":5,"risk-concern":5,"safeguarding-incident":8,"intelligence-submission":8})
v=collections.Counter(r["values"].get("VARIANT") for r in recs if r["form"]=="referral"); print("variants incl invalid",v)
lay=collections.Counter(("body" if not r["attachment"] else r["attachment"].rsplit(".",1)[1]) for r in recs); print(lay)
print(collections.Counter(r["expect"] for r in recs))
recv=dt.date(2026,12,4)
def age(dob,on): d=dt.date.fromisoformat(dob); o=dt.date.fromisoformat(on); return o.year-d.year-((o.month,o.day)<(d.month,d.day))
prov={"response":"Response","oxyouth":"Oxfordshire Youth","key2":"Key2 Futures","stonewater":"Stonewater","connection":"Connection Support","sanctuary":"Sanctuary Housing","a2dominion":"A2 Dominion"}
for r in recs:
    a=r["attachment"]
    if a: assert os.path.getsize(f"{D}/{a}")>1000, a
    if r["expect"]=="rejected": assert r["missing"] and not r["values"]; print("invalid",r["id"],r["missing"]); continue
    assert r["missing"] is None
    V=r["values"]
    if r["form"]=="referral":
        for k in "FULL_NAME DATE_OF_BIRTH VARIANT DATE_NEEDED CONSENT REFERRER_EMAIL PARENT".split(): assert k in V,(r["id"],k)
        assert r["from"].endswith("@council.test") and r["from"]==V["REFERRER_EMAIL"]
        dn=dt.date.fromisoformat(V["DATE_NEEDED"]); assert recv<=dn<=recv+dt.timedelta(days=45),r["id"]
        ag=age(V["DATE_OF_BIRTH"],V["DATE_NEEDED"]); assert 16<=ag<=24,(r["id"],ag)
        if V["VARIANT"]=="non-emergency": assert V["FGC_OFFERED"]=="yes" and "FGC_DATE" in V
    if r["form"]=="mash-referral":
        for k in "NAME DATE_OF_BIRTH STATUS".split(): assert k in V
        ag=age(V["DATE_OF_BIRTH"],"2026-12-04"); assert ag in (16,17),(r["id"],ag)
    if r["form"]=="risk-concern": assert V["REFERRAL_REFERENCE"] in r["body"] or r["attachment"]
    if r["form"]=="safeguarding-incident":
        for k in "NAME WHEN CATEGORY SEVERITY".split(): assert k in V
        assert dt.datetime.fromisoformat(V["WHEN"])<dt.datetime(2026,12,4,9,0)
        dom=r["from"].split("@")[1].split(".")[0]; assert V["PROVIDER"]==prov[dom],r["id"]
    if r["form"]=="safeguarding-incident" or r["form"]=="risk-concern":
        assert r["from"].endswith(".provider.test")
    if r["form"]=="intelligence-submission":
        assert "WORKER" in V and V["EMAIL"]==r["from"]
print("valid",sum(r["expect"]!="rejected" for r in recs))
print("OK")
