import json, os, subprocess, sys
sys.path.insert(0, '.')
import refs, mash, risk, inc, intel
from lib import page
ALL = refs.F + mash.F + risk.F + inc.F + intel.F
groups = {'docx': [], 'pdf': []}
for f in ALL:
    if f['doc']:
        name, kind, title, logo, inner, foot = f['doc']
        p = f'html/{name}.html'
        open(p, 'w').write(page(title, logo, inner, foot))
        groups[kind].append(p)
        f['attachment'] = f'docs/{name}.{kind}'
    else:
        f['attachment'] = None
if '--convert' in sys.argv:
    for kind, files in groups.items():
        conv = 'docx' if kind == 'docx' else 'pdf:writer_pdf_Export'
        subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', conv, '--outdir', 'docs'] + files, check=True)
with open('forms.jsonl', 'w') as out:
    for f in ALL:
        o = {'id': f['id'], 'form': f['form'], 'expect': f['expect'], 'missing': f['missing'], 'from': f['frm'],
             'subject': f['subject'], 'body': f['body'], 'attachment': f['attachment'], 'values': f['values']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(ALL), {k: len(v) for k, v in groups.items()})
