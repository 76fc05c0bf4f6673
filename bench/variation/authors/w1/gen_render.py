# Renderers for the five voices: HTML (Word/PDF templates) and typed email bodies.
import html as _h

def e(s):
    return _h.escape(s or "").replace("\n", "<br>")

def yn_box(v, yes="Yes", no="No"):
    """v: 'yes' / 'no' / '' -> check boxes"""
    return f"{'☒' if v=='yes' else '☐'} {yes}&nbsp;&nbsp;{'☒' if v=='no' else '☐'} {no}"

CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #555;padding:4px;vertical-align:top}
.h{background:#1f3864;color:#fff;font-weight:bold}
.g{background:#d9e2f3;font-style:italic;font-size:8.5pt}
.l{background:#f2f2f2;width:38%;font-weight:bold}
.small{font-size:8pt;color:#444}
</style>"""

def page(title_html, body_html, footer):
    return (f"<html><head><meta charset='utf-8'><title>form</title>{CSS}</head><body>"
            f"{title_html}{body_html}<p class='small'>{footer}</p></body></html>")

# ---------- county council children's social work (long Word template) ----------
def council_table(sections):
    """sections: list of (heading, guidance or None, rows); row = (label, value) | ('pairs', [(l,v),(l,v)]) | ('full', label, value)"""
    out = ["<table>"]
    for heading, guidance, rows in sections:
        out.append(f"<tr><td class='h' colspan='4'>{e(heading)}</td></tr>")
        if guidance:
            out.append(f"<tr><td class='g' colspan='4'>{e(guidance)}</td></tr>")
        for r in rows:
            if r[0] == 'pairs':
                cells = "".join(f"<td class='l'>{e(l)}</td><td>{v if str(v).startswith('☐') or str(v).startswith('☒') else e(v)}</td>" for l, v in r[1])
                out.append(f"<tr>{cells}</tr>")
            elif r[0] == 'full':
                out.append(f"<tr><td class='l' colspan='4'>{e(r[1])}</td></tr><tr><td colspan='4'>{e(r[2]) or '&nbsp;'}</td></tr>")
            else:
                l, v = r
                vv = v if (v.startswith('☐') or v.startswith('☒')) else e(v)
                out.append(f"<tr><td class='l'>{e(l)}</td><td colspan='3'>{vv or '&nbsp;'}</td></tr>")
    out.append("</table>")
    return "\n".join(out)

# ---------- label/answer boxes (label above answer) ----------
def boxes(rows, per_row=1):
    out = ["<table>"]
    i = 0
    while i < len(rows):
        r = rows[i]
        if r[0] == 'head':
            out.append(f"<tr><td class='h' colspan='{per_row}'>{e(r[1])}</td></tr>"); i += 1; continue
        chunk = []
        while i < len(rows) and rows[i][0] != 'head' and len(chunk) < per_row:
            chunk.append(rows[i]); i += 1
        cells = ""
        for l, v in chunk:
            vv = v if (v.startswith('☐') or v.startswith('☒')) else e(v)
            span = per_row - len(chunk) + 1 if (l, v) == chunk[-1] else 1
            cells += f"<td colspan='{span}'><b>{e(l)}</b><br>{vv or '&nbsp;'}</td>"
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)

# ---------- typed bodies ----------
def lines_colon(rows):
    out = []
    for r in rows:
        if r[0] == 'head':
            out.append(""); out.append(r[1]); continue
        l, v = r
        out.append(f"{l}: {v}")
    return "\n".join(out).strip("\n")

def lines_under(rows):
    out = []
    for r in rows:
        if r[0] == 'head':
            out.append(""); out.append(r[1].upper()); out.append(""); continue
        l, v = r
        out.append(l); out.append(v if v else ""); out.append("")
    return "\n".join(out).strip("\n")

def numbered(rows):
    out, n = [], 1
    for r in rows:
        if r[0] == 'head':
            out.append(""); out.append(r[1]); continue
        l, v = r
        out.append(f"{n}. {l}"); out.append(f"   {v}" if v else "   "); n += 1
    return "\n".join(out).strip("\n")
