import html, json, os
OUT = '/work/notes/w16'

def yn(v, style):
    # v: 'yes'/'no'/'' ; style: body word or html
    if v.startswith('YN:'):
        v = v[3:]
        if style == 'Y':
            return {'yes': 'Y', 'no': 'N', '': ''}[v]
        if style == 'html':
            return {'yes': '&#9746; Yes &nbsp; &#9744; No', 'no': '&#9744; Yes &nbsp; &#9746; No', '': '&#9744; Yes &nbsp; &#9744; No'}[v]
        return {'yes': 'Yes', 'no': 'No', '': ''}[v]
    return html.escape(v).replace('\n', '<br>') if style == 'html' else v

def body_colon(f, ynstyle='Yes'):
    out = []
    for h, rows in f['sections']:
        if h:
            out.append('')
            out.append(h.upper() if f.get('upper') else h)
        for code, lab, val in rows:
            v = yn(val, ynstyle)
            if '\n' in v:
                out.append(f'{lab}: ' + v.split('\n')[0])
                out.extend(v.split('\n')[1:])
            else:
                out.append(f'{lab}: {v}'.rstrip())
    return '\n'.join(out).strip('\n')

def body_stacked(f, ynstyle='Yes'):
    out = []
    for h, rows in f['sections']:
        if h:
            out.append('== ' + h + ' ==')
            out.append('')
        for code, lab, val in rows:
            out.append(lab)
            out.append(yn(val, ynstyle))
            out.append('')
    return '\n'.join(out).rstrip()

def body_numbered(f, ynstyle='Yes'):
    out = []; n = 1
    for h, rows in f['sections']:
        if h:
            out.append(''); out.append(h)
        for code, lab, val in rows:
            out.append(f'{n}. {lab}')
            out.append('   ' + yn(val, ynstyle).replace('\n', '\n   '))
            n += 1
    return '\n'.join(out).strip('\n')

def body_grid(f, ynstyle='Y'):
    w = max(len(l) for h, rows in f['sections'] for c, l, v in rows) + 1
    out = ['Field'.ljust(w) + '| Value', '-' * w + '+' + '-' * 40]
    for h, rows in f['sections']:
        if h:
            out.append(('** ' + h + ' **'))
        for code, lab, val in rows:
            v = yn(val, ynstyle)
            lines = v.split('\n')
            out.append(lab.ljust(w) + '| ' + lines[0])
            for l in lines[1:]:
                out.append(' ' * w + '| ' + l)
    return '\n'.join(out)

CSS = '<style>body{font-family:Arial;font-size:10pt} td{vertical-align:top;font-size:10pt} .h{background:#d9d9d9;font-weight:bold} .lab{background:#f2f2f2;font-weight:bold;width:38%} .small{font-size:8pt;color:#555}</style>'

def head(f):
    s = f'<html><head><meta charset="utf-8"><title>{html.escape(f["title"])}</title>{CSS}</head><body>'
    s += f'<p align="right"><b>{f["logo"]}</b></p>'
    s += f'<h2>{html.escape(f["title"])}</h2>'
    if f.get('intro'):
        s += f'<p class="small">{f["intro"]}</p>'
    return s

def foot(f):
    return f'<p class="small">{f["footer"]}</p></body></html>'

def lab_html(lab):
    # hints in brackets rendered small
    if '(' in lab and lab.endswith(')'):
        i = lab.index('(')
        return html.escape(lab[:i]) + f'<br><span class="small">{html.escape(lab[i:])}</span>'
    return html.escape(lab)

def html_twocol(f):
    s = head(f) + '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    for h, rows in f['sections']:
        if h:
            s += f'<tr><td colspan="2" class="h">{html.escape(h)}</td></tr>'
        for code, lab, val in rows:
            s += f'<tr><td class="lab">{lab_html(lab)}</td><td>{yn(val, "html")}</td></tr>'
    return s + '</table>' + foot(f)

