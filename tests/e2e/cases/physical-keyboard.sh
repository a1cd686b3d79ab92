# e2e case: physical-keyboard (sourced by run_app_e2e.sh; helpers in lib.sh)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --data-dir "$data"
tap_target cell.s1.l5
wait_for 10 grep -q "^editor.done " "$JB_TARGETS_FILE" || fail "the note editor did not open"
# Real X key events. (Chinese from an input method arrives as committed text through
# the same callback; that path is tested headless, since xdotool's keymap trick for
# non-keyboard characters races with the app and is not reliable enough for a test.)
xdotool type --delay 80 'Queue at 8 ok'
sleep 0.3
xdotool key Return                       # Enter = Done
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q 'Queue at 8 ok'" ||
    { cat "$work/app.err"; ls -la "$data"/sessions/*/ ; "$dump" "$(ls -1 "$data"/sessions/*/*-autosave.json | sort | tail -1)" | grep -i queue; fail "the typed note is not in an autosave"; }
# Esc cancels: nothing is added.
tap_target cell.s2.l5
wait_for 10 grep -q "^editor.done " "$JB_TARGETS_FILE" || fail "the note editor did not open again"
xdotool type --delay 100 'discard me'
xdotool key Escape
sleep 3
"$dump" "$(ls -1 "$data"/sessions/*/*-autosave.json | sort | tail -1)" | grep -q 'discard me' && fail "Esc did not cancel"
kill -0 "$app_pid" || fail "Esc in the editor quit the app"
