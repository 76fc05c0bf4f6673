import json, os, collections
D = os.path.dirname(os.path.abspath(__file__))
ids, rows = set(), []
for i, line in enumerate(open(os.path.join(D, "forms.jsonl"), encoding="utf-8"), 1):
    o = json.loads(line); rows.append(o)
    assert o["id"] not in ids, o["id"]; ids.add(o["id"])
    for k in ("id","form","expect","missing","from","subject","body","attachment","values"):
        assert k in o, (o["id"], k)
    if o["attachment"]:
        p = os.path.join(D, o["attachment"]); assert os.path.exists(p) and os.path.getsize(p) > 0, p
    assert (o["expect"] == "rejected") == (o["missing"] is not None), o["id"]
form = collections.Counter(o["form"] for o in rows)
lay = collections.Counter("body" if not o["attachment"] else o["attachment"].rsplit(".",1)[1] for o in rows)
exp = collections.Counter(o["expect"] for o in rows)
var = collections.Counter(o["values"].get("VARIANT") for o in rows if o["form"]=="referral")
print(len(rows), dict(form), dict(lay), dict(exp), dict(var))
assert len(rows)==40 and form=={"referral":14,"mash-referral":5,"risk-concern":5,"safeguarding-incident":8,"intelligence-submission":8}
assert exp=={"routed":33,"rejected":6,"urgent":1} and var=={"emergency":7,"non-emergency":7}
for o in rows:
    if o["expect"]=="rejected": print("invalid:", o["id"], o["missing"])
# sanity: ages, dates
from datetime import date
for o in rows:
    v=o["values"]
    if o["form"]=="referral" and "DATE_NEEDED" in v:
        dob=date.fromisoformat(v["DATE_OF_BIRTH"]); dn=date.fromisoformat(v["DATE_NEEDED"])
        age=dn.year-dob.year-((dn.month,dn.day)<(dob.month,dob.day)); assert 16<=age<=24 and dn>=date(2026,12,4), o["id"]
    if o["form"]=="mash-referral":
        dob=date.fromisoformat(v["DATE_OF_BIRTH"]); dn=date(2026,12,4)
        age=dn.year-dob.year-((dn.month,dn.day)<(dob.month,dob.day)); assert age in (16,17), o["id"]
    if o["form"]=="safeguarding-incident":
        assert v["WHEN"] < "2026-12-04T09:00", o["id"]
print("all checks passed")
