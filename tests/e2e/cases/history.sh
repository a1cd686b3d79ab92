# e2e case: history (sourced by run_app_e2e.sh; helpers in lib.sh)
# A board three hours into its workshop, autosaved every two minutes: the history keeps
# all of the last hour and one per ten minutes before, back to the start (a count cap of
# 50 kept only the last 100 minutes), and a phase change leaves a labelled snapshot.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
folder="$data/sessions/long-board"
mkdir -p "$folder"
sed 's/"id": "demo-coffee-shop"/"id": "long-board"/; s/"title": "[^"]*"/"title": "Long workshop"/' \
    "$assets/demo/coffee_shop.en.json" >"$work/board.json"
now=$(date -u +%s)
for i in $(seq 100 -1 1); do
    stamp=$(date -u -d "@$((now - i * 120))" +%Y%m%dT%H%M%S.000Z)
    sed "s/\"title\": \"Long workshop\"/\"title\": \"Long workshop $i\"/" "$work/board.json" \
        >"$folder/$stamp-autosave.json"
done
printf 'long-board\n' >"$data/last_session"
oldest=$(ls -1 "$folder"/*-autosave.json | sort | head -1)
start_app --windowed 1600x900 --lang en --data-dir "$data"
grep -q 'Reopened "Long workshop 1"' "$work/app.err" || { cat "$work/app.err"; fail "the board was not reopened"; }
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.run " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.run
wait_for 10 grep -q "^workshop.phase_next " "$JB_TARGETS_FILE" || fail "no phase controls"
tap_target workshop.phase_next
# The change is autosaved within 2 s, then old autosaves are thinned out.
wait_for 10 sh -c "grep -qs 'Before the emotion vote' '$folder'/*-label-*.label" ||
    { ls "$folder"; cat "$work/app.err"; fail "the phase change left no labelled snapshot 'Before the emotion vote'"; }
sleep 3
autosaves=$(ls -1 "$folder"/*-autosave.json | wc -l)
echo "autosaves kept: $autosaves of 101"
first_ten=$(date -u -d "@$((now - 190 * 60))" +%Y%m%dT%H%M%S)
earliest=$(ls -1 "$folder" | grep -- '-autosave.json$' | sort | head -1)
echo "earliest autosave kept: $earliest (made from $(basename "$oldest"))"
[[ "$earliest" < "$first_ten" ]] || fail "the board's first ten minutes are gone from the history (earliest: $earliest)"
cutoff=$(date -u -d "@$((now - 60 * 60 + 120))" +%Y%m%dT%H%M%S)
recent=$(ls -1 "$folder" | grep -- '-autosave.json$' | awk -v c="$cutoff" '$0 >= c' | wc -l)
[ "$recent" -ge 29 ] || fail "the last hour is not whole ($recent autosaves in it)"
[ "$autosaves" -le 50 ] || fail "old autosaves were not thinned out ($autosaves kept)"
# The Boards tab shows the snapshot with its label.
tap_target workshop.tab.boards
wait_for 10 grep -q "^workshop.sessions " "$JB_TARGETS_FILE" || fail "no sessions button"
tap_target workshop.sessions
wait_for 10 grep -q "^sessions.tab.history " "$JB_TARGETS_FILE" || fail "the sessions dialog has no history tab"
tap_target sessions.tab.history
sleep 0.6
import -window root "$work/history.png" && cp "$work/history.png" "${JB_E2E_KEEP:-$work}/history-tab.png" 2>/dev/null
kill -0 "$app_pid" || fail "the app ended"
