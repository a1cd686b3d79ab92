# e2e case: export-cli (sourced by run_app_e2e.sh; helpers in lib.sh)
# A follow-up reader on a machine without a display: Markdown and CSV from a saved board.
session="$assets/demo/coffee_shop.zh-CN.json"
env -u DISPLAY -u WAYLAND_DISPLAY "$bin" export "$session" --format all --out "$work/pack" --lang zh-CN \
    >"$work/out" 2>"$work/err"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "export exited $rc"
for f in report.md notes.csv votes.csv dots.csv actions.csv matrix.csv session.json; do
    [ -s "$work/pack/$f" ] || fail "no $f in the outcome pack"
done
head -c 3 "$work/pack/notes.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "notes.csv has no UTF-8 BOM"
grep -q "街角咖啡" "$work/pack/report.md" || fail "the report does not carry the board's title"
grep -q "认知" "$work/pack/report.md" || fail "the report does not name the first stage"
"$dump" "$work/pack/session.json" >/dev/null || fail "the exported JSON does not load"
env -u DISPLAY "$bin" export "$work/missing.json" --format md --out "$work/pack2" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 1 ] || fail "a missing file: expected exit 1, got $rc"
grep -q "missing.json" "$work/err" || fail "the message does not name the missing file"
"$bin" export >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 2 ] || fail "export without arguments: expected exit 2, got $rc"
