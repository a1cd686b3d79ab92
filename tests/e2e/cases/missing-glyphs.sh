# e2e case: missing-glyphs (sourced by run_app_e2e.sh; helpers in lib.sh)
# A board title with U+2B5AF, a character beyond the 16-bit atlas (Rime offered it for
# "tiao"): it is drawn as "?", so the log must count it as missing, not say 0.
sed '0,/"title": "[^"]*"/s//"title": "Hotline \xf0\xab\x96\xaf"/' "$assets/demo/coffee_shop.en.json" >"$work/astral.json"
grep -q "$(printf '\xf0\xab\x96\xaf')" "$work/astral.json" || fail "could not write the test board"
under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/data" --session "$work/astral.json" \
    --screenshot "$work/astral.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc"
grep -q "missing glyphs: 1 U+2B5AF$" "$work/out" || fail "the atlas log does not count U+2B5AF as missing"
