# e2e case: export-png (sourced by run_app_e2e.sh; helpers in lib.sh)
# The board image of the outcome pack from the command line, under Xvfb: the size the
# layout says, the stage names readable in it (OCR), and tiles that meet seamlessly.
session="$assets/demo/coffee_shop.en.json"
under_xvfb "$bin" export "$session" --format all --out "$work/pack" --lang en; rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "export exited $rc"
for f in board.png report.md emotion_curve.svg notes.csv session.json; do
    [ -s "$work/pack/$f" ] || fail "no $f in the outcome pack"
done
grep -q "](board.png)" "$work/pack/report.md" || fail "the report does not show the board image"
expected=$("$dump" --print-size "$session") || fail "cannot compute the expected size"
facts=$("$inspect" "$work/pack/board.png") || fail "board.png is not a readable PNG"
echo "$facts"
got="$(echo "$facts" | awk '/^width/{w=$2} /^height/{h=$2} END{print w" "h}')"
# The width is the layout's; notes grow to hold their whole text in the font the
# image is drawn with, so the height is at least the fixed-note layout's.
set -- $got $expected
[ "$1" = "$3" ] && [ "$2" -ge "$4" ] || fail "board.png is $1 x $2, expected $3 x at least $4"
set -- $got
[ "$1" -ge 3000 ] || fail "board.png is only $1 pixels wide: not print resolution"
grep -q "board image $1x$2" "$work/err" || fail "the command does not report the image size"
# OCR the header band (title strip, persona, stage headers): every stage name must be legible.
convert "$work/pack/board.png" -crop "${1}x$(($2 * 3 / 10))+0+0" "$work/head.png" || fail "cannot crop"
tesseract "$work/head.png" "$work/ocr" >/dev/null 2>&1 || fail "tesseract failed"
cat "$work/ocr.txt"
for stage in Awareness Consideration Purchase Experience Loyalty; do
    grep -q "$stage" "$work/ocr.txt" || fail "stage name $stage is not legible in board.png"
done
# The same image cut into 512-pixel tiles: at most 0.1% of pixels differ (anti-aliased edges).
JB_PRINT_MAX_TILE=512 under_xvfb "$bin" export "$session" --format png --out "$work/tiled" --lang en
grep -q "tiles)" "$work/err" || fail "the tiled export did not use several tiles: $(cat "$work/err")"
diff_px=$(compare -metric AE -fuzz 15% "$work/pack/board.png" "$work/tiled/board.png" null: 2>&1) || true
echo "pixels differing between 1 tile and 512-px tiles: $diff_px"
[ "${diff_px%%.*}" -le $(($1 * $2 / 1000)) ] 2>/dev/null || fail "tiles do not meet seamlessly ($diff_px pixels differ)"
# No display: png alone is refused with exit 3 and a message that says why.
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" export "$session" --format png --out "$work/nodisp" >"$work/out" 2>"$work/err"
rc=$?
[ $rc -eq 3 ] || fail "png without a display: expected exit 3, got $rc"
grep -q "DISPLAY is not set" "$work/err" || fail "no message about the missing display"
cp "$work/pack/board.png" "${JB_E2E_KEEP:-$work}/export-board.png" 2>/dev/null || true
