# e2e case: contacts-vote-together (sourced by run_app_e2e.sh; helpers in lib.sh)
# Four participants vote at the same time through JB_CONTACTS_FILE (the path touchscreen
# fingers take): four fingers open four ballots at once, four fingers cast four different
# votes at once, and the autosave has each vote as its owner's, still hidden.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
make_contacts_fifo
data="$work/data"
start_app --windowed 1600x900 --lang en --template classic-funnel --data-dir "$data"
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.votes " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.votes
wait_for 10 grep -q "^workshop.participants " "$JB_TARGETS_FILE" || fail "the votes tab did not open"
tap_target workshop.participants
wait_for 10 grep -q "^participants.add " "$JB_TARGETS_FILE" || fail "the participants dialog did not open"
for i in 1 2 3 4; do tap_target participants.add; sleep 0.2; done
tap_target participants.done
wait_for 10 sh -c "[ \$(grep -c '^tokens\.p\.' '$JB_TARGETS_FILE') -eq 4 ]" || fail "four tokens are not on screen"
read -r -a people < <(grep -o '^tokens\.p\.[^ ]*' "$JB_TARGETS_FILE" | sed 's/^tokens\.p\.//' | tr '\n' ' ')
echo "participants: ${people[*]}"
tap_target workshop.start_emotion
tap_target toolbar.workshop
wait_for 10 sh -c "! grep -q '^workshop.panel ' '$JB_TARGETS_FILE'" || fail "the workshop panel did not close"
sleep 0.3
together() { # TARGET_PREFIX TARGET_SUFFIX...: four fingers on four targets, each down while the next lands
    # People's fingers land a moment apart (four within 150 ms and 5 cm are a palm) and a
    # tap is short (a finger held 0.5 s is a long-press, timed as the app reads the lines,
    # so a slow frame under load stretches it): each finger is down for 0.2 s, overlapping
    # the one before and the one after.
    local prefix=$1; shift
    local i=0 x y px="" py=""
    exec 7>"$JB_CONTACTS_FILE"
    for person in "${people[@]}"; do
        read -r x y < <(target_centre "$prefix$person$1"); shift
        i=$((i + 1))
        echo "down $i $x $y" >&7
        sleep 0.1
        [ $i -gt 1 ] && echo "up $((i - 1)) $px $py" >&7
        px=$x py=$y
        sleep 0.1
    done
    echo "up $i $px $py" >&7
    exec 7>&-
}
together tokens.p. "" "" "" ""
for person in "${people[@]}"; do
    wait_for 10 grep -q "^ballot.$person.strip " "$JB_TARGETS_FILE" || fail "four fingers did not open $person's ballot"
done
sleep 0.3
import -window root "$work/four.png" && cp "$work/four.png" "${JB_E2E_KEEP:-$work}/contacts-four-ballots.png" 2>/dev/null
votes=(2 -1 0 -2)
together ballot. ".face.${votes[0]}" ".face.${votes[1]}" ".face.${votes[2]}" ".face.${votes[3]}"
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }
wait_for 6 sh -c "[ \$('$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -c '^vote	') -eq 4 ]" ||
    { "$dump" "$(newest)" | grep '^vote'; cat "$work/app.err"; fail "four votes are not in the autosave"; }
final=$("$dump" "$(newest)")
grep '^vote' <<<"$final"
i=0
for person in "${people[@]}"; do
    grep -qP "^vote\t$person\ts1\t[^\t]*\t${votes[$i]}(\t|$)" <<<"$final" ||
        fail "$person's vote on s1 is not ${votes[$i]}: $(grep "^vote	$person	" <<<"$final")"
    i=$((i + 1))
done
grep -q "^workshop	emotions_revealed	0" <<<"$final" || fail "the votes were revealed before the facilitator did"
kill -0 "$app_pid" || fail "the app is gone"
