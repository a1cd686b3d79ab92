# e2e case: readonly-data-dir (sourced by run_app_e2e.sh; helpers in lib.sh)
# A data folder the kiosk user can read but not write once showed the demo board although
# the room's last board was right there: it must reopen that board, say it is read-only,
# and write nothing. Root writes anywhere, so the app runs as an unprivileged user here.
user=nobody
id "$user" >/dev/null 2>&1 || fail "no user $user to run the kiosk as"
chmod 755 "$work"
data="$work/data"
mkdir -p "$data/sessions/room-board"
sed 's/"id": "demo-coffee-shop"/"id": "room-board"/; s/"title": "[^"]*"/"title": "Room Board Kept"/' \
    "$assets/demo/coffee_shop.en.json" >"$data/sessions/room-board/20261122T093000.000Z-autosave.json"
printf 'room-board\n' >"$data/last_session"
chown -R "$user" "$data" && chmod -R a-w "$data"
mkdir -p "$work/home" && chown "$user" "$work/home"
before=$(cd "$data" && find . -exec stat -c '%n %s %Y %a' {} + | sort)
start_xvfb
setpriv --reuid="$user" --regid=nogroup --clear-groups env HOME="$work/home" XDG_CACHE_HOME="$work/home/cache" \
    "$bin" --windowed 1280x800 --lang en --data-dir "$data" --screenshot "$work/home/ro.png" >"$work/out" 2>"$work/err"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc"
grep -q "not writable" "$work/err" || fail "the read-only data folder is not reported"
grep -q 'Reopened "Room Board Kept"' "$work/err" || fail "the room's last board was not reopened (the demo instead?)"
grep -q "Opened read-only: the data folder $data cannot be written" "$work/err" || fail "the app does not say the board is read-only"
# The board on screen is the room's: its title is in the toolbar.
[ -s "$work/home/ro.png" ] || fail "no screenshot"
cp "$work/home/ro.png" "${JB_E2E_KEEP:-$work}/readonly-data-dir.png" 2>/dev/null
convert "$work/home/ro.png" -crop 700x60+0+0 -resize 200% -colorspace Gray -negate "$work/title.png" || fail "cannot crop the title"
tesseract "$work/title.png" "$work/title" >/dev/null 2>&1 || fail "tesseract failed"
cat "$work/title.txt"
grep -qi "room board" "$work/title.txt" || fail "the toolbar does not show the room's board title"
after=$(cd "$data" && find . -exec stat -c '%n %s %Y %a' {} + | sort)
[ "$before" = "$after" ] || fail "the read-only data folder was written to"
