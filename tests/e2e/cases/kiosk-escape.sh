# e2e case: kiosk-escape (sourced by run_app_e2e.sh; helpers in lib.sh)
# Under a real window manager (openbox), Esc, Alt+F4 (openbox's close binding) and a desktop
# tool's close request (_NET_CLOSE_WINDOW, as wmctrl -c sends it) must not end the kiosk: it
# keeps answering taps, saving and drawing. Without --kiosk the same closes end the app, so
# they do reach it here. (On bare Xvfb no window manager turned Alt+F4 into a close: the
# check could not fail.)
start_xvfb
start_openbox
export JB_TARGETS_FILE="$work/targets"
wm_request=$(dirname "$dump")/wm_request
focused() { [ "$(($(xdotool getactivewindow)))" -eq "$((wid))" ]; }
close_window() { # HOW: the window manager closes the focused app window
    wait_for 5 focused || fail "openbox did not give the app's window the focus ($(xdotool getactivewindow), the app is $wid)"
    case $1 in
    alt+F4) xdotool key alt+F4 ;; # a real key press (XTEST), taken by openbox's binding
    close-request) "$wm_request" "$wid" close || fail "wm_request failed" ;;
    esac
}

# Without --kiosk each close ends the app (after its final save).
for how in alt+F4 close-request; do
    rm -f "$JB_TARGETS_FILE"
    start_app --windowed 1280x800 --lang en --data-dir "$work/plain"
    close_window "$how"
    wait_for 10 sh -c "! kill -0 $app_pid" || fail "without --kiosk the app still runs after $how: the close never reached it"
    wait "$app_pid"; rc=$?
    app_pid=
    [ $rc -eq 0 ] || fail "exit code $rc after $how without --kiosk"
done

rm -f "$JB_TARGETS_FILE"
start_app --kiosk --lang en --data-dir "$work/data"
wait_for 5 focused || fail "openbox did not give the kiosk the focus"
xdotool key Escape
for how in alt+F4 close-request alt+F4; do
    close_window "$how"
    sleep 1.5
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.err"; fail "the kiosk quit on $how"; }
done
# Still working: a note typed after the closes is saved, and the screen shows the board.
add_note_now cell.s2.l5 stillherenote
saved() { local file; file=$(newest_autosave); [ -n "$file" ] && "$dump" "$file" | grep -q stillherenote; }
wait_for 10 saved || fail "the note typed after the closes was not saved"
import -window root "$work/screen.png" || fail "cannot take a screenshot"
facts=$("$inspect" "$work/screen.png")
colours=$(awk '/^colours/{print $2}' <<<"$facts")
dominant=$(awk '/^dominant_permille/{print $2}' <<<"$facts")
[ "$colours" -ge 200 ] && [ "$dominant" -le 800 ] ||
    fail "after the closes the screen does not show the board ($colours colours, $dominant per mille one colour)"
kill -0 "$app_pid" 2>/dev/null || fail "the kiosk ended"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
app_pid=
