#!/usr/bin/env python3
"""Writes the LibreOffice Writer flat-XML sources (*.fodt) for the referral / risk-concern fixtures.

usage: make-referral-fodt.py <output dir>

The values come from fixture_data.py. The .fodt files are ordinary Writer documents: open one in
LibreOffice Writer to look at it. make-referral-fixtures.sh converts them to .docx / .pdf with
soffice, so every byte of the fixtures is LibreOffice's own output.
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture_data as d  # noqa: E402

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:language="en" fo:country="GB"/>
  </style:default-style>
  <style:default-style style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="center"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Intro" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Section" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:color="#ffffff" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T2" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="T2.A" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
  <style:style style:name="T2.B" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
  <style:style style:name="T4" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="T4.A" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="T4.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="TR" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="TR.A" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
  <style:style style:name="TR.B" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
  <style:style style:name="TR.C" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
  <style:style style:name="RW" style:family="table-row">
   <style:table-row-properties fo:keep-together="always"/>
  </style:style>
  <style:style style:name="CL" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#d9e2f3" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="CV" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="CS" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#1f3864" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="gr1" style:family="graphic">
   <style:graphic-properties style:vertical-pos="middle" style:vertical-rel="text"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">OFFICIAL-SENSITIVE</text:p></style:header>
  </style:master-page>
 </office:master-styles>
"""


def doc(title, author, created, body, forms=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            ' <office:meta>\n  <dc:title>%s</dc:title>\n  <meta:initial-creator>%s</meta:initial-creator>\n'
            '  <dc:creator>%s</dc:creator>\n  <meta:creation-date>%s</meta:creation-date>\n  <dc:date>%s</dc:date>\n'
            '  <dc:language>en-GB</dc:language>\n </office:meta>\n%s'
            ' <office:body>\n  <office:text>\n%s%s  </office:text>\n </office:body>\n</office:document>\n'
            % (NS, escape(title), escape(author), escape(author), created, created, STYLES, forms, body))


def paras(value, style="Standard"):
    """A cell's content: one <text:p> per line of the value (an empty value gives one empty paragraph)."""
    return "".join('<text:p text:style-name="%s">%s</text:p>' % (style, escape(line))
                   for line in (value.split("\n") if value else [""]))


def cell(content, style="CV", span=1):
    attrs = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    c = '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (style, attrs, content)
    return c + "<table:covered-table-cell/>" * (span - 1)


def row(*cells):
    # RW: a row never breaks across a page (Word: "Allow row to break across pages" off)
    return '    <table:table-row table:style-name="RW">' + "".join(cells) + "</table:table-row>\n"


def title(text, style="Title"):
    return '   <text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))


def two_column_table(name, items):
    rows = "".join(row(cell(paras(label, "Label"), "CL"), cell(paras(value))) for label, value in items)
    return ('   <table:table table:name="%s" table:style-name="T2">\n'
            '    <table:table-column table:style-name="T2.A"/><table:table-column table:style-name="T2.B"/>\n'
            '%s   </table:table>\n' % (name, rows))


