# e2e case: phones-hostile (sourced by run_app_e2e.sh; helpers in lib.sh)
# Hostile traffic on the phone server: 500 connections at once, slow clients that send
# a byte now and then, huge and broken requests, raw garbage. The app keeps running,
# idles at ~0 CPU afterwards, a real phone is still served, and the board is intact.
start_xvfb
export JB_TARGETS_FILE="$work/targets"
data="$work/data"
start_app_with_phones --windowed 1600x900 --lang en --data-dir "$data"
port=${phones_base##*:}
expect_status 200 POST /api/v1/join "{\"token\":\"$phones_token\"}"
key=$(json_field key)
expect_status 201 POST /api/v1/notes '{"stage":"s1","lane":"l5","text":"before the attack"}' "$key"
fds_before=$(ls /proc/"$app_pid"/fd | wc -l)

# 500 connections that say nothing.
for i in $(seq 1 500); do exec {fd}<>/dev/tcp/127.0.0.1/"$port" 2>/dev/null && conns="${conns:-} $fd"; done
echo "opened $(wc -w <<<"${conns:-}") idle connections"
sleep 1
kill -0 "$app_pid" || fail "the app died under 500 connections"
fds_during=$(ls /proc/"$app_pid"/fd | wc -l)
echo "the app's open files: $fds_before before, $fds_during with 500 connections waiting"
[ "$fds_during" -lt $((fds_before + 200)) ] || fail "the app holds $fds_during files: connections are not capped"
for fd in ${conns:-}; do exec {fd}>&-; done

# Slow clients: a header line a byte at a time, for longer than the read timeout.
slow=""
for i in 1 2 3 4 5 6; do
    ( exec 3<>/dev/tcp/127.0.0.1/"$port"; for c in G E T ' ' /; do printf '%s' "$c" >&3; sleep 2; done; exec 3>&- ) 2>/dev/null &
    slow="$slow $!"
done
# Raw garbage, a huge header, a request line with no end, broken UTF-8 in the path.
( exec 3<>/dev/tcp/127.0.0.1/"$port"; head -c 300000 /dev/urandom >&3; exec 3>&- ) 2>/dev/null
curl -s -m 10 -o /dev/null -H "X-Big: $(head -c 70000 /dev/zero | tr '\0' 'x')" "$phones_base/api/v1/state" || true
curl -s -m 10 -o /dev/null "$phones_base/j/%ff%fe%00../../etc/passwd" || true
curl -s -m 10 -o /dev/null -X POST -H "Content-Length: 999999999" "$phones_base/api/v1/notes" || true
curl -s -m 10 -o /dev/null -X BREW "$phones_base/api/v1/state" || true
expect_status 400 POST /api/v1/notes "$(printf '{"stage":"s1","lane":"l5","text":"\xc3\x28"}')" "$key"
expect_status 400 POST /api/v1/notes '{"stage":"s1","lane":"l5","text":"a\u0000b"}' "$key"
expect_status 400 POST /api/v1/join '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['

# A real phone is still served, promptly once the flood is gone.
sleep 6
start=$(date +%s%N)
expect_status 201 POST /api/v1/notes '{"stage":"s1","lane":"l5","text":"after the attack"}' "$key"
echo "a phone's note after the attack: $(( ($(date +%s%N) - start) / 1000000 )) ms"
wait_for 6 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q 'after the attack'" ||
    fail "the note sent after the attack is not in the autosave"
"$dump" "$(ls -1 "$data"/sessions/*/*.json | sort | tail -1)" | grep -q "before the attack" || fail "the board lost a note"
for pid in $slow; do wait "$pid" 2>/dev/null; done
sleep 1
t0=$(cpu_ticks "$app_pid"); sleep 3; t1=$(cpu_ticks "$app_pid")
echo "idle CPU after the attack: $((t1 - t0)) ticks in 3 s"
[ $((t1 - t0)) -le 9 ] || fail "the app is busy after the attack ($((t1 - t0)) ticks of 300)"
kill -0 "$app_pid" || fail "the app is gone"

# Every thread held by a client that trickles a byte a second: the app still leaves on
# SIGTERM, promptly and with the board saved (turning phones off ends every connection).
trickle=""
for i in $(seq 1 110); do
    ( exec 3<>/dev/tcp/127.0.0.1/"$port"; for c in $(seq 1 40); do printf 'G' >&3 || exit 0; sleep 1; done ) 2>/dev/null &
    trickle="$trickle $!"
done
sleep 3
kill -TERM "$app_pid"
wait_for 15 sh -c "! kill -0 $app_pid 2>/dev/null" || fail "the app did not leave within 15 s while slow clients held every connection"
echo "the app left on SIGTERM with 110 slow clients connected"
for pid in $trickle; do kill "$pid" 2>/dev/null; done
"$dump" "$(ls -1 "$data"/sessions/*/*.json | sort | tail -1)" | grep -q "after the attack" || fail "the board was not saved on the way out"
