#!/usr/bin/env python3
"""Writes src/test/resources/fixtures/safeguarding/README.md from safeguarding_data.py.

usage: make-safeguarding-readme.py <README.md path>
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safeguarding_data as d  # noqa: E402


def table(data, fields):
    out = "| Label | Value |\n|---|---|\n"
    for f in fields:
        v = data[f].replace("|", "\\|").replace("\n", " <br> ")
        out += "| %s | %s |\n" % (f, ("`%s`" % v) if v else "*(empty cell)*")
    return out


S = []
S.append("""# Test fixtures: safeguarding incidents, intelligence submissions, MASH referrals

All files here (and the `mail/safeguarding-*.eml`, `mail/intel-*.eml`, `mail/mash-*.eml` files) are
generated. **Do not edit them by hand.** Edit `src/test/fixtures-src/safeguarding/safeguarding_data.py`
(or the screening texts in `make-screening-csv.py`) and regenerate with:

    src/test/fixtures-src/safeguarding/make-safeguarding-fixtures.sh

(Needs Debian packages `libreoffice-writer` and `python3`; uses a temporary LibreOffice profile and
runs `verify-safeguarding-fixtures.py` at the end.)

## How they were made

- **DOCX**: sources are LibreOffice Writer flat-XML documents (`fixtures-src/safeguarding/*.fodt`),
  converted with `soffice --headless --convert-to "docx:MS Word 2007 XML"`; the bytes are
  LibreOffice's own output (`docProps/app.xml` says `LibreOffice/7.4.7.2...`). Each document is a
  title paragraph followed by one 2-column table (bold label cell | value cell), page header
  "OFFICIAL-SENSITIVE". A multi-line value is several paragraphs in one cell; an empty value is one
  empty paragraph.
- **Mail**: built with Python's `email` library: CRLF, Outlook-style headers (Thread-Topic,
  Thread-Index, Content-Language, X-MS-Has-Attach, fixed Message-IDs/dates/boundaries), To
  `YPSA Intake <intake@ypsa.test>`. Mails with an attachment are `multipart/mixed` holding a
  `multipart/alternative` (text/plain + text/html, quoted-printable) and the DOCX in base64 (decodes
  byte-identical to the file here). Body-only mails are a single `text/plain` part (us-ascii, 7bit)
  holding the title line, a blank line, then one `Label: value` line per field, then a signature.
- Values are plain ASCII (straight apostrophes, `-` hyphens) except the MASH DOCX title, which
  has an en dash (U+2013). "Today" in these fixtures is early December 2026. All people are
  fictional; phone numbers are 07700 900xxx; all mail domains end in `.test`.
""")

S.append("""## 1. Safeguarding Incident Report

Labels in order: %s.
Category is one of %s; Severity one of %s. Incident date and time is `dd/mm/yyyy hh:mm`.

