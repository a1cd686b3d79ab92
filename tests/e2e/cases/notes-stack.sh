# e2e case: notes-stack (sourced by run_app_e2e.sh; helpers in lib.sh)
# A note dragged with the mouse onto the middle of another note stacks onto it: the
# stack is in the autosave, one slot on the board; a tap fans it out on screen.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --data-dir "$data"
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }
pain=l5 # the demo's pain-point lane
# Two pain points on screen, in different stages.
notes=$("$dump" "$assets/demo/coffee_shop.en.json" | awk -F'\t' -v l=$pain '$3 == l && !seen[$2]++ {print $1}' | head -2)
read -r target dropped <<<"$(echo $notes)"
[ -n "$dropped" ] || fail "the demo has no two pain points in two stages"
wait_for 10 grep -q "^note.$dropped " "$JB_TARGETS_FILE" || fail "note $dropped is not on the board"
read -r _ x y w h < <(grep "^note.$dropped " "$JB_TARGETS_FILE")
read -r _ tx ty tw th < <(grep "^note.$target " "$JB_TARGETS_FILE")
x0=$((x + w / 2)) y0=$((y + h / 2)) x1=$((tx + tw / 2)) y1=$((ty + th / 2))
xdotool mousemove --window "$wid" $x0 $y0 mousedown 1
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    xdotool mousemove --window "$wid" $((x0 + (x1 - x0) * i / 12)) $((y0 + (y1 - y0) * i / 12)); sleep 0.03
done
sleep 0.3
import -window root "$work/carried.png" || fail "cannot take a screenshot"
xdotool mouseup 1
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -qP '^group\tg[0-9]+\t\t$dropped,$target\$'" ||
    { "$dump" "$(newest)" | grep '^group'; fail "the stack of $dropped on $target is not in the autosave"; }
line=$("$dump" "$(newest)" | awk -F'\t' -v n="$dropped" '$1 == n')
echo "stacked: $line"
[ "$(cut -f2 <<<"$line")" = "$(grep -P "^$target\t" <(${dump} "$(newest)") | cut -f2)" ] ||
    fail "the dropped note did not go into the target's stage"
# "Drop to stack" was on screen while the note was carried over the other.
tesseract "$work/carried.png" "$work/carried" >/dev/null 2>&1 || fail "tesseract failed"
grep -qi "drop to stack" "$work/carried.txt" || { cat "$work/carried.txt"; fail "no 'Drop to stack' while carrying"; }
# One slot: the note under the top one is no longer a target of its own.
wait_for 6 sh -c "! grep -q '^note.$target ' '$JB_TARGETS_FILE'" || fail "the note under the stack still has its own slot"
# A tap fans the stack out: both notes, and the title saying how many.
tap_target "note.$dropped"
wait_for 6 grep -q "^group.note.$target " "$JB_TARGETS_FILE" || fail "the stack did not fan out"
grep -q "^group.note.$dropped " "$JB_TARGETS_FILE" || fail "the fan does not show the top note"
sleep 0.3
import -window root "$work/fan.png" || fail "cannot take a screenshot"
tesseract "$work/fan.png" "$work/fan" >/dev/null 2>&1 || fail "tesseract failed"
grep -q "stack of 2 notes" "$work/fan.txt" || { cat "$work/fan.txt"; fail "the fan does not say 'A stack of 2 notes'"; }
cp "$work/carried.png" "${JB_E2E_KEEP:-$work}/notes-stack-carried.png" 2>/dev/null || true
cp "$work/fan.png" "${JB_E2E_KEEP:-$work}/notes-stack-fan.png" 2>/dev/null || true
# Unstack all: the autosave has no stack, both notes are on the board again.
tap_target group.ungroup
wait_for 6 sh -c "! '$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^group'" ||
    fail "unstacking did not reach the autosave"
wait_for 6 grep -q "^note.$target " "$JB_TARGETS_FILE" || fail "the unstacked note is not on the board"
