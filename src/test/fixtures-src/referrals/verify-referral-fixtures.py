#!/usr/bin/env python3
"""Sanity checks for the referral / risk-concern fixtures (run by make-referral-fixtures.sh).

Checks that each DOCX is LibreOffice's output and holds the title and every label/value, that the
form PDF has an AcroForm whose fields hold the expected values (qpdf --json), that the text PDFs
carry the values (pdftotext) and no form, and that every .eml is CRLF with Outlook-style headers
and attachments that decode byte-identical to the fixture files.
"""
import email
import email.policy
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_data as d  # noqa: E402

FIX = os.path.join(HERE, "..", "..", "resources", "fixtures")
DOCS, MAIL = os.path.join(FIX, "referrals"), os.path.join(FIX, "mail")
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    z = zipfile.ZipFile(path)
    app = re.search(r"<Application>(.*?)</Application>", z.read("docProps/app.xml").decode())
    xml = z.read("word/document.xml").decode()
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        paras.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    unescape = lambda s: s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
    rows = xml.count("<w:tr>") + xml.count("<w:tr ")
    return (app.group(1) if app else None), [unescape(p) for p in paras], rows


DOCX = {
    "referral-nonemergency-table.docx": (d.TITLE_NON_EMERGENCY, d.TAMSIN, d.NON_EMERGENCY_FIELDS),
    "referral-emergency-table-4col.docx": (d.TITLE_EMERGENCY, d.CORWIN, d.EMERGENCY_FIELDS),
    "referral-nonemergency-no-fgc.docx": (d.TITLE_NON_EMERGENCY, d.BARNABY, d.NON_EMERGENCY_FIELDS),
    "risk-concern.docx": (d.TITLE_RISK_CONCERN, d.RISK_CONCERN, list(d.RISK_CONCERN)),
    "risk-concern-missing-part.docx": (d.TITLE_RISK_CONCERN, d.RISK_CONCERN_MISSING, list(d.RISK_CONCERN)),
}
for f, (title, data, fields) in DOCX.items():
    app, paras, rows = docx_text(os.path.join(DOCS, f))
    if not app or "LibreOffice" not in app:
        fail(f"{f}: docProps/app.xml Application is {app!r}")
    if paras[0] != title:
        fail(f"{f}: first paragraph {paras[0]!r} is not the title")
    for label in fields:
        if label not in paras:
            fail(f"{f}: no paragraph {label!r}")
        value = data[label]
        if value and value not in paras:
            fail(f"{f}: no paragraph {value!r}")
        if not value:  # an empty value cell: the label's cell is followed by an empty paragraph
            i = paras.index(label)
            if paras[i + 1] != "":
                fail(f"{f}: value after {label!r} should be empty, is {paras[i + 1]!r}")
    print(f"ok  {f}: Application={app}; title + {len(fields)} labels/values, {rows} table rows")

# ---- PDFs -------------------------------------------------------------------------------------
def pdf_text(path):
    return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, check=True).stdout.decode()


def acroform(path):
    out = subprocess.run(["qpdf", "--json=2", "--json-key=acroform", path], capture_output=True, check=True).stdout
    return json.loads(out)["acroform"]


f = "referral-nonemergency-form.pdf"
p = os.path.join(DOCS, f)
raw = open(p, "rb").read()
if b"/AcroForm" not in raw or not raw.startswith(b"%PDF-"):
    fail(f"{f}: no /AcroForm")
af = acroform(p)
fields = {x["fullname"]: x for x in af["fields"]}
if not af["hasacroform"] or len(fields) != len(d.NON_EMERGENCY_FIELDS):
    fail(f"{f}: expected {len(d.NON_EMERGENCY_FIELDS)} fields, got {len(fields)}")
for label in d.NON_EMERGENCY_FIELDS:
    name, value = label.replace("'", ""), d.ORLA[label]
    x = fields.get(name)
    if x is None:
        fail(f"{f}: no field {name!r}")
        continue
    if x.get("alternativename") != label:
        fail(f"{f}: field {name!r} tooltip /TU is {x.get('alternativename')!r}")
    if label in d.YES_NO_FIELDS:
        want = "/Yes" if value == "Yes" else "/Off"
        if x["fieldtype"] != "/Btn" or x["value"] != want:
            fail(f"{f}: check box {name!r} is {x['fieldtype']} {x['value']!r}, expected {want}")
    elif x["fieldtype"] != "/Tx" or x["value"] != "u:" + value:
        fail(f"{f}: text field {name!r} is {x['fieldtype']} {x['value']!r}, expected {value!r}")
