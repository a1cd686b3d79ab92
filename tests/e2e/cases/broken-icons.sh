# e2e case: broken-icons (sourced by run_app_e2e.sh; helpers in lib.sh)
# A copy of the assets with a corrupt window icon and a missing toolbar icon.
cp -r "$assets" "$work/assets"
echo "not a png" >"$work/assets/icons/journeyboard.png"
rm -f "$work/assets/icons/undo.png"
JB_ASSETS_DIR="$work/assets" under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/data" \
    --screenshot "$work/icons.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "broken icons must not stop the app (exit $rc)"
grep -q "journeyboard.png" "$work/err" || fail "the corrupt icon is not reported by name"
grep -q "undo.png" "$work/err" || fail "the missing icon is not reported by name"
