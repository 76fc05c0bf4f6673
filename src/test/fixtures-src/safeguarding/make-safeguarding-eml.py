#!/usr/bin/env python3
"""Builds the safeguarding / intelligence / MASH .eml fixtures (Outlook-style MIME, CRLF).

usage: make-safeguarding-eml.py <dir with the safeguarding docx fixtures> <output mail dir>

Adapted from ../referrals/make-referral-eml.py: fixed Message-IDs, dates and MIME boundaries;
multipart/mixed holding a multipart/alternative (text/plain + text/html, quoted-printable) and
then each attachment in base64; body-only mails are a single text/plain part (us-ascii, 7bit).
Only files named safeguarding-* / intel-* / mash-* are written.
"""
import os
import sys
from email import encoders, policy
from email.charset import Charset, QP
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safeguarding_data as d  # noqa: E402

DOCS, MAIL = sys.argv[1], sys.argv[2]
os.makedirs(MAIL, exist_ok=True)

INTAKE = "YPSA Intake <intake@ypsa.test>"
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")
CTYPES = {".docx": DOCX, ".pdf": PDF}

QP_ASCII = Charset("us-ascii")
QP_ASCII.body_encoding = QP


def html_of(text):
    paras = []
    for line in text.split("\n"):
        line = (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (line if line else "&nbsp;"))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-language:EN-US;}\n"
            "--></style>\n</head>\n<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def headers(msg, *, frm, subject, date, msgid, thread_index, has_attach, extra=()):
    msg["From"] = frm
    msg["To"] = INTAKE
    msg["Subject"] = subject
    msg["Thread-Topic"] = subject[4:] if subject.upper().startswith("RE: ") else subject
    msg["Thread-Index"] = thread_index
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra:
        msg[k] = v
    msg["Accept-Language"] = "en-GB, en-US"
    msg["Content-Language"] = "en-GB"
    msg["X-MS-Has-Attach"] = "yes" if has_attach else ""
    msg["X-MS-TNEF-Correlator"] = ""
    for h in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
        vals = msg.get_all(h) or []
        if vals:
            v = vals[0]
            del msg[h]
            msg[h] = v


def alternative(text, boundary):
    alt = MIMEMultipart("alternative", boundary=boundary)
    del alt["MIME-Version"]
    alt.attach(MIMEText(text, "plain", QP_ASCII))
    alt.attach(MIMEText(html_of(text), "html", QP_ASCII))
    for part in alt.get_payload():
        del part["MIME-Version"]
    return alt


def attachment(path, stamp):
    fn = os.path.basename(path)
    data = open(path, "rb").read()
    part = MIMEBase(*CTYPES[os.path.splitext(fn)[1]], name=fn)
    del part["MIME-Version"]
    part.set_payload(data)
    encoders.encode_base64(part)
    part["Content-Description"] = fn
    part.add_header("Content-Disposition", "attachment", filename=fn, size=str(len(data)),
                    **{"creation-date": stamp, "modification-date": stamp})
    return part


def write(name, msg):
    assert name.startswith(("safeguarding-", "intel-", "mash-")), name
    with open(os.path.join(MAIL, name), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))   # CRLF everywhere


def mail_with_attachments(name, *, frm, subject, date, n, thread_index, text, attach, extra=()):
    msgid = "<%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (n, n[:13])
    msg = MIMEMultipart("mixed", boundary="_004_%s_" % n[:44])
    msg.attach(alternative(text, "_000_%s_" % n[:44]))
    for fn in attach:
        msg.attach(attachment(os.path.join(DOCS, fn), date.replace(" +0000", " GMT")))
    headers(msg, frm=frm, subject=subject, date=date, msgid=msgid, thread_index=thread_index,
            has_attach=True, extra=extra)
    write(name, msg)


def mail_text_only(name, *, frm, subject, date, n, thread_index, text, extra=()):
    msg = MIMEText(text, "plain", "us-ascii")    # text/plain only, 7bit
    headers(msg, frm=frm, subject=subject, date=date, msgid="<%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (n, n[:13]),
            thread_index=thread_index, has_attach=False, extra=extra)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    write(name, msg)




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
