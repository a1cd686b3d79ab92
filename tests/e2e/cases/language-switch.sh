# e2e case: language-switch (sourced by run_app_e2e.sh; helpers in lib.sh)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
start_app --windowed 1280x800 --lang en --data-dir "$work/data"
tap_target toolbar.language
wait_for 10 grep -q "^language.zh-TW " "$JB_TARGETS_FILE" || fail "the language chooser did not open"
tap_target language.zh-TW
# The atlas must be rebuilt for the Traditional Chinese glyphs, with none missing.
wait_for 10 sh -c "[ \$(grep -c 'font atlas built' '$work/app.err') -ge 2 ]" || { cat "$work/app.err"; fail "no atlas rebuild after switching language"; }
sleep 0.5
cat "$work/app.err"
# The newest atlas line, not the log's last line: "pinyin (中) ready" may come after it.
grep 'font atlas built' "$work/app.err" | tail -1 | grep -q "missing glyphs: 0" || fail "glyphs missing after the switch"
first=$(grep -m1 'font atlas built' "$work/app.err" | sed 's/.*built: \([0-9]*\) glyphs.*/\1/')
last=$(grep 'font atlas built' "$work/app.err" | tail -1 | sed 's/.*built: \([0-9]*\) glyphs.*/\1/')
[ "$last" -gt "$first" ] || fail "the atlas did not grow ($first -> $last glyphs)"
import -window root "$work/switched.png" || fail "cannot take a screenshot"
facts=$("$inspect" "$work/switched.png"); echo "$facts"
[ "$(awk '/^colours/{print $2}' <<<"$facts")" -ge 200 ] || fail "the screen looks blank after the switch"
cp "$work/switched.png" "${JB_E2E_KEEP:-$work}/" 2>/dev/null || true
# Not a kiosk: Esc asks first ("Quit JourneyBoard?"), then Quit ends the app normally.
xdotool key --window "$wid" Escape
wait_for 10 grep -q "^quit.confirm " "$JB_TARGETS_FILE" || fail "Esc did not ask before quitting"
kill -0 "$app_pid" || fail "Esc quit without asking"
tap_target quit.confirm
wait_for 10 sh -c "! kill -0 $app_pid" || fail "Quit after Esc did not end the app outside kiosk mode"
wait "$app_pid"; rc=$?
[ $rc -eq 0 ] || fail "exit code $rc after Esc"
