# e2e case: stop-signal (sourced by run_app_e2e.sh; helpers in lib.sh)
# SIGTERM, SIGINT and SIGHUP end the app within a frame or two, after saving the last change.
# (The loop once slept on in GLFW's poll, which restarts after EINTR: 2 to 5 s to leave.)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
stage=0
for sig in TERM INT HUP; do
    stage=$((stage + 1))
    rm -f "$JB_TARGETS_FILE"
    start_app --windowed 1600x900 --kiosk --lang en --data-dir "$work/data"
    word="signal${sig}note"
    add_note_now "cell.s$stage.l5" "$word"
    # Idle first: the loop is asleep with nothing due but the autosave.
    t0=$(date +%s%N)
    kill -s "$sig" "$app_pid"
    wait "$app_pid"; rc=$?
    ms=$((($(date +%s%N) - t0) / 1000000))
    app_pid=
    echo "SIG$sig with an unsaved change: exit $rc after $ms ms"
    [ $rc -eq 0 ] || { cat "$work/app.err"; fail "exit code $rc after SIG$sig"; }
    "$dump" "$(newest_autosave)" | grep -q "$word" || { cat "$work/app.err"; fail "the change before SIG$sig is not saved"; }
    grep -q "received: saving and leaving" "$work/app.err" || fail "the log does not say why the app left"
    # Clean and idle: the board is reopened and nothing is due, so the loop sleeps its longest.
    rm -f "$JB_TARGETS_FILE"
    start_app --windowed 1600x900 --kiosk --lang en --data-dir "$work/data"
    # Once the pinyin engine has reported (it is polled every 0.5 s until then) nothing is due.
    wait_for 60 grep -q "pinyin (中)" "$work/app.err" || { cat "$work/app.err"; fail "the pinyin engine never reported"; }
    sleep 0.5
    t0=$(date +%s%N)
    kill -s "$sig" "$app_pid"
    wait "$app_pid"; rc=$?
    ms=$((($(date +%s%N) - t0) / 1000000))
    app_pid=
    echo "SIG$sig while idle: exit $rc after $ms ms"
    [ $rc -eq 0 ] || fail "exit code $rc after SIG$sig"
    # A loose bound for a busy 2-core machine: the fix takes tens of ms, the old loop 2-5 s.
    [ $ms -le 1500 ] || fail "SIG$sig took $ms ms to end the app"
done
