import json, os, collections, datetime as dt
here = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(here, 'forms.jsonl'), encoding='utf-8')]
ids = [r['id'] for r in recs]; assert len(ids) == len(set(ids)) == 40
c = collections.Counter(r['form'] for r in recs)
assert c == {'referral': 14, 'mash-referral': 5, 'risk-concern': 5, 'safeguarding-incident': 8, 'intelligence-submission': 8}, c
lay = collections.Counter((r['form'], 'body' if not r['attachment'] else r['attachment'].rsplit('.', 1)[1]) for r in recs)
ex = collections.Counter(r['expect'] for r in recs); assert ex == {'routed': 33, 'rejected': 6, 'urgent': 1}, ex
recv = dt.date(2026, 12, 4)
def age(dob, on):
    b = dt.date.fromisoformat(dob); on = dt.date.fromisoformat(on)
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
for r in recs:
    if r['attachment']:
        p = os.path.join(here, r['attachment']); assert os.path.getsize(p) > 0, p
    assert (r['expect'] == 'rejected') == (r['missing'] is not None), r['id']
    v = r['values']
    if r['form'] == 'referral':
        assert r['from'].endswith('@council.test')
        if r['expect'] != 'rejected':
            assert v['DATE_NEEDED'] >= '2026-12-04' and 16 <= age(v['DATE_OF_BIRTH'], v['DATE_NEEDED']) <= 24, r['id']
            if v['VARIANT'] == 'non-emergency': assert v['FGC_OFFERED'] == 'yes' and v['FGC_DATE']
    if r['form'] == 'mash-referral': assert age(v['DATE_OF_BIRTH'], '2026-12-04') in (16, 17), r['id']
    if r['form'] == 'safeguarding-incident': assert v['WHEN'] < '2026-12-04T09:00'
    vn = {'urgent'}
print(dict(c)); print(sorted(lay.items())); print(dict(ex))
print('invalid:', [(r['id'], r['missing']) for r in recs if r['missing']])
print('body/docx/pdf:', collections.Counter('body' if not r['attachment'] else r['attachment'].rsplit('.', 1)[1] for r in recs))
