import html as H
# items: ('sec', title) | ('f', label, value) | ('row', [(label, value), ...]) | ('note', text)
def flat(items):
    for it in items:
        if it[0] == 'row':
            for lab, val in it[1]:
                yield ('f', lab, val)
        else:
            yield it

def text_colon(items, sec_fmt='{t}', under=None):
    out = []
    for it in flat(items):
        if it[0] == 'sec':
            out.append('')
            t = sec_fmt.format(t=it[1])
            out.append(t)
            if under: out.append(under * len(t))
        elif it[0] == 'note':
            out.append(it[1])
        else:
            lab, val = it[1], it[2]
            if '\n' in val:
                out.append(f"{lab}:")
                out.append(val)
            else:
                out.append(f"{lab}: {val}".rstrip())
    return '\n'.join(out).strip('\n')

def text_above(items, numbered=False, sec_fmt='{t}'):
    out = []; n = 0
    for it in flat(items):
        if it[0] == 'sec':
            out.append(''); out.append(sec_fmt.format(t=it[1]))
        elif it[0] == 'note':
            out.append(it[1])
        else:
            n += 1
            lab = f"{n}. {it[1]}" if numbered else it[1]
            out.append(''); out.append(lab); out.append(it[2] if it[2] else '')
    return '\n'.join(out).strip('\n')

def e(s):
    return H.escape(s).replace('\n', '<br>')

def html_twocol(items, labw=38):
    o = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for it in flat(items):
        if it[0] == 'sec':
            o.append(f'<tr><td colspan="2" class="sec" bgcolor="#1f3864"><font color="#ffffff"><b>{e(it[1])}</b></font></td></tr>')
        elif it[0] == 'note':
            o.append(f'<tr><td colspan="2" class="hint"><i>{e(it[1])}</i></td></tr>')
        else:
            o.append(f'<tr><td width="{labw}%" bgcolor="#e6e6e6"><b>{e(it[1])}</b></td><td>{e(it[2])}</td></tr>')
    o.append('</table>')
    return '\n'.join(o)

def html_grid(items):
    """section rows, grid rows (labels header row over answers), single fields label-above box spanning."""
    o = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    maxc = max([len(it[1]) for it in items if it[0] == 'row'] + [1])
    for it in items:
        if it[0] == 'sec':
            o.append(f'<tr><td colspan="{maxc}" bgcolor="#d9d9d9"><b>{e(it[1])}</b></td></tr>')
        elif it[0] == 'note':
            o.append(f'<tr><td colspan="{maxc}"><i><font size="1">{e(it[1])}</font></i></td></tr>')
        elif it[0] == 'row':
            cells = it[1]; span = maxc - len(cells) + 1
            o.append('<tr>' + ''.join(f'<td bgcolor="#f2f2f2"{" colspan=%d" % span if i == len(cells)-1 and span > 1 else ""}><b>{e(l)}</b></td>' for i, (l, v) in enumerate(cells)) + '</tr>')
            o.append('<tr>' + ''.join(f'<td{" colspan=%d" % span if i == len(cells)-1 and span > 1 else ""}>{e(v) or "&nbsp;"}</td>' for i, (l, v) in enumerate(cells)) + '</tr>')
        else:
            o.append(f'<tr><td colspan="{maxc}" bgcolor="#f2f2f2"><b>{e(it[1])}</b></td></tr>')
            o.append(f'<tr><td colspan="{maxc}">{e(it[2]) or "&nbsp;"}</td></tr>')
    o.append('</table>')
    return '\n'.join(o)

def html_boxes(items):
    """each section its own table; each field a label-above-answer box; rows side by side."""
    o = []
    for it in items:
        if it[0] == 'sec':
            o.append(f'<h3>{e(it[1])}</h3>')
        elif it[0] == 'note':
            o.append(f'<p><i>{e(it[1])}</i></p>')
        else:
            cells = it[1] if it[0] == 'row' else [(it[1], it[2])]
            w = int(100 / len(cells))
            o.append('<table border="1" cellspacing="0" cellpadding="5" width="100%"><tr>' + ''.join(
                f'<td width="{w}%"><font size="1"><b>{e(l)}</b></font><br>{e(v) or "&nbsp;"}</td>' for l, v in cells) + '</tr></table>')
    return '\n'.join(o)
