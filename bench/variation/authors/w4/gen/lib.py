import html, json
FORMS = []
X = "\u2612"; O = "\u2610"   # checked / unchecked box

def yn(v, yes="Yes", no="No"):
    return f"{X} {yes}  {O} {no}" if v else f"{O} {yes}  {X} {no}"

def F(field, label, text, norm=None, long=False, **kw):
    d = dict(field=field, label=label, text=text, norm=norm, long=long); d.update(kw); return d

def H(title):
    return dict(heading=title)

def form(**kw):
    kw.setdefault("missing", None); kw.setdefault("extra", {}); kw.setdefault("expect", "routed")
    FORMS.append(kw)

# ---------------- plain-text bodies ----------------
def body_text(fm):
    st = fm["style"]; out = []
    n = 0
    for it in fm["items"]:
        if "heading" in it:
            h = it["heading"]
            if st == "caps": out.append(f"\n=== {h.upper()} ===")
            elif st == "numbered": out.append(f"\n{h}")
            elif st == "note": out.append("")
            elif st == "above": out.append(f"\n{h.upper()}\n" + "-"*len(h))
            else: out.append(f"\n{h}")
            continue
        lab, txt = it["label"], it["text"]
        if st == "caps":
            out.append(f"{lab.upper()}: {txt}")
        elif st == "above":
            out.append(f"{lab}\n{txt}\n")
        elif st == "numbered":
            n += 1; out.append(f"{n}. {lab}\n{txt}\n")
        elif st == "note":
            out.append(f"{lab} - {txt}" if txt else f"{lab} -")
        elif st == "tab":
            out.append(f"{lab}\t{txt}")
        else:
            out.append(f"{lab}: {txt}")
    return "\n".join(out).strip("\n")

# ---------------- HTML documents ----------------
CSS = """<style>body{font-family:Arial;font-size:10pt} table{border-collapse:collapse;width:100%}
td{border:1px solid #000;padding:3px;vertical-align:top} .lab{background:#e6e6e6;font-weight:bold}
.sec{background:#1f3864;color:#fff;font-weight:bold} .hint{font-weight:normal;font-style:italic;font-size:8pt}
.foot{font-size:8pt;color:#555}</style>"""

def lab_html(it):
    l = html.escape(it["label"])
    if it.get("hint"): l += f'<br><span class="hint">{html.escape(it["hint"])}</span>'
    return l

def val_html(it):
    return html.escape(it["text"]).replace("\n", "<br>") or "&nbsp;"

def doc_html(fm):
    st = fm["style"]; d = fm["doc"]
    p = [f"<html><head><meta charset='utf-8'><title>{html.escape(d['title'])}</title>{CSS}</head><body>"]
    p.append(f"<p><b>{html.escape(d['logo'])}</b></p>")
    p.append(f"<h2>{html.escape(d['title'])}</h2>")
    if d.get("intro"): p.append(f"<p><i>{html.escape(d['intro'])}</i></p>")
    items = fm["items"]
    p.append("<table>")
    if st == "twocol":
        for it in items:
            if "heading" in it: p.append(f"<tr><td colspan='2' class='sec'>{html.escape(it['heading'])}</td></tr>")
            else: p.append(f"<tr><td class='lab' width='35%'>{lab_html(it)}</td><td>{val_html(it)}</td></tr>")
    elif st == "yncol":
        p.append("<tr><td class='lab'>Question</td><td class='lab' width='8%'>Y/N</td><td class='lab'>Details</td></tr>")
        for it in items:
            if "heading" in it: p.append(f"<tr><td colspan='3' class='sec'>{html.escape(it['heading'])}</td></tr>")
            elif it.get("yn") is not None:
                p.append(f"<tr><td class='lab'>{lab_html(it)}</td><td>{html.escape(it['yn'])}</td><td>{val_html(it) if it['text']!=it['yn'] else '&nbsp;'}</td></tr>")
            else: p.append(f"<tr><td class='lab'>{lab_html(it)}</td><td colspan='2'>{val_html(it)}</td></tr>")
    elif st in ("grid3", "grid2"):
        k = 3 if st == "grid3" else 2
        row = []
        def flush():
            if row:
                cells = "".join(f"<td class='lab'>{lab_html(i)}</td><td>{val_html(i)}</td>" for i in row)
                pad = (k - len(row)) * 2
                if pad: cells += f"<td colspan='{pad}'>&nbsp;</td>"
                p.append(f"<tr>{cells}</tr>"); row.clear()
        for it in items:
            if "heading" in it:
                flush(); p.append(f"<tr><td colspan='{2*k}' class='sec'>{html.escape(it['heading'])}</td></tr>")
            elif it["long"]:
                flush(); p.append(f"<tr><td class='lab'>{lab_html(it)}</td><td colspan='{2*k-1}'>{val_html(it)}</td></tr>")
            else:
                row.append(it)
                if len(row) == k: flush()
        flush()
    elif st == "above":
        row = []
        def flush():
            if row:
                if len(row) == 1:
                    p.append(f"<tr><td colspan='2' class='lab'>{lab_html(row[0])}</td></tr><tr><td colspan='2'>{val_html(row[0])}</td></tr>")
                else:
                    p.append("<tr>" + "".join(f"<td class='lab' width='50%'>{lab_html(i)}</td>" for i in row) + "</tr>")
                    p.append("<tr>" + "".join(f"<td>{val_html(i)}</td>" for i in row) + "</tr>")
                row.clear()
        for it in items:
            if "heading" in it:
                flush(); p.append(f"<tr><td colspan='2' class='sec'>{html.escape(it['heading'])}</td></tr>")
            elif it["long"]:
                flush(); row.append(it); flush()
            else:
                row.append(it)
                if len(row) == 2: flush()
        flush()
    p.append("</table>")
    if d.get("after"): p.append(f"<p>{html.escape(d['after'])}</p>")
    p.append(f"<p class='foot'>{html.escape(d['footer'])}</p></body></html>")
    return "\n".join(p)
