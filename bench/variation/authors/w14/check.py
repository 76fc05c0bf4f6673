import json, os, re, sys, datetime as dt
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
REQ = {}
cur = None
for line in open("/work/notes/w64/fields.txt"):
    m = re.match(r"^(referral|mash-referral|risk-concern|safeguarding-incident|intelligence-submission) ", line)
    if m: cur = m.group(1); REQ[cur] = {}; continue
    m = re.match(r"^  ([A-Z_]+)(\*?)\s", line)
    if m and cur: REQ[cur][m.group(1)] = bool(m.group(2))
RECV = dt.datetime(2026, 12, 4, 9, 0)
def age(dob, on):
    b = dt.date.fromisoformat(dob); return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
PROPS = {"response": ["RSP-CHE-01","RSP-OXC-01","RSP-OXC-02","RSP-SOX-01"], "oxyouth": ["OXY-WOX-01","OXY-VWH-01"],
         "key2": ["K2F-CHE-01","K2F-OXC-01"], "stonewater": ["STW-WOX-01","STW-VWH-01","STW-VWH-02"],
         "connection": ["CON-SOX-01","CON-OOC-01"], "sanctuary": ["SAN-CHE-01"], "a2dominion": ["A2D-WOX-01","A2D-OXC-01","A2D-SOX-01"]}
errs = []; ids = set(); forms = Counter(); layout = Counter(); expect = Counter(); var = Counter()
rows = [json.loads(l) for l in open(os.path.join(D, "forms.jsonl"), encoding="utf-8")]
for o in rows:
    i = o["id"]
    if i in ids: errs.append(f"dup id {i}")
    ids.add(i)
    f = o["form"]; forms[f] += 1; expect[o["expect"]] += 1
    a = o["attachment"]
    layout[(f, "body" if a is None else a.rsplit(".", 1)[1])] += 1
    if a:
        p = os.path.join(D, a)
        if not os.path.exists(p) or os.path.getsize(p) == 0: errs.append(f"{i}: attachment missing/empty {a}")
    v = o["values"]; frm = o["from"]
    if o["expect"] == "rejected":
        if o["missing"] not in REQ[f] or not REQ[f][o["missing"]]: errs.append(f"{i}: missing {o['missing']} not a required field")
        if o["missing"] in v: errs.append(f"{i}: missing field has a value")
    else:
        if o["missing"] is not None: errs.append(f"{i}: missing set on valid form")
    need = {"referral": ["FULL_NAME","DATE_OF_BIRTH","VARIANT","DATE_NEEDED","CONSENT","REFERRER_EMAIL","PARENT"],
            "mash-referral": ["NAME","DATE_OF_BIRTH","STATUS","MEDIATION","KNOWN"], "risk-concern": ["REFERRAL_REFERENCE"],
            "safeguarding-incident": ["NAME","WHEN","CATEGORY","SEVERITY"], "intelligence-submission": ["WORKER","EMAIL"]}[f]
    for k in need:
        if k not in v and k != o["missing"]: errs.append(f"{i}: values lacks {k}")
    for k in v:
        if k not in REQ[f] and k != "INCIDENT_DATE": errs.append(f"{i}: unknown field {k}")
    if f == "referral":
        if not re.fullmatch(r"[a-z]+\.[a-z]+@council\.test", frm): errs.append(f"{i}: sender {frm}")
        var[v["VARIANT"]] += 1
        dn = dt.date.fromisoformat(v["DATE_NEEDED"])
        if not (RECV.date() <= dn <= RECV.date() + dt.timedelta(days=42)): errs.append(f"{i}: date needed {dn}")
        if "DATE_OF_BIRTH" in v and not 16 <= age(v["DATE_OF_BIRTH"], dn) <= 24: errs.append(f"{i}: age")
        if v["VARIANT"] == "non-emergency" and (v.get("FGC_OFFERED") != "yes" or "FGC_DATE" not in v): errs.append(f"{i}: FGC")
        if v["CONSENT"] not in ("yes", "no"): errs.append(f"{i}: consent")
    if f == "mash-referral":
        if not re.search(r"@(council\.test|housing\.council\.test|[a-z0-9.-]+\.(charity|school)\.test)$", frm): errs.append(f"{i}: sender {frm}")
        if not 16 <= age(v["DATE_OF_BIRTH"], RECV.date()) <= 17: errs.append(f"{i}: mash age")
        if "STATUS" in v and v["STATUS"] not in ("homeless", "threatened"): errs.append(f"{i}: status")
    if f in ("risk-concern", "safeguarding-incident"):
        dom = frm.split("@")[1].split(".")[0]
        if dom not in PROPS or not frm.endswith(".provider.test"): errs.append(f"{i}: provider domain {frm}")
        if f == "safeguarding-incident":
            if v["PROPERTY"] not in PROPS.get(dom, []): errs.append(f"{i}: property {v['PROPERTY']}")
            w = dt.datetime.fromisoformat(v["WHEN"])
            if w >= RECV: errs.append(f"{i}: incident after receipt")
            if v["CATEGORY"] not in ["missing","exploitation","self-harm","violence","allegation against staff","police involvement","hospital admission","other"]: errs.append(f"{i}: category")
            if "SEVERITY" in v and v["SEVERITY"] not in ["low","medium","high","critical"]: errs.append(f"{i}: severity")
    if f == "intelligence-submission" and not frm.endswith(".test"): errs.append(f"{i}: sender")
print("forms:", dict(forms)); print("expect:", dict(expect)); print("variants:", dict(var))
print("layout:", {f"{a}/{b}": n for (a, b), n in sorted(layout.items())})
tot = Counter(b for (a, b) in layout.elements()); print("layout totals:", dict(tot))
want = {"referral": 14, "mash-referral": 5, "risk-concern": 5, "safeguarding-incident": 8, "intelligence-submission": 8}
if dict(forms) != want: errs.append(f"counts {dict(forms)}")
if expect != Counter(routed=33, urgent=1, rejected=6): errs.append(f"expect {dict(expect)}")
if var != Counter({"emergency": 7, "non-emergency": 7}): errs.append(f"variants {dict(var)}")
print("ERRORS:" if errs else "ALL CHECKS PASSED", *errs, sep="\n")
sys.exit(1 if errs else 0)
