# e2e case: unusable-data-dir (sourced by run_app_e2e.sh; helpers in lib.sh)
echo "a file, not a folder" >"$work/blocker"
under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/blocker/data" --screenshot "$work/nodata.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "an unusable data folder must not stop the app (exit $rc)"
grep -q "blocker/data" "$work/err" || fail "the message does not name the folder"
grep -q "kept in memory" "$work/err" || fail "the message does not say work is kept"
[ -s "$work/nodata.png" ] || fail "no screenshot"
