# e2e case: gallery-new-board (sourced by run_app_e2e.sh; helpers in lib.sh)
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang zh-CN --data-dir "$data"
# Save the demo board as a user template first; it must then be offered in the gallery.
tap_target toolbar.board
wait_for 10 grep -q "^board_menu.save_template " "$JB_TARGETS_FILE" || fail "the board menu did not open"
tap_target board_menu.save_template
wait_for 10 sh -c "ls '$data'/templates/user-*.json >/dev/null 2>&1" || { cat "$work/app.err"; fail "no user template was saved"; }
user_template=$(basename "$(ls -1 "$data"/templates/user-*.json | head -1)" .json)
grep -q '"notes"' "$data/templates/$user_template.json" && fail "a template must not carry the board's notes"
echo "saved template: $user_template"
tap_target toolbar.board
wait_for 10 grep -q "^board_menu.new_board " "$JB_TARGETS_FILE" || fail "the board menu did not open"
tap_target board_menu.new_board
wait_for 10 grep -q "^gallery.card.user-" "$JB_TARGETS_FILE" || fail "the saved template is not in the gallery"
tap_target gallery.filter.all
wait_for 10 grep -q "^gallery.card.service-blueprint " "$JB_TARGETS_FILE" || fail "the gallery does not show the service blueprint"
cards=$(grep -c "^gallery.card\." "$JB_TARGETS_FILE")
echo "gallery cards on screen: $cards"
tap_target gallery.filter.service
# Only the service templates remain once the filtered grid is on screen.
wait_for 10 sh -c "[ \$(grep -c '^gallery.card\.' '$JB_TARGETS_FILE') -lt $cards ]" || fail "the category filter did nothing"
sleep 0.3
import -window root "$work/gallery.png" && cp "$work/gallery.png" "${JB_E2E_KEEP:-$work}/gallery-zh-CN.png" 2>/dev/null
tap_target gallery.card.service-blueprint
wait_for 10 grep -q "^gallery.start " "$JB_TARGETS_FILE" || fail "no preview"
sleep 0.3
import -window root "$work/preview.png" && cp "$work/preview.png" "${JB_E2E_KEEP:-$work}/gallery-preview-zh-CN.png" 2>/dev/null
tap_target gallery.start
wait_for 10 grep -q "^gallery.create " "$JB_TARGETS_FILE" || fail "no title/persona step"
# A zh-CN board types in 中 once Rime is ready (letters typed before that stay letters):
# wait for it, so the letters are pinyin that Create keeps as typed.
wait_for 60 grep -q "pinyin (中)" "$work/app.err" || fail "no word from the pinyin engine"
for key in c a f e; do tap_target "osk.key.$key"; sleep 0.1; done
tap_target gallery.create
# The folder comes first and its snapshot a moment later: wait for the snapshot itself.
wait_for 10 sh -c "ls '$data'/sessions/cafe-*/*.json >/dev/null 2>&1" ||
    { import -window root "$work/created.png"; cp "$work/created.png" "${JB_E2E_KEEP:-$work}/gallery-created.png" 2>/dev/null;
      ls "$data"/sessions; grep -v "^$" "$work/app.err" | tail -5; fail "no session folder for the new board"; }
f=$(ls -1 "$data"/sessions/cafe-*/*.json | head -1)
"$dump" "$f" >/dev/null || fail "the new board's snapshot does not load"
grep -q '"template": "service-blueprint"' "$f" || fail "the new board does not name its template"
grep -q '"title": "cafe"' "$f" || fail "the title typed on the keyboard is not the board's title"
grep -q '"kind": "backstage"' "$f" || fail "the service blueprint lanes are missing"
echo "new board: $f"
