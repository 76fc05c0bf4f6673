import html as _h
PH = '<font color="#808080">Click or tap here to enter text.</font>'
def v(x):
    if x is None: return PH
    return _h.escape(x).replace('\n', '<br>')
def page(title, logo, inner, footer):
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_h.escape(title)}</title>
<style>body{{font-family:Arial;font-size:10pt}} td{{font-size:10pt;vertical-align:top;padding:4px}}</style></head><body>
<p align="right"><font size="2" color="#1F4E79"><b>{logo}</b></font></p>
<h2>{_h.escape(title)}</h2>
{inner}
<p><font size="1" color="#595959">{footer}</font></p></body></html>'''
def two_col(sections, shade="#D9E2F3", lw="40%"):
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for head, rows in sections:
        if head: out.append(f'<tr><td colspan="2" bgcolor="{shade}"><b>{_h.escape(head)}</b></td></tr>')
        for l, a in rows:
            out.append(f'<tr><td width="{lw}" bgcolor="#F2F2F2"><b>{l}</b></td><td>{v(a)}</td></tr>')
    out.append('</table>'); return '\n'.join(out)
def three_col(sections, heads=("Question","Answer","Notes / comments"), shade="#E2EFDA"):
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">',
           '<tr>' + ''.join(f'<td bgcolor="#A9D08E"><b>{h}</b></td>' for h in heads) + '</tr>']
    for head, rows in sections:
        if head: out.append(f'<tr><td colspan="3" bgcolor="{shade}"><b>{_h.escape(head)}</b></td></tr>')
        for r in rows:
            l, a = r[0], r[1]; n = r[2] if len(r) > 2 else ''
            out.append(f'<tr><td width="35%">{l}</td><td width="40%">{v(a)}</td><td width="25%"><i>{_h.escape(n)}</i></td></tr>')
    out.append('</table>'); return '\n'.join(out)
def boxes(sections, per_row=2, shade="#FCE4D6"):
    """label-above-answer boxes, per_row boxes per table row"""
    out = ['<table border="1" cellspacing="0" cellpadding="5" width="100%">']
    for head, rows in sections:
        if head: out.append(f'<tr><td colspan="{per_row}" bgcolor="{shade}"><b>{_h.escape(head)}</b></td></tr>')
        i = 0
        while i < len(rows):
            item = rows[i]
            if item[0].startswith('!'):  # full width
                out.append(f'<tr><td colspan="{per_row}"><b>{item[0][1:]}</b><br>{v(item[1])}</td></tr>'); i += 1; continue
            cells = []
            while len(cells) < per_row and i < len(rows) and not rows[i][0].startswith('!'):
                cells.append(f'<td width="{100//per_row}%"><b>{rows[i][0]}</b><br>{v(rows[i][1])}</td>'); i += 1
            while len(cells) < per_row: cells.append('<td></td>')
            out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</table>'); return '\n'.join(out)
def grid4(sections, shade="#DDEBF7"):
    """several label/answer pairs per row: rows are lists of (label, value)"""
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for head, rows in sections:
        if head: out.append(f'<tr><td colspan="4" bgcolor="{shade}"><b>{_h.escape(head)}</b></td></tr>')
        for row in rows:
            if len(row) == 1:
                l, a = row[0]; out.append(f'<tr><td bgcolor="#F2F2F2"><b>{l}</b></td><td colspan="3">{v(a)}</td></tr>')
            else:
                out.append('<tr>' + ''.join(f'<td bgcolor="#F2F2F2"><b>{l}</b></td><td>{v(a)}</td>' for l, a in row) + '</tr>')
    out.append('</table>'); return '\n'.join(out)
def yn(yes, extra=''):
    s = ('☒ Yes ☐ No' if yes else '☐ Yes ☒ No')
    return s + (('  ' + extra) if extra else '')
def numbered(rows, heads=("No.", "Question", "Y/N", "Details")):
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">',
           '<tr>' + ''.join(f'<td bgcolor="#D9D9D9"><b>{h}</b></td>' for h in heads) + '</tr>']
    i = 0
    for r in rows:
        if isinstance(r, str):
            out.append(f'<tr><td colspan="4" bgcolor="#EDEDED"><b>{_h.escape(r)}</b></td></tr>'); continue
        l, y, d = r; i += 1
        out.append(f'<tr><td>Q{i}</td><td>{l}</td><td>{_h.escape(y or "")}</td><td>{v(d)}</td></tr>')
    out.append('</table>'); return '\n'.join(out)
