import html as H
FORMS = []
def esc(s): return H.escape(str(s)).replace("\n", "<br>")

def add(id, form, frm, subject, body, values, attachment=None, expect="routed", missing=None, html=None, voice=""):
    FORMS.append(dict(id=id, form=form, expect=expect, missing=missing, **{"from": frm}, subject=subject,
                      body=body, attachment=attachment, values=values, _html=html, _voice=voice))

def page(title, inner, logo, footer, font="Arial"):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:{font}; font-size:10pt">
{logo}
{inner}
<p style="font-size:7pt; color:#555555">{footer}</p>
</body></html>"""

def two_col(sections, lw="38%", shade="#D9E2F3", head="#1F3864"):
    out = ['<table border="1" cellpadding="4" cellspacing="0" width="100%">']
    for heading, rows in sections:
        if heading:
            out.append(f'<tr><td colspan="2" bgcolor="{head}"><font color="#FFFFFF"><b>{esc(heading)}</b></font></td></tr>')
        for lab, val in rows:
            out.append(f'<tr><td width="{lw}" bgcolor="{shade}"><b>{lab}</b></td><td>{esc(val)}</td></tr>')
    out.append('</table>')
    return "\n".join(out)

def multi_col(sections, shade="#F2F2F2", head="#404040"):
    """rows are lists of (label, value) pairs, laid out label|value|label|value"""
    out = ['<table border="1" cellpadding="3" cellspacing="0" width="100%">']
    for heading, rows in sections:
        n = max(len(r) for r in rows) * 2
        if heading:
            out.append(f'<tr><td colspan="{n}" bgcolor="{head}"><font color="#FFFFFF"><b>{esc(heading)}</b></font></td></tr>')
        for r in rows:
            cells = []
            for i, (lab, val) in enumerate(r):
                span = n - 2*len(r) + 1 if i == len(r)-1 else 1
                cells.append(f'<td bgcolor="{shade}"><b>{lab}</b></td><td colspan="{span}">{esc(val)}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append('</table>')
    return "\n".join(out)

def above(sections, head="#6A1B9A", labcol="#6A1B9A"):
    """label above each box; rows are lists of (label, value)"""
    out = []
    for heading, rows in sections:
        if heading:
            out.append(f'<p style="margin-bottom:2pt"><font color="{head}" size="3"><b>{esc(heading)}</b></font></p>')
        out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#BBBBBB">')
        for r in rows:
            w = int(100/len(r))
            out.append("<tr>" + "".join(
                f'<td width="{w}%" valign="top"><font size="1" color="{labcol}">{lab}</font><br>{esc(val) if val else "&nbsp;"}</td>'
                for lab, val in r) + "</tr>")
        out.append('</table>')
    return "\n".join(out)

def numbered(items, start=1):
    out = []
    for i, (q, a) in enumerate(items, start):
        out.append(f'<p style="margin-bottom:1pt"><b>{i}. {q}</b></p>')
        out.append(f'<table border="1" cellpadding="5" cellspacing="0" width="100%"><tr><td>{esc(a) if a else "&nbsp;"}</td></tr></table>')
    return "\n".join(out)

def yn(v, yes="Yes", no="No"):
    return f"☒ {yes} ☐ {no}" if v else f"☐ {yes} ☒ {no}"
