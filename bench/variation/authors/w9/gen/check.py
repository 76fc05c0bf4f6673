import json, os, collections
D = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(D, 'forms.jsonl'), encoding='utf-8')]
ids = [r['id'] for r in rows]
assert len(ids) == len(set(ids)) == 40, 'ids'
need = {'referral': ['FULL_NAME', 'DATE_OF_BIRTH', 'VARIANT', 'DATE_NEEDED', 'CONSENT', 'REFERRER_EMAIL', 'PARENT'],
        'mash-referral': ['NAME', 'DATE_OF_BIRTH', 'STATUS', 'MEDIATION', 'KNOWN'],
        'risk-concern': ['REFERRAL_REFERENCE'], 'safeguarding-incident': ['NAME', 'WHEN', 'CATEGORY', 'SEVERITY'],
        'intelligence-submission': ['WORKER', 'EMAIL']}
cnt = collections.Counter(r['form'] for r in rows)
assert cnt == {'referral': 14, 'mash-referral': 5, 'risk-concern': 5, 'safeguarding-incident': 8, 'intelligence-submission': 8}, cnt
var = collections.Counter(r['values'].get('VARIANT') for r in rows if r['form'] == 'referral')
assert var == {'emergency': 7, 'non-emergency': 7}, var
exp = collections.Counter(r['expect'] for r in rows)
assert exp == {'routed': 33, 'rejected': 6, 'urgent': 1}, exp
lay = collections.Counter((r['attachment'] or 'x.body').rsplit('.', 1)[1] for r in rows)
print('layouts', dict(lay))
for r in rows:
    if r['attachment']:
        p = os.path.join(D, r['attachment'])
        assert os.path.isfile(p) and os.path.getsize(p) > 0, p
    if r['expect'] == 'rejected':
        assert r['missing'] and r['missing'] not in r['values'], r['id']
    else:
        assert r['missing'] is None
        for k in need[r['form']]:
            assert k in r['values'], (r['id'], k)
    if r['form'] == 'referral' and r['expect'] != 'rejected':
        assert r['from'].endswith('@council.test')
        v = r['values']
        assert v['DATE_NEEDED'] >= '2026-12-04'
        age = int(v['DATE_NEEDED'][:4]) - int(v['DATE_OF_BIRTH'][:4]) - (v['DATE_NEEDED'][5:] < v['DATE_OF_BIRTH'][5:])
        assert 16 <= age <= 24, r['id']
        if v['VARIANT'] == 'non-emergency':
            assert v['FGC_OFFERED'] == 'yes' and 'FGC_DATE' in v, r['id']
        else:
            assert 'SAFETY_CONCERN' in v
    if r['form'] == 'mash-referral' and 'DATE_OF_BIRTH' in r['values']:
        d = r['values']['DATE_OF_BIRTH']; age = 2026 - int(d[:4]) - (('12-04') < d[5:])
        assert age in (16, 17), r['id']
    if r['form'] == 'safeguarding-incident':
        assert r['values']['WHEN'] < '2026-12-04T09:00'
print('by type/layout', collections.Counter((r['form'], (r['attachment'] or 'x.body').rsplit('.', 1)[1]) for r in rows))
print('invalid', [(r['id'], r['missing']) for r in rows if r['expect'] == 'rejected'])
print('OK')
