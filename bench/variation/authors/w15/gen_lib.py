# helpers for w15 forms: renderers for typed bodies and HTML "Word template" documents
import html as H

CB_ON, CB_OFF = "\u2612", "\u2610"


def cb(opts, sel):
    """check-box grid item value"""
    if isinstance(sel, str):
        sel = [sel]
    return ("cb", opts, sel)


def yn(v, style="YN"):
    return ("yn", v, style)


def _esc(s):
    return H.escape(s).replace("\n", "<br>")


def cb_text(v):
    _, opts, sel = v
    return "  ".join((CB_ON if o in sel else CB_OFF) + " " + o for o in opts)


def yn_text(v):
    _, val, style = v
    if val is None:
        return ""
    if style == "YN":
        return "Y" if val else "N"
    if style == "CAPS":
        return "YES" if val else "NO"
    if style == "grid":
        return (CB_ON if val else CB_OFF) + " Yes  " + (CB_OFF if val else CB_ON) + " No"
    return "Yes" if val else "No"


def val_text(v):
    if isinstance(v, tuple) and v[0] == "cb":
        return cb_text(v)
    if isinstance(v, tuple) and v[0] == "yn":
        return yn_text(v)
    return v


# ---------------- typed bodies ----------------

def body_colon(title, sections, top="", bottom=""):
    out = []
    if top:
        out.append(top.rstrip() + "\n")
    out.append(title)
    out.append("=" * len(title))
    for head, items in sections:
        if head:
            out.append("")
            out.append(head)
        for lab, v in items:
            out.append(f"{lab}: {val_text(v)}".rstrip())
    if bottom:
        out.append("")
        out.append(bottom.rstrip())
    return "\n".join(out) + "\n"


def body_above(title, sections, top="", bottom=""):
    out = []
    if top:
        out.append(top.rstrip() + "\n")
    out.append(title)
    out.append("")
    for head, items in sections:
        if head:
            out.append("--- " + head + " ---")
            out.append("")
        for lab, v in items:
            out.append(lab)
            t = val_text(v)
            out.append(t if t else "")
            out.append("")
    if bottom:
        out.append(bottom.rstrip())
    return "\n".join(out).rstrip() + "\n"


def body_numbered(title, sections, top="", bottom=""):
    out = []
    if top:
        out.append(top.rstrip() + "\n")
    out.append(title)
    out.append("")
    n = 0
    for head, items in sections:
        if head:
            out.append(head.upper())
        for lab, v in items:
            n += 1
            t = val_text(v)
            out.append(f"{n}. {lab}")
            out.append(f"   {t}" if t else "")
        out.append("")
    if bottom:
        out.append(bottom.rstrip())
    return "\n".join(out).rstrip() + "\n"


# ---------------- HTML documents ----------------

CSS = """
body { font-family: Arial, sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000000; padding: 4px; vertical-align: top; font-size: 10pt; }
td.lab { background-color: #D9D9D9; font-weight: bold; }
td.sec { background-color: #404040; color: #FFFFFF; font-weight: bold; font-size: 11pt; }
td.sec2 { background-color: #BFBFBF; font-weight: bold; font-size: 11pt; }
p.logo { font-size: 14pt; font-weight: bold; }
p.foot { font-size: 8pt; color: #555555; }
span.hint { font-size: 8pt; font-weight: normal; font-style: italic; }
"""


def _cell_val(v):
    if isinstance(v, tuple) and v[0] == "cb":
        return "&nbsp;&nbsp; ".join((CB_ON if o in v[2] else CB_OFF) + "&nbsp;" + _esc(o) for o in v[1])
    if isinstance(v, tuple) and v[0] == "yn":
        t = yn_text(v)
        return _esc(t) if t else "&nbsp;"
    return _esc(v) if v else "&nbsp;"


def _lab(lab):
    # text in [square brackets] becomes a hint
    if "[" in lab and lab.endswith("]"):
        a, b = lab.split("[", 1)
        return _esc(a.strip()) + ' <span class="hint">(' + _esc(b[:-1]) + ")</span>"
    return _esc(lab)


def _attrs(inner):
    import re
    inner = re.sub(r'<td class="lab"([^>]*)>(.*?)</td>', r'<td class="lab" bgcolor="#D9D9D9"\1><b>\2</b></td>', inner)
    inner = re.sub(r'<td class="sec"([^>]*)>(.*?)</td>', r'<td class="sec" bgcolor="#404040"\1><font color="#FFFFFF"><b>\2</b></font></td>', inner)
    inner = re.sub(r'<td class="sec2"([^>]*)>(.*?)</td>', r'<td class="sec2" bgcolor="#BFBFBF"\1><b>\2</b></td>', inner)
    return inner.replace("<table>", '<table border="1" cellpadding="4" cellspacing="0" width="100%">')


