# e2e case: matrix (sourced by run_app_e2e.sh; helpers in lib.sh)
# The impact x effort matrix on the real binary: on the demo board the facilitator starts
# a dot vote (keeping the dots), reveals it, opens the matrix from the ranking, drags the
# top pain point from the tray into Quick wins with the mouse (contact 0), finds the
# placement in the autosave and the card in that quadrant on screen, then drags it back;
# then two fingers (JB_CONTACTS_FILE, the path XInput 2.2 touches take) carry two cards at once.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
make_contacts_fifo
data="$work/data"
start_app --windowed 1600x900 --lang "${JB_E2E_MATRIX_LANG:-en}" --data-dir "$data"
newest() { ls -1 "$data"/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1; }
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.votes " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.votes
wait_for 10 grep -q "^workshop.start_dots " "$JB_TARGETS_FILE" || fail "the votes tab did not open"
tap_target workshop.start_dots
wait_for 10 grep -q "^dotvote.start " "$JB_TARGETS_FILE" || fail "the dot vote dialog did not open"
tap_target dotvote.start # keeps the demo's dots: the round starts hidden
wait_for 10 sh -c "! grep -q '^dotvote.start ' '$JB_TARGETS_FILE'" || fail "the dot vote did not start"
wait_for 10 grep -q "^workshop.reveal_dots " "$JB_TARGETS_FILE" || fail "the votes tab is gone"
tap_target workshop.reveal_dots
wait_for 10 grep -q "^matrix.open " "$JB_TARGETS_FILE" || fail "the reveal did not open the ranking with its matrix button"
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json | sort | tail -1)\" | grep -q '^workshop	dots_revealed	1'" ||
    fail "the reveal is not in the autosave"
tap_target matrix.open
wait_for 10 grep -q "^matrix.tray " "$JB_TARGETS_FILE" || fail "the matrix did not open"
# The demo's top pain point, "Queue out of the door at 8 am" (n15, 4 dots), waits in the tray.
wait_for 10 grep -q "^matrix.card.n15 " "$JB_TARGETS_FILE" || fail "the top item is not in the tray"
for q in quick_wins big_bets fill_ins money_pits; do
    grep -q "^matrix.quadrant.$q " "$JB_TARGETS_FILE" || fail "no $q quadrant on screen"
done
sleep 0.3
import -window root "$work/before.png" || fail "cannot take a screenshot"
cp "$work/before.png" "${JB_E2E_KEEP:-$work}/matrix-open.png" 2>/dev/null || true
read -r _ cx cy cw ch < <(grep "^matrix.card.n15 " "$JB_TARGETS_FILE")
read -r _ qx qy qw qh < <(grep "^matrix.quadrant.quick_wins " "$JB_TARGETS_FILE")
x0=$((cx + cw / 2)) y0=$((cy + ch / 2)) x1=$((qx + qw / 2)) y1=$((qy + qh / 2))
# The card's colour (the demo's pain-point lane) is nowhere in Quick wins yet.
coral=FE928D
before=$("$inspect" "$work/before.png" "$qx" "$qy" "$qw" "$qh" $coral | awk '/^match_pixels/{print $2}')
xdotool mousemove --window "$wid" $x0 $y0 mousedown 1
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    xdotool mousemove --window "$wid" $((x0 + (x1 - x0) * i / 12)) $((y0 + (y1 - y0) * i / 12)); sleep 0.03
done
sleep 0.1
xdotool mouseup 1
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json | sort | tail -1)\" | grep -q '^matrix	n15	'" ||
    { "$dump" "$(newest)" | grep '^matrix'; fail "the placement is not in the autosave"; }
read -r _ item impact effort < <("$dump" "$(newest)" | grep '^matrix	n15	')
echo "n15 on the matrix: impact $impact, effort $effort (dropped at $x1,$y1 in quick wins $qx $qy $qw $qh)"
awk -v i="$impact" -v e="$effort" 'BEGIN { exit !(i > 0.5 && i <= 1 && e >= 0 && e < 0.5) }' ||
    fail "n15 is at impact $impact, effort $effort: not in Quick wins"
# Where it was dropped: the middle of the quadrant, a quarter across and three quarters up.
awk -v i="$impact" -v e="$effort" 'BEGIN { exit !(i > 0.70 && i < 0.80 && e > 0.20 && e < 0.30) }' ||
    fail "n15 is at impact $impact, effort $effort, not where it was dropped (about 0.75, 0.25)"
