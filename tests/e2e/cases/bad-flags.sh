# e2e case: bad-flags (sourced by run_app_e2e.sh; helpers in lib.sh)
"$bin" --frobnicate >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "unknown flag: expected exit 2, got $rc"
grep -q "unknown option" "$work/err" || fail "no message for the unknown flag"
grep -q "Usage:" "$work/err" || fail "usage not printed"
"$bin" --lang klingon >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "bad --lang value: expected exit 2, got $rc"
"$bin" --scale -3 >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "bad --scale value: expected exit 2, got $rc"
"$bin" --help >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 0 ] || fail "--help: expected exit 0, got $rc"
grep -q -- "--kiosk" "$work/out" || fail "--help does not list --kiosk"
"$bin" --version >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 0 ] && grep -q "^journeyboard [0-9]" "$work/out" || fail "--version"
