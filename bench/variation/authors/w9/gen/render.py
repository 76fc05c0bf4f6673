import html as H
from labels import REF, REF_SECTIONS, MASH, MASH_SECTIONS, RISK, RISK_SECTIONS, INC, INC_SECTIONS, INTEL, INTEL_SECTIONS, YN

LABELS = {'referral': (REF, REF_SECTIONS), 'mash-referral': (MASH, MASH_SECTIONS), 'risk-concern': (RISK, RISK_SECTIONS),
          'safeguarding-incident': (INC, INC_SECTIONS), 'intelligence-submission': (INTEL, INTEL_SECTIONS)}
LONG = {'DIVERSION', 'REASON', 'RISKS', 'SUPPORT_NEEDS', 'SAFETY_CONCERN', 'CONCERNS', 'MEDIATION_OUTCOME', 'RISK', 'WHY',
        'RESOURCES', 'DESCRIPTION', 'ACTIONS', 'PERSONS', 'INFORMATION', 'ADDRESS', 'LOCATION', 'VEHICLES'}
OPTIONS = {'VARIANT': ['Emergency', 'Non-emergency'], 'STATUS': ['Homeless', 'Threatened with homelessness'],
           'SEVERITY': ['Low', 'Medium', 'High', 'Critical'],
           'CATEGORY': ['Missing', 'Exploitation', 'Self-harm', 'Violence', 'Allegation against staff',
                        'Police involvement', 'Hospital admission', 'Other']}


def e(s):
    return H.escape(s).replace('\n', '<br>')


def fields(f):
    labels, sections = LABELS[f['form']]
    return labels, sections


def disp(f, code):
    v = f['data'].get(code)
    if v is None:
        return None
    return v[0] if isinstance(v, tuple) else v


def norm(f, code):
    v = f['data'].get(code)
    if v is None:
        return None
    return v[1] if isinstance(v, tuple) else v


def present(f, sec_codes):
    return [c for c in sec_codes if c in f['data']]


def label(f, style, code):
    labels, _ = fields(f)
    l, c = labels[style][code]
    over = f.get('labels', {}).get(code)
    if over:
        l = over
    return l, c


# ---------------- bodies ----------------
def body_lines(f, style='plain', bold=False, under=False, numbered=False):
    _, sections = fields(f)
    out, n = [], 0
    for title, codes in sections:
        codes = present(f, codes)
        if not codes:
            continue
        if f.get('body_sections'):
            out.append(f.get('body_sections')(title))
        for c in codes:
            l, _ = label(f, style, c)
            v = disp(f, c)
            n += 1
            colon = '' if l.endswith('?') else ':'
            if numbered:
                out.append(f'{n}. {l}')
                out.append(v if v else '')
                out.append('')
            elif under:
                out.append(f'{l}{colon}')
                out.append(v if v else '')
                out.append('')
            elif bold:
                out.append(f'*{l}{colon}* {v}'.rstrip())
            else:
                out.append(f'{l}: {v}'.rstrip())
        if f.get('body_sections') and not (numbered or under):
            out.append('')
    return '\n'.join(out).rstrip() + '\n'


# ---------------- HTML ----------------
CSS = '''<style>
body{font-family:Arial,sans-serif;font-size:10pt}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #000;padding:3px;vertical-align:top}
.g{background:#d9d9d9;font-weight:bold}
.h{background:#7f7f7f;color:#fff;font-weight:bold}
.lab{font-size:8pt;font-weight:bold}
.hint{font-size:7pt;font-style:italic}
.foot{font-size:7pt;color:#555}
</style>'''


def page(title, inner, logo, footer):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title>{CSS}</head><body>'
            f'<p><b>{logo}</b></p><h2>{e(title)}</h2>{inner}<p class="foot">{footer}</p></body></html>')


def html_cms(f):
    """Case management system export: section rows, two answer columns side by side, labels ending '?',
    grey label cells, field codes in brackets."""
    _, sections = fields(f)
    rows = []
    for title, codes in sections:
        codes = present(f, codes)
        if not codes:
            continue
        rows.append(f'<tr><td class="h" colspan="4">{e(title)}</td></tr>')
        short = [c for c in codes if c not in LONG]
        longs = [c for c in codes if c in LONG]
        for i in range(0, len(short), 2):
            cells = ''
            for c in short[i:i + 2]:
                l, code = label(f, 'cms', c)
                cells += f'<td class="g" width="22%">{e(l)} <span class="hint">[{code}]</span></td><td width="28%">{e(disp(f, c) or "")}</td>'
            if len(short[i:i + 2]) == 1:
                cells += '<td class="g"></td><td></td>'
            rows.append(f'<tr>{cells}</tr>')
        for c in longs:
            l, code = label(f, 'cms', c)
            rows.append(f'<tr><td class="g">{e(l)} <span class="hint">[{code}]</span></td><td colspan="3">{e(disp(f, c) or "")}</td></tr>')
    inner = f'<p>{f.get("cms_meta", "")}</p><table>{"".join(rows)}</table>'
    return page(f['title'], inner, f['logo'], f['footer'])


