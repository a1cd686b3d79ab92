# e2e case: broken-session (sourced by run_app_e2e.sh; helpers in lib.sh)
printf '{"schema": 1, "id": "x", "title": "t", "stages": [' >"$work/broken.json"
under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/data" --session "$work/broken.json" \
    --screenshot "$work/broken.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "a broken session file must not stop the app (exit $rc)"
grep -q "broken.json" "$work/err" || fail "the message does not name the file"
[ -s "$work/broken.png" ] || fail "no screenshot"
cmp -s <(printf '{"schema": 1, "id": "x", "title": "t", "stages": [') "$work/broken.json" ||
    fail "loading modified the file"
