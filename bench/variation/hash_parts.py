#!/usr/bin/env python3
"""Hashes what the generator plans and renders for each part, without LibreOffice, to show that a generator change
leaves the older parts as they were.

    python3 bench/variation/hash_parts.py heldout tuned ... > before.txt   # then change the generator
    python3 bench/variation/hash_parts.py heldout tuned ... > after.txt && diff before.txt after.txt

Runs the whole build with soffice replaced by a copy of each HTML / flat ODS source, into a temporary directory,
and prints one SHA-256 per part over its manifest, mails (their MIME boundaries drawn from a fixed seed) and
the documents' sources. Nothing under src/ is touched.
"""
import hashlib
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402


def fake_soffice(sources, target, outdir, infilter=None):
    if not sources:
        return
    Path(outdir).mkdir(parents=True, exist_ok=True)
    ext = target.split(":")[0]
    for s in sources:
        shutil.copy(s, Path(outdir) / (Path(s).stem + "." + ext))


def part_hash(part):
    tmp = Path(tempfile.mkdtemp(prefix="variation-hash-"))
    generate.ROOT, generate.soffice = tmp, fake_soffice
    random.seed(0)  # the MIME boundaries
    try:
        generate.build(part)
        h = hashlib.sha256()
        out = tmp / "src/test/resources/variation" / part
        for f in sorted(out.rglob("*")):
            if f.is_file():
                h.update(str(f.relative_to(out)).encode() + b"\0" + f.read_bytes())
        return h.hexdigest()
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    import contextlib
    import io
    for p in sys.argv[1:]:
        with contextlib.redirect_stdout(io.StringIO()):
            digest = part_hash(p)
        print(f"{p}\t{digest}")
