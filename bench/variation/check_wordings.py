#!/usr/bin/env python3
"""Checks that a part's wordings are new: no label equals a label of another part for the same field
(case-insensitively), and no title, subject, intro, sign-off or free text is shared.

    python3 bench/variation/check_wordings.py heldout2          # against every other wordings_*.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def flat(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from flat(v)
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from flat(v)
    elif isinstance(x, str):
        yield x


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


# parts checked under the stricter rule (stop 48; heldout20 and tuned23 of stop 50, heldout21 and tuned24 of stop 52, heldout22 and tuned25 of stop 55, heldout23 and tuned26 of stop 62 too): a label is shared with an older one if they are the same once
# bracketed text, "please", a guidance tail ("- give detail", "if applicable", "fill in") and punctuation are dropped,
# so that a suffix alone does not make a label new; the older parts keep the older rule and their results
STRICT = {"heldout19", "tuned22", "heldout20", "tuned23", "heldout21", "tuned24", "heldout22", "tuned25", "heldout23", "tuned26"}
TAILS = (r"(fill in|record here|complete|completed|essential|details?|give details?|give detail|please state|state|"
         r"if any|if applicable|where applicable|if known|as at today|current|as recorded|this form|required|"
         r"mandatory|optional|see guidance|tick|tick one|tick as appropriate|delete as appropriate|specify|"
         r"please specify|below|here|now)")


def core(s):
    s = s.lower()
    s = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", s)
    s = re.sub(r"\bplease\b", " ", s)
    s = re.sub(r"\s[-\u2013\u2014:]\s*" + TAILS + r"\s*[.:*?]*\s*$", " ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"\s" + TAILS + r"$", "", s).strip()
    return s


def main(part):
    mine = __import__("wordings_" + part)
    others = [p.stem[len("wordings_"):] for p in Path(__file__).parent.glob("wordings_*.py") if p.stem != "wordings_" + part]
    exact, loose = [], []
    for other in others:
        w = __import__("wordings_" + other)
        for form, fields in mine.LABELS.items():
            for key, labels in fields.items():
                theirs = w.LABELS.get(form, {}).get(key, [])
                for label in labels:
                    if label.lower() in {t.lower() for t in theirs}:
                        exact.append(f"{other}: label {form}.{key}: {label!r}")
                    elif norm(label) in {norm(t) for t in theirs}:
                        loose.append(f"{other}: label {form}.{key}: {label!r} (same words, other punctuation)")
                    elif part in STRICT and core(label) in {core(t) for t in theirs}:
                        loose.append(f"{other}: label {form}.{key}: {label!r} (same once brackets, please and "
                                     "guidance tails are dropped)")
        for name in ["TITLES", "SUBJECTS", "INTROS", "SIGNOFFS", "TEXTS"]:
            theirs = {s.lower() for s in flat(getattr(w, name, []))}
            for s in flat(getattr(mine, name)):
                if s and s.lower() in theirs:
                    exact.append(f"{other}: {name}: {s!r}")
        # labels within one part must also be distinct for a field
    for form, fields in mine.LABELS.items():
        for key, labels in fields.items():
            if len({l.lower() for l in labels}) != len(labels):
                exact.append(f"{part}: duplicate label in {form}.{key}")
    for line in exact:
        print("SAME   ", line)
    for line in loose:
        print("similar", line)
    print(f"{part}: {len(exact)} shared, {len(loose)} similar (against {', '.join(sorted(others))})")
    return 1 if exact else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "heldout2"))
