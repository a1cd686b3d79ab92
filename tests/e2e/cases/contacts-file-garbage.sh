# e2e case: contacts-file-garbage (sourced by run_app_e2e.sh; helpers in lib.sh)
# Garbage in JB_CONTACTS_FILE (binary junk, a 10 MB line, a negative id, NaN, the mouse's
# id 0, a line cut off by its writer) neither crashes nor hangs the app: each malformed
# line gets one log line naming the file and the line, and a finger's tap still works.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
make_contacts_fifo
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
{
    echo "# a comment and a blank line are fine"
    echo
    printf '\001\377'; head -c 200 /dev/urandom | tr '\n' ' '
    echo
    head -c 10485760 /dev/zero | tr '\0' 'x'
    echo
    echo "down -1 100 100"
    echo "move 1 nan 10"
    echo "down 0 5 5"
    echo "up 1 1e999 1"
    echo "down 2 10 10 10"
    printf 'down 3 40'
} >"$JB_CONTACTS_FILE" || fail "cannot write the garbage"
wait_for 10 grep -q "line 10: expected \"down ID X Y\", got 3 fields: ignored" "$work/app.err" ||
    { tail -c 3000 "$work/app.err"; fail "the cut-off last line is not reported"; }
err() { grep -c "JB_CONTACTS_FILE $JB_CONTACTS_FILE line $1: $2" "$work/app.err"; }
[ "$(err 3 'unknown action')" = 1 ] || { tail -c 3000 "$work/app.err"; fail "the binary junk is not reported once"; }
[ "$(err 4 'a line of 10485760 bytes is longer than the 256 allowed')" = 1 ] || fail "the 10 MB line is not reported"
[ "$(err 5 'contact id "-1" is not a whole number')" = 1 ] || fail "the negative id is not reported"
[ "$(err 6 'x "nan" is not a finite number')" = 1 ] || fail "NaN is not reported"
[ "$(err 7 'contact id "0" .*(0 is the mouse)')" = 1 ] || fail "id 0 is not reported"
[ "$(err 8 'x "1e999"')" = 1 ] || fail "1e999 is not reported"
[ "$(err 9 'expected "down ID X Y", got 5 fields')" = 1 ] || fail "the long line is not reported"
[ "$(err 10 'expected')" = 1 ] || fail "the cut-off line is not reported"
[ "$(grep -c "JB_CONTACTS_FILE $JB_CONTACTS_FILE line [12]:" "$work/app.err")" = 0 ] || fail "a comment was reported"
# The junk must not reach the log as raw bytes: every reported line is printable ASCII.
if grep "JB_CONTACTS_FILE" "$work/app.err" | LC_ALL=C grep -q '[^ -~]'; then
    fail "a log line holds raw bytes from the file"
fi
# The lines were ignored: the board is unchanged; the app answers a tap (the note editor opens).
kill -0 "$app_pid" || { tail -c 3000 "$work/app.err"; fail "the app died on garbage"; }
contact_tap 1 note.n2
wait_for 5 grep -q "^editor.done " "$JB_TARGETS_FILE" || { tail -c 2000 "$work/app.err"; fail "a tap after the garbage does not open the note"; }
# The resident memory stayed small: the 10 MB line was not kept.
rss=$(awk '/^VmHWM/{print $2}' "/proc/$app_pid/status")
echo "peak memory after a 10 MB line: $rss kB"
