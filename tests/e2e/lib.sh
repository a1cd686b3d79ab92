# Shared helpers of the e2e cases: a private Xvfb, screenshots checks, taps on touch targets.
# Sourced by run_app_e2e.sh after it set case_name, bin, inspect, assets, dump and work.
fail() { echo "FAIL [$case_name]: $*"; exit 1; }
export LIBGL_ALWAYS_SOFTWARE=1   # Mesa llvmpipe: same pixels on every CI machine
export JB_ASSETS_DIR=$assets
export XDG_CACHE_HOME=$work/cache # the pinyin engine's compiled tables: one private folder per test
# In the sanitizer build (-DJB_SANITIZE=ON) memory errors and undefined behaviour
# still fail these runs, but leak checking is off for the real GL binary: Mesa's
# dlopen'ed driver keeps a few hundred bytes until exit that LeakSanitizer
# cannot attribute to a module (so they cannot be suppressed by name). Leaks in
# JourneyBoard's own code are checked by the unit and headless UI tests.
export ASAN_OPTIONS="detect_leaks=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# A private X server for this test. -displayfd lets Xvfb pick a free display number
# itself, so tests started at the same moment never race for one (xvfb-run -a can).
start_xvfb() {
    [ -n "${xvfb_pid:-}" ] && return 0
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    local i=0
    while ! grep -q '[0-9]' "$work/display" 2>/dev/null; do
        i=$((i + 1))
        [ $i -gt 200 ] && { cat "$work/xvfb.log"; echo "FAIL [$case_name]: Xvfb did not start"; exit 1; }
        sleep 0.05
    done
    export DISPLAY=":$(tr -dc '0-9' <"$work/display")"
}

# A real window manager on the private Xvfb (openbox, its default key bindings: Alt+F4
# closes the focused window with WM_DELETE_WINDOW). Bare Xvfb has none, so nothing there
# sends the app a close, a minimise or a full-screen change.
start_openbox() {
    command -v openbox >/dev/null || fail "openbox is not installed (sh third_party/bootstrap.sh deps)"
    openbox --sm-disable >"$work/openbox.log" 2>&1 &
    wm_pid=$!
    wait_for 10 sh -c "xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id'" ||
        { cat "$work/openbox.log"; fail "openbox did not start"; }
}

# Runs the app under the private Xvfb. Output goes to $work/out and $work/err.
under_xvfb() {
    start_xvfb
    "$@" >"$work/out" 2>"$work/err"
}

check_screenshot() { # LANG
    local lang=$1 png="$work/shot-$1.png"
    under_xvfb "$bin" --windowed 1280x800 --lang "$lang" --data-dir "$work/data" --screenshot "$png"
    local rc=$?
    cat "$work/out" "$work/err"
    [ $rc -eq 0 ] || fail "exit code $rc"
    [ -s "$png" ] || fail "no PNG written"
    local facts; facts=$("$inspect" "$png") || fail "PNG unreadable"
    echo "$facts"
    grep -qx "width 1280" <<<"$facts" || fail "PNG width is not the window's 1280"
    grep -qx "height 800" <<<"$facts" || fail "PNG height is not the window's 800"
    local colours dominant
    colours=$(awk '/^colours/{print $2}' <<<"$facts")
    dominant=$(awk '/^dominant_permille/{print $2}' <<<"$facts")
    [ "$colours" -ge 200 ] || fail "only $colours colours: the frame looks blank"
    [ "$dominant" -le 800 ] || fail "one colour covers ${dominant} per mille: the frame looks blank"
    grep -q "missing glyphs: 0$" "$work/out" || fail "glyphs are missing for $lang (see output above)"
    grep -q "no CJK coverage" "$work/out" && fail "the CJK font was not found"
    # The toolbar (top 8%) must hold drawn text/icons, not a flat bar.
    local bar; bar=$("$inspect" "$png" 0 0 1280 60 | awk '/^colours/{print $2}')
    [ "$bar" -ge 20 ] || fail "the toolbar looks empty ($bar colours)"
    # The board title is white text on the dark bar: its strokes must be there. (A broken
    # font texture once drew specks instead of letters while every other check passed:
    # it measured 2 per mille here, legible titles 48 to 108.)
    local ink; ink=$("$inspect" "$png" 60 8 400 44 | awk '/^bright_permille/{print $2}')
    echo "title ink: $ink per mille"
    [ "$ink" -ge 20 ] || fail "the title text is not drawn legibly ($ink per mille of white strokes)"
    cp "$png" "${JB_E2E_KEEP:-$work}/" 2>/dev/null || true
}

