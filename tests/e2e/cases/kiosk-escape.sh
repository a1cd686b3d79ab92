# e2e case: kiosk-escape (sourced by run_app_e2e.sh; helpers in lib.sh)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
start_app --windowed 1280x800 --kiosk --lang zh-CN --data-dir "$work/data"
xdotool key --window "$wid" Escape
xdotool key --window "$wid" alt+F4
sleep 1.5
kill -0 "$app_pid" 2>/dev/null || fail "the kiosk quit on Esc/Alt+F4"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
