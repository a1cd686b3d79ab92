# e2e case: notice-flood (sourced by run_app_e2e.sh; helpers in lib.sh)
# 10,000 broken user templates and four broken newer snapshots: the templates are one
# notice, at most three notices show, none over the toolbar, and a "N more" chip opens
# the whole list, where Dismiss all clears them.
data="$work/data"
under_xvfb "$bin" --windowed 1280x800 --lang en --template support-hotline --data-dir "$data" \
    --screenshot "$work/first.png" || { cat "$work/err"; fail "the first run failed"; }
folder=$(ls -d "$data"/sessions/*/ | head -1)
for i in 1 2 3 4; do printf '{"broken": ' >"${folder}29991231T00000$i.000Z-autosave.json"; done
mkdir -p "$data/templates"
(cd "$data/templates" && seq -w 1 10000 | sed 's/.*/user-broken-&.json/' | xargs -n 1000 sh -c \
    'for f; do printf "{ not json" >"$f"; done' sh)
export JB_TARGETS_FILE="$work/targets"
start_app --windowed 1280x800 --lang en --data-dir "$data"
wait_for 10 grep -q "^notice.more " "$JB_TARGETS_FILE" || { cat "$JB_TARGETS_FILE"; fail "no 'N more' chip"; }
banners=$(grep -c "^notice.banner\." "$JB_TARGETS_FILE")
[ "$banners" -eq 3 ] || fail "$banners notices on screen, not 3"
# The toolbar's lower edge: nothing of the notices above it, every toolbar button still there.
bar=$(awk '/^toolbar\./ { b = $3 + $5; if (b > m) m = b } END { print m }' "$JB_TARGETS_FILE")
[ "${bar:-0}" -gt 0 ] || fail "no toolbar targets"
awk -v bar="$bar" '/^notice/ && $3 < bar { print; bad = 1 } END { exit bad }' "$JB_TARGETS_FILE" ||
    fail "a notice covers the toolbar"
for id in toolbar.fit toolbar.zoom_in toolbar.workshop; do
    grep -q "^$id " "$JB_TARGETS_FILE" || fail "$id is gone"
done
# The chip is a full touch target (as tall as the toolbar's buttons).
read -r _ _ _ cw ch <<<"$(grep '^notice.more ' "$JB_TARGETS_FILE")"
read -r _ _ _ _ bh <<<"$(grep '^toolbar.fit ' "$JB_TARGETS_FILE")"
[ "$ch" -ge "$bh" ] && [ "$cw" -ge "$bh" ] || fail "the chip is ${cw}x${ch}, smaller than a ${bh}px target"
tap_target notice.more
wait_for 10 grep -q "^notices.backdrop " "$JB_TARGETS_FILE" || fail "the chip did not open the list"
rows=$(grep -c "^notices\.ok\." "$JB_TARGETS_FILE")
[ "$rows" -eq 6 ] || fail "the list shows $rows notices, not the 6 there are (templates, 4 snapshots, reopened)"
import -window "$wid" "$work/notice-list.png" 2>/dev/null && cp "$work/notice-list.png" "${JB_E2E_KEEP:-$work}/" 2>/dev/null
tap_target notices.dismiss_all
wait_for 10 sh -c "! grep -q '^notice' '$JB_TARGETS_FILE'" || fail "Dismiss all left notices on screen"
kill "$app_pid"; wait "$app_pid" 2>/dev/null
grep -q "9500 more template files were not read" "$work/app.err" || fail "the skipped templates are not logged"
true
