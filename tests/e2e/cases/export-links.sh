# e2e case: export-links (sourced by run_app_e2e.sh; helpers in lib.sh)
# `journeyboard export FOLDER` followed symlinked snapshots that the app itself skips, and a
# hard link to an outside file showed its first word in the parse error. Both are skipped,
# named, never quoted; the newest real snapshot is exported.
folder="$work/data/sessions/room"
mkdir -p "$folder"
sed 's/"id": "demo-coffee-shop"/"id": "room"/; s/"title": "[^"]*"/"title": "Real Room Board"/' \
    "$assets/demo/coffee_shop.en.json" >"$folder/20261122T093000.000Z-autosave.json"
sed 's/"id": "demo-coffee-shop"/"id": "room"/; s/"title": "[^"]*"/"title": "Planted Outside"/' \
    "$assets/demo/coffee_shop.en.json" >"$work/planted.json"
ln -s "$work/planted.json" "$folder/20261122T100000.000Z-autosave.json"
printf 'SECRETWORD:$6$salt$hash\n' >"$work/shadow"
ln "$work/shadow" "$folder/20261122T110000.000Z-autosave.json"
"$bin" export "$folder" --format md --out "$work/out-pack" >"$work/out" 2>"$work/err"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc"
grep -q "skipped $folder/20261122T100000.000Z-autosave.json: is a symbolic link" "$work/err" || fail "the symlinked snapshot is not named"
grep -q "skipped $folder/20261122T110000.000Z-autosave.json: has 2 hard links" "$work/err" || fail "the hard-linked snapshot is not named"
grep -q "SECRETWORD" "$work/err" "$work/out" && fail "the hard-linked file's content was quoted"
grep -q "Real Room Board" "$work/out-pack/report.md" || fail "the real snapshot was not exported"
grep -q "Planted Outside" "$work/out-pack/report.md" && fail "the symlinked snapshot was exported"
# A source folder that cannot be entered says so (not "no such file or folder").
chmod 755 "$work"; mkdir -p "$work/locked"; cp -r "$folder" "$work/locked/"; chmod 700 "$work/locked"
setpriv --reuid=nobody --regid=nogroup --clear-groups "$bin" export "$work/locked/room" --format md --out /tmp/never \
    >"$work/out" 2>"$work/err"
cat "$work/err"
grep -q "$work/locked/room: Permission denied" "$work/err" || fail "a folder that cannot be entered is not reported as such"
true
