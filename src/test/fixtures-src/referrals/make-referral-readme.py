#!/usr/bin/env python3
"""Writes src/test/resources/fixtures/referrals/README.md from fixture_data.py (so it always
states the exact values that are in the files).  usage: make-referral-readme.py <README path>"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture_data as d  # noqa: E402


def md(v):
    return (v.replace("|", "\\|") if v else "*(empty)*")


def table(data, fields):
    out = "| Field (label as in the document) | Value |\n|---|---|\n"
    return out + "".join("| %s | %s |\n" % (md(f), md(data[f])) for f in fields)


KEY = [d.NAME, d.DOB, d.LEGAL, d.FGC, d.FGC_DATE, d.CONSENT, d.DATE_NEEDED, d.REF_EMAIL, d.LOCALITY]
FORMS = [
    ("referral-nonemergency-table.docx", "NON-EMERGENCY", "17", d.TAMSIN),
    ("referral-emergency-table-4col.docx / referral-emergency-table.pdf", "EMERGENCY", "19", d.CORWIN),
    ("referral-nonemergency-no-fgc.docx", "NON-EMERGENCY", "25", d.BARNABY),
    ("referral-nonemergency-form.pdf", "NON-EMERGENCY", "17", d.ORLA),
    ("referral-body.eml / referral-from-outside-domain.eml", "NON-EMERGENCY", "17", d.FFION),
]

R = f"""# Test fixtures: referrals and risk concerns

All files here, and the `referral-*.eml` / `risk-*.eml` files in `../mail/`, are generated. **Do not
edit them by hand.** Change the values in `src/test/fixtures-src/referrals/fixture_data.py` (or the
layout in `make-referral-fodt.py`) and regenerate with:

    src/test/fixtures-src/referrals/make-referral-fixtures.sh

Needs the Debian packages `libreoffice-writer python3 poppler-utils qpdf fonts-liberation2`. The script
uses a temporary LibreOffice profile and runs `verify-referral-fixtures.py` at the end. This README is
written by `make-referral-readme.py` from the same values as the documents.

## How they were made

- The sources are LibreOffice Writer flat-XML documents (`fixtures-src/referrals/*.fodt`, written by
  `make-referral-fodt.py`); you can open them in Writer.
- **DOCX**: `soffice --headless --convert-to "docx:MS Word 2007 XML"`. The bytes are LibreOffice's own
  output; `docProps/app.xml` says `LibreOffice/7.4.7.2...`. Each page has the header text
  `OFFICIAL-SENSITIVE` (in `word/header1.xml`, not in `document.xml`).
- **PDF with form fields**: `--convert-to 'pdf:writer_pdf_Export:{{"ExportFormFields":{{"type":"boolean","value":"true"}}}}'`
  from a Writer document whose answers are form controls (text boxes and check boxes).
- **Plain PDFs**: `writer_pdf_Export` with default options (text, no form fields).
- **Mail**: `make-referral-eml.py`, same style as `fixtures-src/make-eml.py`: CRLF, Outlook-style
  headers (Thread-Topic, Thread-Index, Content-Language, X-MS-Has-Attach, ...), `multipart/mixed` with a
  `multipart/alternative` (text/plain + text/html, quoted-printable) and base64 attachments that decode
  byte-identical to the files here. The two body-only mails are a single `text/plain` (us-ascii, 7bit) part.
  Message-IDs, dates and boundaries are fixed. (The DOCX/PDF bytes themselves change on every regeneration,
  because LibreOffice stamps the zip entries and the PDF with the current time; the mails are rebuilt from them.)

## Conventions in the values

- **Ages** are meant to be worked out on **01/12/2026** (the date the referrals are sent): Tamsin, Orla
  and Ffion are 17, Corwin is 19, Barnaby is 25.
- Dates are `dd/mm/yyyy`. Y/N answers are the words `Yes` / `No`.
- The titles in the documents use an en dash (U+2013): `{d.TITLE_NON_EMERGENCY}` /
  `{d.TITLE_EMERGENCY}` / `{d.TITLE_RISK_CONCERN}`. The mail body uses a plain hyphen:
  `Supported Accommodation Assessment and Referral Form - NON-EMERGENCY`.
- Labels and values are plain ASCII: straight apostrophe in `Young person's full name`, hyphens not dashes.
- "Immediate safety concern" exists only on the EMERGENCY form.
- An empty value is an empty table cell (an empty paragraph), never "N/A".
- All people are fictional; phone numbers are in Ofcom's drama range (07700 900xxx); e-mail domains are `.test`.

## Files

