import json, os, collections, datetime as dt
recs=[json.loads(l) for l in open('/work/notes/w19/forms.jsonl')]
ids=[r['id'] for r in recs]; assert len(ids)==len(set(ids))==40
RECV=dt.datetime(2026,12,4,9,0)
def age(dob, on):
    b=dt.date.fromisoformat(dob); return on.year-b.year-((on.month,on.day)<(b.month,b.day))
c=collections.Counter((r['form']) for r in recs); print(c)
print(collections.Counter(r['layout'] for r in recs)); print(collections.Counter(r['expect'] for r in recs))
print(collections.Counter((r['form'],r['layout']) for r in recs))
print('variants', collections.Counter(r['values'].get('VARIANT') for r in recs if r['form']=='referral'))
for r in recs:
    v=r['values']
    if r['attachment']:
        p='/work/notes/w19/'+r['attachment']; assert os.path.getsize(p)>1000, p
    assert (r['expect']=='rejected')==(r['missing'] is not None), r['id']
    if r['missing']: assert r['missing'] not in v, r['id']
    if r['form']=='referral':
        assert r['from'].endswith('@council.test')
        dn=dt.date.fromisoformat(v['DATE_NEEDED']); assert dn>=RECV.date() and (dn-RECV.date()).days<=45, r['id']
        if 'DATE_OF_BIRTH' in v: assert 16<=age(v['DATE_OF_BIRTH'],dn)<=24, r['id']
        if v['VARIANT']=='non-emergency': assert v['FGC_OFFERED']=='yes' and 'FGC_DATE' in v, r['id']
        for k in ('FULL_NAME','VARIANT','DATE_NEEDED','CONSENT','REFERRER_EMAIL','PARENT'): assert k in v, (r['id'],k)
    if r['form']=='mash-referral':
        if 'DATE_OF_BIRTH' in v: assert age(v['DATE_OF_BIRTH'],RECV.date()) in (16,17), r['id']
        for k in ('NAME','STATUS','MEDIATION','KNOWN'): assert k in v
    if r['form']=='safeguarding-incident':
        assert dt.datetime.fromisoformat(v['WHEN'])<RECV
        dom=r['from'].split('@')[1]; prop=v['PROPERTY']
        pre={'response':'RSP','oxyouth':'OXY','key2':'K2F','stonewater':'STW','connection':'CON','sanctuary':'SAN','a2dominion':'A2D'}[dom.split('.')[0]]
        assert prop.startswith(pre), r['id']
    if r['form']=='risk-concern': assert 'REFERRAL_REFERENCE' in v and r['from'].endswith('.provider.test')
    if r['form']=='intelligence-submission':
        assert 'EMAIL' in v and r['from'].endswith('.test')
print('missing:', [(r['id'],r['missing']) for r in recs if r['missing']])
print('urgent:', [r['id'] for r in recs if r['expect']=='urgent'])
print('OK')
