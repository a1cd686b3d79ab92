#!/usr/bin/env bash
# End-to-end checks of the real journeyboard binary under Xvfb with Mesa.
# Usage: run_app_e2e.sh CASE BINARY PNG_INSPECT ASSETS_DIR
# Each CASE is registered as its own ctest test (label e2e).
set -u
case_name=$1 bin=$2 inspect=$3 assets=$4
work=$(mktemp -d /tmp/jb-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL [$case_name]: $*"; exit 1; }
export LIBGL_ALWAYS_SOFTWARE=1   # Mesa llvmpipe: same pixels on every CI machine
export JB_ASSETS_DIR=$assets

# Runs the app under a private Xvfb. Output goes to $work/out and $work/err.
under_xvfb() {
    xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$@" >"$work/out" 2>"$work/err"
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
    cp "$png" "${JB_E2E_KEEP:-$work}/" 2>/dev/null || true
}

case "$case_name" in
screenshot-zh-CN | screenshot-zh-TW | screenshot-en)
    check_screenshot "${case_name#screenshot-}"
    ;;
no-display)
    env -u DISPLAY -u WAYLAND_DISPLAY "$bin" --windowed --data-dir "$work/data" >"$work/out" 2>"$work/err"
    rc=$?
    cat "$work/err"
    [ $rc -eq 1 ] || fail "expected exit 1 without a display, got $rc"
    grep -qi "no display" "$work/err" || fail "message does not say there is no display"
    ;;
bad-flags)
    "$bin" --frobnicate >"$work/out" 2>"$work/err"; rc=$?
    [ $rc -eq 2 ] || fail "unknown flag: expected exit 2, got $rc"
    grep -q "unknown option" "$work/err" || fail "no message for the unknown flag"
    grep -q "Usage:" "$work/err" || fail "usage not printed"
    "$bin" --lang klingon >"$work/out" 2>"$work/err"; rc=$?
    [ $rc -eq 2 ] || fail "bad --lang value: expected exit 2, got $rc"
    "$bin" --scale -3 >"$work/out" 2>"$work/err"; rc=$?
    [ $rc -eq 2 ] || fail "bad --scale value: expected exit 2, got $rc"
    "$bin" --help >"$work/out" 2>"$work/err"; rc=$?
    [ $rc -eq 0 ] || fail "--help: expected exit 0, got $rc"
    grep -q -- "--kiosk" "$work/out" || fail "--help does not list --kiosk"
    "$bin" --version >"$work/out" 2>"$work/err"; rc=$?
    [ $rc -eq 0 ] && grep -q "^journeyboard [0-9]" "$work/out" || fail "--version"
    ;;
no-cjk-font)
    # A fontconfig configuration that knows no fonts at all: the app must warn and still run.
    printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s/fc</cachedir></fontconfig>\n' "$work" >"$work/fonts.conf"
    FONTCONFIG_FILE="$work/fonts.conf" under_xvfb "$bin" --windowed 1024x700 --lang zh-CN \
        --data-dir "$work/data" --screenshot "$work/nofont.png"
    rc=$?
    cat "$work/out" "$work/err"
    [ $rc -eq 0 ] || fail "exit code $rc without fonts"
    [ -s "$work/nofont.png" ] || fail "no screenshot without fonts"
    grep -q "fonts-noto-cjk" "$work/err" || fail "no message telling how to install the CJK font"
    ;;
broken-session)
    printf '{"schema": 1, "id": "x", "title": "t", "stages": [' >"$work/broken.json"
    under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/data" --session "$work/broken.json" \
        --screenshot "$work/broken.png"
    rc=$?
    cat "$work/out" "$work/err"
    [ $rc -eq 0 ] || fail "a broken session file must not stop the app (exit $rc)"
    grep -q "broken.json" "$work/err" || fail "the message does not name the file"
    [ -s "$work/broken.png" ] || fail "no screenshot"
    cmp -s <(printf '{"schema": 1, "id": "x", "title": "t", "stages": [') "$work/broken.json" ||
        fail "loading modified the file"
    ;;
broken-icons)
    # A copy of the assets with a corrupt window icon and a missing toolbar icon.
    cp -r "$assets" "$work/assets"
    echo "not a png" >"$work/assets/icons/journeyboard.png"
    rm -f "$work/assets/icons/undo.png"
    JB_ASSETS_DIR="$work/assets" under_xvfb "$bin" --windowed 1024x700 --lang en --data-dir "$work/data" \
        --screenshot "$work/icons.png"
    rc=$?
    cat "$work/out" "$work/err"
    [ $rc -eq 0 ] || fail "broken icons must not stop the app (exit $rc)"
    grep -q "journeyboard.png" "$work/err" || fail "the corrupt icon is not reported by name"
    grep -q "undo.png" "$work/err" || fail "the missing icon is not reported by name"
    ;;
*)
    fail "unknown case"
    ;;
esac
echo "PASS [$case_name]"
