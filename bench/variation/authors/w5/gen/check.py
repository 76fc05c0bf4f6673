import json, os, collections, re
OUT="/work/notes/w67/forms-w5"
rows=[json.loads(l) for l in open(OUT+"/forms.jsonl", encoding="utf-8")]
ids=[r["id"] for r in rows]; assert len(ids)==len(set(ids))==40, "ids"
keys={"id","form","expect","missing","from","subject","body","attachment","values"}
cnt=collections.Counter(); lay=collections.Counter(); exp=collections.Counter(); var=collections.Counter()
for r in rows:
    assert set(r)==keys, r["id"]
    cnt[r["form"]]+=1
    l = "body" if not r["attachment"] else r["attachment"].rsplit(".",1)[1]
    lay[(r["form"], l)]+=1; lay[l]+=1
    exp[r["expect"]]+=1
    if r["attachment"]:
        p=OUT+"/"+r["attachment"]; assert os.path.getsize(p)>1000, p
    assert (r["expect"]=="rejected") == bool(r["missing"]), r["id"]
    v=r["values"]
    if r["form"]=="referral":
        var[v["VARIANT"]]+=1
        assert r["from"].endswith("@council.test") and re.match(r"^[a-z]+\.[a-z]+@", r["from"]), r["id"]
        need=["FULL_NAME","DATE_OF_BIRTH","VARIANT","DATE_NEEDED","CONSENT","REFERRER_EMAIL","PARENT"]
    elif r["form"]=="mash-referral": need=["NAME","DATE_OF_BIRTH","STATUS","MEDIATION","KNOWN"]
    elif r["form"]=="risk-concern": need=["REFERRAL_REFERENCE"]
    elif r["form"]=="safeguarding-incident": need=["NAME","WHEN","CATEGORY","SEVERITY"]
    else: need=["WORKER","EMAIL"]
    miss=[k for k in need if k not in v]
    assert miss==([r["missing"]] if r["missing"] in need else []), (r["id"], miss)
    assert not r["missing"] or r["missing"] not in v, r["id"]
print(dict(cnt)); print(dict(exp)); print(dict(var))
print({k:v for k,v in lay.items() if isinstance(k,str)})
for f in cnt: print(f, {l: lay[(f,l)] for l in ("body","docx","pdf")})
print([ (r["id"], r["missing"]) for r in rows if r["missing"]])