sleep 0.3
import -window root "$work/placed.png" || fail "cannot take a screenshot"
cp "$work/placed.png" "${JB_E2E_KEEP:-$work}/matrix-placed.png" 2>/dev/null || true
after=$("$inspect" "$work/placed.png" "$qx" "$qy" "$qw" "$qh" $coral | awk '/^match_pixels/{print $2}')
echo "card-coloured pixels in Quick wins: before $before, after $after"
[ "$after" -ge 5000 ] || fail "the card is not drawn in Quick wins ($after pixels)"
[ "$after" -gt $((before * 4 + 1000)) ] || fail "the drop did not change Quick wins ($before -> $after)"
# The card sits where it was dropped: its target is centred near the drop point.
read -r _ nx ny nw nh < <(grep "^matrix.card.n15 " "$JB_TARGETS_FILE") || fail "the placed card has no target"
[ $((nx + nw / 2 - x1)) -le 3 ] && [ $((x1 - nx - nw / 2)) -le 3 ] && [ $((ny + nh / 2 - y1)) -le 3 ] &&
    [ $((y1 - ny - nh / 2)) -le 3 ] || fail "the card is at $nx,$ny ${nw}x$nh, not centred on $x1,$y1"
# Dragged back to the tray: off the matrix.
read -r _ tx ty tw th < <(grep "^matrix.tray " "$JB_TARGETS_FILE")
x2=$((tx + tw / 2)) y2=$((ty + th - 20))
xdotool mousemove --window "$wid" $x1 $y1 mousedown 1
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    xdotool mousemove --window "$wid" $((x1 + (x2 - x1) * i / 12)) $((y1 + (y2 - y1) * i / 12)); sleep 0.03
done
sleep 0.1
xdotool mouseup 1
wait_for 6 sh -c "! '$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json | sort | tail -1)\" | grep -q '^matrix	n15	'" ||
    fail "dragged back to the tray, n15 is still on the matrix in the autosave"
# Two people at once: n16 into Big bets and n21 into Money pits, each with a finger.
wait_for 10 grep -q "^matrix.card.n21 " "$JB_TARGETS_FILE" || fail "n21 is not in the tray"
read -r ax ay < <(target_centre matrix.card.n16)
read -r bx by < <(target_centre matrix.card.n21)
read -r _ qx qy qw qh < <(grep "^matrix.quadrant.big_bets " "$JB_TARGETS_FILE")
a1x=$((qx + qw / 2)) a1y=$((qy + qh / 2))
read -r _ qx qy qw qh < <(grep "^matrix.quadrant.money_pits " "$JB_TARGETS_FILE")
b1x=$((qx + qw / 2)) b1y=$((qy + qh / 2))
exec 7>"$JB_CONTACTS_FILE"
echo "down 1 $ax $ay" >&7
echo "down 2 $bx $by" >&7
sleep 0.1
for i in 1 2 3 4 5 6 7 8 9 10; do
    echo "move 1 $((ax + (a1x - ax) * i / 10)) $((ay + (a1y - ay) * i / 10))" >&7
    echo "move 2 $((bx + (b1x - bx) * i / 10)) $((by + (b1y - by) * i / 10))" >&7
    sleep 0.03
done
sleep 0.2
import -window root "$work/two.png" && cp "$work/two.png" "${JB_E2E_KEEP:-$work}/matrix-two-fingers.png" 2>/dev/null
echo "up 1 $a1x $a1y" >&7
echo "up 2 $b1x $b1y" >&7
exec 7>&-
both() {
    local d; d=$("$dump" "$(newest)" 2>/dev/null) || return 1
    awk -F'\t' '$1 == "matrix" && $2 == "n16" && $3 >= 0.5 && $4 >= 0.5 { a = 1 }
                $1 == "matrix" && $2 == "n21" && $3 < 0.5 && $4 >= 0.5 { b = 1 } END { exit !(a && b) }' <<<"$d"
}
wait_for 6 both || { "$dump" "$(newest)" | grep '^matrix'; cat "$work/app.err"; fail "the two cards carried at once are not both in the autosave"; }
"$dump" "$(newest)" | grep '^matrix'
tap_target matrix.close
wait_for 10 sh -c "! grep -q '^matrix.tray ' '$JB_TARGETS_FILE'" || fail "Close did not close the matrix"