def html_boxes(f):
    """Word template with label-above-answer boxes, two per row for short answers."""
    _, sections = fields(f)
    rows = []
    for title, codes in sections:
        codes = present(f, codes)
        if not codes:
            continue
        rows.append(f'<tr><td class="g" colspan="2">{e(title.split(" - ", 1)[-1].upper())}</td></tr>')
        short = [c for c in codes if c not in LONG]
        longs = [c for c in codes if c in LONG]
        for i in range(0, len(short), 2):
            cells = ''
            for c in short[i:i + 2]:
                l, _ = label(f, 'word', c)
                cells += f'<td width="50%"><span class="lab">{e(l)}</span><br>{e(disp(f, c) or "")}<br></td>'
            if len(short[i:i + 2]) == 1:
                cells += '<td></td>'
            rows.append(f'<tr>{cells}</tr>')
        for c in longs:
            l, _ = label(f, 'word', c)
            rows.append(f'<tr><td colspan="2"><span class="lab">{e(l)}</span><br>{e(disp(f, c) or "")}<br><br></td></tr>')
    inner = f'<p class="hint">{f.get("hint", "Please complete all boxes. Type in the boxes, they will expand.")}</p><table>{"".join(rows)}</table>'
    return page(f['title'], inner, f['logo'], f['footer'])


def yn_cells(f, c):
    n = norm(f, c)
    y = '✓' if n == 'yes' else ''
    no = '✓' if n == 'no' else ''
    return y, no


def html_ticks(f):
    """Numbered questions with Yes / No tick columns."""
    _, sections = fields(f)
    rows = ['<tr><th class="g" width="5%">No.</th><th class="g" width="35%">Question</th><th class="g" width="6%">Yes</th>'
            '<th class="g" width="6%">No</th><th class="g">Answer / details</th></tr>']
    n = 0
    for title, codes in sections:
        codes = present(f, codes)
        if not codes:
            continue
        rows.append(f'<tr><td class="h" colspan="5">{e(title)}</td></tr>')
        for c in codes:
            n += 1
            l, _ = label(f, 'word', c)
            if c in YN:
                y, no = yn_cells(f, c)
                extra = f.get('yn_detail', {}).get(c, '')
                rows.append(f'<tr><td>{n}</td><td>{e(l)}</td><td align="center">{y}</td><td align="center">{no}</td><td>{e(extra)}</td></tr>')
            else:
                rows.append(f'<tr><td>{n}</td><td>{e(l)}</td><td colspan="3">{e(disp(f, c) or "")}</td></tr>')
    inner = f'<p class="hint">{f.get("hint", "Tick Yes or No where shown. Give details in the last column.")}</p><table>{"".join(rows)}</table>'
    return page(f['title'], inner, f['logo'], f['footer'])


def boxes(opts, chosen):
    return '&nbsp;&nbsp;'.join(('☒ ' if o == chosen else '☐ ') + e(o) for o in opts)


def html_provider(f):
    """Two-column label/answer Word template, check boxes for Y/N and option lists."""
    _, sections = fields(f)
    rows = []
    for title, codes in sections:
        codes = present(f, codes)
        if not codes:
            continue
        rows.append(f'<tr><td class="g" colspan="2">{e(title.split(" - ", 1)[-1])}</td></tr>')
        for c in codes:
            l, _ = label(f, 'word', c)
            if c in YN:
                n = norm(f, c)
                val = boxes(['Yes', 'No'], {'yes': 'Yes', 'no': 'No'}.get(n))
                extra = f.get('yn_detail', {}).get(c)
                if extra:
                    val += ' &nbsp; ' + e(extra)
            elif c in OPTIONS and f.get('opt_choice', {}).get(c) is not None:
                val = boxes(OPTIONS[c], f['opt_choice'][c])
            elif c in OPTIONS and c in f.get('opt_choice', {}):
                val = boxes(OPTIONS[c], None)
            else:
                val = e(disp(f, c) or '')
            rows.append(f'<tr><td class="g" width="32%">{e(l)}</td><td>{val}</td></tr>')
    inner = f'<p class="hint">{f.get("hint", "")}</p><table>{"".join(rows)}</table>'
    return page(f['title'], inner, f['logo'], f['footer'])


HTML = {'cms': html_cms, 'boxes': html_boxes, 'ticks': html_ticks, 'provider': html_provider}
