# e2e case: structure (sourced by run_app_e2e.sh; helpers in lib.sh)
# Stages and lanes edited on the glass of the real binary with the mouse (xdotool):
# a stage renamed through the on-screen keyboard, a lane of a kind added, two stages
# swapped by dragging a header, and the emotion curve's "Lowest" mark seen moving
# with its stage (OCR'd word positions); every change is in the autosave.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --data-dir "$data"
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }
saved_has() { "$dump" "$(newest)" 2>/dev/null | grep -qP "$1"; } # PCRE: a line of the newest save
long_press() { # ID: hold the mouse on a target past the long-press time
    local x y; read -r x y < <(target_centre "$1")
    xdotool mousemove --window "$wid" $x $y mousedown 1
    sleep 1.2
    xdotool mouseup 1
}
wait_for 10 grep -q "^stage.header.s2 " "$JB_TARGETS_FILE" || fail "no stage header on the board"

# 1. Rename stage s2 (Consideration) through the on-screen keyboard.
long_press stage.header.s2
wait_for 6 grep -q "^structure.rename " "$JB_TARGETS_FILE" || fail "a long-press on a stage header opened no menu"
tap_target structure.rename
wait_for 6 grep -q "^osk.key.backspace " "$JB_TARGETS_FILE" || fail "renaming opened no on-screen keyboard"
for _ in $(seq 13); do tap_target osk.key.backspace; sleep 0.05; done
for c in c o m p a r e; do tap_target osk.key.$c; sleep 0.05; done
tap_target structure_editor.done
wait_for 8 saved_has '^stage\ts2\tcompare\t' ||
    { "$dump" "$(newest)" | grep '^stage'; fail "the renamed stage is not in the autosave"; }
wait_for 6 sh -c "! grep -q '^osk.key.backspace ' '$JB_TARGETS_FILE'" || fail "the keyboard did not close on Done"

# 2. Add an opportunities lane below Thoughts (l3).
long_press lane.header.l3
wait_for 6 grep -q "^structure.add_lane " "$JB_TARGETS_FILE" || fail "a long-press on a lane header opened no menu"
tap_target structure.add_lane
wait_for 6 grep -q "^structure.lane_kind.opportunities " "$JB_TARGETS_FILE" || fail "no page of lane kinds"
tap_target structure.add_below
sleep 0.2
tap_target structure.lane_kind.opportunities
wait_for 8 sh -c "[ \$('$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -c '^lane') -eq 7 ]" ||
    { import -window root "$work/lane.png"; cp "$work/lane.png" "${JB_E2E_KEEP:-$work}/structure-lane.png" 2>/dev/null
      "$dump" "$(newest)" | grep '^lane'; fail "the new lane is not in the autosave"; }
lanes=$("$dump" "$(newest)" | awk -F'\t' '$1 == "lane" {print $2 ":" $3}' | tr '\n' ' ')
echo "lanes: $lanes"
[ "$(echo $lanes | cut -d' ' -f4 | cut -d: -f2)" = opportunities ] || fail "the new lane is not below Thoughts: $lanes"
tap_target structure.close 2>/dev/null || xdotool key Escape
sleep 0.3
wait_for 6 sh -c "! grep -q '^structure.lane_kind' '$JB_TARGETS_FILE'" || true

# 3. The curve's lowest stage is Purchase (s3); its "Lowest" mark sits under s3's header.
lowest_x() { # PNG: the x of the OCR'd word "Lowest" (its centre, window pixels), or nothing
    # Light text on an orange pill: the window's pixels enlarged three times and negated.
    convert "$1" -crop 1600x900+0+0 -resize 300% -colorspace Gray -negate "$1.ocr.png" || return 1
    tesseract "$1.ocr.png" - tsv 2>/dev/null | awk -F'\t' '$12 ~ /owest/ {print int(($7 + $9 / 2) / 3); exit}'
}
column_of() { # X: the stage whose header spans X
    awk -v x="$1" '$1 ~ /^stage\.header\./ && x >= $2 && x < $2 + $4 {sub("stage.header.", "", $1); print $1}' "$JB_TARGETS_FILE"
}
import -window root "$work/before.png" || fail "cannot take a screenshot"
cp "$work/before.png" "${JB_E2E_KEEP:-$work}/structure-before.png" 2>/dev/null || true
x=$(lowest_x "$work/before.png")
[ -n "$x" ] || fail "no 'Lowest' mark on the curve before the reorder"
[ "$(column_of "$x")" = s3 ] || fail "'Lowest' at x=$x is under $(column_of "$x"), not s3 (Purchase)"

# Drag Purchase's header past Experience's middle: the two stages swap.
read -r _ fx fy fw fh < <(grep "^stage.header.s3 " "$JB_TARGETS_FILE")
read -r _ ox oy ow oh < <(grep "^stage.header.s4 " "$JB_TARGETS_FILE")
x0=$((fx + fw / 2)) y0=$((fy + fh / 2)) x1=$((ox + ow * 4 / 5))
xdotool mousemove --window "$wid" $x0 $y0 mousedown 1
for i in $(seq 1 12); do xdotool mousemove --window "$wid" $((x0 + (x1 - x0) * i / 12)) $y0; sleep 0.04; done
sleep 0.2
xdotool mouseup 1
wait_for 8 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | awk -F'\t' '\$1 == \"stage\" {printf \"%s \", \$2}' | grep -q '^s1 s2 s4 s3 s5 \$'" ||
    { "$dump" "$(newest)" | grep '^stage'; fail "the reordered stages are not in the autosave"; }
# The votes stay with their stages, and the mark follows Purchase to its new column.
[ "$("$dump" "$(newest)" | grep -cP '^vote\tp[0-9]+\ts3\tas_is\t-')" -eq 4 ] || fail "Purchase lost its votes"
sleep 0.5
import -window root "$work/after.png" || fail "cannot take a screenshot"
cp "$work/after.png" "${JB_E2E_KEEP:-$work}/structure-after.png" 2>/dev/null || true
x2=$(lowest_x "$work/after.png")
[ -n "$x2" ] || fail "no 'Lowest' mark on the curve after the reorder"
[ "$(column_of "$x2")" = s3 ] || fail "'Lowest' at x=$x2 is under $(column_of "$x2"), not s3 after the move"
[ "$x2" -gt "$x" ] || fail "the mark did not move right with Purchase ($x -> $x2)"
echo "Lowest: x=$x before, x=$x2 after"
"$dump" "$(newest)" >/dev/null || fail "the autosave does not load"
