# Renderers for the w19 forms (independent author). Produces HTML for Word/PDF and plain text bodies.
import html as H

def e(s):
    return H.escape(s or "").replace("\n", "<br>")

CSS = """<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #444;padding:4px;vertical-align:top}
.sec{background:#d9d9d9;font-weight:bold}
.lab{background:#f2f2f2;width:38%}
.small{font-size:8pt;color:#444}
.logo{font-size:14pt;font-weight:bold}
</style>"""

def page(title, logo, inner, footer):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title>{CSS}</head><body>
<p class="logo">{logo}</p>
<h2>{e(title)}</h2>
{inner}
<p class="small">{footer}</p>
</body></html>"""

def cb(val, yes="Yes", no="No"):
    v = (val or "").lower()
    if v == "yes":
        return f"&#9746; {yes} &nbsp; &#9744; {no}"
    if v == "no":
        return f"&#9744; {yes} &nbsp; &#9746; {no}"
    return f"&#9744; {yes} &nbsp; &#9744; {no}"

def cbmulti(chosen, options):
    return " &nbsp; ".join(("&#9746; " if o[0] == chosen else "&#9744; ") + e(o[1]) for o in options)

# ---------- two-column table with section rows ----------
def two_col(sections, f, fmt=None):
    """sections: [(heading, [(code,label), ...]), ...]; fmt: {code: callable(value)->html}"""
    fmt = fmt or {}
    rows = []
    for head, items in sections:
        rows.append(f'<tr><td colspan="2" class="sec">{e(head)}</td></tr>')
        for code, label in items:
            val = f.get(code, "")
            cell = fmt[code](val) if code in fmt else e(val)
            rows.append(f'<tr><td class="lab">{e(label)}</td><td>{cell}</td></tr>')
    return "<table>" + "\n".join(rows) + "</table>"

# ---------- label-above-answer boxes, several per row ----------
def boxes(sections, f, fmt=None, cols=2):
    fmt = fmt or {}
    out = []
    for head, items in sections:
        out.append(f'<table><tr><td colspan="{cols}" class="sec">{e(head)}</td></tr>')
        row = []
        for it in items:
            code, label = it[0], it[1]
            span = it[2] if len(it) > 2 else 1
            val = f.get(code, "")
            cell = fmt[code](val) if code in fmt else e(val)
            row.append((f'<td colspan="{span}"><b>{e(label)}</b><br>{cell if cell else "&nbsp;"}</td>', span))
            if sum(s for _, s in row) >= cols:
                out.append("<tr>" + "".join(c for c, _ in row) + "</tr>")
                row = []
        if row:
            out.append("<tr>" + "".join(c for c, _ in row) + "</tr>")
        out.append("</table><br>")
    return "\n".join(out)

# ---------- numbered questions with Y/N column ----------
def numbered(sections, f, ynset=(), fmt=None):
    fmt = fmt or {}
    out = []
    n = 0
    for head, items in sections:
        out.append(f'<table><tr><td colspan="3" class="sec">{e(head)}</td></tr>'
                   '<tr><th style="width:6%">No.</th><th style="width:40%">Question</th><th>Answer</th></tr>')
        for code, label in items:
            n += 1
            val = f.get(code, "")
            if code in fmt:
                cell = fmt[code](val)
            elif code in ynset:
                cell = {"yes": "Y", "no": "N"}.get(val.lower(), e(val)) if val else ""
            else:
                cell = e(val)
            out.append(f"<tr><td>{n}</td><td>{e(label)}</td><td>{cell}</td></tr>")
        out.append("</table><br>")
    return "\n".join(out)

# ---------- plain-text bodies ----------
def body_colon(sections, f, heads=True):
    out = []
    for head, items in sections:
        if heads and head:
            out.append("")
            out.append(head)
        for code, label in items:
            out.append(f"{label}: {f.get(code, '')}".rstrip())
    return "\n".join(out).strip("\n")

def body_above(sections, f, heads=True):
    out = []
    for head, items in sections:
        if heads and head:
            out.append("")
            out.append(head.upper())
            out.append("")
        for code, label in items:
            out.append(label)
            out.append(f.get(code, "") or "")
            out.append("")
    return "\n".join(out).strip("\n")

def body_numbered(sections, f):
    out = []
    n = 0
    for head, items in sections:
        if head:
            out.append("")
            out.append(head)
        for code, label in items:
            n += 1
            out.append(f"{n}. {label}")
            out.append(f"   {f.get(code, '')}".rstrip())
    return "\n".join(out).strip("\n")

def forwarded(top, orig_from, orig_to, orig_sent, orig_subject, inner):
    return (f"{top}\n\n-----Original Message-----\nFrom: {orig_from}\nSent: {orig_sent}\nTo: {orig_to}\n"
            f"Subject: {orig_subject}\n\n{inner}")
