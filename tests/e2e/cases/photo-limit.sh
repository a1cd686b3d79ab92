# e2e case: photo-limit (sourced by run_app_e2e.sh; helpers in lib.sh)
# A persona photo whose header says 30000x30000: refused by its size before any
# decoding, the message names the file and the limit; the app carries on.
data="$work/data"
under_xvfb "$bin" --windowed 1280x800 --lang en --template support-hotline --data-dir "$data" \
    --screenshot "$work/first.png" || { cat "$work/err"; fail "the first run failed"; }
mkdir -p "$data/images"
# PNG signature and an IHDR chunk for 30000 x 30000 (0x7530): nothing else is needed to refuse it.
printf '\211PNG\r\n\032\n\000\000\000\015IHDR\000\000\165\060\000\000\165\060\010\002\000\000\000\000\000\000\000' \
    >"$data/images/huge.png"
snapshot=$(ls -1 "$data"/sessions/*/*.json | sort | tail -1)
sed -i 's/"photo": ""/"photo": "huge.png"/' "$snapshot"
grep -q '"photo": "huge.png"' "$snapshot" || fail "could not set the persona photo"
under_xvfb "$bin" --windowed 1280x800 --lang en --data-dir "$data" --screenshot "$work/shot.png"
rc=$?
cat "$work/err"
[ $rc -eq 0 ] || fail "a photo over the limit stopped the app (exit $rc)"
grep -q "huge.png could not be loaded: the image is 30000x30000 pixels; photos may be at most 8192x8192 pixels (67 megapixels)" \
    "$work/err" || fail "the refusal does not name the file, its size and the limit"
grep -q "unknown image type" "$work/err" && fail "the refusal names the wrong cause"
true
