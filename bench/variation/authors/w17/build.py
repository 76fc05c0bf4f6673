import json, os, sys
sys.path.insert(0, '.')
import gen_helpers as H
import gen_ref, gen_mash, gen_risk, gen_inc, gen_intel
F = H.FORMS
ids = [f['id'] for f in F]
assert len(ids) == len(set(ids)) == 40, len(ids)
out = open('forms.jsonl', 'w')
conv = {'docx': [], 'pdf': []}
for f in F:
    if f['layout'] == 'body':
        body = f['raw'] if f['style'] == 'raw' else H.body_render(f)
        att = None
    else:
        html = H.html_render(f)
        p = f'html/{f["file"]}.html'
        open(p, 'w').write(html)
        conv[f['layout']].append(p)
        body = f['cover'].rstrip() + '\n'
        att = f'docs/{f["file"]}.{f["layout"]}'
    rec = dict(id=f['id'], form=f['form'], expect=f['expect'], missing=f['missing'], **{'from': f['frm']}, subject=f['subject'],
               body=body, attachment=att, values=f['values'] or {})
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
json.dump(conv, open('conv.json', 'w'), indent=1)
print({k: len(v) for k, v in conv.items()})
