# e2e case: contacts-file-regular (sourced by run_app_e2e.sh; helpers in lib.sh)
# JB_CONTACTS_FILE as a regular file: read once to its end (a drag in it moves a note into
# the autosave), then nothing more to wait for; a path that cannot be opened is logged
# and the app runs as without it.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
export JB_CONTACTS_FILE="$work/no-such-dir/contacts"
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
grep -q "JB_CONTACTS_FILE $JB_CONTACTS_FILE: cannot open it (No such file or directory): no contacts from it" \
    "$work/app.err" || { cat "$work/app.err"; fail "a missing contacts file is not reported"; }
contact_tap 1 note.n2 2>/dev/null # the "FIFO" is a missing path: the echo fails, nothing happens
tap_target note.n2                 # the mouse still works
wait_for 5 grep -q "^editor.done " "$JB_TARGETS_FILE" || fail "the mouse does not work with a missing contacts file"
read -r x0 y0 < <(target_centre note.n1)
read -r _ tx ty tw th < <(grep "^cell.s2.l1 " "$JB_TARGETS_FILE")
kill "$app_pid"; wait "$app_pid"; app_pid=
x1=$((tx + tw / 2)) y1=$((ty + th / 2))
export JB_CONTACTS_FILE="$work/contacts.txt"
{
    echo "# a drag of note n1 to stage 2, read in one go"
    echo "down 4 $x0 $y0"
    for i in 1 2 3 4 5 6 7 8; do echo "move 4 $((x0 + (x1 - x0) * i / 8)).5 $((y0 + (y1 - y0) * i / 8))"; done
    printf 'up 4 %d %d' "$x1" "$y1" # the last line needs no newline
} >"$JB_CONTACTS_FILE"
rm -f "$JB_TARGETS_FILE"
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
wait_for 5 grep -q "JB_CONTACTS_FILE $JB_CONTACTS_FILE: read to its end" "$work/app.err" ||
    { cat "$work/app.err"; fail "the contacts file is not read to its end"; }
grep -q "JB_CONTACTS_FILE .* line [0-9]*:" "$work/app.err" && { cat "$work/app.err"; fail "a well-formed line was reported"; }
wait_for 5 sh -c "'$dump' \"\$(ls -1 '$work'/data/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q \"^n1	s2	l1	\"" ||
    { "$dump" "$(newest_autosave)" | head -3; cat "$work/app.err"; fail "the drag in the file is not in the autosave"; }
wait_for 60 grep -q "pinyin (中)" "$work/app.err" || fail "the pinyin engine never reported"
sleep 2.5
t0=$(cpu_ticks "$app_pid"); sleep 3; t1=$(cpu_ticks "$app_pid")
echo "idle CPU after the file's end: $((t1 - t0)) ticks in 3 s"
[ $((t1 - t0)) -le 6 ] || fail "the app is busy after reading the file to its end"
