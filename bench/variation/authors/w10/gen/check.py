import json, os, re, subprocess, collections, datetime as dt
OUT="/work/notes/w70/forms-w10"
rows=[json.loads(l) for l in open(f"{OUT}/forms.jsonl")]
ids=[r["id"] for r in rows]; assert len(ids)==len(set(ids))==40
cnt=collections.Counter(r["form"] for r in rows); print(cnt)
lay=collections.Counter((r["form"], (r["attachment"] or "body").split(".")[-1]) for r in rows)
print(sorted(lay.items()))
print(collections.Counter((r["attachment"] or "body").split(".")[-1] for r in rows))
print(collections.Counter(r["expect"] for r in rows))
var=collections.Counter(r["values"].get("VARIANT") for r in rows if r["form"]=="referral"); print(var)
REQ={"referral":["FULL_NAME","DATE_OF_BIRTH","VARIANT","DATE_NEEDED","CONSENT","REFERRER_EMAIL","PARENT"],
 "mash-referral":["NAME","DATE_OF_BIRTH","STATUS","MEDIATION","KNOWN"],"risk-concern":["REFERRAL_REFERENCE"],
 "safeguarding-incident":["NAME","WHEN","CATEGORY","SEVERITY"],"intelligence-submission":["WORKER","EMAIL"]}
PROV={"Response":"response","Oxfordshire Youth":"oxyouth","Key2 Futures":"key2","Stonewater":"stonewater","Connection Support":"connection","Sanctuary Housing":"sanctuary","A2 Dominion":"a2dominion"}
def age(dob,on):
    d=dt.date.fromisoformat(dob); o=dt.date.fromisoformat(on)
    return o.year-d.year-((o.month,o.day)<(d.month,d.day))
def text(r):
    t=r["body"]
    a=r["attachment"]
    if a:
        p=f"{OUT}/{a}"; assert os.path.getsize(p)>1000, p
        if a.endswith(".pdf"): t+="\n"+subprocess.run(["pdftotext",p,"-"],capture_output=True,text=True).stdout
        else:
            x=subprocess.run(["unzip","-p",p,"word/document.xml"],capture_output=True,text=True).stdout
            x=re.sub(r"</w:p>|<w:br/>|</w:tc>","\n",x); x=re.sub(r"<[^>]+>","",x)
            t+="\n"+x.replace("&apos;","'").replace("&amp;","&").replace("&quot;",'"')
    return t
for r in rows:
    v=r["values"]; f=r["form"]
    if r["expect"]=="rejected": assert r["missing"] and r["missing"] not in v, r["id"]
    else:
        assert r["missing"] is None
        for k in REQ[f]: assert k in v and v[k]!="", (r["id"],k)
    t=text(r)
    for k in ("FULL_NAME","NAME","WORKER","REFERRER_EMAIL","EMAIL","REFERRAL_REFERENCE","PROPERTY","LCS_NUMBER"):
        if k in v and v[k] not in t: print("NOT IN TEXT", r["id"], k, v[k])
    fr=r["from"]
    if f=="referral":
        assert re.fullmatch(r"[a-z]+\.[a-z]+@council\.test", fr), fr
        if "DATE_NEEDED" in v: 
            assert "2026-12-04"<=v["DATE_NEEDED"]<="2027-01-31"; a=age(v["DATE_OF_BIRTH"],v["DATE_NEEDED"]); assert 16<=a<=24,(r["id"],a)
        if v["VARIANT"]=="non-emergency": assert v["FGC_OFFERED"]=="yes" and v.get("FGC_DATE")
    if f=="mash-referral":
        assert fr.endswith(".test")
        if "DATE_OF_BIRTH" in v: a=age(v["DATE_OF_BIRTH"],"2026-12-04"); assert a in (16,17),(r["id"],a)
    if f in ("risk-concern","safeguarding-incident"):
        dom=PROV[v["PROVIDER"]]; assert fr.endswith(f"@{dom}.provider.test"),(r["id"],fr)
    if f=="safeguarding-incident":
        assert v["WHEN"]<"2026-12-04T09:00"; assert v["PROPERTY"].split("-")[0] in {"RSP","OXY","K2F","STW","CON","SAN","A2D"}
    if f=="intelligence-submission":
        assert fr.endswith(".test")
        if "WHEN" in v: assert v["WHEN"]<"2026-12-04T09:00"
for r in rows:
    if r["expect"]!="routed": print(r["id"], r["expect"], r["missing"], r["attachment"] or "body")
print("OK")
