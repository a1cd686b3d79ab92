# e2e case: phone-browser (sourced by run_app_e2e.sh; helpers in lib.sh)
# A real phone browser in the room: the app serves phones on 127.0.0.1 (--phones); headless
# Chromium at 390x844 (Debian's chromium through chromium-driver, tests/e2e/phone_browser.py)
# opens the printed link, joins as a new participant, writes a note during silent writing and
# votes in the emotion vote. The autosave holds the note and that participant's vote; the page
# shows the note, the phase and the marked face; screenshots of the page and the board are kept.
# JB_PHONE_URL=http://HOST:PORT/j/TOKEN runs the phone half against a server that is already
# up (a stand-in while developing the page): phases then change with "$JB_PHONE_PHASE_CMD NAME"
# and the autosave checks are skipped.
browser="$(dirname "$case_file")/../phone_browser.py"
command -v python3 >/dev/null || fail "python3 is not installed"
command -v chromedriver >/dev/null || [ -n "${JB_CHROMEDRIVER:-}" ] ||
    fail "chromedriver is not installed (Debian chromium-driver: sh third_party/bootstrap.sh deps)"
command -v chromium >/dev/null || [ -n "${JB_CHROMIUM:-}" ] ||
    fail "chromium is not installed (sh third_party/bootstrap.sh deps)"
export JB_OWNER_PID=$$ # the browser's watchdog ends it when this test's shell is gone
phone() { python3 "$browser" "$work/browser.json" "$@"; }
keep() { cp "$1" "${JB_E2E_KEEP:-$work}/$2" 2>/dev/null || true; }
note_text="Queue at the counter is too long"
data="$work/data"
newest() { ls -1 "$data"/sessions/*/*.json 2>/dev/null | sort | tail -1; }

if [ -n "${JB_PHONE_URL:-}" ]; then
    url=$JB_PHONE_URL
    board_phase() { [ -n "${JB_PHONE_PHASE_CMD:-}" ] && $JB_PHONE_PHASE_CMD "$1"; true; }
else
    start_xvfb
    export JB_TARGETS_FILE="$work/targets"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    start_app --windowed 1600x900 --lang en --template classic-funnel --data-dir "$data" \
        --phones "127.0.0.1:$port"
    wait_for 10 grep -q "^phones: http://127.0.0.1:$port/j/" "$work/app.out" ||
        { cat "$work/app.out" "$work/app.err"; fail "the app did not print its phones link for port $port"; }
    url=$(sed -n "s|^phones: \(http://127.0.0.1:$port/j/[^ ]*\)$|\1|p" "$work/app.out" | head -1)
    [ -n "$url" ] || fail "the phones line is not 'phones: http://127.0.0.1:$port/j/TOKEN': $(grep '^phones' "$work/app.out")"
    phase_in_autosave() { "$dump" "$(newest)" | grep -q "^workshop	phase	$1$"; }
    open_panel() { # TAB
        tap_target toolbar.workshop
        wait_for 10 grep -q "^workshop.tab.$1 " "$JB_TARGETS_FILE" || fail "the workshop panel did not open"
        tap_target "workshop.tab.$1"
    }
    close_panel() {
        tap_target toolbar.workshop
        wait_for 10 sh -c "! grep -q '^workshop.panel ' '$JB_TARGETS_FILE'" || fail "the workshop panel did not close"
    }
    board_phase() { # the facilitator on the glass moves the workshop on
        case $1 in
        silent_writing)
            open_panel run
            wait_for 10 grep -q "^workshop.phase_next " "$JB_TARGETS_FILE" || fail "no phase controls"
            tap_target workshop.phase_next ;;
        emotion_vote)
            open_panel votes
            wait_for 10 grep -q "^workshop.start_emotion " "$JB_TARGETS_FILE" || fail "no emotion vote controls"
            tap_target workshop.start_emotion ;;
        esac
        wait_for 10 phase_in_autosave "$1" || fail "the board's phase did not become $1 (autosave: $(newest))"
        close_panel
    }
fi
echo "phone link: $url"
page_answers() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" | grep -qx 200; }
wait_for 10 page_answers || fail "GET $url did not answer 200 (curl says: $(curl -sS -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>&1))"

board_phase silent_writing
phone start "$url" en || fail "headless Chromium did not open $url"
phone join-new "Lin" || fail "joining as a new participant failed"
phone wait-text "Silent writing" 15 || fail "the phone does not show the phase silent writing"
me=$(phone eval "JSON.parse(localStorage.getItem('jb.phone.' + location.pathname.split('/')[2])).participant" | tr -d '"')
echo "the phone is participant $me"
[ -n "$me" ] && [ "$me" != null ] || fail "the page kept no key and participant after joining"
phone note s1 l1 "$note_text" || fail "writing the note on the phone failed"
phone wait-text "face-down" 10 || fail "the phone does not mark its new note face-down during silent writing"
if [ -z "${JB_PHONE_URL:-}" ]; then
    wait_for 10 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '	s1	l1	$note_text\$'" ||
        { "$dump" "$(newest)" | grep -v '^workshop'; fail "the phone's note is not in the autosave in s1/l1"; }
fi

board_phase emotion_vote
phone wait-text "Emotion vote" 30 || fail "the phone did not follow the board into the emotion vote"
phone vote s2 -1 || fail "the vote on the phone failed"
phone vote s3 2 || fail "the second vote on the phone failed"
if [ -z "${JB_PHONE_URL:-}" ]; then
    wait_for 10 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*.json | sort | tail -1)\" | grep -q '^vote	$me	s2	.*	-1\$'" ||
        { "$dump" "$(newest)" | grep '^vote'; fail "the phone's vote (s2: -1 by $me) is not in the autosave"; }
    "$dump" "$(newest)" | grep -q "^vote	$me	s3	.*	2$" || fail "the phone's vote (s3: +2 by $me) is not in the autosave"
    [ "$("$dump" "$(newest)" | grep -c '^vote	')" -eq 2 ] || fail "the autosave holds other votes than the phone's two"
fi

# What the page shows: the phase, the note in "my notes", the two marked faces.
page=$(phone text) || fail "cannot read the page's text"
grep -q "Emotion vote" <<<"$page" || fail "the page does not show the phase: $page"
grep -q "$note_text" <<<"$page" || fail "the page does not list the note it wrote: $page"
marked=$(phone eval "Array.prototype.map.call(document.querySelectorAll('button.face[aria-pressed=\"true\"]'), function (b) { return b.dataset.stage + ':' + b.dataset.value; }).join(' ')")
[ "$marked" = '"s2:-1 s3:2"' ] || fail "the marked faces are $marked, not s2:-1 s3:2"
phone shot "$work/phone.png" || fail "no screenshot of the page"
phone shot "$work/phone-full.png" full || fail "no full-page screenshot"
facts=$("$inspect" "$work/phone.png") || fail "the page's screenshot is not a readable PNG"
grep -qx "width 390" <<<"$facts" || fail "the page's screenshot is not 390 px wide: $facts"
grep -qx "height 844" <<<"$facts" || fail "the page's screenshot is not 844 px high: $facts"
colours=$(awk '/^colours/{print $2}' <<<"$facts")
[ "$colours" -ge 50 ] || fail "the page's screenshot looks blank ($colours colours)"
keep "$work/phone.png" phone-browser-page.png
keep "$work/phone-full.png" phone-browser-page-full.png
if [ -z "${JB_PHONE_URL:-}" ]; then
    sleep 0.3
    import -window root "$work/board.png" && keep "$work/board.png" phone-browser-board.png
fi
phone stop
