#!/usr/bin/env python3
"""Makes a corpus part from whole forms written by an independent author (stop 64): someone who read only SPEC.md,
the seeds and the field list, never the hub's code or wordings, wrote each form (a typed body, or HTML laid out as
their organisation's template and converted by LibreOffice to Word or PDF) and its answer key.

    python3 bench/variation/authored.py bench/variation/authors/w1 tuned27   # and authors/w2 heldout24

AUTHOR_DIR holds forms.jsonl (one form a line: id, form, expect, missing, from, subject, body, attachment, values),
the author's HTML and scripts, and the documents it names when just made (the committed part keeps the documents
under its docs/, where they are read from when the author's folder has none). PART is written under src/test/resources/variation/ as mail/*.eml, docs/ and
manifest.tsv, scored like every other part (docs/variation-corpus.md). Every mail is received on Friday
4 December 2026 at 09:00, as the author was told.
"""
import email.policy
import hashlib
import json
import shutil
import sys
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RECEIVED = datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)
TYPES = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "pdf": ("application", "pdf")}
# the words a rejection names a missing field by, as the other parts' manifests give them
MISSING = {"FULL_NAME": "name", "NAME": "name", "YOUNG_PERSON": "name", "DATE_OF_BIRTH": "birth",
           "DATE_NEEDED": "needed|accommodation", "CONSENT": "consent", "REASON": "reason|why", "WHY": "reason|why",
           "REFERRER_NAME": "referrer", "REFERRER_EMAIL": "email", "REFERRER_PHONE": "phone",
           "SAFETY_CONCERN": "safety|immediate", "FGC_OFFERED": "family", "LEGAL_STATUS": "legal",
           "REFERRAL_REFERENCE": "reference", "RISK": "risk", "RESOURCES": "resources|support|enable|manage",
           "DESCRIPTION": "description|happened|details", "ACTIONS": "action", "CATEGORY": "category",
           "SEVERITY": "severity", "WHEN": "date|time|when", "INCIDENT_DATE": "date|when", "PROPERTY": "property",
           "INFORMATION": "information|intelligence", "WORKER": "worker|name", "ADDRESS": "address",
           "STATUS": "homeless|threatened", "MEDIATION": "mediation", "AGENCY": "agency", "PROVIDER": "provider"}
# who may send an intelligence submission (seed 002: the partnership's providers and the council; config/directory.yml)
PARTNERS = ("council.test", "response.provider.test", "oxyouth.provider.test", "key2.provider.test",
            "stonewater.provider.test", "connection.provider.test", "sanctuary.provider.test",
            "a2dominion.provider.test")
KEYS = {"referral": {"FULL_NAME": "name", "DATE_OF_BIRTH": "dob", "DATE_NEEDED": "needed"},
        "mash-referral": {"NAME": "name", "DATE_OF_BIRTH": "dob", "STATUS": "status"},
        "risk-concern": {"REFERRAL_REFERENCE": "ref"},
        "safeguarding-incident": {"NAME": "name", "CATEGORY": "category", "SEVERITY": "severity"},
        "intelligence-submission": {"WORKER": "worker"}}


def from_outside(f):
    """An intelligence submission from outside the partnership (an author's police or hospital address): rejected."""
    domain = f["from"].rsplit("@", 1)[-1].strip("> ").lower()
    return (f["form"] == "intelligence-submission" and f["expect"] == "routed"
            and not any(domain == p or domain.endswith("." + p) for p in PARTNERS))


def expect(f):
    if from_outside(f):
        return "problem=sender"
    if f["expect"] == "rejected":
        return "problem=" + MISSING.get(f["missing"], f["missing"].lower().replace("_", " "))
    if f["expect"] == "urgent":
        return "-"
    values = f.get("values") or {}
    pairs = [(key, str(values[field]).strip()) for field, key in KEYS[f["form"]].items() if values.get(field)]
    when = str(values.get("WHEN") or "")
    if f["form"] == "safeguarding-incident" and "T" in when:
        pairs += [("date", when.split("T")[0]), ("time", when.split("T")[1][:5])]
    elif f["form"] == "safeguarding-incident" and values.get("INCIDENT_DATE"):
        pairs.append(("date", str(values["INCIDENT_DATE"])))
    return ";".join(f"{k}={v}" for k, v in pairs) or "-"


def variant(f):
    if f["form"] == "referral":
        return str((f.get("values") or {}).get("VARIANT", "-")).lower().replace(" ", "-")
    return "referral" if f["form"] == "mash-referral" else "-"


def mail(f, src, out):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f["from"]
    msg["To"] = "YPSA Intake <intake@ypsa.test>"
    msg["Subject"] = f["subject"]
    msg["Date"] = format_datetime(RECEIVED)
    msg["Message-ID"] = f"<{hashlib.sha256(f['id'].encode()).hexdigest()[:24].upper()}@authors.test>"
    msg.set_content(f["body"])
    if f.get("attachment"):
        name = Path(f["attachment"]).name
        made = src / f["attachment"]
        data = (made if made.exists() else out / "docs" / name).read_bytes()
        (out / "docs" / name).write_bytes(data)
        maintype, subtype = TYPES[name.rsplit(".", 1)[1].lower()]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        msg.set_boundary("==" + hashlib.sha256(("boundary " + f["id"]).encode()).hexdigest()[:30] + "==")
    (out / "mail" / (f["id"] + ".eml")).write_bytes(bytes(msg))


def main(author, part):
    src = Path(author)
    out = Path(__file__).resolve().parents[2] / "src/test/resources/variation" / part
    shutil.rmtree(out / "mail", ignore_errors=True)
    (out / "mail").mkdir(parents=True)
    (out / "docs").mkdir(exist_ok=True)
    rows = ["file\tform\tvariant\tlayout\toutcome\turgent\tinvalid\tattachment\texpect"]
    for line in (src / "forms.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        f = json.loads(line)
        mail(f, src, out)
        attachment = f.get("attachment")
        layout = "author-" + (attachment.rsplit(".", 1)[1].lower() if attachment else "body")
        outcome = "rejected" if f["expect"] == "rejected" or from_outside(f) else "routed"
        urgent = ("yes" if f["expect"] == "urgent" else "no") if f["form"] == "intelligence-submission" else "-"
        rows.append("\t".join([f"mail/{f['id']}.eml", f["form"], variant(f), layout, outcome, urgent,
                               "sender" if from_outside(f) else "missing" if outcome == "rejected" else "-",
                               f"docs/{Path(attachment).name}" if attachment else "-", expect(f)]))
    (out / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{part}: {len(rows) - 1} mails from {src}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
