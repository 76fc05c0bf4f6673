import json, os, re, collections, datetime as dt
fields = open('/work/notes/w64/fields.txt').read()
recs = [json.loads(l) for l in open('forms.jsonl')]
ids = [r['id'] for r in recs]; assert len(ids) == len(set(ids)) == 40
C = collections.Counter(); L = collections.Counter(); E = collections.Counter()
def age(dob, on):
    b = dt.date.fromisoformat(dob); d = dt.date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))
provdom = {'Response':'response','Oxfordshire Youth':'oxyouth','Key2 Futures':'key2','Stonewater':'stonewater','Connection Support':'connection','Sanctuary Housing':'sanctuary','A2 Dominion':'a2dominion'}
for r in recs:
    C[r['form']] += 1; E[r['expect']] += 1
    lay = 'body' if not r['attachment'] else r['attachment'].rsplit('.',1)[1]; L[(r['form'], lay)] += 1
    if r['attachment']:
        assert os.path.getsize(r['attachment']) > 1000, r['id']
    assert r['from'].endswith('.test')
    if r['expect'] == 'rejected':
        assert r['missing'] and re.search(r'\b%s\*' % r['missing'], fields), r['id']
    else:
        assert r['missing'] is None
    v = r['values']
    if r['form'] == 'referral':
        assert re.fullmatch(r'[a-z]+\.[a-z]+@council\.test', r['from']), r['id']
        if v:
            a = age(v['DATE_OF_BIRTH'], v['DATE_NEEDED']); assert 16 <= a <= 24, (r['id'], a)
            assert v['DATE_NEEDED'] >= '2026-12-04' and v['DATE_NEEDED'] <= '2027-01-31'
            if v['VARIANT'] == 'non-emergency': assert v['FGC_OFFERED'] == 'yes' and v.get('FGC_DATE')
            for k in ['FULL_NAME','DATE_OF_BIRTH','VARIANT','DATE_NEEDED','CONSENT','REFERRER_EMAIL','PARENT']: assert k in v, (r['id'],k)
            assert v['REFERRER_EMAIL'] == r['from']
    if r['form'] == 'mash-referral' and v:
        assert age(v['DATE_OF_BIRTH'], '2026-12-04') in (16, 17), r['id']
        for k in ['NAME','DATE_OF_BIRTH','STATUS','MEDIATION','KNOWN']: assert k in v
    if r['form'] == 'safeguarding-incident' and v:
        assert v['WHEN'] < '2026-12-04T09:00'
        assert r['from'].split('@')[1].split('.')[0] == provdom[v['PROVIDER']], r['id']
        assert v['PROPERTY'] in (r['body'] + open('html/'+os.path.basename(r['attachment']).rsplit('.',1)[0]+'.html').read() if r['attachment'] else r['body'])
        assert v['CATEGORY'] in ['missing','exploitation','self-harm','violence','allegation against staff','police involvement','hospital admission','other']
        assert v['SEVERITY'] in ['low','medium','high','critical']
    if r['form'] == 'risk-concern' and v:
        assert r['from'].split('@')[1].split('.')[0] == provdom[v['PROVIDER']], r['id']; assert 'REFERRAL_REFERENCE' in v
    if r['form'] == 'intelligence-submission' and v:
        assert 'WORKER' in v and 'EMAIL' in v
print(dict(C)); print(dict(E)); print(sorted(L.items()))
print('by layout', collections.Counter(k[1] for k in L.elements()))
print('invalid', [(r['id'], r['missing'], r['attachment'] or 'body') for r in recs if r['expect']=='rejected'])
print('OK')
