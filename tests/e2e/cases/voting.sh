# e2e case: voting (sourced by run_app_e2e.sh; helpers in lib.sh)
# A short vote on a fresh board: the facilitator adds three participants, their three
# ballots open side by side and each votes on every stage by tapping faces, the
# facilitator reveals, and the saved JSON and the screen show the curve (each vote the
# right person's).
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app --windowed 1600x900 --lang en --template classic-funnel --data-dir "$data"
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.votes " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.votes
wait_for 10 grep -q "^workshop.participants " "$JB_TARGETS_FILE" || fail "the votes tab did not open"
tap_target workshop.participants
wait_for 10 grep -q "^participants.add " "$JB_TARGETS_FILE" || fail "the participants dialog did not open"
for i in 1 2 3; do tap_target participants.add; sleep 0.2; done
tap_target participants.done
wait_for 10 sh -c "[ \$(grep -c '^tokens\.p\.' '$JB_TARGETS_FILE') -eq 3 ]" || fail "three tokens are not on screen"
people=$(grep -o '^tokens\.p\.[^ ]*' "$JB_TARGETS_FILE" | sed 's/^tokens\.p\.//')
echo "participants: $people"
tap_target workshop.start_emotion
tap_target toolbar.workshop
wait_for 10 sh -c "! grep -q '^workshop.panel ' '$JB_TARGETS_FILE'" || fail "the workshop panel did not close"
# Votes per participant for stages s1..s5: purchase (s3) is the low point for everyone.
# All three ballots open at once above their tokens; the three vote in turns, stage by
# stage (each strip moves on to the next stage after a vote).
for person in $people; do tap_target "tokens.p.$person"; sleep 0.2; done
for person in $people; do
    wait_for 10 grep -q "^ballot.$person.strip " "$JB_TARGETS_FILE" || fail "the ballot did not open for $person"
done
sleep 0.3
import -window root "$work/ballot.png" && cp "$work/ballot.png" "${JB_E2E_KEEP:-$work}/voting-ballot.png" 2>/dev/null
votes=("2 1 -2 0 1" "1 1 -1 0 2" "1 0 -2 -1 1")
for stage in 0 1 2 3 4; do
    i=0
    for person in $people; do
        read -r -a row <<<"${votes[$i]}"
        tap_target "ballot.$person.face.${row[$stage]}"; sleep 0.1
        i=$((i + 1))
    done
done
for person in $people; do
    tap_target "ballot.$person.close"
    wait_for 10 sh -c "! grep -q '^ballot.$person.strip ' '$JB_TARGETS_FILE'" || fail "x did not close $person's ballot"
done
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }
wait_for 6 sh -c "[ \$('$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -c '^vote	') -eq 15 ]" ||
    { "$dump" "$(newest)" | grep '^vote'; fail "15 votes are not in the autosave"; }
"$dump" "$(newest)" | grep -q "^workshop	emotions_revealed	0" || fail "the votes were revealed before the facilitator did"
sleep 0.3
import -window root "$work/hidden.png" && cp "$work/hidden.png" "${JB_E2E_KEEP:-$work}/voting-hidden.png" 2>/dev/null
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.votes " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.votes
wait_for 10 grep -q "^workshop.reveal_emotion " "$JB_TARGETS_FILE" || fail "the votes tab did not open"
tap_target workshop.reveal_emotion
tap_target toolbar.workshop
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^workshop	emotions_revealed	1'" ||
    fail "the reveal is not in the autosave"
final=$("$dump" "$(newest)")
for person in $people; do
    n=$(grep -c "^vote	$person	" <<<"$final")
    [ "$n" -eq 5 ] || fail "$person has $n votes saved, not 5"
done
s3=$(awk -F'\t' '$1 == "vote" && $3 == "s3" {sum += $5; n++} END {print sum "/" n}' <<<"$final")
[ "$s3" = "-5/3" ] || fail "stage 3 votes sum to $s3, not -5/3"
sleep 2 # the reveal animation has finished
import -window root "$work/revealed.png" || fail "cannot take a screenshot"
cp "$work/revealed.png" "${JB_E2E_KEEP:-$work}/voting-revealed.png" 2>/dev/null || true
# The lowest stage's face is drawn in the very-negative colour, in the emotion lane of stage 3.
read -r _ x3 y3 w3 h3 < <(grep "^cell.s3.l5 " "$JB_TARGETS_FILE") || fail "no pain-point cell for stage 3"
read -r _ _ ya _ _ < <(grep "^cell.s3.l3 " "$JB_TARGETS_FILE") || fail "no thoughts cell for stage 3"
lane_top=$((ya + 10)) lane_h=$((y3 - ya - 10))
before=$("$inspect" "$work/hidden.png" "$x3" "$lane_top" "$w3" "$lane_h" D55E00 | awk '/^match_pixels/{print $2}')
after=$("$inspect" "$work/revealed.png" "$x3" "$lane_top" "$w3" "$lane_h" D55E00 | awk '/^match_pixels/{print $2}')
echo "very-negative face pixels in stage 3's emotion lane: hidden $before, revealed $after"
[ "$after" -ge 200 ] || fail "no low-point face in stage 3 after the reveal ($after pixels)"
[ "$after" -gt $((before * 4 + 100)) ] || fail "the reveal did not change stage 3's emotion lane ($before -> $after)"
