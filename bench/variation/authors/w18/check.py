import json, os, collections, datetime as dt
recs=[json.loads(l) for l in open('forms.jsonl')]
ids=[r['id'] for r in recs]; assert len(ids)==len(set(ids))==40
lay=json.load(open('layouts.json'))
c=collections.Counter(r['form'] for r in recs); print(c)
print(collections.Counter(r['expect'] for r in recs))
print(collections.Counter((r['form'], lay[r['id']].split(':')[0]) for r in recs))
print(collections.Counter(lay[r['id']].split(':')[0] for r in recs))
R=dt.date(2026,12,4)
def age(dob, on):
    d=dt.date.fromisoformat(dob); on=dt.date.fromisoformat(on) if isinstance(on,str) else on
    return on.year-d.year-((on.month,on.day)<(d.month,d.day))
for r in recs:
    a=r['attachment']
    if a: assert os.path.getsize(a)>0, a
    else: assert lay[r['id']].startswith('body')
    assert (r['expect']=='rejected')==(r['missing'] is not None)
    v=r['values']
    if r['form']=='referral':
        assert r['from'].endswith('@council.test') and r['from']==v['REFERRER_EMAIL']
        assert v['DATE_NEEDED']>='2026-12-04'
        if 'DATE_OF_BIRTH' in v: assert 16<=age(v['DATE_OF_BIRTH'],v['DATE_NEEDED'])<=24, r['id']
        if v['VARIANT']=='non-emergency' and r['expect']=='routed': assert v['FGC_OFFERED']=='yes'
    if r['form']=='mash-referral': assert age(v['DATE_OF_BIRTH'],R) in (16,17), r['id']
    if r['form']=='safeguarding-incident': assert v['WHEN']<'2026-12-04T09:00'
    if r['expect']=='rejected': print('INVALID', r['id'], r['missing'])
print('ok')
