#!/usr/bin/env python3
"""Sanity checks for the safeguarding / intelligence / MASH fixtures (run by make-safeguarding-fixtures.sh).

Checks that each DOCX is LibreOffice's output (docProps/app.xml), starts with the title, is one
2-column table holding every label and value (empty cells where expected); that every .eml is CRLF
with Outlook-style headers, the expected From, and attachments that decode byte-identical to the
fixture files; that body-only mails are a single text/plain part holding the title line and every
"Label: value" line; and that screening-set.csv is well formed and balanced.
"""
import csv
import email
import email.policy
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import safeguarding_data as d  # noqa: E402

FIX = os.path.join(HERE, "..", "..", "resources", "fixtures")
DOCS, MAIL = os.path.join(FIX, "safeguarding"), os.path.join(FIX, "mail")
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def docx(path):
    z = zipfile.ZipFile(path)
    app = re.search(r"<Application>(.*?)</Application>", z.read("docProps/app.xml").decode())
    xml = z.read("word/document.xml").decode()
    paras = [unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
             for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)]
    rows = re.findall(r"<w:tr[ >].*?</w:tr>", xml, re.S)
    cells = [len(re.findall(r"<w:tc>|<w:tc ", r)) for r in rows]
    return (app.group(1) if app else None), paras, cells


DOCX = {
    "incident-high.docx": (d.TITLE_INCIDENT, d.INCIDENT_HIGH, d.INCIDENT_FIELDS),
    "incident-low-inhouse.docx": (d.TITLE_INCIDENT, d.INCIDENT_LOW, d.INCIDENT_FIELDS),
    "incident-missing-severity.docx": (d.TITLE_INCIDENT, d.INCIDENT_NO_SEVERITY, d.INCIDENT_FIELDS),
    "intel-ordinary.docx": (d.TITLE_INTEL, d.INTEL_ORDINARY, d.INTEL_FIELDS),
    "mash-referral.docx": (d.TITLE_MASH, d.MASH_REFERRAL, d.MASH_FIELDS),
}
for f, (title, data, fields) in DOCX.items():
    app, paras, cells = docx(os.path.join(DOCS, f))
    if not app or "LibreOffice" not in app:
        fail(f"{f}: docProps/app.xml Application is {app!r}")
    if paras[0] != title:
        fail(f"{f}: first paragraph {paras[0]!r} is not the title")
    if cells != [2] * len(fields):
        fail(f"{f}: table shape {cells}, expected {len(fields)} rows of 2 cells")
    for label in fields:
        if label not in paras:
            fail(f"{f}: no paragraph {label!r}")
            continue
        i = paras.index(label)
        lines = data[label].split("\n") if data[label] else [""]
        if paras[i + 1:i + 1 + len(lines)] != lines:
            fail(f"{f}: value of {label!r} is {paras[i + 1:i + 1 + len(lines)]!r}, expected {lines!r}")
    print(f"ok  {f}: Application={app}; title + {len(fields)} rows x 2 cells, all values as expected")

