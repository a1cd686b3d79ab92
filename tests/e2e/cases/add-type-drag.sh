# e2e case: add-type-drag (sourced by run_app_e2e.sh; helpers in lib.sh)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --data-dir "$data"
pain=l5 # the demo's pain-point lane
tap_target "cell.s1.$pain"
wait_for 10 grep -q "^osk.key.z " "$JB_TARGETS_FILE" || fail "the on-screen keyboard did not open"
for key in z e b r a; do tap_target "osk.key.$key"; sleep 0.15; done
tap_target editor.done
# Autosave within 2 s of the change.
newest() { ls -1 "$data"/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1; }
wait_for 4 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q 'zebra'" ||
    fail "the new note is not in an autosave within 4 s"
line=$("$dump" "$(newest)" | awk -F'\t' '$4 == "zebra"')
echo "after typing: $line"
read -r note_id stage lane text <<<"$line"
[ "$stage" = s1 ] && [ "$lane" = "$pain" ] || fail "the note is in $stage/$lane, not s1/$pain"
# Drag it to stage 3 with a finger (the mouse is contact 0).
wait_for 10 grep -q "^note.$note_id " "$JB_TARGETS_FILE" || fail "the new note is not on the board"
read -r _ x y w h < <(grep "^note.$note_id " "$JB_TARGETS_FILE")
read -r _ tx ty tw th < <(grep "^cell.s3.$pain " "$JB_TARGETS_FILE")
# Into the cell beside its notes, not onto the middle of one (that would stack the two),
# and halfway down it: near the board's bottom edge a carried note scrolls the board.
x0=$((x + w / 2)) y0=$((y + h / 2)) x1=$((tx + tw - 12)) y1=$((ty + th / 2))
xdotool mousemove --window "$wid" $x0 $y0 mousedown 1
for i in 1 2 3 4 5 6 7 8 9 10; do
    xdotool mousemove --window "$wid" $((x0 + (x1 - x0) * i / 10)) $((y0 + (y1 - y0) * i / 10)); sleep 0.03
done
xdotool mouseup 1
wait_for 4 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json | sort | tail -1)\" | grep -q \"^$note_id	s3	$pain	zebra\$\"" ||
    { "$dump" "$(newest)" | grep zebra; fail "the drag to stage 3 is not in the autosave"; }
import -window root "$work/board.png" || fail "cannot take a screenshot"
facts=$("$inspect" "$work/board.png"); echo "$facts"
[ "$(awk '/^colours/{print $2}' <<<"$facts")" -ge 200 ] || fail "the screen looks blank"
cp "$work/board.png" "${JB_E2E_KEEP:-$work}/add-type-drag.png" 2>/dev/null || true
# Undo puts the note back and says on screen what it took back.
tap_target toolbar.undo
wait_for 4 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json | sort | tail -1)\" | grep -q \"^$note_id	s1	$pain	zebra\$\"" ||
    { "$dump" "$(newest)" | grep zebra; fail "undo did not put the note back in stage 1"; }
wait_for 4 grep -q "Undone: Move note" "$work/app.out" || { cat "$work/app.out"; fail "undo did not say what it undid"; }
import -window root "$work/undone.png" || fail "cannot take a screenshot"
tesseract "$work/undone.png" "$work/undone" >/dev/null 2>&1 || fail "tesseract failed"
grep -q "Undone: Move note" "$work/undone.txt" || { cat "$work/undone.txt"; fail "no 'Undone: Move note' toast on screen"; }
cp "$work/undone.png" "${JB_E2E_KEEP:-$work}/add-type-drag-undone.png" 2>/dev/null || true
ls -1 "$data"/sessions/*/ | sed 's/^/  snapshot: /'
