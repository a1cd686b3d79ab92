# e2e case: pin-provisioned-missing (sourced by run_app_e2e.sh; helpers in lib.sh)
# Issue 17 item 9: a provisioned kiosk whose PIN files are gone (the data folder's
# facilitator_pin.json deleted, and the --pin-file or the system PIN file missing)
# once offered "Set a facilitator PIN" to whoever was at the screen. It stays locked.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"; mkdir -p "$data"
check_locked() { # WHAT: the pad opens without keys, says it is locked, offers no set-up
    wait_for 20 test -s "$JB_TARGETS_FILE" || { cat "$work/app.err"; fail "the app did not come up ($1)"; }
    wid=$(xdotool search --sync --name JourneyBoard | head -1)
    tap_target toolbar.workshop
    wait_for 10 grep -q "^pin.cancel " "$JB_TARGETS_FILE" || fail "the PIN pad did not open ($1)"
    sleep 0.5
    grep -q "^pin.key." "$JB_TARGETS_FILE" && fail "the pad offers keys ($1)"
    import -window root "$work/locked.png"
    ocr_light_on_dark "$work/locked.png" "$work/locked"
    grep -qi "set a facilitator pin" "$work/locked.txt" && fail "the pad offers to set a PIN ($1)"
    grep -qi "facilitator mode is locked" "$work/locked.txt" || { cat "$work/locked.txt"; fail "the pad does not say it is locked ($1)"; }
    [ -e "$data/facilitator_pin.json" ] && fail "a PIN file appeared ($1)"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=
    rm -f "$JB_TARGETS_FILE"
}
# 1) --pin-file names a file that is gone.
start_app --windowed 1280x800 --kiosk --lang en --data-dir "$data" --pin-file "$work/gone.txt"
grep -q "gone.txt" "$work/app.err" || { cat "$work/app.err"; fail "the missing --pin-file is not named"; }
check_locked "--pin-file missing"
# 2) The system PIN file exists but holds no PIN.
printf 'not a pin\n' >"$work/system_pin"
export JB_SYSTEM_PIN_FILE="$work/system_pin"
start_app --windowed 1280x800 --kiosk --lang en --data-dir "$data"
grep -q "system_pin" "$work/app.err" || { cat "$work/app.err"; fail "the broken system PIN file is not named"; }
check_locked "system PIN file broken"
# 3) The system PIN file with a PIN provisions the kiosk: that PIN opens facilitator mode.
printf '5791\n' >"$work/system_pin"
start_app --windowed 1280x800 --kiosk --lang en --data-dir "$data"
tap_target toolbar.workshop
wait_for 10 grep -q "^pin.key.1 " "$JB_TARGETS_FILE" || fail "the PIN pad did not open with a system PIN"
for d in 5 7 9 1; do tap_target "pin.key.$d"; sleep 0.3; done
tap_target pin.ok
wait_for 10 grep -q "^workshop.tab" "$JB_TARGETS_FILE" || fail "the system PIN did not open facilitator mode"
