import json, os, collections, datetime as dt
fields = collections.defaultdict(set); cur=None
for l in open('/work/notes/w68/fields.txt'):
    if l.startswith('## form:'): cur=l.split(':',1)[1].strip()
    elif ':' in l: fields[cur].add(l.split(':')[0].strip())
rows=[json.loads(l) for l in open('forms.jsonl')]
ids=[r['id'] for r in rows]; assert len(ids)==len(set(ids))==40
c=collections.Counter(r['form'] for r in rows); print(c)
assert c=={'referral':14,'mash-referral':5,'risk-concern':5,'safeguarding-incident':8,'intelligence-submission':8}
lay=collections.Counter((r['attachment'] or 'body.body').rsplit('.',1)[1] for r in rows); print(lay)
print(collections.Counter(r['expect'] for r in rows))
var=collections.Counter(r['values'].get('VARIANT') for r in rows if r['form']=='referral'); print(var); assert var=={'emergency':7,'non-emergency':7}
recv=dt.datetime(2026,12,4,9,0)
def age(dob,on): d=dt.date.fromisoformat(dob); o=dt.date.fromisoformat(on); return o.year-d.year-((o.month,o.day)<(d.month,d.day))
for r in rows:
    v=r['values']
    if r['attachment']: p=r['attachment']; assert os.path.getsize(p)>0, p
    if r['expect']=='rejected': assert r['missing'] in fields[r['form']], r['id']; assert r['missing'] not in v
    else: assert r['missing'] is None
    for k in v: assert k in fields[r['form']], (r['id'],k)
    if r['form']=='referral':
        if 'DATE_OF_BIRTH' in v and 'DATE_NEEDED' in v:
            a=age(v['DATE_OF_BIRTH'],v['DATE_NEEDED']); assert 16<=a<=24,(r['id'],a)
        if 'DATE_NEEDED' in v: assert '2026-12-04'<=v['DATE_NEEDED']<='2027-01-31'
        assert v['REFERRER_EMAIL']==r['from'] and r['from'].endswith('@council.test')
        if v['VARIANT']=='non-emergency': assert v['FGC_OFFERED']=='yes' and 'FGC_DATE' in v
    if r['form']=='mash-referral' and 'DATE_OF_BIRTH' in v: assert age(v['DATE_OF_BIRTH'],'2026-12-04') in (16,17), r['id']
    if r['form']=='safeguarding-incident': assert dt.datetime.fromisoformat(v['WHEN'])<recv
    if r['form']=='intelligence-submission': assert v['EMAIL']==r['from']
print([(r['id'],r['missing'],r['attachment']) for r in rows if r['expect']!='routed'])
print('ok')
