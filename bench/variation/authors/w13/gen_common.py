import html as H, json
ESC = H.escape

def cell(v):
    return ESC(v).replace("\n", "<br>") if v else "&nbsp;"

def html_doc(title, logo, sections, footer, style):
    out = ["<html><head><meta charset='utf-8'><title>%s</title></head><body style='font-family:Arial;font-size:10pt'>" % ESC(title)]
    out.append("<p style='font-size:9pt;color:#555555'>%s</p>" % cell(logo))
    out.append("<h2 style='font-size:14pt'>%s</h2>" % ESC(title))
    for sec in sections:
        head, rows = sec[0], sec[1]
        note = sec[2] if len(sec) > 2 else None
        rows = [r for r in rows if r[1] is not None]
        if len(rows) == 1 and rows[0][0].lower() == head.lower():
            head = ""
        if style == "portal":
            out.append("<table width='100%' border='1' cellpadding='3' cellspacing='0'>")
            if head: out.append("<tr><td colspan='2' bgcolor='#1f3864'><font color='#ffffff'><b>%s</b></font></td></tr>" % ESC(head.upper()))
            for l, v in rows:
                out.append("<tr><td width='18%%' valign='top'><font size='1'>%s</font></td><td width='82%%'>%s</td></tr>" % (ESC(l), cell(v)))
            out.append("</table><br>")
        elif style == "twocol":
            out.append("<table width='100%' border='1' cellpadding='4' cellspacing='0'>")
            if head: out.append("<tr><td colspan='2' bgcolor='#d9e2f3'><b>%s</b></td></tr>" % ESC(head))
            if note:
                out.append("<tr><td colspan='2'><i><font size='1'>%s</font></i></td></tr>" % ESC(note))
            for l, v in rows:
                out.append("<tr><td width='38%%' valign='top' bgcolor='#f2f2f2'><b>%s</b></td><td width='62%%'>%s</td></tr>" % (cell(l), cell(v)))
            out.append("</table><br>")
        elif style == "grid":
            out.append("<table width='100%' border='1' cellpadding='4' cellspacing='0'>")
            if head: out.append("<tr><td colspan='4' bgcolor='#c5e0b3'><b>%s</b></td></tr>" % ESC(head))
            if note:
                out.append("<tr><td colspan='4'><i><font size='1'>%s</font></i></td></tr>" % ESC(note))
            short = [r for r in rows if len(r[1]) <= 45 and len(r) == 2]
            i = 0
            while i < len(rows):
                l, v = rows[i][0], rows[i][1]
                if len(v) <= 45 and i + 1 < len(rows) and len(rows[i+1][1]) <= 45:
                    l2, v2 = rows[i+1][0], rows[i+1][1]
                    out.append("<tr><td width='20%%' bgcolor='#f2f2f2'><b>%s</b></td><td width='30%%'>%s</td><td width='20%%' bgcolor='#f2f2f2'><b>%s</b></td><td width='30%%'>%s</td></tr>" % (cell(l), cell(v), cell(l2), cell(v2)))
                    i += 2
                else:
                    out.append("<tr><td width='20%%' valign='top' bgcolor='#f2f2f2'><b>%s</b></td><td colspan='3'>%s</td></tr>" % (cell(l), cell(v)))
                    i += 1
            out.append("</table><br>")
        elif style == "above":
            out.append("<table width='100%' border='1' cellpadding='5' cellspacing='0'>")
            if head: out.append("<tr><td colspan='2' bgcolor='#404040'><font color='#ffffff'><b>%s</b></font></td></tr>" % ESC(head))
            i = 0
            while i < len(rows):
                l, v = rows[i]
                if len(v) <= 40 and i + 1 < len(rows) and len(rows[i+1][1]) <= 40:
                    l2, v2 = rows[i+1]
                    out.append("<tr><td width='50%%' valign='top'><font size='1'><b>%s</b></font><br>%s</td><td width='50%%' valign='top'><font size='1'><b>%s</b></font><br>%s</td></tr>" % (cell(l), cell(v), cell(l2), cell(v2)))
                    i += 2
                else:
                    out.append("<tr><td colspan='2' valign='top'><font size='1'><b>%s</b></font><br>%s</td></tr>" % (cell(l), cell(v)))
                    i += 1
            out.append("</table><br>")
    out.append("<p style='font-size:8pt;color:#555555'>%s</p></body></html>" % cell(footer))
    return "\n".join(out)

def body_text(sections, style, title=None):
    lines = []
    if title:
        lines += [title, ""]
    n = 1
    for sec in sections:
        head, rows = sec[0], sec[1]
        rows = [r for r in rows if r[1] is not None]
        if style in ("kv", "kvtab", "above", "numbered") and head and not (len(rows) == 1 and rows[0][0].lower() == head.lower()):
            lines.append(head.upper() if style == "kvtab" else head)
        for l, v in rows:
            if style == "kv":
                lines.append("%s: %s" % (l, v))
            elif style == "kvtab":
                lines.append("%s:\t%s" % (l, v))
            elif style == "above":
                lines.append(l)
                lines.append(v if v else "")
                lines.append("")
            elif style == "numbered":
                import re as _re
                lines.append("%d. %s" % (n, _re.sub(r"^\d+\.\s*", "", l)))
                lines.append("   " + (v.replace("\n", "\n   ") if v else ""))
                n += 1
            elif style == "note":
                lines.append("%s - %s" % (l, v) if l else v)
        if style != "above":
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
