# e2e case: recover-last (sourced by run_app_e2e.sh; helpers in lib.sh)
# A session left behind by a crash: its newest autosave must reopen, and nothing may be written
# (the pinyin engine compiles into the cache folder, never into the data folder).
mkdir -p "$work/data/sessions/crashed-board"
sed 's/"id": "demo-coffee-shop"/"id": "crashed-board"/; s/"title": "[^"]*"/"title": "Recovered workshop"/' \
    "$assets/demo/coffee_shop.en.json" >"$work/data/sessions/crashed-board/20261122T093000.000Z-autosave.json"
printf 'crashed-board\n' >"$work/data/last_session"
before=$(cd "$work/data" && find . -type f -exec md5sum {} + | sort)
TZ=CST-8 under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/data" --screenshot "$work/rec.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc"
grep -q 'Reopened "Recovered workshop"' "$work/err" || fail "the last session was not reopened"
# The banner says when in the room's local time (09:30 UTC is 17:30 in Shanghai), not a raw UTC stamp.
grep -q 'saved 2026-11-22 17:30)' "$work/err" || fail "the restore banner does not show the local time"
after=$(cd "$work/data" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "opening a session wrote to the data folder"
