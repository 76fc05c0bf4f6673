import html, json

FORMS = []

def yn(v, style):
    """v True/False/None (None = blank)"""
    if style == 'x':
        return {True: 'Yes [X]  No [ ]', False: 'Yes [ ]  No [X]', None: 'Yes [ ]  No [ ]'}[v]
    if style == 'box':
        return {True: '\u2612 Yes  \u2610 No', False: '\u2610 Yes  \u2612 No', None: '\u2610 Yes  \u2610 No'}[v]
    if style == 'yn':
        return {True: 'Y', False: 'N', None: ''}[v]
    return {True: 'Yes', False: 'No', None: ''}[v]

def add(**kw):
    kw.setdefault('missing', None)
    kw.setdefault('expect', 'routed' if kw['missing'] is None else 'rejected')
    FORMS.append(kw)

# ---------- body renderers ----------
def body_render(f):
    st = f['style']
    out = []
    if f.get('intro'):
        out.append(f['intro'].strip('\n'))
        out.append('')
    if f.get('title'):
        out.append(f['title'])
        out.append('')
    n = 1
    for head, items in f['sections']:
        if head and st != 'numbered':
            out.append(head.upper() if st == 'colon' else head)
            if st == 'above':
                out.append('-' * len(head))
        for lab, val in items:
            lab = plain_lab(lab.lstrip('!'))
            if st == 'colon':
                out.append(f'{lab}: {val}')
            elif st == 'above':
                out.append(lab)
                out.append(val)
                out.append('')
            elif st == 'numbered':
                out.append(f'{n}. {lab}')
                out.append(f'   {val}' if val else '')
                n += 1
        if st != 'above':
            out.append('')
    if f.get('outro'):
        out.append(f['outro'].strip('\n'))
    return '\n'.join(out).rstrip() + '\n'

# ---------- html renderers ----------
CSS = '''<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #000;padding:4px;vertical-align:top}
.sec{background:#d9d9d9;font-weight:bold}
.lab{font-weight:bold;background:#f2f2f2;width:38%}
.hint{font-weight:normal;font-style:italic;font-size:8pt}
.logo{font-size:14pt;font-weight:bold;color:#1f3864}
.foot{font-size:8pt;color:#555;margin-top:12px}
</style>'''

def esc(s):
    return html.escape(s).replace('\n', '<br>')

def lab_html(lab):
    # text in (( )) is rendered as an italic hint inside the label
    if '((' in lab:
        a, b = lab.split('((', 1)
        b = b.rstrip(')')
        return f'{esc(a.strip())} <span class="hint">({esc(b)})</span>'
    return esc(lab)

def plain_lab(lab):
    if '((' in lab:
        a, b = lab.split('((', 1)
        return f"{a.strip()} ({b.rstrip(')')})"
    return lab

def html_render(f):
    st = f['style']
    h = ['<html><head><meta charset="utf-8"><title>%s</title>%s</head><body>' % (esc(f['title']), CSS)]
    h.append(f'<p class="logo">{esc(f["logo"])}</p>')
    h.append(f'<h2>{esc(f["title"])}</h2>')
    if f.get('preamble'):
        h.append(f'<p><i>{esc(f["preamble"])}</i></p>')
    if st == 'qa':
        h.append('<table><tr><th>Question</th><th>Answer</th></tr>')
        for head, items in f['sections']:
            if head:
                h.append(f'<tr><td colspan="2" class="sec">{esc(head)}</td></tr>')
            for lab, val in items:
                h.append(f'<tr><td class="lab">{lab_html(lab)}</td><td>{esc(val)}</td></tr>')
        h.append('</table>')
    elif st == 'twocol':
        h.append('<table>')
        for head, items in f['sections']:
            if head:
                h.append(f'<tr><td colspan="2" class="sec">{esc(head)}</td></tr>')
            for lab, val in items:
                h.append(f'<tr><td class="lab">{lab_html(lab)}</td><td>{esc(val)}</td></tr>')
        h.append('</table>')
    elif st == 'numbered':
        h.append('<table>')
        n = 1
        for head, items in f['sections']:
            if head:
                h.append(f'<tr><td colspan="3" class="sec">{esc(head)}</td></tr>')
            for lab, val in items:
                h.append(f'<tr><td style="width:5%">{n}.</td><td class="lab">{lab_html(lab)}</td><td>{esc(val)}</td></tr>')
                n += 1
        h.append('</table>')
    elif st in ('boxes', 'grid'):
        per = f.get('per_row', 2)
        h.append('<table>')
        for head, items in f['sections']:
            if head:
                h.append(f'<tr><td colspan="{per*2 if st == "grid" else per}" class="sec">{esc(head)}</td></tr>')
            i = 0
            while i < len(items):
                lab, val = items[i]
                if len(val) > 60 or lab.startswith('!'):
                    row = [items[i]]; i += 1
                else:
                    row = []
                    while i < len(items) and len(row) < per and len(items[i][1]) <= 60 and not items[i][0].startswith('!'):
                        row.append(items[i]); i += 1
                span = per // len(row) if per % len(row) == 0 else 1
                if st == 'boxes':
                    h.append('<tr>' + ''.join(f'<td colspan="{span}"><b>{lab_html(l.lstrip("!"))}</b><br>{esc(v) if v else "&nbsp;"}</td>' for l, v in row) + '</tr>')
                else:  # label cell / answer cell pairs on one row
                    if len(row) == 1:
                        h.append(f'<tr><td class="lab">{lab_html(row[0][0].lstrip("!"))}</td><td colspan="{per*2-1}">{esc(row[0][1])}</td></tr>')
                    else:
                        cells = ''.join(f'<td class="lab">{lab_html(l)}</td><td>{esc(v)}</td>' for l, v in row)
                        h.append('<tr>' + cells + '</tr>')
        h.append('</table>')
    h.append(f'<p class="foot">{esc(f["footer"])}</p>')
    h.append('</body></html>')
    return '\n'.join(h)
