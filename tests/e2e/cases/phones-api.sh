# e2e case: phones-api (sourced by run_app_e2e.sh; helpers in lib.sh)
# Phones through the real binary's server (--phones 127.0.0.1:PORT, curl): join, write a
# note, vote, spend and take back a dot, each in the autosave as the phone's participant;
# every error code of the API provoked.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app_with_phones --windowed 1600x900 --lang en --data-dir "$data"
echo "join address: $phones_url"
[ ${#phones_token} -eq 32 ] || fail "the join token is not 128 bits of hex: $phones_token"
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }
saved() { "$dump" "$(newest)" 2>/dev/null; }

# The page, only for the board's token.
page=$(curl -s -m 10 -H 'Accept-Language: zh-TW' -w '\n%{http_code} %{content_type}' "$phones_url")
tail -1 <<<"$page" | grep -q '^200 text/html' || fail "the page did not come: $(tail -1 <<<"$page")"
expect_status 403 GET "/j/0123456789abcdef0123456789abcdef"

# Join as a new participant.
expect_status 403 POST /api/v1/join '{"token":"0123456789abcdef0123456789abcdef"}'
expect_status 200 POST /api/v1/join "{\"token\":\"$phones_token\",\"name\":\"Curl\"}"
key=$(json_field key) me=$(json_field participant)
[ -n "$key" ] && [ -n "$me" ] || fail "join gave no key or participant"
echo "joined as $me"

# A note into stage 2, pain points (the demo board is placing and discussing).
expect_status 401 POST /api/v1/notes '{"stage":"s2","lane":"l5","text":"x"}'
expect_status 401 POST /api/v1/notes '{"stage":"s2","lane":"l5","text":"x"}' 0123456789abcdef0123456789abcdef
expect_status 201 POST /api/v1/notes '{"stage":"s2","lane":"l5","text":"电话一直占线"}' "$key"
note=$(json_field id)
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^$note	s2	l5	电话一直占线\$'" ||
    { saved | head -40; fail "the phone's note is not in the autosave"; }
saved | grep -q "^author	$note	$me	0$" || fail "the note is not $me's: $(saved | grep "^author	$note	")"

# Errors: bad JSON, a field that does not fit, unknown ids, wrong methods and paths, a big body.
expect_status 400 POST /api/v1/notes '{"stage":"s2",' "$key"
expect_status 400 POST /api/v1/notes '{"stage":"s2","lane":"l4","text":"the emotion lane"}' "$key"
expect_status 400 POST /api/v1/notes "$(printf '{"stage":"s2","lane":"l5","text":"\xff\xfe"}')" "$key"
expect_status 404 POST /api/v1/notes '{"stage":"s99","lane":"l5","text":"x"}' "$key"
expect_status 405 GET /api/v1/notes "" "$key"
expect_status 405 PUT /api/v1/state '{}' "$key"
expect_status 404 GET /api/v1/../../../etc/passwd
expect_status 404 GET "/assets/i18n/en.json"
expect_status 404 GET "/"
head -c 20000 /dev/zero | tr '\0' 'a' >"$work/big.txt"
big=$(curl -s -m 10 -o "$work/api.body" -w '%{http_code}' -X POST -H "Authorization: Bearer $key" \
      --data-binary @"$work/big.txt" "$phones_base/api/v1/notes")
[ "$big" = 413 ] || fail "a 20 KB body answered $big, not 413"
grep -q '"error"' "$work/api.body" || fail "the 413 is not a JSON error: $(cat "$work/api.body")"
expect_status 403 POST /api/v1/votes '{"stage":"s1","value":1}' "$key" # not the emotion vote yet
grep -q '"refusal":"not_in_phase"' "$work/api.body" || fail "the 403 does not say why: $(cat "$work/api.body")"

# Someone else's participant cannot be claimed while their phone holds it.
expect_status 200 POST /api/v1/join "{\"token\":\"$phones_token\",\"participant\":\"p1\"}"
expect_status 409 POST /api/v1/join "{\"token\":\"$phones_token\",\"participant\":\"p1\"}"

# The facilitator starts the emotion vote on the glass; the phone votes.
tap_target toolbar.workshop
wait_for 10 grep -q "^workshop.tab.votes " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
tap_target workshop.tab.votes
wait_for 10 grep -q "^workshop.start_emotion " "$JB_TARGETS_FILE" || fail "no emotion vote button"
tap_target workshop.start_emotion
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^workshop	phase	emotion_vote'" ||
    fail "the emotion vote did not start"
expect_status 400 POST /api/v1/votes '{"stage":"s3","value":5}' "$key"
expect_status 200 POST /api/v1/votes '{"stage":"s3","value":-2}' "$key"
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^vote	$me	s3	as_is	-2\$'" ||
    { saved | grep '^vote'; fail "the phone's vote is not in the autosave"; }
state=$(api GET /api/v1/state "" "$key")
grep -q '"votes":{"s3":-2}' <<<"$state" || fail "the phone does not see its own vote: $state"

# Then the dot vote.
wait_for 10 grep -q "^workshop.start_dots " "$JB_TARGETS_FILE" || fail "no dot vote button"
tap_target workshop.start_dots
wait_for 10 grep -q "^dotvote.start " "$JB_TARGETS_FILE" || fail "the dot vote dialog did not open"
tap_target dotvote.start
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^workshop	phase	dot_vote'" ||
    fail "the dot vote did not start"
expect_status 201 POST /api/v1/dots "{\"note\":\"$note\"}" "$key"
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -qP '^dot\t[^\t]+\t$me\t$note\t'" ||
    { saved | grep '^dot'; fail "the phone's dot is not in the autosave"; }
expect_status 200 DELETE "/api/v1/dots/$note" "" "$key"
wait_for 6 sh -c "! '$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -qP '^dot\t[^\t]+\t$me\t'" ||
    fail "the dot taken back is still in the autosave"
expect_status 404 DELETE "/api/v1/dots/$note" "" "$key"

# Too many changes from one phone: 40 at once, in one curl on one connection.
urls=$(for i in $(seq 1 40); do printf '%s ' "$phones_base/api/v1/votes"; done)
limited=$(curl -s -m 20 -X POST -H "Authorization: Bearer $key" --data-binary '{"stage":"s1","value":9}' $urls |
          grep -o 'too many changes from this phone' | wc -l)
echo "40 quick changes from one phone: $limited refused with 429"
[ "$limited" -ge 10 ] || fail "40 quick requests from one phone were not limited ($limited refused)"
sleep 3 # the buckets fill again

# Turning phones off (here: the app going) ends every phone's access; the board is intact.
kill -0 "$app_pid" || fail "the app is gone"
"$dump" "$(newest)" >/dev/null || fail "the autosave does not load"
