# e2e case: fullscreen-default (sourced by run_app_e2e.sh; helpers in lib.sh)
under_xvfb "$bin" --lang en --data-dir "$work/data" --screenshot "$work/full.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc"
facts=$("$inspect" "$work/full.png") || fail "PNG unreadable"
grep -qx "width 1920" <<<"$facts" && grep -qx "height 1080" <<<"$facts" ||
    fail "without --windowed the window must fill the 1920x1080 screen: $facts"
