import html as H
def esc(s): return H.escape(str(s)).replace("\n","<br>")

# item forms: ("S", title) section; ("F", label, value, hint) ; ("YN", label, yes(bool|None), comment, hint)
def norm(items):
    out=[]
    for it in items:
        if it[0]=="S": out.append(it); continue
        if it[0]=="YN":
            it=tuple(it)+("",)*(5-len(it)); out.append(it); continue
        it=tuple(it)+("",)*(4-len(it)); out.append(it)
    return out

def yn_text(yes, comment, style="word"):
    if yes is None: t=""
    else: t = {"word":("Yes","No"),"YN":("Y","N"),"tick":("✔ Yes","No")}[style][0 if yes else 1]
    if comment: t = (t+" ("+comment+")") if t else comment
    return t

# ---------- body layouts ----------
def body_colon(items, ynstyle="word", upper=False, sep=": "):
    lines=[]
    for it in norm(items):
        if it[0]=="S": lines.append(""); lines.append(it[1].upper() if upper else it[1]); continue
        if it[0]=="YN": lab,val=it[1],yn_text(it[2],it[3],ynstyle)
        else: lab,val=it[1],it[2]
        if upper: lab=lab.upper()
        lines.append(f"{lab}{sep}{val}".rstrip() if sep.strip() else f"{lab}{sep}{val}".rstrip())
    return "\n".join(lines).strip("\n")

def body_under(items, numbered=False, hints=True, upper=False, blank_between=True):
    lines=[]; n=0
    for it in norm(items):
        if it[0]=="S":
            lines.append(it[1] if not upper else it[1].upper()); lines.append(""); continue
        n+=1
        if it[0]=="YN": lab,val,hint=it[1],yn_text(it[2],it[3]),it[4]
        else: lab,val,hint=it[1],it[2],it[3]
        if upper: lab=lab.upper()
        lines.append(f"{n}. {lab}" if numbered else lab)
        if hints and hint: lines.append(hint)
        lines.append(val if val!="" else "")
        if blank_between: lines.append("")
    return "\n".join(lines).rstrip("\n")

# ---------- html layouts ----------
CSS="""<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #444;padding:4px;vertical-align:top;font-size:10pt}
.lab{background:#e6e6e6;font-weight:bold}
.sec{background:#1f3864;color:#fff;font-weight:bold}
.hint{font-size:8pt;color:#555;font-weight:normal}
.logo{font-size:14pt;font-weight:bold;color:#1f3864}
.foot{font-size:8pt;color:#555;margin-top:12px}
</style>"""

def page(logo, title, intro, tables, footer):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>{CSS}</head><body>
<p class="logo">{logo}</p><h2>{esc(title)}</h2>{('<p>'+esc(intro)+'</p>') if intro else ''}
{tables}
<p class="foot">{footer}</p></body></html>"""

def cb(yes):
    if yes is None: return "☐ Yes &nbsp; ☐ No"
    return "☒ Yes &nbsp; ☐ No" if yes else "☐ Yes &nbsp; ☒ No"

def h_twocol(items, labw=28, check=True):
    rows=[]
    for it in norm(items):
        if it[0]=="S": rows.append(f'<tr><td colspan="2" class="sec">{esc(it[1])}</td></tr>'); continue
        if it[0]=="YN":
            lab,hint=it[1],it[4]
            val=(cb(it[2])+(("<br>"+esc(it[3])) if it[3] else "")) if check else esc(yn_text(it[2],it[3]))
        else: lab,val,hint=it[1],esc(it[2]),it[3]
        h=f'<br><span class="hint">{esc(hint)}</span>' if hint else ""
        rows.append(f'<tr><td class="lab" width="{labw}%">{esc(lab)}{h}</td><td>{val}</td></tr>')
    return '<table border="1" cellpadding="4" cellspacing="0" width="100%">'+"".join(rows)+'</table>'

def h_boxes(items, per_row=2):
    # label above answer, several per row
    out=[]; row=[]
    def flush():
        nonlocal row
        if row:
            w=100//per_row
            cells="".join(f'<td width="{w}%" colspan="{span}"><span class="lab">{lab}</span><br>{val}</td>' for lab,val,span in row)
            out.append(f"<tr>{cells}</tr>"); row=[]
    for it in norm(items):
        if it[0]=="S": flush(); out.append(f'<tr><td colspan="{per_row}" class="sec">{esc(it[1])}</td></tr>'); continue
        if it[0]=="YN":
            lab=esc(it[1]); val=cb(it[2])+((" — "+esc(it[3])) if it[3] else ""); hint=it[4]
        else: lab,val,hint=esc(it[1]),esc(it[2]) or "&nbsp;",it[3]
        if hint: lab+=f' <span class="hint">({esc(hint)})</span>'
        long=len(str(val))>90
        if long:
            flush(); row=[(lab,val,per_row)]; flush()
        else:
            row.append((lab,val,1))
            if len(row)==per_row: flush()
    flush()
    return '<table border="1" cellpadding="4" cellspacing="0" width="100%">'+"".join(out)+'</table>'

def h_ynsheet(items, mark="✔"):
    # table: question | Y | N | details ; non-YN rows span
    rows=['<tr><th width="40%">Question</th><th width="6%">Y</th><th width="6%">N</th><th>Details / comments</th></tr>']
    n=0
    for it in norm(items):
        if it[0]=="S": rows.append(f'<tr><td colspan="4" class="sec">{esc(it[1])}</td></tr>'); continue
        n+=1
        if it[0]=="YN":
            y=mark if it[2] is True else ""; nn=mark if it[2] is False else ""
            h=f'<br><span class="hint">{esc(it[4])}</span>' if it[4] else ""
            rows.append(f'<tr><td class="lab">{n}. {esc(it[1])}{h}</td><td align="center">{y}</td><td align="center">{nn}</td><td>{esc(it[3])}</td></tr>')
        else:
            h=f'<br><span class="hint">{esc(it[3])}</span>' if it[3] else ""
            rows.append(f'<tr><td class="lab">{n}. {esc(it[1])}{h}</td><td colspan="3">{esc(it[2])}</td></tr>')
    return '<table border="1" cellpadding="4" cellspacing="0" width="100%">'+"".join(rows)+'</table>'

def h_numbered(items):
    # numbered questions, answer box under each question
    out=[]; n=0
    for it in norm(items):
        if it[0]=="S": out.append(f'<tr><td class="sec">{esc(it[1])}</td></tr>'); continue
        n+=1
        if it[0]=="YN": lab,val,hint=it[1],cb(it[2])+((" — "+esc(it[3])) if it[3] else ""),it[4]
        else: lab,val,hint=it[1],esc(it[2]) or "&nbsp;",it[3]
        h=f'<br><span class="hint">{esc(hint)}</span>' if hint else ""
        out.append(f'<tr><td class="lab">{n}. {esc(lab)}{h}</td></tr><tr><td>{val}</td></tr>')
    return '<table border="1" cellpadding="4" cellspacing="0" width="100%">'+"".join(out)+'</table>'
