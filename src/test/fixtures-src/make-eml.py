#!/usr/bin/env python3
"""Builds the .eml test fixtures (Outlook-style MIME, CRLF line endings) with Python's email library.

usage: make-eml.py <dir with the xlsx/csv fixtures> <output mail dir>

Everything is deterministic (fixed Message-IDs, dates and MIME boundaries) so that regenerating
only changes a mail when its attachment bytes change.
"""
import os
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eml_writer import alternative, attachment, headers, save  # noqa: E402

VOIDS, MAIL = sys.argv[1], sys.argv[2]
os.makedirs(MAIL, exist_ok=True)

XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CSV = ("text", "csv")


def write(name, msg):
    save(MAIL, name, msg)


def mail_with_attachment(name, *, frm, subject, date, msgid, thread_index, text, attach, ctype, n, extra=()):
    n = n[:44]  # keep boundaries short enough to stay on one header line, as Outlook does
    msg = MIMEMultipart("mixed", boundary="_004_%s_" % n)
    msg.attach(alternative(text, "_000_%s_" % n))
    msg.attach(attachment(os.path.join(VOIDS, attach), ctype, date.replace(" +0000", " GMT")))
    headers(msg, frm=frm, subject=subject, date=date, msgid=msgid, thread_index=thread_index,
            has_attach=True, extra=extra)
    write(name, msg)


def mail_text_only(name, *, frm, subject, date, msgid, thread_index, text, n, html=True, extra=()):
    if html:
        msg = alternative(text, "_000_%s_" % n[:44])
    else:
        msg = MIMEText(text, "plain", "us-ascii")    # 7bit: placeholders and trailing spaces stay literal
    headers(msg, frm=frm, subject=subject, date=date, msgid=msgid, thread_index=thread_index,
            has_attach=False, extra=extra)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    write(name, msg)


SIG = "\n\nKind regards\n%s\n%s\n"

# ---------------------------------------------------------------------------------------------
RSP = "LO2P265MB5126"
mail_with_attachment(
    "void-xlsx-response.eml",
    frm="Sam Carter <returns@response.provider.test>",
    subject="Void return w/c 23/11",
    date="Mon, 23 Nov 2026 09:14:27 +0000",
    msgid="<%sA4C1E2F0B7D94C3E8A51D2F60C7B9E18@%s.GBRP265.PROD.OUTLOOK.COM>" % (RSP, RSP),
    thread_index="AdtdGQm3k0Vn8YQpS1K3f2uC9x6b7A==",
    text="Hi Brokerage,\n\nPlease find attached our void return for w/c 23/11/2026." + SIG % ("Sam", "Response"),
    attach="response-voids.xlsx", ctype=XLSX, n=RSP + "A4C1E2F0B7D94C3E8A51D2F60C7B9E18LO2P265MB5126GBRP",
)

OXY = "CWLP123MB4410"
OXY_TEXT = ("Good morning,\n\nVoids for this week attached.\n\nThanks\nOxfordshire Youth Housing Team\n")
mail_with_attachment(
    "void-xlsx-oxyouth.eml",
    frm="Oxfordshire Youth Returns <returns@oxyouth.provider.test>",
    subject="Voids",
    date="Mon, 23 Nov 2026 08:52:03 +0000",
    msgid="<%s7E02B9D1C4A64F05B3E97A1D2C6F8A40@%s.GBRP123.PROD.OUTLOOK.COM>" % (OXY, OXY),
    thread_index="AdtdFmB2pX7cQ9h3Rk2r1c8Zb0s4Ng==",
    text=OXY_TEXT,
    attach="oxyouth-voids-flat.xlsx", ctype=XLSX, n=OXY + "7E02B9D1C4A64F05B3E97A1D2C6F8A40CWLP123MB4410GBRP",
)
# Same mail, different Message-ID: tests flag it \Seen (opened in Outlook) before the hub polls.
mail_with_attachment(
    "outlook-opened-void.eml",
    frm="Oxfordshire Youth Returns <returns@oxyouth.provider.test>",
    subject="Voids",
    date="Mon, 23 Nov 2026 08:52:03 +0000",
    msgid="<%s19F5C0E7A2B84D6C9E03B4A71D58C2F6@%s.GBRP123.PROD.OUTLOOK.COM>" % (OXY, OXY),
    thread_index="AdtdFmB2pX7cQ9h3Rk2r1c8Zb0s4Ng==",
    text=OXY_TEXT,
    attach="oxyouth-voids-flat.xlsx", ctype=XLSX, n=OXY + "19F5C0E7A2B84D6C9E03B4A71D58C2F6CWLP123MB4410GBRP",
)

STW = "DB9PR02MB7731"
mail_with_attachment(
    "void-xlsx-stonewater-broken.eml",
    frm="Chris Lane <returns@stonewater.provider.test>",
    subject="weekly voids",
    date="Mon, 23 Nov 2026 10:31:45 +0000",
    msgid="<%sB3D8E1A05C2F47E9A6D40F1B8C7E2D93@%s.eurprd02.prod.outlook.com>" % (STW, STW),
    thread_index="AdtdJA1xq9Wm2Lz0Tq6v3g7Hd5e2Kw==",
    text="Hi,\n\nweekly voids attached\n\nChris" + SIG % ("Chris Lane", "Stonewater"),
    attach="stonewater-broken.xlsx", ctype=XLSX, n=STW + "B3D8E1A05C2F47E9A6D40F1B8C7E2D93DB9PR02MB7731EURP",
)

