import json, os, subprocess, sys
from render import *
import refs, mash_risk, inc, intel
D="/work/notes/w70/forms-w12"
FORMS=refs.F+mash_risk.F+inc.F+intel.F
LOGOS={
 "council.test":("&#9632; LONDON BOROUGH OF HARTSMERE &nbsp;|&nbsp; Children's Services","London Borough of Hartsmere, Civic Centre, Hartsmere HS1 1AA. OFFICIAL-SENSITIVE when complete. Form CS/SA/04 v4.2 (Sept 2026)"),
 "housing.council.test":("&#8962; LONDON BOROUGH OF HARTSMERE &nbsp;|&nbsp; Housing Needs &amp; Homelessness Prevention","OFFICIAL-SENSITIVE. Housing Needs, Civic Centre, Hartsmere HS1 1AA. Tel 020 7946 0300"),
 "safeharbour.test":("&#10047; Safe Harbour &nbsp;<i>young women's refuge</i>","Safe Harbour is a registered charity (no. 1190000). Address withheld for safety. CONFIDENTIAL"),
 "probation.test":("HM Prison &amp; Probation Service &nbsp;|&nbsp; Hartsmere Probation Delivery Unit","OFFICIAL-SENSITIVE. Youth to Adult (Y2A) Transition Team"),
 "hollybanksurgery.test":("&#10010; Hollybank Surgery &nbsp;|&nbsp; Dr A Menon, Dr P Ward &amp; Partners","Hollybank Surgery, 40 Hollybank Road, Hartsmere HS3 4GP. CONFIDENTIAL - patient information"),
 "response.provider.test":("RESPONSE &nbsp;<small>supporting people, changing lives</small>","Response Organisation - Young People's Services - incident form v3"),
 "oxyouth.provider.test":("Oxfordshire Youth &nbsp;|&nbsp; Supported Housing","Oxfordshire Youth - safeguarding incident form OY-SG-02"),
 "key2.provider.test":("Key2 Futures &#9654;","Key2 Futures - KF/SG/01 - Confidential"),
 "stonewater.provider.test":("stonewater &nbsp;<small>Young Persons' Services</small>","Stonewater - CONFIDENTIAL - do not forward outside the partnership"),
 "a2dominion.provider.test":("A2 Dominion &nbsp;|&nbsp; Young People's Services","A2 Dominion Housing Group - YP form ref A2D/YPS/09"),
}
def org(frm):
    dom=frm.split("@")[1]
    return LOGOS.get(dom, ("",""))

def render_body(f):
    L=f["layout"].split(":")[1]; it=f["items"]
    if L=="colon": s=body_colon(it)
    elif L=="ms": s=body_under(it, numbered=f["id"] in ("w12-ref-03","w12-mash-01"), hints=True)
    elif L=="upper":
        if f["id"]=="w12-inc-07": s=body_colon(it, upper=True, sep="\t")
        else: s=body_under(it, upper=True, hints=False, blank_between=False)
    elif L=="note":
        lines=[]
        for x in norm(it):
            if x[0]=="S": continue
            lines.append(x[1] if x[2]=="" else f"{x[1]}: {x[2]}")
        s="\n".join(lines)
    elif L=="reply": s=body_colon(it)
    return f["pre"]+s+f.get("post","")

def render_html(f):
    kind,L=f["layout"].split(":"); it=f["items"]
    if L=="twocol": t=h_twocol(it, labw=24 if f["form"]=="referral" else 30)
    elif L=="boxes": t=h_boxes(it,2)
    elif L=="boxes3": t=h_boxes(it,3)
    elif L=="yn": t=h_ynsheet(it, mark="✓" if f["id"].endswith(("04","14")) else "✔")
    elif L=="num": t=h_numbered(it)
    logo,foot=org(f["frm"])
    return page(logo,f["title"],f.get("intro",""),t,foot)

out=[]
only=sys.argv[1:] 
for f in FORMS:
    rec=dict(id=f["id"],form=f["form"],expect=f["expect"],missing=f["missing"],**{"from":f["frm"]},subject=f["subject"])
    if f["layout"].startswith("body"):
        rec["body"]=render_body(f); rec["attachment"]=None
    else:
        kind=f["layout"].split(":")[0]
        rec["body"]=f["pre"]+f.get("post","")
        name=f["att"]; stem=os.path.splitext(name)[0]
        hp=f"{D}/html/{stem}.html"
        open(hp,"w",encoding="utf-8").write(render_html(f))
        rec["attachment"]=f"docs/{name}"
        if (not only or f["id"] in only) and "--noconv" not in only:
            fmt="docx" if kind=="docx" else "pdf:writer_pdf_Export"
            r=subprocess.run(["soffice","-env:UserInstallation=file:///tmp/lo-w12","--headless","--infilter=HTML (StarWriter)","--convert-to",fmt,"--outdir",f"{D}/docs",hp],capture_output=True,text=True,timeout=180)
            print(f["id"], r.returncode, r.stdout.strip()[-120:], r.stderr.strip()[-200:], flush=True)
    rec["values"]=f["values"] if f["expect"]!="rejected" else {k:v for k,v in f.get("values",{}).items()}
    out.append(rec)
with open(f"{D}/forms.jsonl","w",encoding="utf-8") as fh:
    for r in out: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(out))
