import json, os, collections, datetime as dt
rows = [json.loads(l) for l in open('forms.jsonl')]
ids = [r['id'] for r in rows]; assert len(ids) == len(set(ids)) == 40
cnt = collections.Counter(r['form'] for r in rows); print(cnt)
lay = collections.Counter((r['form'], (r['attachment'] or 'x.body').rsplit('.', 1)[1]) for r in rows)
for k in sorted(lay): print(k, lay[k])
print(collections.Counter((r['attachment'] or 'x.body').rsplit('.', 1)[1] for r in rows))
print(collections.Counter(r['expect'] for r in rows))
print('variants', collections.Counter(r['values'].get('VARIANT') for r in rows if r['form'] == 'referral'))
recv = dt.date(2026, 12, 4)
def age(dob, on): d = dt.date.fromisoformat(dob); return on.year - d.year - ((on.month, on.day) < (d.month, d.day))
for r in rows:
    if r['attachment']: assert os.path.getsize(r['attachment']) > 1000, r['id']
    assert r['from'].split('@')[0] and '.test' in r['from']
    v = r['values']
    assert (r['expect'] == 'rejected') == bool(r['missing']), r['id']
    if r['missing']: assert r['missing'] not in v
    if r['form'] == 'referral':
        assert r['from'].endswith('@council.test')
        if 'DATE_NEEDED' in v:
            dn = dt.date.fromisoformat(v['DATE_NEEDED']); assert recv <= dn <= recv + dt.timedelta(days=50), r['id']
            if 'DATE_OF_BIRTH' in v: a = age(v['DATE_OF_BIRTH'], dn); assert 16 <= a <= 24, (r['id'], a)
        if v['VARIANT'] == 'non-emergency': assert v['FGC_OFFERED'] == 'yes' and v.get('FGC_DATE')
    if r['form'] == 'mash-referral': a = age(v['DATE_OF_BIRTH'], recv); assert a in (16, 17), (r['id'], a)
    if r['form'] == 'safeguarding-incident':
        assert dt.datetime.fromisoformat(v['WHEN']) < dt.datetime(2026, 12, 4, 9), r['id']
        assert r['from'].split('@')[1].endswith('provider.test')
    if r['form'] == 'risk-concern': assert r['from'].split('@')[1].endswith('provider.test') and v['REFERRAL_REFERENCE'] in r['body'] + r['subject'] + (open('html/' + r['attachment'][5:].rsplit('.',1)[0] + '.html').read() if r['attachment'] else '')
print([(r['id'], r['missing'], r['attachment'] or 'body') for r in rows if r['missing']])
print('OK')
