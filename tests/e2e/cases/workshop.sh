# e2e case: workshop (sourced by run_app_e2e.sh; helpers in lib.sh)
# A short workshop on a kiosk: participants can do only what the phase allows; the
# facilitator (PIN from --pin-file) moves through the phases, reveals the face-down
# notes, and quits, which nobody else can.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
printf ' 2468\n' >"$work/pin.txt"
start_app --windowed 1600x900 --kiosk --lang en --template classic-funnel --data-dir "$data" \
    --pin-file "$work/pin.txt"
grep -q "facilitator PIN set from" "$work/app.err" || { cat "$work/app.err"; fail "the PIN file was not taken"; }
grep -q '"hash"' "$data/facilitator_pin.json" || fail "no hashed PIN in the data folder"
grep -q 2468 "$data/facilitator_pin.json" && fail "the PIN is stored in clear"
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }
phase_is() { grep -q "\"phase\": \"$1\"" "$(newest)"; }
# Set-up: a participant's tap adds nothing.
tap_target cell.s1.l1
sleep 0.5
grep -q "^osk.key.a " "$JB_TARGETS_FILE" && fail "a participant could add a note during set-up"
enter_pin() {
    tap_target toolbar.workshop
    wait_for 10 grep -q "^pin.key.0 " "$JB_TARGETS_FILE" || fail "the PIN pad did not open"
    for d in $(echo "$1" | sed 's/./& /g'); do tap_target "pin.key.$d"; sleep 0.15; done
    tap_target pin.ok
}
enter_pin 1111
sleep 0.5
grep -q "^pin.key.0 " "$JB_TARGETS_FILE" || fail "a wrong PIN closed the pad"
grep -q "^workshop.panel " "$JB_TARGETS_FILE" && fail "a wrong PIN opened facilitator mode"
# (Checking a PIN takes tens of milliseconds by design, much longer in a sanitizer build.)
sleep 1
for d in 2 4 6 8; do tap_target "pin.key.$d"; sleep 0.15; done
tap_target pin.ok
wait_for 20 grep -q "^workshop.tab.run " "$JB_TARGETS_FILE" || fail "the right PIN did not open facilitator mode"
tap_target workshop.tab.run
wait_for 10 grep -q "^workshop.phase_next " "$JB_TARGETS_FILE" || fail "no phase controls"
tap_target workshop.phase_next
wait_for 6 phase_is silent_writing || fail "the phase did not move to silent writing"
tap_target workshop.minutes_plus; tap_target workshop.minutes_plus
tap_target workshop.timer_start
sleep 0.5
import -window root "$work/facilitator.png" && cp "$work/facilitator.png" "${JB_E2E_KEEP:-$work}/workshop-facilitator.png" 2>/dev/null
# The countdown ticks by itself, with nobody touching the screen.
xdotool mousemove --window "$wid" 5 895
sleep 0.5
import -window root -crop 900x60+0+0 "$work/tick1.png"
sleep 2.2
import -window root -crop 900x60+0+0 "$work/tick2.png"
changed=$(compare -metric AE "$work/tick1.png" "$work/tick2.png" null: 2>&1 | cut -d' ' -f1)
echo "toolbar pixels changed by the countdown in 2.2 s: $changed"
[ "${changed%.*}" -gt 20 ] 2>/dev/null || fail "the countdown does not tick on its own ($changed pixels changed)"
tap_target workshop.tab.boards
wait_for 10 grep -q "^workshop.lock_mode " "$JB_TARGETS_FILE" || fail "no way to leave facilitator mode"
tap_target workshop.lock_mode
wait_for 10 sh -c "! grep -q '^workshop.panel ' '$JB_TARGETS_FILE'" || fail "facilitator mode did not close"
# Silent writing: a participant's note goes up face-down.
tap_target cell.s2.l5
wait_for 10 grep -q "^osk.key.q " "$JB_TARGETS_FILE" || fail "a participant cannot write during silent writing"
for key in q u e u e; do tap_target "osk.key.$key"; sleep 0.1; done
tap_target editor.done
wait_for 6 sh -c "grep -q '\"text\": \"queue\"' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\"" ||
    fail "the note is not saved"
grep -A12 '"text": "queue"' "$(newest)" | grep -q '"hidden": true' || fail "the silent-writing note is not face-down"
sleep 0.3
import -window root "$work/facedown.png" && cp "$work/facedown.png" "${JB_E2E_KEEP:-$work}/workshop-facedown.png" 2>/dev/null
# The facilitator turns the notes up and moves on to the emotion vote.
enter_pin 2468
wait_for 20 grep -q "^workshop.tab.run " "$JB_TARGETS_FILE" || fail "the PIN did not open facilitator mode again"
tap_target workshop.tab.run
wait_for 10 grep -q "^workshop.reveal_notes " "$JB_TARGETS_FILE" || fail "no reveal button"
tap_target workshop.reveal_notes
# One step at a time: on a loaded machine two quick taps can land in one frame.
wait_for 6 sh -c "grep -q '\"notes_revealed\": true' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\"" ||
    fail "the notes were not revealed"
tap_target workshop.phase_next
wait_for 6 phase_is place_and_discuss || fail "the phase did not move to place and discuss"
tap_target workshop.phase_next
wait_for 6 phase_is emotion_vote || fail "the phase did not reach the emotion vote"
grep -A12 '"text": "queue"' "$(newest)" | grep -q '"hidden": false' || fail "the notes were not turned up"
# Only the facilitator quits a kiosk.
tap_target workshop.tab.boards
wait_for 10 grep -q "^workshop.quit " "$JB_TARGETS_FILE" || fail "no quit button"
tap_target workshop.quit
wait_for 10 sh -c "! kill -0 $app_pid 2>/dev/null" || fail "Quit did not end the kiosk"
wait "$app_pid"; rc=$?
[ $rc -eq 0 ] || fail "the kiosk ended with code $rc"
