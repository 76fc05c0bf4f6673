import html as H

def esc(s):
    return H.escape(s).replace("\n", "<br>")

# sections: list of (heading or None, rows); row = (label, value) or (label, yn, details)

def page(title, logo, body, footer, header=None):
    hd = f'<p><font size="1" color="#555555">{esc(header)}</font></p>' if header else ''
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 10pt">
{hd}
<p align="right"><font color="#1F4E79"><b>{esc(logo)}</b></font></p>
<h2 align="center">{esc(title)}</h2>
{body}
<p><font size="1">{esc(footer)}</font></p>
</body></html>"""

def head_row(h, span, colour="#1F4E79"):
    return f'<tr><td colspan="{span}" bgcolor="{colour}"><font color="#FFFFFF"><b>{esc(h)}</b></font></td></tr>'

def two_col(sections, colour="#1F4E79", lw="38%"):
    out = ['<table border="1" cellpadding="5" cellspacing="0" width="100%">']
    for h, rows in sections:
        if h:
            out.append(head_row(h, 2, colour))
        for r in rows:
            if len(r) == 3:
                r = (r[0], (r[1] + (" - " + r[2] if r[2] else "")))
            out.append(f'<tr><td width="{lw}" bgcolor="#F2F2F2"><b>{esc(r[0])}</b></td><td>{esc(r[1])}</td></tr>')
    out.append('</table>')
    return "\n".join(out)

def boxes(sections, per_row=2, colour="#385723"):
    out = ['<table border="1" cellpadding="5" cellspacing="0" width="100%">']
    for h, rows in sections:
        if h:
            out.append(head_row(h, per_row, colour))
        i = 0
        while i < len(rows):
            r = rows[i]
            lab = r[0]
            val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
            if len(val) > 70 or lab.startswith("!"):
                out.append(f'<tr><td colspan="{per_row}"><font size="1"><b>{esc(lab.lstrip("!"))}</b></font><br>{esc(val)}</td></tr>')
                i += 1
                continue
            cells = []
            while i < len(rows) and len(cells) < per_row:
                r = rows[i]
                val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
                if (len(val) > 70 or r[0].startswith("!")) and cells:
                    break
                if len(val) > 70:
                    break
                cells.append(f'<td width="{100//per_row}%"><font size="1"><b>{esc(r[0])}</b></font><br>{esc(val) or "&nbsp;"}</td>')
                i += 1
            while len(cells) < per_row:
                cells.append('<td>&nbsp;</td>')
            out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</table>')
    return "\n".join(out)

def multi_pair(sections, colour="#7F6000"):
    out = ['<table border="1" cellpadding="4" cellspacing="0" width="100%">']
    for h, rows in sections:
        if h:
            out.append(head_row(h, 4, colour))
        short = []
        def flush():
            while short:
                a = short.pop(0)
                b = short.pop(0) if short else ("", "")
                out.append(f'<tr><td bgcolor="#FFF2CC"><b>{esc(a[0])}</b></td><td>{esc(a[1])}</td>'
                           f'<td bgcolor="#FFF2CC"><b>{esc(b[0])}</b></td><td>{esc(b[1])}</td></tr>')
        for r in rows:
            val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
            if len(val) > 45:
                flush()
                out.append(f'<tr><td bgcolor="#FFF2CC"><b>{esc(r[0])}</b></td><td colspan="3">{esc(val)}</td></tr>')
            else:
                short.append((r[0], val))
        flush()
    out.append('</table>')
    return "\n".join(out)

def numbered(sections, colour="#44546A"):
    out = ['<table border="1" cellpadding="4" cellspacing="0" width="100%">']
    for si, (h, rows) in enumerate(sections, 1):
        if h:
            out.append(head_row(f"{si}. {h}", 3, colour))
        for qi, r in enumerate(rows, 1):
            val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
            out.append(f'<tr><td width="7%">{si}.{qi}</td><td width="38%">{esc(r[0])}</td><td>{esc(val)}</td></tr>')
    out.append('</table>')
    return "\n".join(out)

def yn_table(sections, colour="#833C0B"):
    out = ['<table border="1" cellpadding="4" cellspacing="0" width="100%">']
    for h, rows in sections:
        if h:
            out.append(head_row(h, 3, colour))
        if any(len(r) == 3 for r in rows):
            out.append('<tr><td bgcolor="#FBE4D5"><b>Question</b></td><td bgcolor="#FBE4D5" width="8%"><b>Y/N</b></td><td bgcolor="#FBE4D5"><b>Details / comments</b></td></tr>')
        for r in rows:
            if len(r) == 3:
                out.append(f'<tr><td>{esc(r[0])}</td><td align="center">{esc(r[1])}</td><td>{esc(r[2])}</td></tr>')
            else:
                out.append(f'<tr><td bgcolor="#F2F2F2"><b>{esc(r[0])}</b></td><td colspan="2">{esc(r[1])}</td></tr>')
    out.append('</table>')
    return "\n".join(out)

# ---------- plain-text bodies ----------

def t_colon(sections, upper=True):
    out = []
    for h, rows in sections:
        if h:
            out.append("")
            out.append(h.upper() if upper else h)
        for r in rows:
            val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
            out.append(f"{r[0]}: {val}".rstrip() if val else f"{r[0]}:")
    return "\n".join(out).strip("\n")

def t_above(sections):
    out = []
    for h, rows in sections:
        if h:
            out.append("")
            out.append("*** " + h + " ***")
        for r in rows:
            val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
            out.append("")
            out.append(r[0])
            out.append(val)
    return "\n".join(out).strip("\n")

def t_numq(sections):
    out = []
    for si, (h, rows) in enumerate(sections, 1):
        out.append("")
        if h:
            out.append(f"{si}. {h}")
        for qi, r in enumerate(rows, 1):
            val = r[1] if len(r) == 2 else r[1] + (" - " + r[2] if r[2] else "")
            out.append(f"{si}.{qi} {r[0]} {val}".rstrip())
    return "\n".join(out).strip("\n")

def sec_from(template, d, blank=(), omit=()):
    """template: list of (heading, [(FIELD, label)]); d: FIELD->display"""
    out = []
    for h, items in template:
        rows = []
        for it in items:
            f, lab = it[0], it[1]
            if f in omit:
                continue
            if f in blank:
                rows.append((lab, "") if len(it) == 2 else (lab, "", ""))
                continue
            if f not in d:
                continue
            v = d[f]
            if isinstance(v, tuple):
                rows.append((lab, v[0], v[1]))
            else:
                rows.append((lab, v))
        if rows:
            out.append((h, rows))
    return out