| File | What it is | Rule(s) it exercises |
|---|---|---|
| `referral-nonemergency-table.docx` | Title paragraph, then one 2-column table (label \\| value), {len(d.NON_EMERGENCY_FIELDS)} rows, one per field, no header or section rows. | Happy path, NON-EMERGENCY: aged 17, FGC offered Yes with a date, consent Yes. |
| `referral-emergency-table-4col.docx` | Title, an italic note line, then one 4-column table. Short fields are paired on a row (label \\| value \\| label \\| value); long fields have the label in column 1 and the value merged across columns 2-4 (`gridSpan=3`). Five section rows ("Section 1 - About the young person" ... "Section 5 - Accommodation and consent") span all four columns. Pairs: Date of birth + Gender, LCS number + Legal status, UASC + Parent, Referrer name + Referrer role, Organisation/team + Referrer phone, Family Group Conference offered + Date FGC offered, Date accommodation needed + Consent to referral and information sharing. | EMERGENCY variant recognised from the title; Immediate safety concern filled; aged 19 (valid); FGC offered No is allowed for an emergency (Date FGC offered empty); consent Yes. |
| `referral-nonemergency-no-fgc.docx` | Same layout as the first file. | Two problems: aged 25 on 01/12/2026 (too old), and FGC offered No on a NON-EMERGENCY referral (Date FGC offered empty). Consent Yes. |
| `referral-nonemergency-form.pdf` | 2 pages. Labels are page text; every answer is an AcroForm field (see below). `pdfinfo` says `Form: AcroForm`. | Reading a fillable PDF form; valid NON-EMERGENCY, aged 17, FGC Yes, consent Yes. |
| `referral-emergency-table.pdf` | The 4-column emergency document exported as a plain PDF (2 pages, text only, no `/AcroForm`). Same values as the 4-column DOCX. | Reading a referral from PDF text. What text extraction sees (`pdftotext -raw`): a paired row comes out on one line (`Date of birth 02/08/2007 Gender Male`); long labels wrap inside their cell (`Young person's full` / `name`, `Family Group` / `Conference offered`); long values wrap over several lines; the page header `OFFICIAL-SENSITIVE` appears again where page 2 starts (before the `Safeguarding basis for sharing without consent` row). Rows never split across pages, and e-mail addresses sit in wide cells so they never wrap. |
| `risk-concern.docx` | Title `{d.TITLE_RISK_CONCERN}`, then a 2-column table with 5 rows (below). | A complete provider risk concern. |
| `risk-concern-missing-part.docx` | Same, but the value cell of "{d.RC_RESOURCES}" is empty. | Risk concern missing a required part. |
| `risk-assessment.pdf` | One page, plain PDF: "{d.TITLE_RISK_ASSESSMENT}" with a details table, a 4-column risk table, outcome and sign-off. | An extra attachment that travels with the risk concern (not a form). |

### Key values

| Form | Variant | Age on 01/12/2026 | """ + " | ".join(KEY) + " |\n|---|---|---|" + "---|" * len(KEY) + "\n"
for name, variant, age, data in FORMS:
    R += "| `%s` | %s | %s | %s |\n" % (name, variant, age, " | ".join(md(data[k]) for k in KEY))

R += f"""
### referral-nonemergency-table.docx (Tamsin Ellery-Vance)

{table(d.TAMSIN, d.NON_EMERGENCY_FIELDS)}
### referral-emergency-table-4col.docx and referral-emergency-table.pdf (Corwin Ashdale-Pryce)

{table(d.CORWIN, d.EMERGENCY_FIELDS)}
### referral-nonemergency-no-fgc.docx (Barnaby Thistlewood-Oyelaran)

{table(d.BARNABY, d.NON_EMERGENCY_FIELDS)}
### referral-nonemergency-form.pdf (Orla Quenby-Marsh)

The PDF has {len(d.NON_EMERGENCY_FIELDS)} AcroForm fields, one per field, all at the top level (no dots in the names):

- **Field name** (`/T`) = the label with the apostrophe removed (`Young persons full name`); every other
  name is the label exactly (`Organisation/team`, `Social worker / PA name`, `Diversion explored (family and friends, mediation)`, ...).
- **Tooltip** (`/TU`) = the exact label, including `Young person's full name`.
- **Text fields** (`/FT /Tx`, value in `/V` as a UTF-16 string): every field except the four below. The
  long answers are multi-line text fields.
- **Check boxes** (`/FT /Btn`) for the four Y/N fields `UASC`, `Parent`, `Family Group Conference offered`,
  `Consent to referral and information sharing`: ticked = `/V /Yes`, not ticked = `/V /Off` (so here
  UASC is `/Off` = No; the other three are `/Yes`). Each check box shows the caption "Yes" on the page,
  ticked or not, so `pdftotext` prints "Yes" next to UASC too: read the field, not the page text.