def html_boxes(f):
    # label above answer, two boxes per row
    s = head(f)
    for h, rows in f['sections']:
        s += '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        if h:
            s += f'<tr><td colspan="2" class="h">{html.escape(h)}</td></tr>'
        i = 0
        while i < len(rows):
            code, lab, val = rows[i]
            long = len(yn(val, 'x')) > 60
            if long or i + 1 >= len(rows) or len(yn(rows[i + 1][2], 'x')) > 60:
                s += f'<tr><td colspan="2"><b>{lab_html(lab)}</b><br>{yn(val, "html")}</td></tr>'
                i += 1
            else:
                c2, l2, v2 = rows[i + 1]
                s += f'<tr><td width="50%"><b>{lab_html(lab)}</b><br>{yn(val, "html")}</td><td width="50%"><b>{lab_html(l2)}</b><br>{yn(v2, "html")}</td></tr>'
                i += 2
        s += '</table><br>'
    return s + foot(f)

def html_multi(f):
    # label/value pairs, two pairs per row, long answers span
    s = head(f) + '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
    for h, rows in f['sections']:
        if h:
            s += f'<tr><td colspan="4" class="h">{html.escape(h)}</td></tr>'
        i = 0
        while i < len(rows):
            code, lab, val = rows[i]
            if len(yn(val, 'x')) > 45 or i + 1 >= len(rows) or len(yn(rows[i + 1][2], 'x')) > 45:
                s += f'<tr><td class="lab">{lab_html(lab)}</td><td colspan="3">{yn(val, "html")}</td></tr>'
                i += 1
            else:
                c2, l2, v2 = rows[i + 1]
                s += f'<tr><td class="lab">{lab_html(lab)}</td><td>{yn(val, "html")}</td><td class="lab">{lab_html(l2)}</td><td>{yn(v2, "html")}</td></tr>'
                i += 2
    return s + '</table>' + foot(f)

def html_ynform(f):
    # three columns: question | Y/N | details ; yes/no questions get a Y/N column
    s = head(f) + '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    s += '<tr><td class="h">Question</td><td class="h" width="8%">Y/N</td><td class="h">Details</td></tr>'
    for h, rows in f['sections']:
        if h:
            s += f'<tr><td colspan="3" class="h">{html.escape(h)}</td></tr>'
        for code, lab, val in rows:
            if val.startswith('YN:'):
                s += f'<tr><td>{lab_html(lab)}</td><td align="center">{yn(val, "Y")}</td><td></td></tr>'
            else:
                s += f'<tr><td>{lab_html(lab)}</td><td></td><td>{yn(val, "html")}</td></tr>'
    return s + '</table>' + foot(f)

def html_numbered(f):
    s = head(f) + '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    n = 1
    for h, rows in f['sections']:
        if h:
            s += f'<tr><td colspan="2" class="h">{html.escape(h)}</td></tr>'
        for code, lab, val in rows:
            s += f'<tr><td width="5%">{n}.</td><td><b>{lab_html(lab)}</b><br>{yn(val, "html") or "&nbsp;"}</td></tr>'
            n += 1
    return s + '</table>' + foot(f)

BODY = {'colon': body_colon, 'stacked': body_stacked, 'numbered': body_numbered, 'grid': body_grid}
HTML = {'twocol': html_twocol, 'boxes': html_boxes, 'multi': html_multi, 'yn': html_ynform, 'numbered': html_numbered}

def build(forms):
    lines = []
    for f in forms:
        lay = f['layout']
        att = None
        if lay in BODY:
            form_txt = BODY[lay](f, f.get('ynstyle', 'Y' if lay == 'grid' else 'Yes'))
            body = f.get('pre', '') + form_txt + f.get('post', '')
        elif lay == 'raw':
            body = f['body']
        else:
            kind, style = lay.split(':')  # docx:twocol
            name = f['doc']
            with open(f'{OUT}/html/{name}.html', 'w') as fh:
                fh.write(HTML[style](f))
            att = f'docs/{name}.{kind}'
            body = f['cover']
        lines.append(json.dumps({'id': f['id'], 'form': f['form'], 'expect': f['expect'], 'missing': f.get('missing'),
                                 'from': f['from'], 'subject': f['subject'], 'body': body, 'attachment': att,
                                 'values': f['values']}, ensure_ascii=False))
    with open(f'{OUT}/forms.jsonl', 'w') as fh:
        fh.write('\n'.join(lines) + '\n')
