# e2e case: window-closed (sourced by run_app_e2e.sh; helpers in lib.sh)
# Another program destroys the window (xdotool windowclose = XDestroyWindow) or cuts the
# app's display connection (xdotool windowkill = XKillClient): the last change is saved
# first and the app ends cleanly, saying why. (Xlib's default handlers once exited at once.)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
stage=0
for how in windowclose windowkill; do
    stage=$((stage + 1))
    rm -f "$JB_TARGETS_FILE"
    start_app --windowed 1600x900 --kiosk --lang en --data-dir "$work/data"
    word="closed${how}note"
    add_note_now "cell.s$stage.l5" "$word" # on the board, its autosave still 1 s away
    xdotool "$how" "$wid"
    wait_for 10 sh -c "! kill -0 $app_pid" || fail "the app is still running after xdotool $how"
    wait "$app_pid"; rc=$?
    app_pid=
    cat "$work/app.err"
    [ $rc -eq 0 ] || fail "exit code $rc after xdotool $how"
    "$dump" "$(newest_autosave)" | grep -q "$word" || fail "the change before xdotool $how is not saved"
    case $how in
    windowclose) grep -q "the window was destroyed by another program (.*): saving and leaving" "$work/app.err" ||
        fail "the log does not say that the window was destroyed" ;;
    windowkill) grep -q "the connection to the display was lost: saving and leaving" "$work/app.err" ||
        fail "the log does not say that the display connection was lost" ;;
    esac
    ls "$work"/data/sessions/*/ | grep -q '\.tmp' && fail "a temporary file was left behind"
done
# Outside kiosk mode the window manager's close (Alt+F4 under openbox: WM_DELETE_WINDOW)
# ends the app the normal way, after the same final save.
start_openbox
rm -f "$JB_TARGETS_FILE"
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
add_note_now cell.s3.l5 closedbywmnote
xdotool key alt+F4
wait_for 10 sh -c "! kill -0 $app_pid" || fail "the app is still running after Alt+F4 outside kiosk mode"
wait "$app_pid"; rc=$?
app_pid=
[ $rc -eq 0 ] || fail "exit code $rc after Alt+F4"
"$dump" "$(newest_autosave)" | grep -q closedbywmnote || fail "the change before Alt+F4 is not saved"
kill "$wm_pid" 2>/dev/null