| File | Rule exercised |
|---|---|
| `incident-high.docx` | Valid report from a provider: Response, RSP-OXC-02, **High**, **Missing**, social worker present (`d.fairweather-lusk@council.test`). |
| `incident-low-inhouse.docx` | Valid report from the council's in-house service "OCC in-house YPSA", OCC-CHE-01, **Low**, **Other**; both social worker cells **empty** (no social worker to notify). |
| `incident-missing-severity.docx` | **Invalid**: Severity cell empty (everything else complete). Must be rejected / flagged, not guessed. |
| `../mail/safeguarding-high-docx.eml` | From `Sam Carter <returns@response.provider.test>` (Response's domain), `X-Priority: 1`, attaches `incident-high.docx`. |
| `../mail/safeguarding-low-inhouse-docx.eml` | From `OCC YPSA Duty <duty@occ-ypsa.council.test>` (in-house domain), attaches `incident-low-inhouse.docx`. |
| `../mail/safeguarding-invalid-docx.eml` | From `Sam Carter <returns@response.provider.test>`, attaches `incident-missing-severity.docx`. |
| `../mail/safeguarding-critical-body.eml` | Form in the **body** (no attachment): first line is a sentence, then the title line `Safeguarding Incident Report`, then `Label: value` lines. OCC in-house YPSA, **Critical**, **Exploitation**, social worker email present. From `OCC YPSA Duty <duty@occ-ypsa.council.test>`, `X-Priority: 1`. |
""" % (", ".join("`%s`" % f for f in d.INCIDENT_FIELDS), ", ".join(d.CATEGORIES), ", ".join(d.SEVERITIES)))
for name, data in (("incident-high.docx", d.INCIDENT_HIGH), ("incident-low-inhouse.docx", d.INCIDENT_LOW),
                   ("incident-missing-severity.docx", d.INCIDENT_NO_SEVERITY),
                   ("safeguarding-critical-body.eml (body)", d.INCIDENT_CRITICAL)):
    S.append("### %s\n\n%s" % (name, table(data, d.INCIDENT_FIELDS)))

S.append("""## 2. Partnership Agency Intelligence Sharing Submission

Labels in order: %s.

| File | Rule exercised |
|---|---|
| `intel-ordinary.docx` | Ordinary (not urgent) intelligence in the past tense (visits on 24-26/11/2026) about a **child aged 17** (DOB 11/04/2009), mentions suspected **cuckooing** (exploitation indicator). Persons involved is **two lines** (two paragraphs in the cell): the named child, then two unknown males. |
| `../mail/intel-ordinary-docx.eml` | From `Sam Carter <returns@response.provider.test>`, attaches `intel-ordinary.docx`. |
| `../mail/intel-adult-body.eml` | Form in the body (title line first). Stonewater; ordinary past intelligence about an **adult** (DOB 07/06/1990) and a **vehicle**; no exploitation words (no cuckooing, county lines, exploitation, grooming, trafficking). From `Ottilie Mardle-Penrose <returns@stonewater.provider.test>`. |
| `../mail/intel-emergency-body.eml` | Form in the body (title line first). The Information describes a crime **happening now**: it contains `%s`. Should be treated as an emergency (direct to 999/police), not as routine intelligence. Persons involved is one line with two people separated by `; `. From `Ottilie Mardle-Penrose <returns@stonewater.provider.test>`. |
""" % (", ".join("`%s`" % f for f in d.INTEL_FIELDS), d.EMERGENCY_PHRASE))
for name, data in (("intel-ordinary.docx", d.INTEL_ORDINARY), ("intel-adult-body.eml (body)", d.INTEL_ADULT),
                   ("intel-emergency-body.eml (body)", d.INTEL_EMERGENCY)):
    S.append("### %s\n\n%s" % (name, table(data, d.INTEL_FIELDS)))

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
S.append("""## 3. Screening set

`screening-set.csv`: UTF-8 (no BOM), LF line endings, header `id,expected,text`; `text` is always
double-quoted (`""` inside). 60 rows (ids `S01`-`S60`, shuffled with a fixed seed so the id says
nothing about the label): **30 `urgent`** and **30 `ordinary`**. Each text is an "Information"
entry as a worker would write it in an intelligence submission.

- `urgent`: crime in progress, person in immediate danger, violence used or threatened now, or
  time-critical (e.g. "right now", "as we speak", "currently in a car", "is threatening",
  "has just been stabbed", "missing since this morning and is at risk tonight", "going to be moved
  to London tonight", "is being held", "banging on the door", "has a gun", "Overdose happening",
  "We need police now"). Several have no obvious keyword (e.g. heavy bleeding and drifting in and
  out of consciousness; a 16-year-old diabetic missing without insulin; lost and stranded at dusk;
  a text saying "they are making me go to Swindon with the phone tonight").
- `ordinary`: mentions violence, weapons, threats, danger, overdose or missing episodes only in
  the past or in general ("last month", "was assaulted in 2024", "has a history of carrying
  knives", "previously threatened", "rumoured to", "seen on several occasions", "police were
  called last week"). Tricky ones use "now"/"currently"/"right now" in another sense: "now lives in
  Banbury", "is now engaging with services", "From now on all visitors...", "Right now there are no
  concerns...", "She is currently on a youth conditional caution...", and a BB gun found (past) in
  a cupboard.
""")

S.append("""## 4. MASH referral (homeless / threatened 16-17-year-old, Stockport protocol)

Labels in order: %s.
Title: `%s` (with an en dash, U+2013).

| File | Rule exercised |
|---|---|
| `mash-referral.docx` | MASH referral for a **16-year-old** (DOB 23/06/2010), **Homeless**, mediation attempted **Yes** and unsuccessful, known to social care **N**. |
| `../mail/mash-referral-docx.eml` | From `Priya Venn <p.venn@housing.council.test>` (housing options, subdomain of council.test), attaches `mash-referral.docx`. |
| `../mail/mash-mediation-prevented-body.eml` | Body-only notice titled `%s` (title line first): mediation **prevented** homelessness, so no referral/placement is needed. Fields: %s. From `Priya Venn <p.venn@housing.council.test>`. |
""" % (", ".join("`%s`" % f for f in d.MASH_FIELDS), d.TITLE_MASH, d.TITLE_MEDIATION,
       ", ".join("`%s`" % f for f in d.MEDIATION_FIELDS)))
S.append("### mash-referral.docx\n\n" + table(d.MASH_REFERRAL, d.MASH_FIELDS))
S.append("### mash-mediation-prevented-body.eml (body)\n\n" + table(d.MEDIATION_PREVENTED, d.MEDIATION_FIELDS))

S.append("""## Mail headers (all To `YPSA Intake <intake@ypsa.test>`)

| File | From | Subject | Date |
|---|---|---|---|
| `safeguarding-high-docx.eml` | `Sam Carter <returns@response.provider.test>` | Safeguarding Incident Report - RSP-OXC-02 | Fri, 04 Dec 2026 00:21:07 +0000 |
| `safeguarding-low-inhouse-docx.eml` | `OCC YPSA Duty <duty@occ-ypsa.council.test>` | Safeguarding Incident Report - OCC-CHE-01 | Fri, 04 Dec 2026 17:09:44 +0000 |
| `safeguarding-invalid-docx.eml` | `Sam Carter <returns@response.provider.test>` | Safeguarding Incident Report - RSP-OXC-02 | Wed, 02 Dec 2026 21:25:13 +0000 |
| `safeguarding-critical-body.eml` | `OCC YPSA Duty <duty@occ-ypsa.council.test>` | URGENT - Safeguarding Incident Report - OCC-CHE-01 | Sat, 05 Dec 2026 02:41:26 +0000 |
| `intel-ordinary-docx.eml` | `Sam Carter <returns@response.provider.test>` | Intelligence sharing submission | Tue, 01 Dec 2026 14:55:02 +0000 |
| `intel-adult-body.eml` | `Ottilie Mardle-Penrose <returns@stonewater.provider.test>` | Intelligence sharing submission | Mon, 23 Nov 2026 10:08:51 +0000 |
| `intel-emergency-body.eml` | `Ottilie Mardle-Penrose <returns@stonewater.provider.test>` | Intelligence sharing submission | Sat, 05 Dec 2026 21:49:30 +0000 |
| `mash-referral-docx.eml` | `Priya Venn <p.venn@housing.council.test>` | MASH referral - homeless 16 year old | Wed, 02 Dec 2026 10:44:18 +0000 |
| `mash-mediation-prevented-body.eml` | `Priya Venn <p.venn@housing.council.test>` | Mediation Outcome Notice | Thu, 03 Dec 2026 15:20:37 +0000 |

`safeguarding-high-docx.eml` and `safeguarding-critical-body.eml` also carry `X-Priority: 1` and
`Importance: high`. Note that in body mails the `Label: value` lines are preceded by a greeting
sentence only in `safeguarding-critical-body.eml`; the intel and mediation bodies start with the
title line.
""")

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(S))
print("wrote", sys.argv[1])
