#!/bin/sh
# Regenerates the safeguarding / intelligence / MASH test fixtures.
#
#   safeguarding_data.py (all field values)
#     -> make-safeguarding-fodt.py   -> src/test/fixtures-src/safeguarding/*.fodt (LibreOffice Writer flat XML)
#     -> soffice --convert-to        -> src/test/resources/fixtures/safeguarding/*.docx
#     -> make-screening-csv.py       -> src/test/resources/fixtures/safeguarding/screening-set.csv
#     -> make-safeguarding-eml.py    -> src/test/resources/fixtures/mail/safeguarding-*.eml, intel-*.eml, mash-*.eml
#     -> make-safeguarding-readme.py -> src/test/resources/fixtures/safeguarding/README.md
#     -> verify-safeguarding-fixtures.py (sanity checks)
#
# Requirements (Debian): apt-get install -y --no-install-recommends libreoffice-writer python3 fonts-liberation2
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../resources/fixtures/safeguarding"
MAIL="$HERE/../../resources/fixtures/mail"
mkdir -p "$OUT" "$MAIL"

PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
LO="soffice -env:UserInstallation=file://$PROFILE --headless --norestore"

python3 "$HERE/make-safeguarding-fodt.py" "$HERE"

$LO --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" \
    "$HERE/incident-high.fodt" \
    "$HERE/incident-low-inhouse.fodt" \
    "$HERE/incident-missing-severity.fodt" \
    "$HERE/intel-ordinary.fodt" \
    "$HERE/mash-referral.fodt"

python3 "$HERE/make-screening-csv.py" "$OUT/screening-set.csv"
python3 "$HERE/make-safeguarding-eml.py" "$OUT" "$MAIL"
python3 "$HERE/make-safeguarding-readme.py" "$OUT/README.md"
python3 "$HERE/verify-safeguarding-fixtures.py"

echo "safeguarding fixtures regenerated in $(cd "$OUT" && pwd) and $(cd "$MAIL" && pwd)"
