import datetime as _dt, html as _h

def _d(s):
    return _dt.date.fromisoformat(s)

def _ord(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

def dlong(s):   # Fri 27th Nov 2026
    d = _d(s); return f"{d.strftime('%a')} {_ord(d.day)} {d.strftime('%b %Y')}"

def dfull(s):   # Friday 27th November 2026
    d = _d(s); return f"{d.strftime('%A')} {_ord(d.day)} {d.strftime('%B %Y')}"

def ddot(s):    # 27.11.26
    d = _d(s); return d.strftime('%d.%m.%y')

def dslash(s):  # 27/11/2026
    d = _d(s); return d.strftime('%d/%m/%Y')

def dshort(s):  # 27/11
    d = _d(s); return f"{d.day}/{d.month}"

def ddm(s):     # 27 November 2026
    d = _d(s); return f"{d.day} {d.strftime('%B %Y')}"

e = lambda s: _h.escape(s).replace("\n", "<br>")

CSS = """
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;}
table{border-collapse:collapse;width:100%;}
td,th{border:1px solid #444;padding:4px;vertical-align:top;font-size:10pt;}
.h{background:#1f4e79;color:#ffffff;font-weight:bold;}
.h2{background:#d9e2f3;font-weight:bold;}
.l{background:#f2f2f2;font-weight:bold;width:38%;}
.hint{font-weight:normal;font-style:italic;font-size:8pt;color:#555;}
.logo{font-size:14pt;font-weight:bold;color:#1f4e79;}
.foot{font-size:8pt;color:#555;border-top:1px solid #999;margin-top:12px;}
"""

def _label(lbl):
    # "Label (hint)" -> hint in small italic when written as 'Label||hint'
    if "||" in lbl:
        a, b = lbl.split("||", 1)
        return f"{e(a)}<br><span class='hint'>{e(b)}</span>"
    return e(lbl)

def plain_label(lbl):
    if "||" in lbl:
        a, b = lbl.split("||", 1)
        return f"{a} ({b})"
    return lbl

def page(title, logo, intro, body_html, footer):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title><style>{CSS}</style></head><body>
<p class="logo">{logo}</p>
<h2>{e(title)}</h2>
{('<p>'+intro+'</p>') if intro else ''}
{body_html}
<p class="foot">{footer}</p>
</body></html>"""

def render(style, sections):
    """sections: list of (heading, items); item = (code, label, display[, norm])"""
    out = []
    if style == "twocol":
        out.append("<table>")
        for head, items in sections:
            if head:
                out.append(f"<tr><td colspan='2' class='h'>{e(head)}</td></tr>")
            for it in items:
                out.append(f"<tr><td class='l'>{_label(it[1])}</td><td>{e(it[2]) or '&nbsp;'}</td></tr>")
        out.append("</table>")
    elif style == "boxes":
        for head, items in sections:
            out.append("<table>")
            if head:
                out.append(f"<tr><td class='h'>{e(head)}</td></tr>")
            for it in items:
                out.append(f"<tr><td class='h2'>{_label(it[1])}</td></tr><tr><td style='height:28px'>{e(it[2]) or '&nbsp;'}</td></tr>")
            out.append("</table><br>")
    elif style == "grid":
        out.append("<table>")
        for head, items in sections:
            if head:
                out.append(f"<tr><td colspan='4' class='h'>{e(head)}</td></tr>")
            row = []
            for it in items:
                if len(it) > 4 and it[4] == "wide":
                    if row:
                        out.append("<tr>" + "".join(row) + "<td colspan='2'></td></tr>"); row = []
                    out.append(f"<tr><td class='l'>{_label(it[1])}</td><td colspan='3'>{e(it[2]) or '&nbsp;'}</td></tr>")
                    continue
                row.append(f"<td class='l' style='width:20%'>{_label(it[1])}</td><td style='width:30%'>{e(it[2]) or '&nbsp;'}</td>")
                if len(row) == 2:
                    out.append("<tr>" + "".join(row) + "</tr>"); row = []
            if row:
                out.append("<tr>" + "".join(row) + "<td colspan='2'></td></tr>")
        out.append("</table>")
    elif style == "numbered":
        n = 0
        out.append("<table>")
        for head, items in sections:
            if head:
                out.append(f"<tr><td colspan='3' class='h'>{e(head)}</td></tr>")
            for it in items:
                n += 1
                out.append(f"<tr><td style='width:5%'><b>{n}.</b></td><td class='l'>{_label(it[1])}</td><td>{e(it[2]) or '&nbsp;'}</td></tr>")
        out.append("</table>")
    elif style == "yn":
        # Y/N column for yes/no questions, answer column otherwise
        out.append("<table><tr><th class='h2'>Question</th><th class='h2' style='width:8%'>Y/N</th><th class='h2'>Details</th></tr>")
        for head, items in sections:
            if head:
                out.append(f"<tr><td colspan='3' class='h'>{e(head)}</td></tr>")
            for it in items:
                if len(it) > 4 and it[4] == "yn":
                    yn, det = it[2].split("|", 1) if "|" in it[2] else (it[2], "")
                    out.append(f"<tr><td class='l'>{_label(it[1])}</td><td style='text-align:center'>{e(yn)}</td><td>{e(det) or '&nbsp;'}</td></tr>")
                else:
                    out.append(f"<tr><td class='l'>{_label(it[1])}</td><td colspan='2'>{e(it[2]) or '&nbsp;'}</td></tr>")
        out.append("</table>")
    return "\n".join(out)

def values_of(sections):
    v = {}
    for _, items in sections:
        for it in items:
            if it[0] is None:
                continue
            explicit = len(it) > 3 and it[3] is not None
            norm = it[3] if explicit else it[2]
            if it[0] in ("DATE_OF_BIRTH", "DATE_NEEDED", "FGC_DATE", "MEDIATION_DATE", "WHEN", "INCIDENT_DATE") and not explicit:
                continue
            if norm == "" or norm is None or (not explicit and norm.startswith("N/A")):
                continue
            v[it[0]] = norm
    return v
