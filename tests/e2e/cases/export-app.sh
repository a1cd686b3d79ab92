# e2e case: export-app (sourced by run_app_e2e.sh; helpers in lib.sh)
# The facilitator's one tap: Workshop -> Boards -> Export outcome pack writes the whole
# pack into a new folder inside the session's folder and says where. The image must be
# the picture itself: once its first 2048-px tile came out white with black blocks in
# the running app (a texture id from before the renderer existed) while its size was right.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --data-dir "$data" --template b2b-buying
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.boards " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.boards
wait_for 10 grep -q "^workshop.export_outcome " "$JB_TARGETS_FILE" || fail "no export button on the Boards tab"
tap_target workshop.export_outcome
wait_for 60 grep -q "Outcome pack saved in" "$work/app.out" || { cat "$work/app.out" "$work/app.err"; fail "no 'outcome pack saved' message"; }
cat "$work/app.out"
sleep 0.6
import -window root "$work/exported.png" && cp "$work/exported.png" "${JB_E2E_KEEP:-$work}/export-app-toast.png" 2>/dev/null
pack=$(ls -d "$data"/sessions/*/outcome-* | head -1)
[ -d "$pack" ] || fail "no outcome-* folder in the session's folder"
for f in board.png report.md notes.csv votes.csv dots.csv actions.csv matrix.csv outcome.xlsx session.json report.pdf poster.pdf; do
    [ -s "$pack/$f" ] || fail "no $f in $pack"
done
pdftotext "$pack/poster.pdf" - | tr -d " \n" | grep -q "Problemidentification" || fail "poster.pdf does not name the stages"
facts=$("$inspect" "$pack/board.png") || fail "board.png unreadable"; echo "$facts"
expected=$("$dump" --print-size "$pack/session.json") || fail "cannot compute the expected size"
got="$(echo "$facts" | awk '/^width/{w=$2} /^height/{h=$2} END{print w" "h}')"
set -- $got $expected # notes grow to their whole text: the height is at least the fixed layout's
[ "$1" = "$3" ] && [ "$2" -ge "$4" ] || fail "board.png is $1 x $2, expected $3 x at least $4"
set -- $got
grep -q "Problem identification" "$pack/report.md" || fail "the report does not name the stages"
"$dump" "$pack/session.json" >/dev/null || fail "the exported JSON does not load"
kill -0 "$app_pid" || fail "the app ended after exporting"
# Read it as a person would: the title strip and the stage names in the top band.
convert "$pack/board.png" -crop "${1}x$(($2 * 3 / 10))+0+0" "$work/head.png" || fail "cannot crop"
tesseract "$work/head.png" "$work/ocr" >/dev/null 2>&1 || fail "tesseract failed"
cat "$work/ocr.txt"
title=$(sed -n 's/^  "title": "\(.*\)",$/\1/p' "$pack/session.json" | head -1)
[ -n "$title" ] || fail "the exported board has no title"
grep -qi "$title" "$work/ocr.txt" || fail "the title \"$title\" is not legible in board.png"
for stage in Problem Solution Requirements Supplier Validation Onboarding; do
    grep -q "$stage" "$work/ocr.txt" || fail "stage name $stage is not legible in board.png"
done
# The command line draws the same board from the same file: the pictures must agree
# everywhere, the first tile and the seams between tiles included.
"$bin" export "$pack/session.json" --format png --out "$work/cli" --lang en >"$work/cli.out" 2>&1 ||
    { cat "$work/cli.out"; fail "the command-line export failed"; }
diff_px=$(compare -metric AE -fuzz 15% "$pack/board.png" "$work/cli/board.png" null: 2>&1) || true
echo "pixels differing between the in-app and the command-line image: $diff_px"
[ "${diff_px%%.*}" -le $(($1 * $2 / 1000)) ] 2>/dev/null || fail "the in-app board.png differs from the command line's ($diff_px pixels)"
tile=$("$inspect" "$pack/board.png" 0 0 2048 2048 | awk '/^colours/{print $2}')
echo "colours in the first tile: $tile"
[ "$tile" -ge 200 ] || fail "the first tile looks blank ($tile colours)"
cp "$pack/board.png" "${JB_E2E_KEEP:-$work}/export-app-board.png" 2>/dev/null || true
