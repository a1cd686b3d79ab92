# e2e case: import-cli (sourced by run_app_e2e.sh; helpers in lib.sh)
# Boards from research data with the real binary: a GB18030 spreadsheet (made here
# with iconv) imported without a display, validated and opened with --session; a
# 100,000-row file refused with the limit and no output; a Mermaid journey round
# trip through import and export; and the Boards tab's Import, tapped with xdotool,
# making a board from a file in the data folder's import/ that lands in the autosave.
sheet="$work/调研.csv"
printf '阶段,泳道,内容,渠道,作者\r\nAwareness,触点,"朋友圈广告, 很多人转发",社交媒体,小林\r\nArrive,痛点,"门口排队\r\n二十分钟",门店,思思\r\nOrder,机会点,提前在小程序下单,App,小林\r\n' |
    iconv -f UTF-8 -t GB18030 >"$sheet" || fail "iconv cannot write GB18030"
before=$(sha256sum "$sheet")
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" import "$sheet" --out "$work/board.json" --title "Weekend coffee" \
    >"$work/out" 2>"$work/err"; rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "import exited $rc"
grep -q "(GB18030 spreadsheet): 3 notes" "$work/out" || fail "the summary does not say what was read"
[ "$(sha256sum "$sheet")" = "$before" ] || fail "the source file was changed"
"$bin" validate "$work/board.json" >"$work/out" 2>&1 || { cat "$work/out"; fail "the imported board does not validate"; }
"$dump" "$work/board.json" >"$work/dump" || fail "the imported board does not load"
grep -qP '\t门口排队$' "$work/dump" || fail "the quoted cell's line break was lost"
grep -qP '^stage\ts1\t认知' "$work/dump" || fail "Awareness was not matched to the template's first stage"
grep -qP '^stage\t\S+\tArrive\t' "$work/dump" || fail "the new stage Arrive is not on the board"

# Too many rows: refused with the limit, nothing written.
awk 'BEGIN { print "stage,text"; for (i = 0; i < 100000; i++) print "Awareness,note " i }' >"$work/big.csv"
"$bin" import "$work/big.csv" --out "$work/big.json" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 1 ] || fail "100,000 rows: expected exit 1, got $rc"
grep -q "big.csv: line 5002, column 1: more than 5,000 rows of notes" "$work/err" || { cat "$work/err"; fail "the limit is not said"; }
[ -e "$work/big.json" ] && fail "a refused import wrote a file"

# A Mermaid journey: import, export, the same text.
cat >"$work/day.mmd" <<'MMD'
journey
    title Hotline
    section Find the number
      Searches the website: 2: Ann
    section Wait
      Music on hold: 1: Ann, Bo
    section Talk
      Agent knows my order: 5: Bo
MMD
"$bin" import "$work/day.mmd" --out "$work/day.json" >"$work/out" 2>"$work/err" || { cat "$work/err"; fail "Mermaid import failed"; }
env -u DISPLAY "$bin" export "$work/day.json" --format mermaid --out "$work/mmd" >/dev/null 2>"$work/err" ||
    { cat "$work/err"; fail "export --format mermaid failed"; }
diff "$work/day.mmd" "$work/mmd/journey.mmd" || fail "the journey did not come back the same"

# The imported board on screen: its stages are there to tap, their names legible.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1280x800 --lang en --data-dir "$data" --session "$work/board.json"
arrive=$(grep -P '^stage\t\S+\tArrive\t' "$work/dump" | cut -f2)
wait_for 10 grep -q "^stage.header.$arrive " "$JB_TARGETS_FILE" || fail "the imported stage Arrive is not on screen"
sleep 0.5
import -window root -crop 1280x800+0+0 "$work/opened.png" || fail "no screenshot"
cp "$work/opened.png" "${JB_E2E_KEEP:-$work}/import-opened.png" 2>/dev/null || true
convert "$work/opened.png" -colorspace Gray -resize 200% "$work/opened-ocr.png" && tesseract "$work/opened-ocr.png" "$work/ocr" >/dev/null 2>&1
grep -q "Arrive" "$work/ocr.txt" || { cat "$work/ocr.txt"; fail "the stage name Arrive is not legible on screen"; }
grep -q "Order" "$work/ocr.txt" || { cat "$work/ocr.txt"; fail "the stage name Order is not legible on screen"; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=

# The Boards tab: Import from a file, from the data folder's import/.
mkdir -p "$data/import"
cp "$work/day.mmd" "$data/import/hotline.mmd"
: >"$JB_TARGETS_FILE"
start_app --windowed 1280x800 --lang en --data-dir "$data"
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.boards " "$JB_TARGETS_FILE" || fail "the Workshop panel did not open"
tap_target workshop.tab.boards
wait_for 10 grep -q "^workshop.import " "$JB_TARGETS_FILE" || fail "no Import from a file on the Boards tab"
tap_target workshop.import
wait_for 10 grep -q "^import.start.0 " "$JB_TARGETS_FILE" || fail "the import dialog lists no file"
sleep 0.3
import -window root -crop 1280x800+0+0 "$work/dialog.png" && cp "$work/dialog.png" "${JB_E2E_KEEP:-$work}/import-dialog.png" 2>/dev/null
tap_target import.start.0
hotline() { for f in "$data"/sessions/*/*.json; do grep -q '"title": "Hotline"' "$f" && echo "$f"; done 2>/dev/null | head -1; }
wait_for 10 sh -c "[ -n \"\$(for f in '$data'/sessions/*/*.json; do grep -l '\"title\": \"Hotline\"' \"\$f\"; done 2>/dev/null)\" ]" ||
    { tail -5 "$work/app.err"; fail "no saved board from the imported journey"; }
"$dump" "$(hotline)" | grep -qP '\tMusic on hold$' || fail "the imported board's notes are not in its snapshot"
grep -q "imported $data/import/hotline.mmd (UTF-8 Mermaid journey): 3 notes" "$work/app.err" || fail "the log does not say what was imported"
sleep 0.3
import -window root -crop 1280x800+0+0 "$work/imported.png" && cp "$work/imported.png" "${JB_E2E_KEEP:-$work}/import-done.png" 2>/dev/null
true
