# e2e case: mouse-late-click (sourced by run_app_e2e.sh; helpers in lib.sh)
# A busy app reads a click after the pointer has moved on: the press counts where it
# happened, not where the pointer is when the app gets to it (a slow frame under load
# used to type the next key instead of the one tapped).
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --data-dir "$data"
tap_target "cell.s1.l5"
wait_for 10 grep -q "^osk.key.z " "$JB_TARGETS_FILE" || fail "the on-screen keyboard did not open"
sleep 0.3
centre() { local x y w h; read -r _ x y w h < <(grep "^$1 " "$JB_TARGETS_FILE"); echo "$((x + w / 2)) $((y + h / 2))"; }
# The app stops while the person taps f, then q, each time moving on to another key:
# every event waits in the app's queue until it runs again.
kill -STOP "$app_pid"
read -r fx fy <<<"$(centre osk.key.f)"
read -r mx my <<<"$(centre osk.key.m)"
read -r qx qy <<<"$(centre osk.key.q)"
read -r px py <<<"$(centre osk.key.p)"
xdotool mousemove --window "$wid" "$fx" "$fy" click 1 mousemove --window "$wid" "$mx" "$my"
xdotool mousemove --window "$wid" "$qx" "$qy" click 1 mousemove --window "$wid" "$px" "$py"
kill -CONT "$app_pid"
sleep 1
tap_target editor.done
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q '	s1	l5	'" ||
    fail "no new note in s1/l5 in an autosave"
text=$("$dump" "$(ls -1 "$data"/sessions/*/*-autosave.json | sort | tail -1)" | awk -F'\t' '$2 == "s1" && $3 == "l5" {print $4}' | tail -1)
echo "typed while busy: '$text'"
[ "$text" = "fq" ] || fail "the keys tapped were f and q, the note says '$text'"
