#!/usr/bin/env python3
"""Writes the missing-field mutation part (missing1): valid forms of tuned parts, each with ONE required field dropped.

    python3 bench/variation/mutate_missing.py                 # missing1 from tuned7 and tuned8
    python3 bench/variation/mutate_missing.py tuned6 tuned7   # from other tuned parts (never a held-out one)

Why: an invalid form must never be routed. The generator's own `missing` forms drop one fixed field per form type
(a referral's date of birth, a risk concern's resources, an incident's description, an intelligence submission's
information); this part drops every required field in turn, to find where the hub fills a field the sender left out
with something else from the mail (another field's value, the signature, the subject, the mail's date).

How: the generator plans each tuned part exactly as `generate.py <part>` does (same seed, same wordings, so the same
forms), then every valid referral, risk concern, safeguarding incident, intelligence submission (not the urgent ones)
and MASH referral gives MUTANTS mutants, each with a different required field dropped, the field chosen from a fixed
seed so that each form type's required fields are taken in turn over the part. The field goes as a person who forgot
it would leave it: its row or line left out, or its label kept with an empty value ("", a non-breaking space, "-").
The mutants are then rendered by the generator itself (`generate.build`, LibreOffice for the documents), one source
part at a time with that part's wordings, into src/test/resources/variation/missing1/. Each mail is named after the
form it came from (m-t7-sg-005a.eml is t7-sg-005.eml without one field); its manifest line says outcome `rejected`,
invalid `missing`, `problem=` words of the dropped field's name (what the rejection must name) and `dropped=` the
field's key. Nothing in generate.py changes: the older parts render exactly as before (hash_parts.py).
"""
import importlib
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402
from values import Value  # noqa: E402

PART = "missing1"
SEED = 20261201
MUTANTS = 2
HELD_OUT = "heldout"

# the required fields of each form (config/forms/*.yml, and the rules that make a field required: an emergency
# referral's safety concern, a non-emergency referral's FGC, consent, a submission's contact): the generator's keys
# that carry the field, and the words the rejection must name (a regex over the problem's field and text)
REQUIRED = {
    "referral": {
        "name": (["name"], "full name"),
        "dob": (["dob", "age"], "birth"),
        "legal_status": (["legal_status"], "legal status"),
        "ref_name": (["ref_name"], "referrer name"),
        "ref_role": (["ref_role"], "role"),
        "ref_org": (["ref_org"], "organisation|team"),
        "reason": (["reason"], "reason"),
        "needed": (["needed"], "needed"),
        "consent": (["consent"], "consent"),
        "safety": (["safety"], "safety"),  # emergency referrals only
        "fgc": (["fgc", "fgc_date"], "family group|fgc"),  # non-emergency referrals only
    },
    "risk-concern": {
        "ref": (["ref"], "reference"),  # taken out of the subject too (there it would be the sender's own words)
        "provider": (["provider"], "provider"),
        "risk": (["risk"], "unable to manage"),
        "why": (["why"], "cannot be managed"),
        "enable": (["enable"], "enable"),
    },
    "safeguarding-incident": {
        "provider": (["provider"], "provider"),
        "name": (["name"], "young person"),
        "date": (["when", "date"], "date"),  # a one-field date and time, or the date of two (the time kept)
        "category": (["category"], "category"),
        "severity": (["severity"], "severity"),
        "description": (["description"], "description"),
    },
    "intelligence-submission": {
        "agency": (["agency"], "agency"),
        "worker": (["worker"], "worker"),
        "information": (["information"], "information"),
        "contact": (["email", "phone"], "email|phone|contact"),
    },
    "mash-referral": {
        "name": (["name"], "young person"),
        "dob": (["dob", "age"], "birth"),
        "agency": (["agency"], "agency"),
        "status": (["status"], "homeless"),
    },
}
EMPTY = ["", "\u00a0", "-"]


def keys_of(m):
    return {getattr(v, "key", None) for label, v in m["fields"] if label not in ("\u00a7", generate.NOTE)}


def droppable(m, field):
    keys, _ = REQUIRED[m["form"]][field]
    present = keys_of(m)
    if m["form"] == "referral" and field == "safety":
        return m["variant"] == "emergency" and "safety" in present
    if m["form"] == "referral" and field == "fgc":
        return m["variant"] == "non-emergency" and "fgc" in present
    return bool(present & set(keys))


