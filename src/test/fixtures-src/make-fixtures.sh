#!/bin/sh
# Regenerates the void-return test fixtures from the LibreOffice sources in this folder.
#
#   src/test/fixtures-src/voids/*.fods  -> src/test/resources/fixtures/voids/*.xlsx | *.csv
#   src/test/fixtures-src/make-eml.py   -> src/test/resources/fixtures/mail/*.eml
#
# Requirements (Debian): apt-get install -y --no-install-recommends libreoffice-calc python3
# The .fods files are flat OpenDocument spreadsheets (open/edit them in LibreOffice Calc and
# save as "Flat XML ODF Spreadsheet"). They contain real date cells (DD/MM/YYYY), number cells
# and SUM() formulas. The XLSX/CSV files are LibreOffice's own export output.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SRC="$HERE/voids"
OUT="$HERE/../resources/fixtures/voids"
MAIL="$HERE/../resources/fixtures/mail"
mkdir -p "$OUT" "$MAIL"

# Private, throw-away LibreOffice profile so we never touch (or clash with) a user's profile.
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE" "$TMPCSV"' EXIT
TMPCSV=$(mktemp -d)
LO="soffice -env:UserInstallation=file://$PROFILE --headless --norestore"

# --- XLSX: "Calc MS Excel 2007 XML" export filter --------------------------------------------
for name in response-voids oxyouth-voids-flat stonewater-broken; do
  $LO --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$OUT" "$SRC/$name.fods"
done

# --- CSV: "Text - txt - csv (StarCalc)" export filter ------------------------------------------
# Filter options: 44 = comma separator, 34 = double-quote text delimiter, 76 = UTF-8,
# 1 = start row, (empty) = column formats, 2057 = en-GB, false = do not quote every text cell
# (only where needed, e.g. a value containing a comma), true = detect special numbers,
# true = save cell contents as shown (so date cells come out as 23/11/2026).
for name in key2-voids a2d-unknown-property; do
  $LO --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true' \
      --outdir "$TMPCSV" "$SRC/$name.fods"
  # Post-processing (NOT done by LibreOffice): make the file look like Excel's "CSV UTF-8
  # (Comma delimited)" output, which is what most providers send: prepend a UTF-8 byte order
  # mark and use CRLF line endings. (No field in these fixtures contains an embedded newline,
  # so converting every line ending is safe.)
  python3 - "$TMPCSV/$name.csv" "$OUT/$name.csv" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
if data.startswith(b"\xef\xbb\xbf"):
    data = data[3:]
data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
open(sys.argv[2], "wb").write(b"\xef\xbb\xbf" + data)
PY
done

# --- .eml files (Python email library, CRLF) ------------------------------------------------
python3 "$HERE/make-eml.py" "$OUT" "$MAIL"

# --- sanity checks ---------------------------------------------------------------------------
python3 "$HERE/verify-fixtures.py"

echo "fixtures regenerated in $(cd "$HERE/../resources/fixtures" && pwd)"
