# e2e case: export-cli (sourced by run_app_e2e.sh; helpers in lib.sh)
# A follow-up reader on a machine without a display: Markdown, CSV, the PDFs and the workbook from a saved board.
session="$assets/demo/coffee_shop.zh-CN.json"
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" export "$session" --format all --out "$work/pack" --lang zh-CN \
    >"$work/out" 2>"$work/err"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "export exited $rc"
for f in report.md notes.csv votes.csv dots.csv actions.csv matrix.csv outcome.xlsx session.json report.pdf poster.pdf \
         emotion_curve.svg emotion_curve.png; do
    [ -s "$work/pack/$f" ] || fail "no $f in the outcome pack"
done
# The curve as a PNG for word processors: a picture with the chart's colours, at 200 dpi.
facts=$("$inspect" "$work/pack/emotion_curve.png") || fail "emotion_curve.png does not decode"; echo "$facts"
[ "$(echo "$facts" | awk '/^colours/{print $2}')" -gt 20 ] || fail "emotion_curve.png is nearly blank"
[ "$(echo "$facts" | awk '/^width/{print $2}')" -ge 1200 ] || fail "emotion_curve.png is under 1200 px wide"
# The PDFs as a reader opens them: A4 and A1 landscape, fonts embedded, Chinese text that can
# be searched, and a first page that is a picture, not a blank sheet.
pdfinfo "$work/pack/report.pdf" | grep -q "595 x 842 pts" || fail "report.pdf is not A4"
pdfinfo "$work/pack/poster.pdf" | grep -q "2384 x 1684 pts" || fail "poster.pdf is not A1 landscape"
for pdf in report poster; do
    pdffonts "$work/pack/$pdf.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' ||
        fail "$pdf.pdf has a font that is not embedded"
done
pdftotext -f 1 -l 1 "$work/pack/report.pdf" - | tr -d ' \n' | grep -q "最低：购买" || fail "page 1 does not name the lowest stage"
pdftotext "$work/pack/poster.pdf" - | grep -q "忠诚" || fail "the poster does not name the last stage"
pdftoppm -r 60 -f 1 -l 1 -singlefile -png "$work/pack/report.pdf" "$work/page" || fail "pdftoppm cannot render report.pdf"
facts=$("$inspect" "$work/page.png") || fail "page 1 does not render"; echo "$facts"
colours=$(echo "$facts" | awk '/^colours/{print $2}')
[ "$colours" -gt 50 ] || fail "page 1 of report.pdf renders nearly blank ($colours colours)"
head -c 3 "$work/pack/notes.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "notes.csv has no UTF-8 BOM"
grep -q "街角咖啡" "$work/pack/report.md" || fail "the report does not carry the board's title"
grep -q "认知" "$work/pack/report.md" || fail "the report does not name the first stage"
"$dump" "$work/pack/session.json" >/dev/null || fail "the exported JSON does not load"
# The workbook opens as a spreadsheet program reads it (openpyxl), in the board's language.
py=""
for candidate in python3 /usr/bin/python3; do
    "$candidate" -c "import openpyxl" 2>/dev/null && { py=$candidate; break; }
done
[ -n "$py" ] || fail "no python3 with openpyxl (python3-openpyxl) to read outcome.xlsx"
"$py" - "$work/pack/outcome.xlsx" >"$work/xlsx" 2>&1 <<'PY' || { cat "$work/xlsx"; fail "outcome.xlsx does not open"; }
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print("|".join(book.sheetnames))
notes = book["便利贴"]
print(notes["A1"].value, notes["D2"].value)
PY
cat "$work/xlsx"
grep -q "^旅程地图|便利贴|情感投票|圆点排名|行动计划$" "$work/xlsx" || fail "outcome.xlsx has not the Chinese sheets"
grep -q "^阶段 社交媒体$" "$work/xlsx" || fail "outcome.xlsx's notes are not in Chinese"
env -u DISPLAY "$bin" export "$work/missing.json" --format md --out "$work/pack2" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 1 ] || fail "a missing file: expected exit 1, got $rc"
grep -q "missing.json" "$work/err" || fail "the message does not name the missing file"
"$bin" export >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "export without arguments: expected exit 2, got $rc"
# Without a font that has Chinese characters the PDFs would be empty boxes: they are not
# written, the message says why, and the rest of the pack still is.
mkdir -p "$work/fc"
printf '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>%s</cachedir></fontconfig>\n' \
    "$work/fc/cache" >"$work/fc/fonts.conf"
FONTCONFIG_FILE="$work/fc/fonts.conf" "$bin" export "$session" --format pdf --out "$work/nocjk" >"$work/out" 2>"$work/err"; rc=$?
cat "$work/err"
[ $rc -eq 1 ] || fail "no CJK font: expected exit 1, got $rc"
grep -q "report.pdf: not written: fontconfig found no font with Chinese characters" "$work/err" ||
    fail "the message does not say report.pdf lacks a Chinese font"
[ ! -e "$work/nocjk/report.pdf" ] && [ ! -e "$work/nocjk/poster.pdf" ] || fail "a PDF of empty boxes was written"
[ -s "$work/nocjk/session.json" ] || fail "the rest of the pack was not written"
