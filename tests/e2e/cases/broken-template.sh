# e2e case: broken-template (sourced by run_app_e2e.sh; helpers in lib.sh)
# A broken and a too-new template beside the good ones: both named with their problem, the rest usable.
cp -r "$(dirname "$assets")/templates" "$work/templates"
printf '{"format": 1, "id": "broken", "names": ' >"$work/templates/99-broken.json"
printf '{"format": 99}' >"$work/templates/98-future.json"
JB_TEMPLATES_DIR="$work/templates" under_xvfb "$bin" --windowed 1024x700 --lang en --template service-blueprint \
    --data-dir "$work/data" --screenshot "$work/t.png"
rc=$?
cat "$work/err"
[ $rc -eq 0 ] || fail "broken templates must not stop the app (exit $rc)"
grep -q "99-broken.json: not valid JSON" "$work/err" || fail "the broken template is not reported by name"
grep -q "98-future.json: /format: .*newer JourneyBoard" "$work/err" || fail "the newer template is not reported"
grep -q '"template": "service-blueprint"' "$(ls -1 "$work"/data/sessions/*/*.json | head -1)" ||
    fail "the good templates stopped working"
