# e2e case: template-flag (sourced by run_app_e2e.sh; helpers in lib.sh)
under_xvfb "$bin" --windowed 1280x800 --lang en --template consumer-decision-journey --data-dir "$work/data" \
    --screenshot "$work/tpl.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc"
f=$(ls -1 "$work"/data/sessions/*/*.json 2>/dev/null | head -1)
[ -n "$f" ] || fail "--template did not save the new board"
grep -q '"template": "consumer-decision-journey"' "$f" || fail "the board does not come from the template"
grep -q '"loops_back_to": "s' "$f" || fail "the consumer decision journey's loyalty loop is missing"
under_xvfb "$bin" --windowed 1280x800 --lang en --template no-such-template --data-dir "$work/data2" \
    --screenshot "$work/tpl2.png"
rc=$?
[ $rc -eq 0 ] || fail "an unknown template must not stop the app (exit $rc)"
grep -q 'no-such-template' "$work/err" || fail "an unknown template is not reported by name"