- The field values do not appear in the page text stream (only in the widgets' appearance streams).

{table(d.ORLA, d.NON_EMERGENCY_FIELDS)}
### referral-body.eml and referral-from-outside-domain.eml (Ffion Hartigan-Bloom)

Body (text/plain only): the line `Please find referral below.`, an empty line, the line
`Supported Accommodation Assessment and Referral Form - NON-EMERGENCY`, an empty line, then one
`Label: value` line per field in this order, then an empty line and a signature
(`Kind regards` / `Rita Okafor` / `Senior Practitioner` / `Children We Care For Team (North)`).

{table(d.FFION, d.NON_EMERGENCY_FIELDS)}
### risk-concern.docx and risk-concern-missing-part.docx

| Field | risk-concern.docx | risk-concern-missing-part.docx |
|---|---|---|
""" + "".join("| %s | %s | %s |\n" % (md(k), md(d.RISK_CONCERN[k]), md(d.RISK_CONCERN_MISSING[k])) for k in d.RISK_CONCERN) + f"""
The risk concern is about Corwin Ashdale-Pryce (the emergency referral); the hub's reference for it is
`{d.REFERENCE}`.

### risk-assessment.pdf

Details table: """ + "; ".join("%s: %s" % kv for kv in d.RISK_ASSESSMENT_DETAILS) + """. Risk table
(Risk | Level | Current controls | Gaps):

""" + "".join("- %s | %s | %s | %s\n" % r for r in d.RISK_ASSESSMENT_ROWS) + f"""
Outcome: "{d.RISK_ASSESSMENT_OUTCOME}"

## ../mail/ (referral and risk-concern mails)

Every mail is addressed to `YPSA Intake <intake@ypsa.test>`.

| File | From | Subject | Date | Attachment(s) |
|---|---|---|---|---|
| `referral-nonemergency-docx.eml` | Rita Okafor &lt;r.okafor@council.test&gt; | Referral - YPSA | Tue, 01 Dec 2026 09:12:05 +0000 | referral-nonemergency-table.docx |
| `referral-invalid-docx.eml` | Rita Okafor &lt;r.okafor@council.test&gt; | Referral - YPSA | Tue, 01 Dec 2026 10:02:48 +0000 | referral-nonemergency-no-fgc.docx |
| `referral-pdf-form.eml` | Hollis Brackenbury &lt;h.brackenbury@council.test&gt; | Referral - YPSA | Tue, 01 Dec 2026 11:27:33 +0000 | referral-nonemergency-form.pdf (application/pdf) |
| `referral-body.eml` | Rita Okafor &lt;r.okafor@council.test&gt; | Referral - YPSA | Tue, 01 Dec 2026 12:15:09 +0000 | None; text/plain only, the referral is in the body |
| `referral-from-outside-domain.eml` | someone@gmail.test (bare address, no display name) | Referral - YPSA | Tue, 01 Dec 2026 12:31:40 +0000 | None; same body as referral-body.eml. Sender is not on council.test. |
| `referral-emergency-docx.eml` | Jonah Pemberton-Quaile &lt;j.pemberton-quaile@council.test&gt; | URGENT emergency referral | Tue, 01 Dec 2026 18:34:12 +0000 | referral-emergency-table-4col.docx. Also has `X-Priority: 1` and `Importance: high`. |
| `referral-emergency-pdf-text.eml` | Jonah Pemberton-Quaile &lt;j.pemberton-quaile@council.test&gt; | URGENT emergency referral | Tue, 01 Dec 2026 18:41:57 +0000 | referral-emergency-table.pdf (application/pdf). `X-Priority: 1`, `Importance: high`. |
| `risk-concern-docx.eml` | Sam Carter &lt;returns@response.provider.test&gt; | RE: [{d.REFERENCE}] Referral | Wed, 02 Dec 2026 10:26:41 +0000 | risk-concern.docx, then risk-assessment.pdf. `In-Reply-To`/`References: <20261201190512.{d.REFERENCE}@ypsa.test>`; the body quotes the hub's original message (From:/Sent:/To:/Subject: lines). |
| `risk-concern-missing-part.eml` | Sam Carter &lt;returns@response.provider.test&gt; | RE: [{d.REFERENCE}] Referral | Wed, 02 Dec 2026 10:48:17 +0000 | risk-concern-missing-part.docx. Same threading headers and quoted original. |

DOCX attachments are `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, PDFs
`application/pdf`; all base64 with `Content-Disposition: attachment; filename=...; size=...`.
The attachment mails' own text bodies hold no `Label: value` lines.
"""

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write(R)
print("wrote", sys.argv[1])
