# e2e case: contacts-file-focus (sourced by run_app_e2e.sh; helpers in lib.sh)
# When the window loses the focus every finger is cancelled: a drag under way ends where
# it started, and that finger's late "up" over another cell (its end went elsewhere) moves
# nothing. With the focus back, a new drag works.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
make_contacts_fifo
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
xdotool windowfocus --sync "$wid" || fail "cannot focus the app's window"
sleep 0.3
read -r x0 y0 < <(target_centre note.n1)
read -r _ tx ty tw th < <(grep "^cell.s3.l1 " "$JB_TARGETS_FILE")
x1=$((tx + tw / 4)) y1=$((ty + th / 2))
exec 7>"$JB_CONTACTS_FILE"
echo "down 1 $x0 $y0" >&7
sleep 0.1
for i in 1 2 3 4 5; do echo "move 1 $((x0 + (x1 - x0) * i / 10)) $((y0 + (y1 - y0) * i / 10))" >&7; sleep 0.03; done
sleep 0.2
# Another program takes the focus in the middle of the drag.
xmessage -geometry 300x100+1300+800 "another program" &
other_pid=$!
other=$(xdotool search --sync --name '^xmessage$' | head -1)
[ -n "$other" ] || fail "the other window did not appear"
xdotool windowfocus --sync "$other" || fail "cannot focus the other window"
sleep 0.3
for i in 6 7 8 9 10; do echo "move 1 $((x0 + (x1 - x0) * i / 10)) $((y0 + (y1 - y0) * i / 10))" >&7; sleep 0.03; done
echo "up 1 $x1 $y1" >&7
sleep 3 # an autosave would be written within 2 s of a change
if [ -n "$(newest_autosave)" ] && "$dump" "$(newest_autosave)" | grep -q "^n1	s3	"; then
    fail "the drag went on after the window lost the focus"
fi
# The focus back, a new finger drags the same note.
kill "$other_pid" 2>/dev/null
xdotool windowfocus --sync "$wid" || fail "cannot focus the app's window again"
sleep 0.3
read -r x0 y0 < <(target_centre note.n1)
echo "down 2 $x0 $y0" >&7
sleep 0.1
for i in 1 2 3 4 5 6 7 8 9 10; do echo "move 2 $((x0 + (x1 - x0) * i / 10)) $((y0 + (y1 - y0) * i / 10))" >&7; sleep 0.03; done
echo "up 2 $x1 $y1" >&7
exec 7>&-
wait_for 5 sh -c "'$dump' \"\$(ls -1 '$work'/data/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q \"^n1	s3	\"" ||
    { cat "$work/app.err"; fail "a drag after the focus came back does not move the note"; }
