from gen_frame import *

E = html.escape

def choice_text(opts, sel, mode):
    if mode == 'box':
        return '  '.join(('☒ ' if o == sel else '☐ ') + o for o in opts)
    if mode == 'tick':
        return '   '.join(o + (' ✓' if o == sel else '') for o in opts)
    if mode == 'X':
        return '   '.join(o + (' [X]' if o == sel else ' [ ]') for o in opts)
    return sel

def items_text(items, labels, style, tick=None):
    """items: list of ('#', heading) or (code, value, opts) ; value None => omitted, '' => blank"""
    out = []
    n = 0
    for it in items:
        if it[0] == '#':
            if style in ('colon', 'dash', 'numbered'):
                out.append('')
                out.append(it[1].upper() if style != 'dash' else it[1])
            continue
        code, val, opts = it
        if val is None:
            continue
        lab = labels[code] if code in labels else code
        if opts and tick and val:
            val = choice_text(opts, val, tick)
        if style == 'colon':
            out.append(f"{lab}: {val}".rstrip())
        elif style == 'dash':
            out.append(f"{lab} - {val}".rstrip())
        elif style == 'under':
            out.append(lab)
            out.append(val)
            out.append('')
        elif style == 'numbered':
            n += 1
            out.append(f"{n}. {lab}")
            out.append(f"   {val}")
        elif style == 'quick':
            out.append(f"{lab} - {val}".rstrip())
    return '\n'.join(out).strip('\n')

CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px;vertical-align:top}
th{background:#d9d9d9;text-align:left}.sec td{background:#1f3864;color:#fff;font-weight:bold}
.lab{background:#f2f2f2;font-weight:bold;width:38%}.hint{font-weight:normal;font-size:8pt;color:#555}
.logo{font-size:16pt;font-weight:bold;color:#1f3864}.foot{font-size:8pt;color:#555;margin-top:12px}"""

def lab_html(lab, hints):
    h = hints.get(lab) if hints else None
    s = E(lab)
    if h:
        s += f'<br><span class="hint">{E(h)}</span>'
    return s

def val_html(v):
    return E(v).replace('\n', '<br>') if v else '&nbsp;'

def render_html(title, logo, intro, items, labels, style, tick='box', footer='', hints=None, yn_codes=()):
    rows = []
    pairs = []
    def flush_pairs():
        pass
    parts = [f'<html><head><meta charset="utf-8"><title>{E(title)}</title><style>{CSS}</style></head><body>',
             f'<p class="logo">{E(logo)}</p>', f'<h2>{E(title)}</h2>']
    if intro:
        parts.append(f'<p><i>{E(intro)}</i></p>')
    # group into sections
    sections = []
    cur = [None, []]
    for it in items:
        if it[0] == '#':
            if cur[1] or cur[0]:
                sections.append(cur)
            cur = [it[1], []]
        else:
            code, val, opts = it
            if val is None:
                continue
            if opts and val and tick:
                val = choice_text(opts, val, tick)
            cur[1].append((code, labels.get(code, code), val))
    sections.append(cur)
    if style == 'two_col':
        parts.append('<table>')
        for head, flds in sections:
            if head:
                parts.append(f'<tr class="sec"><td colspan="2">{E(head)}</td></tr>')
            for code, lab, val in flds:
                parts.append(f'<tr><td class="lab">{lab_html(lab, hints)}</td><td>{val_html(val)}</td></tr>')
        parts.append('</table>')
    elif style == 'multi':
        parts.append('<table>')
        for head, flds in sections:
            if head:
                parts.append(f'<tr class="sec"><td colspan="4">{E(head)}</td></tr>')
            i = 0
            while i < len(flds):
                code, lab, val = flds[i]
                if len(val) > 60 or i + 1 >= len(flds) or len(flds[i + 1][2]) > 60:
                    parts.append(f'<tr><td class="lab">{lab_html(lab, hints)}</td><td colspan="3">{val_html(val)}</td></tr>')
                    i += 1
                else:
                    c2, l2, v2 = flds[i + 1]
                    parts.append(f'<tr><td class="lab">{lab_html(lab, hints)}</td><td>{val_html(val)}</td>'
                                 f'<td class="lab">{lab_html(l2, hints)}</td><td>{val_html(v2)}</td></tr>')
                    i += 2
        parts.append('</table>')
    elif style == 'boxes':
        for head, flds in sections:
            parts.append('<table>')
            if head:
                parts.append(f'<tr class="sec"><td colspan="2">{E(head)}</td></tr>')
            i = 0
            while i < len(flds):
                code, lab, val = flds[i]
                if len(val) > 60 or i + 1 >= len(flds) or len(flds[i + 1][2]) > 60:
                    parts.append(f'<tr><td colspan="2"><b>{lab_html(lab, hints)}</b><br>{val_html(val)}</td></tr>')
                    i += 1
                else:
                    c2, l2, v2 = flds[i + 1]
                    parts.append(f'<tr><td><b>{lab_html(lab, hints)}</b><br>{val_html(val)}</td>'
                                 f'<td><b>{lab_html(l2, hints)}</b><br>{val_html(v2)}</td></tr>')
                    i += 2
            parts.append('</table><br>')
    elif style == 'sheet':
        for head, flds in sections:
            short = [f for f in flds if len(f[2]) <= 60]
            long_ = [f for f in flds if len(f[2]) > 60]
            if head:
                parts.append(f'<p><b>{E(head)}</b></p>')
            for k in range(0, len(short), 5):
                chunk = short[k:k + 5]
                parts.append('<table><tr>' + ''.join(f'<th>{E(l)}</th>' for _, l, _ in chunk) + '</tr><tr>' +
                             ''.join(f'<td>{val_html(v)}</td>' for _, _, v in chunk) + '</tr></table><br>')
            for _, l, v in long_:
                parts.append(f'<table><tr><th>{E(l)}</th></tr><tr><td>{val_html(v)}</td></tr></table><br>')
    elif style == 'numbered_yn':
        parts.append('<table><tr><th>No.</th><th>Question</th><th>Y/N</th><th>Details</th></tr>')
        n = 0
        for head, flds in sections:
            if head:
                parts.append(f'<tr class="sec"><td colspan="4">{E(head)}</td></tr>')
            for code, lab, val in flds:
                n += 1
                if code in yn_codes:
                    yn, _, det = val.partition('|')
                    parts.append(f'<tr><td>{n}</td><td>{lab_html(lab, hints)}</td><td>{E(yn)}</td><td>{val_html(det)}</td></tr>')
                else:
                    parts.append(f'<tr><td>{n}</td><td>{lab_html(lab, hints)}</td><td>&nbsp;</td><td>{val_html(val)}</td></tr>')
        parts.append('</table>')
    parts.append(f'<p class="foot">{E(footer)}</p></body></html>')
    return '\n'.join(parts)
