"""What the .eml fixture writers share (make-eml.py, referrals/make-referral-eml.py,
safeguarding/make-safeguarding-eml.py): Outlook's headers, its plain + HTML alternative in quoted-printable us-ascii,
an attachment in base64, and writing a mail with CRLF line endings. Everything is deterministic (fixed Message-IDs,
dates and MIME boundaries), so regenerating only changes a mail when its attachment bytes change."""
import os
from email import encoders, policy
from email.charset import Charset, QP
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

INTAKE = "YPSA Intake <intake@ypsa.test>"
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")

# Outlook sends plain/html parts as us-ascii (or utf-8) quoted-printable.
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
    # MIMEMultipart/MIMEText already carry Content-Type + MIME-Version; move them to the end like Outlook.
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


def attachment(path, ctype, stamp):
    fn = os.path.basename(path)
    data = open(path, "rb").read()
    part = MIMEBase(*ctype, name=fn)
    del part["MIME-Version"]
    part.set_payload(data)
    encoders.encode_base64(part)   # base64 even for text/csv so the bytes (BOM, CRLF) round-trip exactly
    part["Content-Description"] = fn
    part.add_header("Content-Disposition", "attachment", filename=fn, size=str(len(data)),
                    **{"creation-date": stamp, "modification-date": stamp})
    return part


def save(mail_dir, name, msg):
    with open(os.path.join(mail_dir, name), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))   # SMTP policy: CRLF line endings everywhere


class FormMails:
    """The form fixtures' mails: Word or PDF files from one folder, each mail's name starting with one of the form's
    prefixes (a referral fixture is never written as a safeguarding one)."""

    def __init__(self, docs, mail_dir, prefixes):
        self.docs, self.mail_dir, self.prefixes = docs, mail_dir, prefixes
        os.makedirs(mail_dir, exist_ok=True)

    def write(self, name, msg):
        assert name.startswith(self.prefixes), name
        save(self.mail_dir, name, msg)

    def with_attachments(self, name, *, frm, subject, date, n, thread_index, text, attach, extra=()):
        msgid = "<%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (n, n[:13])
        msg = MIMEMultipart("mixed", boundary="_004_%s_" % n[:44])
        msg.attach(alternative(text, "_000_%s_" % n[:44]))
        for fn in attach:
            ctype = {".docx": DOCX, ".pdf": PDF}[os.path.splitext(fn)[1]]
            msg.attach(attachment(os.path.join(self.docs, fn), ctype, date.replace(" +0000", " GMT")))
        headers(msg, frm=frm, subject=subject, date=date, msgid=msgid, thread_index=thread_index,
                has_attach=True, extra=extra)
        self.write(name, msg)

    def text_only(self, name, *, frm, subject, date, n, thread_index, text, extra=()):
        msg = MIMEText(text, "plain", "us-ascii")    # text/plain only, 7bit
        headers(msg, frm=frm, subject=subject, date=date, msgid="<%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (n, n[:13]),
                thread_index=thread_index, has_attach=False, extra=extra)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        self.write(name, msg)
