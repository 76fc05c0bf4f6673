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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fodt_writer import cell, doc, paras, row, title, two_column_table, write  # noqa: E402

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