# ---- interactive helpers (after start_xvfb) ----
wait_for() { # SECONDS COMMAND...: retry a check until it holds
    local limit=$1; shift
    local i=0
    while ! "$@" 2>/dev/null; do
        i=$((i + 1))
        [ $i -ge $((limit * 10)) ] && return 1
        sleep 0.1
    done
}
tap_target() { # ID: tap the centre of a registered touch target with xdotool
    local line; line=$(grep "^$1 " "$JB_TARGETS_FILE") || fail "target $1 is not on screen"
    local x y w h; read -r _ x y w h <<<"$line"
    xdotool mousemove --window "$wid" $((x + w / 2)) $((y + h / 2)) click 1
}
ocr_light_on_dark() { # PNG BASE: OCR of the 1280x800 window (light text on the dark pad) into BASE.txt
    convert "$1" -crop 1280x800+0+0 -colorspace Gray -negate "$1.ocr.png" || fail "cannot prepare $1 for OCR"
    tesseract "$1.ocr.png" "$2" >/dev/null 2>&1 || fail "tesseract failed on $1"
}
start_app() { # FLAGS...: start the app in the background, wait for its window and targets
    "$bin" "$@" >"$work/app.out" 2>"$work/app.err" &
    app_pid=$!
    wait_for 20 test -s "$JB_TARGETS_FILE" || { cat "$work/app.err"; fail "the app did not come up"; }
    wid=$(xdotool search --sync --name JourneyBoard | head -1)
}
newest_autosave() { ls -1 "$work"/data/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1; }
add_note_now() { # CELL TEXT: type a note with the keyboard; returns once it is made, before its autosave
    tap_target "$1"
    wait_for 10 grep -q "^editor.done " "$JB_TARGETS_FILE" || fail "the note editor did not open"
    xdotool type --delay 40 "$2"
    xdotool key Return
    # The editor closes in the frame that queues the note, which the frame applies after
    # drawing; the autosave then waits 1 s more. (The note may be under a notice, so its
    # own target is no sign.)
    wait_for 10 sh -c "! grep -q '^editor.done ' '$JB_TARGETS_FILE'" || fail "the note editor did not close on Enter"
    sleep 0.2
}
# ---- contacts through JB_CONTACTS_FILE (a FIFO made by make_contacts_fifo) ----
make_contacts_fifo() { # sets and exports JB_CONTACTS_FILE
    export JB_CONTACTS_FILE="$work/contacts.fifo"
    rm -f "$JB_CONTACTS_FILE"
    mkfifo "$JB_CONTACTS_FILE" || fail "cannot make a FIFO"
}
target_centre() { # ID: prints "X Y", the centre of a touch target in window pixels
    local line; line=$(grep "^$1 " "$JB_TARGETS_FILE") || fail "target $1 is not on screen"
    local x y w h; read -r _ x y w h <<<"$line"
    echo "$((x + w / 2)) $((y + h / 2))"
}
contact_tap() { # CONTACT_ID TARGET_ID: a finger's tap on a target, one writer per line
    local x y; read -r x y < <(target_centre "$2")
    echo "down $1 $x $y" >"$JB_CONTACTS_FILE"
    sleep 0.1
    echo "up $1 $x $y" >"$JB_CONTACTS_FILE"
}
cpu_ticks() { # PID: user + system CPU time of a process so far, in clock ticks
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
# ---- phones: the app's own phone server on 127.0.0.1 (curl) ----
start_app_with_phones() { # FLAGS...: start_app with --phones on a free local port; sets phones_url, phones_token, phones_base
    local try port
    for try in 1 2 3 4 5; do
        port=$((20000 + (RANDOM * 7 + $$ + try * 131) % 40000))
        start_app "$@" --phones "127.0.0.1:$port"
        wait_for 10 grep -q "^phones: \|phones cannot be turned on" "$work/app.out" "$work/app.err"
        if grep -q "^phones: " "$work/app.out"; then
            phones_url=$(sed -n 's/^phones: //p' "$work/app.out" | tail -1)
            phones_token=${phones_url##*/}
            phones_base="http://127.0.0.1:$port"
            return 0
        fi
        kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
    done
    cat "$work/app.err"; fail "the phone server did not start on a free port"
}
api() { # METHOD PATH [BODY [KEY]]: prints "STATUS BODY" of one phone API call
    local out; out=$(curl -s -m 10 -o "$work/api.body" -w '%{http_code}' -X "$1" \
        ${3:+-H 'Content-Type: application/json' --data-binary "$3"} ${4:+-H "Authorization: Bearer $4"} \
        "$phones_base$2") || out=000
    echo "$out $(cat "$work/api.body" 2>/dev/null)"
}
expect_status() { # WANT METHOD PATH [BODY [KEY]]: one call must answer WANT with a JSON error naming it
    local got; got=$(api "$2" "$3" "${4:-}" "${5:-}")
    [ "${got%% *}" = "$1" ] || fail "$2 $3 answered ${got%% *}, not $1: ${got#* }"
    echo "$2 $3 -> $got"
}
json_field() { # NAME: the string value of "NAME" in the last API body
    sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$work/api.body"
}