K2F = "AS8PR04MB8890"
mail_with_attachment(
    "void-csv-key2.eml",
    frm="Priya Shah <returns@key2.provider.test>",
    subject="RE: Void return",
    date="Mon, 23 Nov 2026 11:07:19 +0000",
    msgid="<%sC51A7E3F9D0B4E28B7F1A6C3D9E0457B@%s.eurprd04.prod.outlook.com>" % (K2F, K2F),
    thread_index="AdtYq3NfQm9B3x0kS7e2hVb1Lr4pAAE2cD1w",
    extra=(("In-Reply-To", "<20261116083000.4F2A1C@ypsa.test>"),
           ("References", "<20261116083000.4F2A1C@ypsa.test>")),
    text=("Hi,\n\nOur return attached as a CSV this week, hope that's OK." + SIG % ("Priya", "Key2 Futures")
          + "\n-----Original Message-----\nFrom: YPSA Intake <intake@ypsa.test>\n"
            "Sent: 16 November 2026 08:30\nTo: Key2 Futures Returns <returns@key2.provider.test>\n"
            "Subject: Void return\n\nPlease send your void return for w/c 23/11 by Monday midday.\n"),
    attach="key2-voids.csv", ctype=CSV, n=K2F + "C51A7E3F9D0B4E28B7F1A6C3D9E0457BAS8PR04MB8890EURP",
)

A2D = "LO4P265MB3307"
mail_with_attachment(
    "void-csv-a2d-unknown-property.eml",
    frm="Amira Patel <returns@a2dominion.provider.test>",
    subject="A2 Dominion void return 23/11/2026",
    date="Mon, 23 Nov 2026 11:48:02 +0000",
    msgid="<%sE8B2C4F1A7D045939C6E2B0F4A1D7C85@%s.GBRP265.PROD.OUTLOOK.COM>" % (A2D, A2D),
    thread_index="AdtdLk5Wc2Jx8Pq1Rz7m0f4Tb9y3Hg==",
    text="Hello,\n\nPlease see attached void return." + SIG % ("Amira Patel", "A2 Dominion"),
    attach="a2d-unknown-property.csv", ctype=CSV, n=A2D + "E8B2C4F1A7D045939C6E2B0F4A1D7C85LO4P265MB3307GBRP",
)

# Response's workbook, but sent from a Stonewater mailbox: sender does not belong to the provider named.
mail_with_attachment(
    "void-xlsx-wrong-sender.eml",
    frm="Chris Lane <returns@stonewater.provider.test>",
    subject="Void return w/c 23/11",
    date="Mon, 23 Nov 2026 12:02:36 +0000",
    msgid="<%sF0A9D3B6E1C24B7E8D5F9A2C0B6E4D17@%s.eurprd02.prod.outlook.com>" % (STW, STW),
    thread_index="AdtdMq8Rz1Xo4Kc7Wm2n5h9Pe3d0Jv==",
    text="Hi,\n\nForwarding this one on behalf of a colleague." + SIG % ("Chris Lane", "Stonewater"),
    attach="response-voids.xlsx", ctype=XLSX, n=STW + "F0A9D3B6E1C24B7E8D5F9A2C0B6E4D17DB9PR02MB7731EURP",
)

CON = "CWXP265MB2164"
mail_text_only(
    "void-body-connection.eml",
    frm="Jo Bennett <returns@connection.provider.test>",
    subject="Void return",
    date="Mon, 23 Nov 2026 09:40:11 +0000",
    msgid="<%s2D7F0B9C8E1A4F63A05D7C2E9B4F1A68@%s.GBRP265.PROD.OUTLOOK.COM>" % (CON, CON),
    thread_index="AdtdHx2Kp5Vb0Nq8Yc3s7j1Wf6g9Lm==",
    n=CON, html=False,
    text=("Hi Brokerage,\n\nPlease see our void return below.\n\nProvider: Connection Support\n"
          "Week commencing: ${weekCommencing}\n\nProperty reference: CON-SOX-01\nLocality: South Oxfordshire\n"
          "Service type: 18+ Single Self Contained\nTotal units: 5\nOccupied: 4\nVacant: 1\n"
          "Available from: ${weekCommencing}\nEmergency bed: N\nNotes: \n\nProperty reference: CON-OOC-01\n"
          "Locality: Out of county\nService type: Out of county\nTotal units: 2\nOccupied: 2\nVacant: 0\n"
          "Available from:\nEmergency bed: N\n\nKind regards\nJo\nConnection Support\n"),
)

mail_text_only(
    "not-a-form.eml",
    frm="Sam Carter <returns@response.provider.test>",
    subject="Meeting Tuesday?",
    date="Mon, 23 Nov 2026 13:22:50 +0000",
    msgid="<%s6B1E9F4A3C7D40A2B8E5D1F0C9A7B362@%s.GBRP265.PROD.OUTLOOK.COM>" % (RSP, RSP),
    thread_index="AdtdOr4Gm7Tc2Ys9Qa1k6d0Hx8u5Pb==",
    n=RSP + "6B1E9F4A3C7D40A2B8E5D1F0C9A7B362LO2P265MB5126GBRP",
    text="Hi, can we have a meeting on Tuesday?" + SIG % ("Sam", "Response"),
)
print("wrote", len([f for f in os.listdir(MAIL) if f.endswith(".eml")]), "eml files to", MAIL)
