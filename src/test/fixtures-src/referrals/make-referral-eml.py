#!/usr/bin/env python3
"""Builds the referral / risk-concern .eml fixtures (Outlook-style MIME, CRLF) with Python's email library.

usage: make-referral-eml.py <dir with the referral docx/pdf fixtures> <output mail dir>

The mails are ../eml_writer.py's, as the void-return mails' (../make-eml.py): fixed Message-IDs, dates and MIME
boundaries, multipart/mixed holding a multipart/alternative (text/plain + text/html, both
quoted-printable) and then each attachment in base64. Only files named referral-* / risk-* are written.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture_data as d  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from eml_writer import FormMails  # noqa: E402

DOCS, MAIL = sys.argv[1], sys.argv[2]
MAILS = FormMails(DOCS, MAIL, ("referral-", "risk-"))
mail_with_attachments, mail_text_only = MAILS.with_attachments, MAILS.text_only


RITA = "Rita Okafor <r.okafor@council.test>"
RITA_SIG = "\n\nKind regards\nRita Okafor\nSenior Practitioner\nChildren We Care For Team (North)\n"
JONAH = "Jonah Pemberton-Quaile <j.pemberton-quaile@council.test>"
JONAH_SIG = "\n\nThanks\nJonah Pemberton-Quaile\nPersonal Advisor, Leaving Care Service (Oxford)\n"
HOLLIS = "Hollis Brackenbury <h.brackenbury@council.test>"
URGENT = (("X-Priority", "1"), ("Importance", "high"))

mail_with_attachments(
    "referral-nonemergency-docx.eml", frm=RITA, subject="Referral - YPSA",
    date="Tue, 01 Dec 2026 09:12:05 +0000", n="CWLP265MB3891A1E07C5D2B4F9E6A38D1C0B7F254",
    thread_index="AdthR2k1c0ZtQ3NfTnB4a1ZyOWEzQg==",
    text="Hello,\n\nPlease find attached a referral for supported accommodation." + RITA_SIG,
    attach=["referral-nonemergency-table.docx"])

mail_with_attachments(
    "referral-emergency-docx.eml", frm=JONAH, subject="URGENT emergency referral",
    date="Tue, 01 Dec 2026 18:34:12 +0000", n="LO3P265MB2047C6F18B3E9D0A4B7C52E1F9D06A83",
    thread_index="AdthjU7xW2bQ9k0sR1m4Tz8cYv3PLg==", extra=URGENT,
    text=("Hi,\n\nEmergency referral attached. He needs somewhere to stay tonight. I have also phoned "
          "the duty line." + JONAH_SIG),
    attach=["referral-emergency-table-4col.docx"])

mail_with_attachments(
    "referral-invalid-docx.eml", frm=RITA, subject="Referral - YPSA",
    date="Tue, 01 Dec 2026 10:02:48 +0000", n="CWLP265MB3891D49B2E0F7C1A8D3E65B0A2C9F417",
    thread_index="AdthTx8bR3nC5v2qL0k7Wp4eHs9mDA==",
    text="Hello,\n\nPlease find attached a referral for supported accommodation." + RITA_SIG,
    attach=["referral-nonemergency-no-fgc.docx"])

mail_with_attachments(
    "referral-pdf-form.eml", frm=HOLLIS, subject="Referral - YPSA",
    date="Tue, 01 Dec 2026 11:27:33 +0000", n="AS8PR02MB6612E3A07B9C4D1F8A2E70C5B3D9F612",
    thread_index="AdthXk2pQ7vN0b3cT9r1Ls5gYw8eFA==",
    text=("Good morning,\n\nPlease see the attached referral form (PDF).\n\nMany thanks\nHollis Brackenbury\n"
          "Social Worker, Family Solutions Plus (South)\n"),
    attach=["referral-nonemergency-form.pdf"])

mail_with_attachments(
    "referral-emergency-pdf-text.eml", frm=JONAH, subject="URGENT emergency referral",
    date="Tue, 01 Dec 2026 18:41:57 +0000", n="LO3P265MB20478E2D5A1B6C09F3D7A4E8B1C2F590",
    thread_index="AdthjrT4m1Hc8Yq0Vb6Ws3zKe2NpXA==", extra=URGENT,
    text=("Hi,\n\nEmergency referral attached as a PDF. He needs somewhere to stay tonight. I have also "
          "phoned the duty line." + JONAH_SIG),
    attach=["referral-emergency-table.pdf"])

BODY = ("Please find referral below.\n\n"
        + d.TITLE_NON_EMERGENCY.replace(d.EN_DASH, "-") + "\n\n"
        + "".join("%s: %s\n" % (label, d.FFION[label]) for label in d.NON_EMERGENCY_FIELDS)
        + RITA_SIG)
mail_text_only(
    "referral-body.eml", frm=RITA, subject="Referral - YPSA",
    date="Tue, 01 Dec 2026 12:15:09 +0000", n="CWLP265MB38915C0A9E2D7B1F4C8A3E69D0B2F7A1",
    thread_index="AdthZq0mT5xB7c2nK9v4Rj1sWe6LhQ==", text=BODY)

mail_text_only(
    "referral-from-outside-domain.eml", frm="someone@gmail.test", subject="Referral - YPSA",
    date="Tue, 01 Dec 2026 12:31:40 +0000", n="PAXP193MB17042F8C6A0E3D9B5A1C7E4F2D8B0C63",
    thread_index="AdthbW3kP8sZ1q6vN2c0Xm7tRg4JyA==", text=BODY)

ORIGINAL = ("\n-----Original Message-----\nFrom: YPSA Intake <intake@ypsa.test>\n"
            "Sent: 01 December 2026 19:05\nTo: Response <manager@response.provider.test>\n"
            "Subject: [YPSA-7K2M9-QX4AB] Referral\n\n"
            "A referral has been shared with you. Please reply to this email if there is a risk you "
            "cannot manage.\n")
RE = (("In-Reply-To", "<20261201190512.YPSA-7K2M9-QX4AB@ypsa.test>"),
      ("References", "<20261201190512.YPSA-7K2M9-QX4AB@ypsa.test>"))
SAM = "Sam Carter <returns@response.provider.test>"
mail_with_attachments(
    "risk-concern-docx.eml", frm=SAM, subject="RE: [YPSA-7K2M9-QX4AB] Referral",
    date="Wed, 02 Dec 2026 10:26:41 +0000", n="LO2P265MB51267D3E9A0C4B18F6E2A5D7C1B9E034",
    thread_index="AdtiCm9xQ2wR5n8bK1v0Tz3cLs7PeAAB3kVw", extra=RE,
    text=("Hi,\n\nPlease see our risk concern and risk assessment attached.\n\nKind regards\nSam Carter\n"
          "Service Manager, Response\n" + ORIGINAL),
    attach=["risk-concern.docx", "risk-assessment.pdf"])

mail_with_attachments(
    "risk-concern-missing-part.eml", frm=SAM, subject="RE: [YPSA-7K2M9-QX4AB] Referral",
    date="Wed, 02 Dec 2026 10:48:17 +0000", n="LO2P265MB5126B0F4C7E2D9A3165E8C0A4F7D2B93",
    thread_index="AdtiCm9xQ2wR5n8bK1v0Tz3cLs7PeAAB4pLm", extra=RE,
    text=("Hi,\n\nRisk concern attached.\n\nKind regards\nSam Carter\nService Manager, Response\n" + ORIGINAL),
    attach=["risk-concern-missing-part.docx"])

print("wrote referral/risk mails to", MAIL)
