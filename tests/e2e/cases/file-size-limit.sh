# e2e case: file-size-limit (sourced by run_app_e2e.sh; helpers in lib.sh)
# Under `ulimit -f` the first autosave (and Rime's compiler) raised SIGXFSZ: the app died
# with exit 153 and left a temp file in the session folder. It must keep running, say why
# the board is not saved, and leave no temp file. Its output goes through cat, which runs
# without the limit, so the log itself is not cut.
start_xvfb
data="$work/data"
mkdir -p "$data"
# --template saves the new board at once; its snapshot is larger than the 1 KiB allowed.
( ulimit -f 1; exec "$bin" --windowed 1280x800 --lang en --data-dir "$data" --template classic-funnel ) \
    > >(cat >"$work/app.out") 2> >(cat >"$work/app.err") &
app_pid=$!
wait_for 20 grep -q "ulimit -f" "$work/app.err" || { cat "$work/app.err"; kill -0 "$app_pid" 2>/dev/null || {
    wait "$app_pid"; fail "the app died (exit $?)"; }; fail "the failed save does not say a file size limit stopped it"; }
sleep 2
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.err"; wait "$app_pid"; fail "the app died under ulimit -f (exit $?)"; }
grep "Saving failed" "$work/app.err" | head -3
grep -q "Saving failed: .*sessions/.*File too large" "$work/app.err" || fail "the message does not name the file and the cause"
leftovers=$(find "$data" -name '*.tmp')
[ -z "$leftovers" ] && echo "no temp files" || fail "temp files left behind: $leftovers"
# Rime's compiler, when it runs, is a child that still reports the signal by name.
if wait_for 60 grep -q "pinyin (中)" "$work/app.err"; then
    grep "pinyin" "$work/app.err"
    if grep -q "pinyin (中) is off: .*signal" "$work/app.err"; then
        grep -q "SIGXFSZ: a file size limit" "$work/app.err" || fail "Rime's compiler died without the reason"
    fi
fi
kill -0 "$app_pid" 2>/dev/null || fail "the app died after Rime's compiler"
kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=