def _wrap(title, logo, inner, footer, intro=""):
    inner = _attrs(inner)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + _esc(title) +
            "</title><style>" + CSS + "</style></head><body>\n" +
            '<p class="logo"><font size="4"><b>' + _esc(logo) + "</b></font></p>\n" +
            "<h2>" + _esc(title) + "</h2>\n" +
            ("<p>" + _esc(intro) + "</p>\n" if intro else "") +
            inner + '\n<p class="foot"><font size="1" color="#595959">' + _esc(footer) + "</font></p>\n</body></html>\n")


def html_two_col(title, logo, sections, footer, intro="", secclass="sec"):
    rows = []
    for head, items in sections:
        if head:
            rows.append(f'<tr><td class="{secclass}" colspan="2">{_esc(head)}</td></tr>')
        for lab, v in items:
            rows.append(f'<tr><td class="lab" width="38%">{_lab(lab)}</td><td>{_cell_val(v)}</td></tr>')
    inner = "<table>\n" + "\n".join(rows) + "\n</table>"
    return _wrap(title, logo, inner, footer, intro)


def html_boxes(title, logo, sections, footer, intro="", per_row=2):
    """label-above-answer boxes, several pairs per row; an item label starting with '!' takes a full row"""
    rows = []
    for head, items in sections:
        if head:
            rows.append(f'<tr><td class="sec2" colspan="{per_row}">{_esc(head)}</td></tr>')
        cur = []
        for lab, v in items:
            full = lab.startswith("!")
            lab = lab.lstrip("!")
            cell = f'<b>{_lab(lab)}</b><br>{_cell_val(v)}'
            if full:
                if cur:
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cur) +
                                "".join("<td>&nbsp;</td>" for _ in range(per_row - len(cur))) + "</tr>")
                    cur = []
                rows.append(f'<tr><td colspan="{per_row}">{cell}</td></tr>')
                continue
            cur.append(cell)
            if len(cur) == per_row:
                rows.append("<tr>" + "".join(f'<td width="{100 // per_row}%">{c}</td>' for c in cur) + "</tr>")
                cur = []
        if cur:
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cur) +
                        "".join("<td>&nbsp;</td>" for _ in range(per_row - len(cur))) + "</tr>")
    inner = "<table>\n" + "\n".join(rows) + "\n</table>"
    return _wrap(title, logo, inner, footer, intro)


def html_four_col(title, logo, sections, footer, intro=""):
    """label | answer | label | answer rows; '!' label = full width row"""
    rows = []
    for head, items in sections:
        if head:
            rows.append(f'<tr><td class="sec" colspan="4">{_esc(head)}</td></tr>')
        cur = []
        for lab, v in items:
            full = lab.startswith("!")
            lab = lab.lstrip("!")
            if full:
                if cur:
                    rows.append("<tr>" + "".join(cur) + '<td class="lab">&nbsp;</td><td>&nbsp;</td></tr>')
                    cur = []
                rows.append(f'<tr><td class="lab">{_lab(lab)}</td><td colspan="3">{_cell_val(v)}</td></tr>')
                continue
            cur.append(f'<td class="lab" width="20%">{_lab(lab)}</td><td width="30%">{_cell_val(v)}</td>')
            if len(cur) == 2:
                rows.append("<tr>" + "".join(cur) + "</tr>")
                cur = []
        if cur:
            rows.append("<tr>" + "".join(cur) + '<td class="lab">&nbsp;</td><td>&nbsp;</td></tr>')
    inner = "<table>\n" + "\n".join(rows) + "\n</table>"
    return _wrap(title, logo, inner, footer, intro)


def html_numbered_yn(title, logo, sections, footer, intro=""):
    """numbered questions; yes/no items get Y and N columns, others span them"""
    rows = ['<tr><td class="lab" width="5%">No.</td><td class="lab" width="45%">Question</td>'
            '<td class="lab" width="5%">Y</td><td class="lab" width="5%">N</td><td class="lab">Details / answer</td></tr>']
    n = 0
    for head, items in sections:
        if head:
            rows.append(f'<tr><td class="sec" colspan="5">{_esc(head)}</td></tr>')
        for lab, v in items:
            n += 1
            if isinstance(v, tuple) and v[0] == "yn":
                y = "X" if v[1] is True else "&nbsp;"
                no = "X" if v[1] is False else "&nbsp;"
                extra = v[3] if len(v) > 3 else ""
                rows.append(f'<tr><td>{n}</td><td class="lab">{_lab(lab)}</td><td align="center">{y}</td>'
                            f'<td align="center">{no}</td><td>{_esc(extra) if extra else "&nbsp;"}</td></tr>')
            else:
                rows.append(f'<tr><td>{n}</td><td class="lab">{_lab(lab)}</td><td colspan="3">{_cell_val(v)}</td></tr>')
    inner = "<table>\n" + "\n".join(rows) + "\n</table>"
    return _wrap(title, logo, inner, footer, intro)


def ynx(v, extra=""):
    """yes/no for the numbered Y/N template, with a details cell"""
    return ("yn", v, "Yes", extra)
