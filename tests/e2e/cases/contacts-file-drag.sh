# e2e case: contacts-file-drag (sourced by run_app_e2e.sh; helpers in lib.sh)
# A finger's drag written to JB_CONTACTS_FILE (a FIFO) moves a note to another cell in the
# autosave, through the same path as XInput 2.2 touches; the open FIFO costs no CPU while
# nothing is written, neither before its first writer nor after its writer went away.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
make_contacts_fifo
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
grep -q "JB_CONTACTS_FILE $JB_CONTACTS_FILE: reading contact lines from this FIFO" "$work/app.err" ||
    { cat "$work/app.err"; fail "the app does not say it reads the FIFO"; }
grep "touch:" "$work/app.err" || fail "the app does not say what touch it has"
# Idle with the FIFO open and no writer yet. (Rime gets ready on a worker first.)
wait_for 60 grep -q "pinyin (中)" "$work/app.err" || { cat "$work/app.err"; fail "the pinyin engine never reported"; }
sleep 0.5
idle() { # LABEL: CPU over 3 s must stay near 0 (a FIFO polled in a spin would take 300 ticks)
    local t0 t1; t0=$(cpu_ticks "$app_pid"); sleep 3; t1=$(cpu_ticks "$app_pid")
    echo "idle CPU $1: $((t1 - t0)) ticks in 3 s"
    [ $((t1 - t0)) -le 6 ] || fail "the app is busy while idle $1 ($((t1 - t0)) ticks of 300)"
}
idle "with the FIFO open, before any writer"

note=n1 pain=l1 # the demo board's first note, in stage 1 of the first lane
read -r _ cx cy cw ch < <(grep "^cell.s1.$pain " "$JB_TARGETS_FILE")
read -r x0 y0 < <(target_centre "note.$note")
[ "$x0" -ge "$cx" ] && [ "$x0" -lt $((cx + cw)) ] && [ "$y0" -ge "$cy" ] && [ "$y0" -lt $((cy + ch)) ] ||
    fail "note $note is not in cell s1/$pain at the start"
read -r _ tx ty tw th < <(grep "^cell.s3.$pain " "$JB_TARGETS_FILE")
x1=$((tx + tw / 4)) y1=$((ty + th / 2))
# One writer for the whole drag, as a touch driver would hold it: lines as they happen.
exec 7>"$JB_CONTACTS_FILE"
echo "down 1 $x0 $y0" >&7
sleep 0.1
for i in 1 2 3 4 5 6 7 8 9 10; do
    echo "move 1 $((x0 + (x1 - x0) * i / 10)) $((y0 + (y1 - y0) * i / 10))" >&7
    sleep 0.03
done
echo "up 1 $x1 $y1" >&7
exec 7>&-
wait_for 5 sh -c "'$dump' \"\$(ls -1 '$work'/data/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q \"^$note	s3	$pain	\"" ||
    { "$dump" "$(newest_autosave)" | head -3; cat "$work/app.err"; fail "the drag to stage 3 is not in the autosave"; }
"$dump" "$(newest_autosave)" | grep "^$note	"
grep -q "JB_CONTACTS_FILE .* line [0-9]*:" "$work/app.err" && { cat "$work/app.err"; fail "a well-formed line was reported"; }
sleep 2.5 # the autosave is done
idle "after the FIFO's writer went away"
kill -0 "$app_pid" || fail "the app is gone"
