# e2e case: no-display (sourced by run_app_e2e.sh; helpers in lib.sh)
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" --windowed --data-dir "$work/data" >"$work/out" 2>"$work/err"
rc=$?
cat "$work/err"
[ $rc -eq 1 ] || fail "expected exit 1 without a display, got $rc"
grep -qi "no display" "$work/err" || fail "message does not say there is no display"
