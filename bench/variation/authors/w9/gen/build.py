import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_ref import REFS
from data_other import FORMS
import render as R

D = os.path.dirname(os.path.abspath(__file__))
for r in REFS:
    r['form'] = 'referral'
ALL = REFS + FORMS

BODY_STYLE = {'w9-ref-11': 'word', 'w9-ref-14': 'word', 'w9-ref-06': 'word', 'w9-risk-05': 'word',
              'w9-inc-08': 'plain', 'w9-intel-04': 'word'}
BOLD_TAIL = {'w9-ref-06': '\n', 'w9-risk-05': '\nOur risk assessment and RMP will follow by secure email.\n'}
FILE_STEM = {}

out, html_docx, html_pdf = [], [], []
for f in ALL:
    kind, style = f['layout'].split(':')
    attachment = None
    if kind == 'body':
        if 'body' in f:
            body = f['body']
        else:
            st = BODY_STYLE.get(f['id'], 'plain')
            body = f.get('body_head', '') + R.body_lines(f, st, bold=(style == 'bold'), under=(style == 'under'),
                                                        numbered=(style == 'numbered')) + f.get('body_tail', BOLD_TAIL.get(f['id'], ''))
    else:
        who = next(f['data'][k] for k in ('FULL_NAME', 'NAME', 'YOUNG_PERSON', 'WORKER') if k in f['data'])
        who = who[0] if isinstance(who, tuple) else who
        kindname = {'referral': 'SA_Referral', 'mash-referral': 'MASH_Referral', 'risk-concern': 'Risk_Concern',
                    'safeguarding-incident': 'Incident_Report', 'intelligence-submission': 'Intel_Submission'}[f['form']]
        stem = f['id'].replace('w9-', '') + '_' + kindname + '_' + who.replace(' ', '_')
        stem = ''.join(ch for ch in stem if ch.isalnum() or ch in '_-')
        hp = os.path.join(D, 'html', stem + '.html')
        with open(hp, 'w', encoding='utf-8') as fh:
            fh.write(R.HTML[style](f))
        (html_docx if kind == 'docx' else html_pdf).append(hp)
        attachment = f'docs/{stem}.{kind}'
        body = f['cover'] + '\n'
    vals = {}
    for code, v in f['data'].items():
        n = v[1] if isinstance(v, tuple) else v
        if n in (None, ''):
            continue
        vals[code] = n
    out.append({'id': f['id'], 'form': f['form'], 'expect': f.get('expect', 'routed'), 'missing': f.get('missing'),
                'from': f['frm'], 'subject': f['subject'], 'body': body, 'attachment': attachment, 'values': vals})

with open(os.path.join(D, 'forms.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')

if '--convert' in sys.argv:
    prof = ['-env:UserInstallation=file:///tmp/lo-w9']
    base = ['soffice'] + prof + ['--headless', '--infilter=HTML (StarWriter)']
    subprocess.run(base + ['--convert-to', 'docx', '--outdir', os.path.join(D, 'docs')] + html_docx, check=True)
    subprocess.run(base + ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', os.path.join(D, 'docs')] + html_pdf, check=True)
print(len(out), 'forms;', len(html_docx), 'docx;', len(html_pdf), 'pdf')