def mutant(m, field, rng, letter):
    keys, words = REQUIRED[m["form"]][field]
    blank = rng.random() < 0.5
    fields = []
    for label, v in m["fields"]:
        if getattr(v, "key", None) in keys and label not in ("\u00a7", generate.NOTE):
            # the incident's time stays when its date goes (two fields): a date must not be made up from the mail's
            if field == "date" and v.key == "time":
                fields.append((label, v))
                continue
            if blank:
                empty = Value(rng.choice(EMPTY), "blank")
                empty.form, empty.key = v.form, v.key
                if getattr(v, "hint", None):
                    empty.hint = v.hint
                fields.append((label, empty))
            continue
        fields.append((label, v))
    out = dict(m, fields=fields, outcome="rejected", invalid="missing",
               expect={"problem": words, "dropped": field + ("-blank" if blank else "-left-out")},
               id=f"m-{m['id']}{letter}")
    if m["form"] == "intelligence-submission":
        out["urgent"] = "no"
    if m["form"] == "risk-concern" and field == "ref":
        ref = next(v.text for label, v in m["fields"] if getattr(v, "key", None) == "ref")
        subject = " ".join(m["subject"].replace(ref, "").split()).strip(" :\u2013-")
        out["subject"] = subject if len(subject) > 3 else "Risk concern"
    return out


def plan(source, rng, turns):
    wordings = importlib.import_module("wordings_" + source)
    mails, _ = generate.plan(source, wordings)  # the part's own draws: the same forms as generate.py <source>
    out = []
    for m in mails:
        if m["form"] not in REQUIRED or m["outcome"] != "routed":
            continue
        fields = list(REQUIRED[m["form"]])
        chosen = []
        for _ in range(len(fields) * 2):
            if len(chosen) == MUTANTS:
                break
            # each form type's fields in turn over the part, from a shuffled start (the fixed seed)
            order = turns.setdefault(m["form"], rng.sample(fields, len(fields)))
            field = order.pop(0)
            order.append(field)
            if field not in chosen and droppable(m, field):
                chosen.append(field)
        out += [mutant(m, f, rng, "ab"[n]) for n, f in enumerate(chosen)]
    return out


def sender_names_it(line, final):
    """A risk concern or incident without its provider, from a provider's own address: the hub takes the provider from
    the sender's registered domain (a true value, not a guess), so it is no missing field and the mutant is dropped
    after rendering (the others render exactly as before). Its mail and document go too."""
    cells = line.split("\t")
    if "dropped=provider-" not in cells[-1]:
        return False
    sender = re.search(r"(?m)^From:.*?(@[\w.-]+)", (final / cells[0]).read_text(encoding="utf-8", errors="replace"))
    registered = re.findall(r'senders: \[([^]]*)]', (generate.ROOT / "config/directory.yml").read_text(encoding="utf-8"))
    if not sender or not any(f'"{sender.group(1)}"' in s for s in registered):
        return False
    for rel in (cells[0], cells[7]):
        if rel != "-":
            (final / rel).unlink(missing_ok=True)
    return True


def build(sources):
    rng = random.Random(SEED)
    turns = {}
    final = generate.ROOT / "src/test/resources/variation" / PART
    if final.exists():
        shutil.rmtree(final)
    (final / "mail").mkdir(parents=True)
    (final / "docs").mkdir()
    manifest = []
    real_root, real_plan = generate.ROOT, generate.plan
    for source in sources:
        if source.startswith(HELD_OUT):
            sys.exit("missing1 is made from tuned parts only: the held-out parts are never read")
        mutants = plan(source, rng, turns)
        # generate.build renders a part it plans itself: it is handed these mutants as the plan of a part whose
        # wordings are the source part's, into a scratch root, and its mails, documents and manifest lines moved here
        tmp = Path(tempfile.mkdtemp(prefix="variation-missing-"))
        sys.modules["wordings_" + PART] = importlib.import_module("wordings_" + source)
        generate.ROOT = tmp
        generate.plan = lambda part, wordings, ms=mutants, seed=rng.randrange(1 << 30): (ms, random.Random(seed))
        try:
            generate.build(PART)
        finally:
            generate.ROOT, generate.plan = real_root, real_plan
        made = tmp / "src/test/resources/variation" / PART
        for sub in ("mail", "docs"):
            for f in (made / sub).iterdir():
                shutil.move(str(f), final / sub / f.name)
        lines = (made / "manifest.tsv").read_text(encoding="utf-8").splitlines()
        header, body = lines[0], [line for line in lines[1:] if not sender_names_it(line, final)]
        manifest += ([header] if not manifest else []) + body
        shutil.rmtree(tmp)
        print(f"{source}: {len(mutants)} mutants")
    (final / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"{PART}: {len(manifest) - 1} mails written to {final.relative_to(generate.ROOT)}")


if __name__ == "__main__":
    build(sys.argv[1:] or ["tuned7", "tuned8"])
