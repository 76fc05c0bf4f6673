#!/bin/sh
# Regenerates the referral and risk-concern test fixtures.
#
#   fixture_data.py (all field values)
#     -> make-referral-fodt.py  -> src/test/fixtures-src/referrals/*.fodt (LibreOffice Writer flat XML)
#     -> soffice --convert-to   -> src/test/resources/fixtures/referrals/*.docx | *.pdf
#     -> make-referral-eml.py   -> src/test/resources/fixtures/mail/referral-*.eml, risk-*.eml
#     -> make-referral-readme.py-> src/test/resources/fixtures/referrals/README.md
#     -> verify-referral-fixtures.py (sanity checks)
#
# Requirements (Debian): apt-get install -y --no-install-recommends \
#     libreoffice-writer python3 poppler-utils qpdf fonts-liberation2
# (fonts-liberation2 gives the Arial-metric font; without it LibreOffice falls back to DejaVu Sans,
# the PDF layout changes and the long form title wraps onto two lines.)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../resources/fixtures/referrals"
MAIL="$HERE/../../resources/fixtures/mail"
mkdir -p "$OUT" "$MAIL"

PROFILE=$(mktemp -d)
TMP=$(mktemp -d)
trap 'rm -rf "$PROFILE" "$TMP"' EXIT
LO="soffice -env:UserInstallation=file://$PROFILE --headless --norestore"

# --- LibreOffice sources ------------------------------------------------------------------------
python3 "$HERE/make-referral-fodt.py" "$HERE"

# --- DOCX: Writer's "MS Word 2007 XML" export filter ------------------------------------------------
$LO --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" \
    "$HERE/referral-nonemergency-table.fodt" \
    "$HERE/referral-emergency-table-4col.fodt" \
    "$HERE/referral-nonemergency-no-fgc.fodt" \
    "$HERE/risk-concern.fodt" \
    "$HERE/risk-concern-missing-part.fodt"

# --- PDF with fillable fields: writer_pdf_Export with ExportFormFields=true -------------------------
# The Writer form controls (text boxes, check boxes) become AcroForm fields holding their values.
$LO --convert-to 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}' \
    --outdir "$OUT" "$HERE/referral-nonemergency-form.fodt"

# --- plain PDFs (text only, no form fields) -------------------------------------------------------
cp "$HERE/referral-emergency-table-4col.fodt" "$TMP/referral-emergency-table.fodt"
$LO --convert-to 'pdf:writer_pdf_Export' --outdir "$OUT" \
    "$TMP/referral-emergency-table.fodt" "$HERE/risk-assessment.fodt"

# --- mail and README --------------------------------------------------------------------------------
python3 "$HERE/make-referral-eml.py" "$OUT" "$MAIL"
python3 "$HERE/make-referral-readme.py" "$OUT/README.md"

# --- sanity checks ----------------------------------------------------------------------------------
python3 "$HERE/verify-referral-fixtures.py"

echo "referral fixtures regenerated in $(cd "$OUT" && pwd) and $(cd "$MAIL" && pwd)"
