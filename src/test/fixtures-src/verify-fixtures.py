#!/usr/bin/env python3
"""Sanity checks for the generated fixtures (run by make-fixtures.sh after generation)."""
import datetime, email, email.policy, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "resources", "fixtures")
VOIDS, MAIL = os.path.join(FIX, "voids"), os.path.join(FIX, "mail")
ok = True

def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

for f in sorted(os.listdir(VOIDS)):
    p = os.path.join(VOIDS, f)
    if f.endswith(".xlsx"):
        z = zipfile.ZipFile(p)
        sheets = [n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        app = re.search(r"<Application>(.*?)</Application>", z.read("docProps/app.xml").decode())
        if not sheets: fail(f"{f}: no xl/worksheets")
        if not app or "LibreOffice" not in app.group(1): fail(f"{f}: Application is not LibreOffice")
        s1 = z.read("xl/worksheets/sheet1.xml").decode()
        serial = (datetime.date(2026, 11, 23) - datetime.date(1899, 12, 30)).days
        if f"<v>{serial}</v>" not in s1: fail(f"{f}: no date cell 23/11/2026 (serial {serial})")
        print(f"ok  {f}: {sheets} Application={app.group(1)}")
    elif f.endswith(".csv"):
        b = open(p, "rb").read()
        if not b.startswith(b"\xef\xbb\xbf"): fail(f"{f}: no BOM")
        if b.replace(b"\r\n", b"").count(b"\n") or b.count(b"\r") != b.count(b"\r\n"): fail(f"{f}: not CRLF")
        n = b.count(b"\r\n")
        print(f"ok  {f}: BOM+CRLF, {n} lines")

for f in sorted(os.listdir(MAIL)):
    if f.startswith(('referral-', 'risk-')):
        continue  # checked by referrals/verify-referral-fixtures.py
    raw = open(os.path.join(MAIL, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw): fail(f"{f}: bare LF")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Language", "X-MS-Has-Attach"):
        if m[h] is None: fail(f"{f}: missing {h}")
    atts = list(m.iter_attachments()) if m.is_multipart() else []
    body = m.get_body(preferencelist=("plain",))
    if body is None: fail(f"{f}: no text/plain body")
    for a in atts:
        fn = a.get_filename()
        data = a.get_payload(decode=True)
        orig = open(os.path.join(VOIDS, fn), "rb").read()
        if data != orig: fail(f"{f}: attachment {fn} differs from fixture")
        print(f"ok  {f}: From={m['From']} Subject={m['Subject']!r} attachment {fn} ({a.get_content_type()}, {len(data)} bytes, byte-identical)")
    if not atts:
        print(f"ok  {f}: From={m['From']} Subject={m['Subject']!r} no attachment, X-MS-Has-Attach={m['X-MS-Has-Attach']!r}")

sys.exit(0 if ok else 1)