def write(name, content):
    with open(os.path.join(OUT, name + ".fodt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print("wrote", name + ".fodt")


def referral_2col(name, data, fields, author, created):
    body = title(d.TITLE_NON_EMERGENCY) + two_column_table("Referral", [(f, data[f]) for f in fields])
    write(name, doc(d.TITLE_NON_EMERGENCY, author, created, body))


# 1 and 3: NON-EMERGENCY, plain 2-column label | value table, no section rows.
referral_2col("referral-nonemergency-table", d.TAMSIN, d.NON_EMERGENCY_FIELDS, "Rita Okafor", "2026-11-30T15:42:10")
referral_2col("referral-nonemergency-no-fgc", d.BARNABY, d.NON_EMERGENCY_FIELDS, "Rita Okafor", "2026-11-30T16:05:44")

# 2 (and 5): EMERGENCY, 4-column table. Short fields sit in pairs (label | value | label | value);
# long ones have their value merged across the last three columns; section rows span all four.
E = d.CORWIN
PAIR, WIDE = "pair", "wide"
layout = [
    ("Section 1 - About the young person", None),
    (WIDE, d.NAME), (PAIR, d.DOB, d.GENDER), (PAIR, d.LCS, d.LEGAL), (WIDE, d.ADDRESS),
    (WIDE, d.LOCALITY), (PAIR, d.UASC, d.PARENT),
    ("Section 2 - Referrer and social worker / PA", None),
    (PAIR, d.REF_NAME, d.REF_ROLE), (PAIR, d.ORG, d.REF_PHONE), (WIDE, d.REF_EMAIL),
    (WIDE, d.SW_NAME), (WIDE, d.SW_EMAIL),  # e-mail addresses get a wide cell so they never wrap
    ("Section 3 - Family Group Conference and diversion", None),
    (PAIR, d.FGC, d.FGC_DATE), (WIDE, d.DIVERSION),
    ("Section 4 - Reason for referral and risks", None),
    (WIDE, d.IMMEDIATE), (WIDE, d.REASON), (WIDE, d.RISK_SELF), (WIDE, d.RISK_OTHERS), (WIDE, d.RISK_FROM),
    (WIDE, d.EXPLOITATION), (WIDE, d.SUBSTANCE), (WIDE, d.OFFENDING), (WIDE, d.MENTAL), (WIDE, d.SUPPORT),
    ("Section 5 - Accommodation and consent", None),
    (PAIR, d.DATE_NEEDED, d.CONSENT), (WIDE, d.BASIS),
]
seen = [f for item in layout if item[0] in (PAIR, WIDE) for f in item[1:]]
assert sorted(seen) == sorted(d.EMERGENCY_FIELDS), "emergency layout must hold every field exactly once"
rows = ""
for item in layout:
    if item[0] == WIDE:
        rows += row(cell(paras(item[1], "Label"), "CL"), cell(paras(E[item[1]]), span=3))
    elif item[0] == PAIR:
        rows += row(cell(paras(item[1], "Label"), "CL"), cell(paras(E[item[1]])),
                    cell(paras(item[2], "Label"), "CL"), cell(paras(E[item[2]])))
    else:
        rows += row(cell(paras(item[0], "Section"), "CS", span=4))
body = (title(d.TITLE_EMERGENCY)
        + title("Emergency referrals: phone the YPSA duty line as well as emailing this form.", "Intro")
        + '   <table:table table:name="Referral" table:style-name="T4">\n'
        '    <table:table-column table:style-name="T4.A"/><table:table-column table:style-name="T4.B"/>'
        '<table:table-column table:style-name="T4.A"/><table:table-column table:style-name="T4.B"/>\n'
        + rows + '   </table:table>\n')
write("referral-emergency-table-4col", doc(d.TITLE_EMERGENCY, "Jonah Pemberton-Quaile", "2026-12-01T18:21:37", body))

# 4: NON-EMERGENCY as a fillable form: label | form control. Text boxes (multi-line for long
# answers) and a check box for each Y/N field. Control name = label without the apostrophe;
# the control's help text (HelpText, exported to PDF as the field tooltip /TU) and its "additional
# information" (form:title, the Tag property) = the exact label.
LONG = {d.ADDRESS, d.DIVERSION, d.REASON, d.RISK_SELF, d.RISK_OTHERS, d.RISK_FROM, d.EXPLOITATION,
        d.SUBSTANCE, d.OFFENDING, d.MENTAL, d.SUPPORT, d.BASIS}
controls, rows = "", ""
MULTI = '<form:property form:property-name="MultiLine" office:value-type="boolean" office:boolean-value="true"/>'
for i, label in enumerate(d.NON_EMERGENCY_FIELDS, 1):
    cid = "control%d" % i
    name = quoteattr(label.replace("'", ""))
    value = d.ORLA[label]
    # HelpText (the "Help text" box of the control's properties) is what the PDF export writes as /TU.
    help_text = ('<form:properties><form:property form:property-name="HelpText" office:value-type="string" '
                 'office:string-value=%s/></form:properties>' % quoteattr(label))
    common = 'form:name=%s xml:id="%s" form:id="%s" form:title=%s' % (name, cid, cid, quoteattr(label))
    if label in d.YES_NO_FIELDS:
        state = "checked" if value == "Yes" else "unchecked"
        controls += ('     <form:checkbox %s form:control-implementation="ooo:com.sun.star.form.component.CheckBox" '
                     'form:label="Yes" form:value="Yes" form:current-state="%s" form:state="%s" '
                     'form:image-position="center">%s</form:checkbox>\n' % (common, state, state, help_text))
        w, h = "2.5cm", "0.6cm"
    elif label in LONG:
        controls += ('     <form:textarea %s form:control-implementation="ooo:com.sun.star.form.component.TextField" '
                     'form:current-value=%s>%s</form:textarea>\n'
                     % (common, quoteattr(value), help_text.replace('</form:properties>', MULTI + '</form:properties>')))
        w, h = "10.6cm", "1.5cm"
    else:
        controls += ('     <form:text %s form:control-implementation="ooo:com.sun.star.form.component.TextField" '
                     'form:current-value=%s>%s</form:text>\n' % (common, quoteattr(value), help_text))
        w, h = "10.6cm", "0.65cm"
    ctl = ('<text:p text:style-name="Standard"><draw:control text:anchor-type="as-char" draw:z-index="%d" '
           'draw:style-name="gr1" svg:width="%s" svg:height="%s" draw:control="%s"/></text:p>' % (i - 1, w, h, cid))
    rows += row(cell(paras(label, "Label"), "CL"), cell(ctl))
forms = ('   <office:forms form:automatic-focus="false" form:apply-design-mode="false">\n'
         '    <form:form form:name="Referral" form:apply-filter="true" form:command-type="table" '
         'form:control-implementation="ooo:com.sun.star.form.component.Form">\n'
         + controls + '    </form:form>\n   </office:forms>\n')
body = (title(d.TITLE_NON_EMERGENCY)
        + title("Complete every field and email the form to intake@ypsa.test. Dates as dd/mm/yyyy.", "Intro")
        + '   <table:table table:name="Referral" table:style-name="T2">\n'
        '    <table:table-column table:style-name="T2.A"/><table:table-column table:style-name="T2.B"/>\n'
        + rows + '   </table:table>\n')
write("referral-nonemergency-form", doc(d.TITLE_NON_EMERGENCY, "Hollis Brackenbury", "2026-11-30T11:03:52", body, forms))

# 6: the provider's Risk Concern response, complete and with the last answer left empty.
for name, data in (("risk-concern", d.RISK_CONCERN), ("risk-concern-missing-part", d.RISK_CONCERN_MISSING)):
    body = title(d.TITLE_RISK_CONCERN) + two_column_table("RiskConcern", list(data.items()))
    write(name, doc(d.TITLE_RISK_CONCERN, "Sam Carter", "2026-12-02T10:14:03", body))

# 7: a one-page risk assessment to travel with the risk concern.
det = "".join(row(cell(paras(k, "Label"), "CL"), cell(paras(v))) for k, v in d.RISK_ASSESSMENT_DETAILS)
risks = row(*(cell(paras(h, "Label"), "CL") for h in ("Risk", "Level", "Current controls", "Gaps")))
risks += "".join(row(*(cell(paras(v)) for v in r)) for r in d.RISK_ASSESSMENT_ROWS)
body = (title(d.TITLE_RISK_ASSESSMENT)
        + '   <table:table table:name="Details" table:style-name="T2">\n'
        '    <table:table-column table:style-name="T2.A"/><table:table-column table:style-name="T2.B"/>\n'
        + det + '   </table:table>\n'
        + title("Risks identified", "Heading2")
        + '   <table:table table:name="Risks" table:style-name="TR">\n'
        '    <table:table-column table:style-name="TR.A"/><table:table-column table:style-name="TR.B"/>'
        '<table:table-column table:style-name="TR.C"/><table:table-column table:style-name="TR.C"/>\n'
        + risks + '   </table:table>\n'
        + title("Outcome", "Heading2")
        + '   <text:p text:style-name="Standard">%s</text:p>\n' % escape(d.RISK_ASSESSMENT_OUTCOME)
        + title("Sign-off", "Heading2")
        + '   <text:p text:style-name="Standard">Sam Carter, Service Manager, Response - 02/12/2026</text:p>\n')
write("risk-assessment", doc(d.TITLE_RISK_ASSESSMENT, "Sam Carter", "2026-12-02T09:37:20", body))
