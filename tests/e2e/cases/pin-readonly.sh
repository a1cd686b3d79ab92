# e2e case: pin-readonly (sourced by run_app_e2e.sh; helpers in lib.sh)
# A provisioned PIN in a data folder the kiosk user cannot write (chmod 555) once made the
# pad offer "Set a facilitator PIN" to anyone: a participant set one and could quit.
# Root writes anywhere, so the app runs as an unprivileged user here.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
user=nobody
id "$user" >/dev/null 2>&1 || fail "no user $user to run the kiosk as"
chmod 755 "$work"
data="$work/data"; mkdir -p "$data"
printf '2468\n' >"$work/pin.txt"
# Provisioned while the folder could be written (as the kiosk's installer would).
"$bin" --windowed 800x600 --kiosk --lang en --data-dir "$data" --pin-file "$work/pin.txt" \
    --screenshot "$work/provision.png" >"$work/out" 2>"$work/err" || { cat "$work/err"; fail "provisioning failed"; }
[ -s "$data/facilitator_pin.json" ] || fail "no PIN file after --pin-file"
chown -R "$user" "$data" && chmod 444 "$data/facilitator_pin.json" && chmod 555 "$data"
mkdir -p "$work/home" && chown "$user" "$work/home" && chmod 644 "$work/targets" 2>/dev/null
touch "$JB_TARGETS_FILE" "$work/app.out" "$work/app.err"; chown "$user" "$work" "$JB_TARGETS_FILE" "$work/app.out" "$work/app.err"
as_user() { setpriv --reuid="$user" --regid=nogroup --clear-groups env HOME="$work/home" XDG_CACHE_HOME="$work/home/cache" "$@"; }
# 1) The PIN file can be read: the pad asks for that PIN, never for a new one.
rm -f "$JB_TARGETS_FILE"
as_user "$bin" --windowed 1280x800 --kiosk --lang en --data-dir "$data" >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
wait_for 20 test -s "$JB_TARGETS_FILE" || { cat "$work/app.err"; fail "the app did not come up as $user"; }
wid=$(xdotool search --sync --name JourneyBoard | head -1)
grep -q "not writable" "$work/app.err" || { cat "$work/app.err"; fail "the read-only data folder is not reported"; }
tap_target toolbar.workshop
wait_for 10 grep -q "^pin.key.1 " "$JB_TARGETS_FILE" || fail "the PIN pad did not open"
sleep 0.5
import -window root "$work/pad.png"; cp "$work/pad.png" "${JB_E2E_KEEP:-$work}/pin-readonly-pad.png" 2>/dev/null
ocr_light_on_dark "$work/pad.png" "$work/pad"
grep -qi "set a facilitator pin" "$work/pad.txt" && fail "the pad offers to set a PIN on a read-only folder"
grep -qi "facilitator pin" "$work/pad.txt" || { cat "$work/pad.txt"; fail "the pad does not ask for the PIN"; }
for d in 1 3 5 7; do tap_target "pin.key.$d"; sleep 0.3; done
tap_target pin.ok; sleep 1.5
grep -q "^workshop.tab.boards " "$JB_TARGETS_FILE" && fail "a wrong PIN opened facilitator mode"
for d in 2 4 6 8; do tap_target "pin.key.$d"; sleep 0.3; done
tap_target pin.ok
wait_for 10 grep -q "^workshop.tab" "$JB_TARGETS_FILE" || fail "the provisioned PIN did not open facilitator mode"
kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=
# 2) No PIN file the kiosk can read: locked, the pad says why and has no keys at all.
chmod 000 "$data/facilitator_pin.json"
rm -f "$JB_TARGETS_FILE"
as_user "$bin" --windowed 1280x800 --kiosk --lang en --data-dir "$data" >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
wait_for 20 test -s "$JB_TARGETS_FILE" || { cat "$work/app.err"; fail "the app did not come up as $user"; }
wid=$(xdotool search --sync --name JourneyBoard | head -1)
tap_target toolbar.workshop
wait_for 10 grep -q "^pin.cancel " "$JB_TARGETS_FILE" || fail "the PIN pad did not open"
sleep 0.5
grep -q "^pin.key." "$JB_TARGETS_FILE" && fail "the pad offers keys although no PIN can be checked"
sleep 0.5
import -window root "$work/locked.png"; cp "$work/locked.png" "${JB_E2E_KEEP:-$work}/pin-locked.png" 2>/dev/null
ocr_light_on_dark "$work/locked.png" "$work/locked"
cat "$work/locked.txt"
grep -qi "facilitator mode is locked" "$work/locked.txt" || fail "the pad does not say facilitator mode is locked"
grep -qi "set a facilitator pin" "$work/locked.txt" && fail "the pad offers to set a PIN"
grep -q "facilitator_pin.json" "$work/app.err" || fail "the unreadable PIN file is not named"
kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=
# 3) No PIN file at all on a read-only folder: locked as well; --pin-file opens it for this run.
chmod 755 "$data"; rm -f "$data/facilitator_pin.json"; chmod 555 "$data"
chmod 644 "$work/pin.txt"
rm -f "$JB_TARGETS_FILE"
as_user "$bin" --windowed 1280x800 --kiosk --lang en --data-dir "$data" --pin-file "$work/pin.txt" \
    >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
wait_for 20 test -s "$JB_TARGETS_FILE" || { cat "$work/app.err"; fail "the app did not come up as $user"; }
wid=$(xdotool search --sync --name JourneyBoard | head -1)
grep -q "for this run only" "$work/app.err" || { cat "$work/app.err"; fail "--pin-file on a read-only folder is not reported"; }
tap_target toolbar.workshop
wait_for 10 grep -q "^pin.key.1 " "$JB_TARGETS_FILE" || fail "the PIN pad did not open"
for d in 2 4 6 8; do tap_target "pin.key.$d"; sleep 0.3; done
tap_target pin.ok
wait_for 10 grep -q "^workshop.tab" "$JB_TARGETS_FILE" || fail "the --pin-file PIN did not open facilitator mode"
[ ! -e "$data/facilitator_pin.json" ] || fail "a PIN file appeared in the read-only folder"
