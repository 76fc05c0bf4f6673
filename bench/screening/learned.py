#!/usr/bin/env python3
"""Stop 64's research (not used by the hub): would a screen LEARNT from the independent authors' texts do better on a
new author than the listed signs? A logistic regression over words and word pairs, trained on every author but one and
tested on that one (leave one author out), with the class weights balanced; the hub's own screening of each text, when
given as files of 0/1 a line (RULES_DIR/<author>-rule.txt, made by screening each line with Screening.screen), is
combined with it ("urgent if either says so").

    python3 bench/screening/learned.py /path/to/screen-g.txt [RULES_DIR]

Stop 64's figures (G held out; rules as of int65): model alone G 75/80 urgent, 5/160 ordinary held back; the rules
59/80, 27/160; either 78/80, 32/160. Leaving out C, D, E or F in turn: the model 90-94% of urgent texts, 1-3% of
ordinary texts held back. See docs/variation-corpus.md, stop 64.
"""
import sys
import math, re, collections, random, os
W=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/main/resources/screening/examples/author-')
files={'c':W+'c.txt','d':W+'d.txt','e':W+'e.txt','f':None,'g':sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/test/resources/fixtures/wordings/screen-g.txt')}
def load(f):
    out=[]
    for l in open(f,encoding='utf-8'):
        if '|' not in l: continue
        lab,t=l.split('|',1); out.append((lab.strip()=='urgent', t.strip()))
    return out
sets={k:load(v) for k,v in files.items() if v}
sets['f']=load(W+'f1.txt')+load(W+'f2.txt')
R=sys.argv[2] if len(sys.argv) > 2 else None
def rule(k):
    if not R:
        return [False]*len(sets[k])
    if k=='f':
        return rule('f1')+rule('f2')
    return [l.strip()=='1' for l in open(os.path.join(R, k+'-rule.txt'))]
rules={k:rule(k) for k in sets}
def toks(t):
    w=re.findall(r"[a-z0-9']+", t.lower().replace('\u2019',"'"))
    return set(w+[a+'_'+b for a,b in zip(w,w[1:])])
def train(tr):
    random.seed(1)
    vocab=collections.Counter()
    for y,t in tr: vocab.update(toks(t))
    idx={f:i for i,(f,c) in enumerate((f,c) for f,c in vocab.items() if c>=2)}
    w=[0.0]*len(idx); b=0.0
    data=[(y,[idx[f] for f in toks(t) if f in idx]) for y,t in tr]
    pos=sum(y for y,_ in data); neg=len(data)-pos
    for ep in range(30):
        random.shuffle(data)
        for y,xs in data:
            z=b+sum(w[i] for i in xs); p=1/(1+math.exp(-max(-30,min(30,z))))
            g=(1 if y else 0)-p; cw=(neg/pos) if y else 1.0
            for i in xs: w[i]+=0.1*(cw*g-0.001*w[i])
            b+=0.1*cw*g
    return lambda t: 1/(1+math.exp(-max(-30,min(30,b+sum(w[idx[f]] for f in toks(t) if f in idx)))))
for k in sets:
    tr=[x for j in sets if j!=k for x in sets[j]]
    p=train(tr); te=sets[k]; r=rules[k]
    U=sum(y for y,_ in te); N=len(te)-U
    ml=[p(t)>=0.5 for _,t in te]
    print(f"held out {k}: model {sum(y and m for (y,_),m in zip(te,ml))}/{U} urgent, {sum((not y) and m for (y,_),m in zip(te,ml))}/{N} held; "
          f"rules {sum(y and x for (y,_),x in zip(te,r))}/{U}, {sum((not y) and x for (y,_),x in zip(te,r))}/{N}; "
          f"OR {sum(y and (m or x) for (y,_),m,x in zip(te,ml,r))}/{U}, {sum((not y) and (m or x) for (y,_),m,x in zip(te,ml,r))}/{N}")
