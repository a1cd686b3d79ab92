# e2e case: contacts-many-hands (sourced by run_app_e2e.sh; helpers in lib.sh)
# Several fingers at once through JB_CONTACTS_FILE, the path XInput 2.2 touches take:
# two people drag two notes to two different cells at the same time and both moves are
# in the autosave; then two fingers of one hand spread on empty board and the board zooms.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
make_contacts_fifo
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
centre_in() { # CELL: the first note whose centre lies in that cell's target
    local cx cy cw ch
    read -r _ cx cy cw ch < <(grep "^cell.$1 " "$JB_TARGETS_FILE") || fail "no cell $1 on screen"
    awk -v x0="$cx" -v y0="$cy" -v w="$cw" -v h="$ch" '$1 ~ /^note\./ {
        x = $2 + $4 / 2; y = $3 + $5 / 2
        if (x >= x0 && x < x0 + w && y >= y0 && y < y0 + h) { sub(/^note\./, "", $1); print $1, int(x), int(y); exit } }' \
        "$JB_TARGETS_FILE"
}
read -r a ax ay < <(centre_in s1.l1) || fail "no note in s1/l1"
read -r b bx by < <(centre_in s2.l2) || fail "no note in s2/l2"
read -r _ tx ty tw th < <(grep "^cell.s4.l1 " "$JB_TARGETS_FILE")
read -r _ ux uy uw uh < <(grep "^cell.s5.l2 " "$JB_TARGETS_FILE")
a1x=$((tx + tw / 4)) a1y=$((ty + th / 2)) b1x=$((ux + uw / 4)) b1y=$((uy + uh / 2))
echo "person 1 drags $a to s4/l1, person 2 drags $b to s5/l2, at the same time"
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
import -window root "$work/two-drags.png" && cp "$work/two-drags.png" "${JB_E2E_KEEP:-$work}/contacts-two-drags.png" 2>/dev/null
echo "up 1 $a1x $a1y" >&7
echo "up 2 $b1x $b1y" >&7
exec 7>&-
moved() { "$dump" "$(newest_autosave)" 2>/dev/null | grep -q "^$a	s4	l1	" && "$dump" "$(newest_autosave)" | grep -q "^$b	s5	l2	"; }
wait_for 6 moved || { "$dump" "$(newest_autosave)" | grep -E "^($a|$b)	"; cat "$work/app.err"; fail "the two drags are not both in the autosave"; }
"$dump" "$(newest_autosave)" | grep -E "^($a|$b)	"

# A pinch: two fingers 100 px apart on empty board (the emotion lane of stage 2, no target
# there), spread to 400 px apart: the board zooms in, so the cell under them grows.
read -r _ _ _ w_before _ < <(grep "^cell.s2.l3 " "$JB_TARGETS_FILE")
read -r _ l3x l3y _ l3h < <(grep "^cell.s2.l3 " "$JB_TARGETS_FILE")
read -r _ _ l5y _ _ < <(grep "^cell.s2.l5 " "$JB_TARGETS_FILE")
px=$((l3x + 137)) py=$(((l3y + l3h + l5y) / 2))
awk -v x="$px" -v y="$py" '$1 !~ /^cell\./ && x >= $2 && x < $2 + $4 && y >= $3 && y < $3 + $5 { print "taken by " $1; exit 1 }' \
    "$JB_TARGETS_FILE" || fail "the pinch spot ($px, $py) is not empty board"
exec 7>"$JB_CONTACTS_FILE"
echo "down 3 $((px - 50)) $py" >&7
echo "down 4 $((px + 50)) $py" >&7
sleep 0.05
for i in 1 2 3 4 5 6 7 8 9 10; do
    echo "move 3 $((px - 50 - 15 * i)) $py" >&7
    echo "move 4 $((px + 50 + 15 * i)) $py" >&7
    sleep 0.03
done
echo "up 3 $((px - 200)) $py" >&7
echo "up 4 $((px + 200)) $py" >&7
exec 7>&-
grown() { local w; read -r _ _ _ w _ < <(grep "^cell.s2.l3 " "$JB_TARGETS_FILE"); [ -n "$w" ] && [ "$w" -gt $((w_before * 3 / 2)) ]; }
wait_for 5 grown || { grep "^cell.s2.l3 " "$JB_TARGETS_FILE"; fail "the pinch did not zoom in (a cell was $w_before px wide)"; }
read -r _ _ _ w_after _ < <(grep "^cell.s2.l3 " "$JB_TARGETS_FILE")
echo "pinch: a cell went from $w_before to $w_after px wide"
grep -q "JB_CONTACTS_FILE .* line [0-9]*:" "$work/app.err" && { cat "$work/app.err"; fail "a well-formed line was reported"; }
kill -0 "$app_pid" || fail "the app is gone"
