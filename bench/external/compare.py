#!/usr/bin/env python3
"""Compare each corpus mail's outcome on the real stack with its manifest line.
Outcome per mail: the hub's log line 'Mail REF from mailbox intake: OUTCOME FORM to ...', joined to the mail by the
reply the sender got (In-Reply-To = the mail's Message-ID, the reference in the subject)."""
import sys, os, re, glob, email, email.policy, collections
VAR = sys.argv[1]; LOG = sys.argv[2]; VMAIL = "/var/vmail"
refout = {}
logcount = collections.Counter()
for line in open(LOG, errors="replace"):
    m = re.search(r"Mail (YPSA-[A-Z0-9]{5}-[A-Z0-9]{5}) from mailbox \S+: (\w+) (\S+) to", line)
    if m:
        refout[m.group(1)] = (m.group(2), m.group(3)); logcount[m.group(1)] += 1
replies = collections.defaultdict(list)
for f in glob.glob(VMAIL + "/*/*/Maildir/cur/*") + glob.glob(VMAIL + "/*/*/Maildir/new/*"):
    if "/ypsa.test/intake/" in f: continue
    with open(f, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.compat32)
    irt = (msg.get("In-Reply-To") or "").strip()
    m = re.search(r"YPSA-[A-Z0-9]{5}-[A-Z0-9]{5}", str(msg.get("Subject", "")))
    if irt and m: replies[irt].append((m.group(0), f))
tot = ok = 0; bad = []; norep = []; dup = []
for part in sorted(glob.glob(VAR + "/tuned*")):
    lines = open(part + "/manifest.tsv").read().splitlines()
    hdr = lines[0].split("\t")
    for l in lines[1:]:
        row = dict(zip(hdr, l.split("\t")))
        with open(os.path.join(part, row["file"]), "rb") as fh:
            mid = (email.message_from_binary_file(fh, policy=email.policy.compat32).get("Message-ID") or "").strip()
        tot += 1
        rs = replies.get(mid, [])
        refs = {r for r, _ in rs}
        if not refs: norep.append(part.split("/")[-1] + "/" + row["file"]); continue
        if len(rs) > 1: dup.append((row["file"], len(rs)))
        ref = sorted(refs)[0]
        got = refout.get(ref)
        exp = (row["outcome"], row["form"])
        if got and got[0] == exp[0] and (got[1] == exp[1] or exp[0] == "unrecognised"): ok += 1
        else: bad.append((part.split("/")[-1] + "/" + row["file"], exp, got, ref))
print(f"mails {tot}; as manifest {ok}; differ {len(bad)}; no reply found {len(norep)}; more than one reply {len(dup)}")
print("log lines per reference > 1:", sum(1 for c in logcount.values() if c > 1))
for b in bad: print("DIFF", *b)
for n in norep[:30]: print("NOREPLY", n)
for d in dup[:30]: print("DUP", *d)
