#!/usr/bin/env python3
"""Builds the safeguarding / intelligence / MASH .eml fixtures (Outlook-style MIME, CRLF).

usage: make-safeguarding-eml.py <dir with the safeguarding docx fixtures> <output mail dir>

The mails are ../eml_writer.py's: fixed Message-IDs, dates and MIME boundaries;
multipart/mixed holding a multipart/alternative (text/plain + text/html, quoted-printable) and
then each attachment in base64; body-only mails are a single text/plain part (us-ascii, 7bit).
Only files named safeguarding-* / intel-* / mash-* are written.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safeguarding_data as d  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from eml_writer import FormMails  # noqa: E402

DOCS, MAIL = sys.argv[1], sys.argv[2]
MAILS = FormMails(DOCS, MAIL, ("safeguarding-", "intel-", "mash-"))
mail_with_attachments, mail_text_only = MAILS.with_attachments, MAILS.text_only


def form_lines(title, data, fields):
    """The form as a worker pastes it into a mail: title line, blank line, one "Label: value" per field."""
    for f in fields:
        assert "\n" not in data[f], (f, "body values must be one line")
    return title + "\n\n" + "".join("%s: %s\n" % (f, data[f]) for f in fields)


SAM = "Sam Carter <returns@response.provider.test>"
SAM_SIG = "\nKind regards\nSam Carter\nService Manager, Response\n07700 900312\n"
DUTY = "OCC YPSA Duty <duty@occ-ypsa.council.test>"
DUTY_SIG = "\nThanks\nDuty Manager\nOCC in-house YPSA\n"
OTTILIE = "Ottilie Mardle-Penrose <returns@stonewater.provider.test>"
OTTILIE_SIG = "\nOttilie Mardle-Penrose\nSupport Worker, Stonewater\n07700 900418\n"
PRIYA = "Priya Venn <p.venn@housing.council.test>"
PRIYA_SIG = "\nKind regards\nPriya Venn\nHousing Options Officer\n"
URGENT = (("X-Priority", "1"), ("Importance", "high"))

# ---- 1. Safeguarding incident reports --------------------------------------------------------
mail_with_attachments(
    "safeguarding-high-docx.eml", frm=SAM, subject="Safeguarding Incident Report - RSP-OXC-02",
    date="Fri, 04 Dec 2026 00:21:07 +0000", n="LO2P265MB5126F1A93C0E7D24B8F5A6C1D3E90B72",
    thread_index="AdtjmQ4fX7kP2sV9nB0cR5wL1eTgHA==", extra=URGENT,
    text=("Hi,\n\nPlease see the attached safeguarding incident report. Wrenna has been reported "
          "missing to the police.\n" + SAM_SIG),
    attach=["incident-high.docx"])

mail_with_attachments(
    "safeguarding-low-inhouse-docx.eml", frm=DUTY, subject="Safeguarding Incident Report - OCC-CHE-01",
    date="Fri, 04 Dec 2026 17:09:44 +0000", n="CWLP265MB3891E07B2D5A9C41F6B3E8A0D2C7F519",
    thread_index="AdtkTn2vB8xQ0cL5mR7pK3sW9eYfDA==",
    text="Hello,\n\nLow level incident report attached for information.\n" + DUTY_SIG,
    attach=["incident-low-inhouse.docx"])

mail_with_attachments(
    "safeguarding-invalid-docx.eml", frm=SAM, subject="Safeguarding Incident Report - RSP-OXC-02",
    date="Wed, 02 Dec 2026 21:25:13 +0000", n="LO2P265MB51263B8E0F4D2A97C1E5B6F3A0D8C426",
    thread_index="AdtiXq5mW1zH8bT3vK6cN0rP4sLgEA==",
    text="Hi,\n\nIncident report attached.\n" + SAM_SIG,
    attach=["incident-missing-severity.docx"])

mail_text_only(
    "safeguarding-critical-body.eml", frm=DUTY, subject="URGENT - Safeguarding Incident Report - OCC-CHE-01",
    date="Sat, 05 Dec 2026 02:41:26 +0000", n="CWLP265MB38917A2C5E0B9D14F3A8C6E2B1D0F937",
    thread_index="AdtkrV3xN6pB1mQ8cW0tK5zR2eLsHA==", extra=URGENT,
    text=("Please see the incident report below. I have also phoned the emergency duty team.\n\n"
          + form_lines(d.TITLE_INCIDENT, d.INCIDENT_CRITICAL, d.INCIDENT_FIELDS) + DUTY_SIG))

# ---- 2. Partnership Agency Intelligence Sharing Submissions ------------------------------------
mail_with_attachments(
    "intel-ordinary-docx.eml", frm=SAM, subject="Intelligence sharing submission",
    date="Tue, 01 Dec 2026 14:55:02 +0000", n="LO2P265MB5126C9D04A7E1B3F8E2D5A6C0B9F4173",
    thread_index="AdthwB6kR9nT2vX5cM0pL8sQ3eZgFA==",
    text="Hi,\n\nPlease find attached an intelligence submission about one of our residents.\n" + SAM_SIG,
    attach=["intel-ordinary.docx"])

mail_text_only(
    "intel-adult-body.eml", frm=OTTILIE, subject="Intelligence sharing submission",
    date="Mon, 23 Nov 2026 10:08:51 +0000", n="AM9PR06MB8214D2F6A1C0E3B97A5D4C8E6F0B2A31",
    thread_index="AdtdMq8cV2xP5nK1bT7wR0zL3eHsJA==",
    text=(form_lines(d.TITLE_INTEL, d.INTEL_ADULT, d.INTEL_FIELDS) + OTTILIE_SIG))

mail_text_only(
    "intel-emergency-body.eml", frm=OTTILIE, subject="Intelligence sharing submission",
    date="Sat, 05 Dec 2026 21:49:30 +0000", n="AM9PR06MB82147B0E3D9F2C56A1E8B4D0C7F3A692",
    thread_index="AdtlF4nW9bR2xK7cQ0mT5vP8sLzgKA==",
    text=(form_lines(d.TITLE_INTEL, d.INTEL_EMERGENCY, d.INTEL_FIELDS) + OTTILIE_SIG))

# ---- 4. MASH referral and mediation notice --------------------------------------------------------
mail_with_attachments(
    "mash-referral-docx.eml", frm=PRIYA, subject="MASH referral - homeless 16 year old",
    date="Wed, 02 Dec 2026 10:44:18 +0000", n="LO4P265MB6093A5E1C8D2F04B7E3A9C6D1F0B8E25",
    thread_index="AdtiEp7vK2mX9cR4bN0wT6zQ1sHeLA==",
    text=("Good morning,\n\nPlease find attached a MASH referral for a 16 year old who presented to "
          "Housing Options as homeless.\n" + PRIYA_SIG),
    attach=["mash-referral.docx"])

mail_text_only(
    "mash-mediation-prevented-body.eml", frm=PRIYA, subject="Mediation Outcome Notice",
    date="Thu, 03 Dec 2026 15:20:37 +0000", n="LO4P265MB60932F8B0D4E7A1C5B9E3D6A0C2F7E48",
    thread_index="AdtjNw3pB6xK0cV8mR2tL5zQ9eYsMA==",
    text=(form_lines(d.TITLE_MEDIATION, d.MEDIATION_PREVENTED, d.MEDIATION_FIELDS) + PRIYA_SIG))

print("wrote safeguarding/intel/mash mails to", MAIL)