# ---- mail -------------------------------------------------------------------------------------
EXPECT = {  # file: (From address, attachments, body form (title, data, fields) or None)
    "safeguarding-high-docx.eml": ("returns@response.provider.test", ["incident-high.docx"], None),
    "safeguarding-low-inhouse-docx.eml": ("duty@occ-ypsa.council.test", ["incident-low-inhouse.docx"], None),
    "safeguarding-invalid-docx.eml": ("returns@response.provider.test", ["incident-missing-severity.docx"], None),
    "safeguarding-critical-body.eml": ("duty@occ-ypsa.council.test", [],
                                       (d.TITLE_INCIDENT, d.INCIDENT_CRITICAL, d.INCIDENT_FIELDS)),
    "intel-ordinary-docx.eml": ("returns@response.provider.test", ["intel-ordinary.docx"], None),
    "intel-adult-body.eml": ("returns@stonewater.provider.test", [], (d.TITLE_INTEL, d.INTEL_ADULT, d.INTEL_FIELDS)),
    "intel-emergency-body.eml": ("returns@stonewater.provider.test", [],
                                 (d.TITLE_INTEL, d.INTEL_EMERGENCY, d.INTEL_FIELDS)),
    "mash-referral-docx.eml": ("p.venn@housing.council.test", ["mash-referral.docx"], None),
    "mash-mediation-prevented-body.eml": ("p.venn@housing.council.test", [],
                                          (d.TITLE_MEDIATION, d.MEDIATION_PREVENTED, d.MEDIATION_FIELDS)),
}
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
for f, (sender, names, form) in EXPECT.items():
    raw = open(os.path.join(MAIL, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        fail(f"{f}: bare LF")
    if any(b > 127 for b in raw):
        fail(f"{f}: non-ASCII bytes")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Thread-Index", "Content-Language",
              "X-MS-Has-Attach"):
        if m[h] is None:
            fail(f"{f}: missing {h}")
    if m["From"].addresses[0].addr_spec != sender:
        fail(f"{f}: From is {m['From']}, expected {sender}")
    atts = list(m.iter_attachments()) if m.is_multipart() else []
    if [a.get_filename() for a in atts] != names:
        fail(f"{f}: attachments {[a.get_filename() for a in atts]} != {names}")
    for a in atts:
        if a.get_content_type() != CT or a["Content-Transfer-Encoding"] != "base64":
            fail(f"{f}: {a.get_filename()} is {a.get_content_type()} / {a['Content-Transfer-Encoding']}")
        if a.get_payload(decode=True) != open(os.path.join(DOCS, a.get_filename()), "rb").read():
            fail(f"{f}: attachment {a.get_filename()} differs from the fixture")
    if names:
        if m.get_content_type() != "multipart/mixed" or \
                [p.get_content_type() for p in m.get_payload()[0].get_payload()] != ["text/plain", "text/html"]:
            fail(f"{f}: not multipart/mixed(alternative(text/plain, text/html), attachments)")
    else:
        if m.get_content_type() != "text/plain" or m.is_multipart():
            fail(f"{f}: should be a single text/plain part, is {m.get_content_type()}")
        title, data, fields = form
        lines = m.get_content().splitlines()
        if title not in lines:
            fail(f"{f}: no title line {title!r}")
        for label in fields:
            if "%s: %s" % (label, data[label]) not in lines:
                fail(f"{f}: no line {label}: {data[label]}")
    print(f"ok  {f}: From={m['From']} Subject={m['Subject']!r} "
          + (", ".join(f"{a.get_filename()} ({len(a.get_payload(decode=True))} bytes, byte-identical)" for a in atts)
             or f"text/plain only, title + {len(form[2])} label lines"))

# ---- screening set --------------------------------------------------------------------------
p = os.path.join(DOCS, "screening-set.csv")
raw = open(p, "rb").read()
raw.decode("utf-8")
if raw.startswith(b"\xef\xbb\xbf"):
    fail("screening-set.csv: has a BOM")
rows = list(csv.DictReader(open(p, encoding="utf-8", newline="")))
labels = [r["expected"] for r in rows]
if raw.split(b"\n")[0] != b"id,expected,text" or len(rows) < 48 or set(labels) != {"urgent", "ordinary"} \
        or abs(labels.count("urgent") - labels.count("ordinary")) > 4 or len({r["id"] for r in rows}) != len(rows):
    fail("screening-set.csv: bad header / size / labels / ids")
for line in raw.decode().splitlines()[1:]:
    if not re.match(r'^S\d\d,(urgent|ordinary),".*"$', line):
        fail(f"screening-set.csv: text not quoted: {line[:60]}")
print(f"ok  screening-set.csv: {len(rows)} rows, {labels.count('urgent')} urgent / {labels.count('ordinary')} ordinary")

sys.exit(0 if ok else 1)
