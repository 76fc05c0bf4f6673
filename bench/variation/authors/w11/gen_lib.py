# helper library for w11 form generation
import html as H

class YN:
    def __init__(self, v, note=""):
        self.v = v; self.note = note
    def norm(self):
        return None if self.v is None else ("yes" if self.v else "no")
    def show(self, style):
        v = self.v
        if style == "box":
            s = ("☒ Yes ☐ No" if v else "☐ Yes ☒ No") if v is not None else "☐ Yes ☐ No"
        elif style == "caps":
            s = ("YES ☑ NO ☐" if v else "YES ☐ NO ☑") if v is not None else "YES ☐ NO ☐"
        elif style == "brackets":
            s = ("Yes [x] No [ ]" if v else "Yes [ ] No [x]") if v is not None else "Yes [ ] No [ ]"
        elif style == "yn":
            s = ("Y" if v else "N") if v is not None else ""
        else:
            s = ("Yes" if v else "No") if v is not None else ""
        if self.note and v is not None:
            s += (" - " if style in ("word","yn") else "  ") + self.note
        return s

class N:
    """display value with a normalised value for the key"""
    def __init__(self, show, norm):
        self._show = show; self._norm = norm
    def norm(self): return self._norm
    def show(self, style=None): return self._show

def show(v, style):
    if v is None: return ""
    if isinstance(v, (YN, N)): return v.show(style)
    return v

def norm(v):
    if isinstance(v, (YN, N)): return v.norm()
    return v

def values_of(sections):
    out = {}
    for sec in sections:
        for it in sec[1]:
            code = it[2] if len(it) > 2 else None
            if not code: continue
            nv = norm(it[1])
            if nv in (None, ""): continue
            out[code] = nv
    return out

CSS = """<style>
body { font-family: Arial, sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 4px; vertical-align: top; font-size: 10pt; }
.sec { background: #1f3864; color: #fff; font-weight: bold; }
.sec2 { background: #d9d9d9; font-weight: bold; }
.lab { background: #eaf1dd; width: 45%; }
.lab4 { background: #deeaf6; width: 22%; }
.notes { border: 1px solid #000; padding: 6px; background: #f2f2f2; font-size: 9pt; }
.logo { font-size: 16pt; font-weight: bold; color: #1f3864; }
.foot { font-size: 8pt; color: #555; }
</style>"""

def page(title, logo, body, footer, notes=None):
    n = f'<div class="notes"><b>Notes for completion</b><br>{notes}</div><p></p>' if notes else ""
    return (f"<html><head><meta charset='utf-8'><title>{H.escape(title)}</title>{CSS}</head><body>"
            f"<p class='logo'>{logo}</p><h2>{H.escape(title)}</h2>{n}{body}"
            f"<p></p><p class='foot'>{footer}</p></body></html>")

def esc(s):
    return H.escape(s).replace("\n", "<br>")

def html_two_col(sections, style="box", numbered=False):
    rows = []
    for pi, (head, items) in enumerate(sections, 1):
        if head:
            rows.append(f"<tr><td colspan='2' class='sec'>{esc(head)}</td></tr>")
        for qi, it in enumerate(items, 1):
            lab = it[0]
            if numbered and head: lab = f"{pi}.{qi} {lab}"
            rows.append(f"<tr><td class='lab'>{esc(lab)}</td><td>{esc(show(it[1], style))}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"

def html_four_col(sections, style="box"):
    rows = []
    for head, items in sections:
        if head:
            rows.append(f"<tr><td colspan='4' class='sec2'>{esc(head)}</td></tr>")
        i = 0
        while i < len(items):
            it = items[i]
            long = len(show(it[1], style)) > 60 or (len(it) > 3 and it[3] == "wide")
            if long or i + 1 >= len(items) or len(show(items[i+1][1], style)) > 60 or (len(items[i+1]) > 3 and items[i+1][3] == "wide"):
                rows.append(f"<tr><td class='lab4'>{esc(it[0])}</td><td colspan='3'>{esc(show(it[1], style))}</td></tr>")
                i += 1
            else:
                it2 = items[i+1]
                rows.append(f"<tr><td class='lab4'>{esc(it[0])}</td><td>{esc(show(it[1], style))}</td>"
                            f"<td class='lab4'>{esc(it2[0])}</td><td>{esc(show(it2[1], style))}</td></tr>")
                i += 2
    return "<table>" + "".join(rows) + "</table>"

def html_boxes(sections, style="box"):
    out = []
    for head, items in sections:
        rows = []
        if head:
            rows.append(f"<tr><td class='sec'>{esc(head)}</td></tr>")
        for it in items:
            rows.append(f"<tr><td class='sec2'>{esc(it[0])}</td></tr><tr><td>{esc(show(it[1], style)) or '&nbsp;'}</td></tr>")
        out.append("<table>" + "".join(rows) + "</table><p></p>")
    return "".join(out)

def html_numbered(sections, style="box", dots=True):
    out = []; n = 0
    for pi, (head, items) in enumerate(sections, 1):
        if head: out.append(f"<h3>{esc(head)}</h3>")
        for qi, it in enumerate(items, 1):
            n += 1
            v = esc(show(it[1], style))
            if dots:
                out.append(f"<p><b>{pi}.{qi}</b> {esc(it[0])} ........ {v}</p>")
            else:
                out.append(f"<p><b>{pi}.{qi} {esc(it[0])}</b><br>{v}</p>")
    return "".join(out)

# ---- text bodies
def body_colon(sections, style="word", heads=True):
    out = []
    for head, items in sections:
        if head and heads: out.append("\n" + head.upper())
        for it in items:
            out.append(f"{it[0]}: {show(it[1], style)}".rstrip())
    return "\n".join(out).strip("\n")

def body_newline(sections, style="word"):
    out = []
    for head, items in sections:
        if head: out.append(f"\n{head}\n")
        for it in items:
            out.append(it[0]); out.append(show(it[1], style) or ""); out.append("")
    return "\n".join(out).strip("\n")

def body_numbered(sections, style="word"):
    out = []
    for pi, (head, items) in enumerate(sections, 1):
        if head: out.append(f"\nPart {pi}: {head}")
        for qi, it in enumerate(items, 1):
            out.append(f"{pi}.{qi} {it[0]}")
            out.append(show(it[1], style) or "")
    return "\n".join(out).strip("\n")

def body_dots(sections, style="brackets"):
    out = []
    for head, items in sections:
        if head: out.append(f"\n{head}")
        for it in items:
            v = show(it[1], style)
            if isinstance(it[1], YN) and style in ("brackets", "caps", "box"):
                out.append(f"{it[0]}   {v}")
            else:
                out.append(f"{it[0]} ....... {v}".rstrip())
    return "\n".join(out).strip("\n")

def body_tabs(sections, style="word"):
    out = []
    for head, items in sections:
        if head: out.append(head)
        for it in items:
            out.append(f"{it[0]}\t{show(it[1], style)}")
    return "\n".join(out)