print(f"ok  {f}: AcroForm with {len(fields)} fields (/Tx text, /Btn check boxes), values and /TU labels as expected")

for f, must in (("referral-emergency-table.pdf", [d.TITLE_EMERGENCY] + [d.CORWIN[k] for k in d.EMERGENCY_FIELDS]),
                ("risk-assessment.pdf", [d.TITLE_RISK_ASSESSMENT, d.REFERENCE, "Corwin Ashdale-Pryce"])):
    p = os.path.join(DOCS, f)
    if b"/AcroForm" in open(p, "rb").read():
        fail(f"{f}: unexpected /AcroForm")
    # pdftotext joins a word broken at a hyphen across lines ("Pemberton-" + "Quaile" -> "PembertonQuaile"),
    # so compare with all white space and hyphens removed.
    flat = re.sub(r"[\s\-]", "", pdf_text(p))
    for v in must:
        if v and re.sub(r"[\s\-]", "", v) not in flat:
            fail(f"{f}: text {v!r} not found")
    pages = subprocess.run(["pdfinfo", p], capture_output=True, check=True).stdout.decode()
    n = re.search(r"Pages:\s+(\d+)", pages).group(1)
    print(f"ok  {f}: plain PDF, {n} page(s), title and values present in the text")

# ---- mail -------------------------------------------------------------------------------------
EXPECT = {
    "referral-nonemergency-docx.eml": ["referral-nonemergency-table.docx"],
    "referral-emergency-docx.eml": ["referral-emergency-table-4col.docx"],
    "referral-invalid-docx.eml": ["referral-nonemergency-no-fgc.docx"],
    "referral-pdf-form.eml": ["referral-nonemergency-form.pdf"],
    "referral-emergency-pdf-text.eml": ["referral-emergency-table.pdf"],
    "referral-body.eml": [],
    "referral-from-outside-domain.eml": [],
    "risk-concern-docx.eml": ["risk-concern.docx", "risk-assessment.pdf"],
    "risk-concern-missing-part.eml": ["risk-concern-missing-part.docx"],
}
CT = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".pdf": "application/pdf"}
for f, names in EXPECT.items():
    raw = open(os.path.join(MAIL, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        fail(f"{f}: bare LF")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Language", "X-MS-Has-Attach"):
        if m[h] is None:
            fail(f"{f}: missing {h}")
    atts = list(m.iter_attachments()) if m.is_multipart() else []
    if [a.get_filename() for a in atts] != names:
        fail(f"{f}: attachments {[a.get_filename() for a in atts]} != {names}")
    for a in atts:
        fn = a.get_filename()
        if a.get_content_type() != CT[os.path.splitext(fn)[1]]:
            fail(f"{f}: {fn} has content type {a.get_content_type()}")
        if a.get_payload(decode=True) != open(os.path.join(DOCS, fn), "rb").read():
            fail(f"{f}: attachment {fn} differs from the fixture")
    body = m.get_body(preferencelist=("plain",))
    if body is None:
        fail(f"{f}: no text/plain body")
    if not names:
        if m.get_content_type() != "text/plain":
            fail(f"{f}: should be text/plain only, is {m.get_content_type()}")
        lines = body.get_content().splitlines()
        if lines[0] != "Please find referral below." or \
                lines[2] != "Supported Accommodation Assessment and Referral Form - NON-EMERGENCY":
            fail(f"{f}: greeting/title lines are {lines[:3]}")
        for label in d.NON_EMERGENCY_FIELDS:
            if "%s: %s" % (label, d.FFION[label]) not in lines:
                fail(f"{f}: no line {label}: {d.FFION[label]}")
    print(f"ok  {f}: From={m['From']} Subject={m['Subject']!r} "
          + (", ".join(f"{a.get_filename()} ({a.get_content_type()}, {len(a.get_payload(decode=True))} bytes, byte-identical)"
                       for a in atts) or f"text/plain only, {len(d.NON_EMERGENCY_FIELDS)} label lines"))

sys.exit(0 if ok else 1)
