# e2e case: no-cjk-font (sourced by run_app_e2e.sh; helpers in lib.sh)
# A fontconfig configuration that knows no fonts at all: the app must warn and still run.
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s/fc</cachedir></fontconfig>\n' "$work" >"$work/fonts.conf"
FONTCONFIG_FILE="$work/fonts.conf" under_xvfb "$bin" --windowed 1024x700 --lang zh-CN \
    --data-dir "$work/data" --screenshot "$work/nofont.png"
rc=$?
cat "$work/out" "$work/err"
[ $rc -eq 0 ] || fail "exit code $rc without fonts"
[ -s "$work/nofont.png" ] || fail "no screenshot without fonts"
grep -q "fonts-noto-cjk" "$work/err" || fail "no message telling how to install the CJK font"
