# e2e case: rime-full-disk (sourced by run_app_e2e.sh; helpers in lib.sh)
# librime writes its tables through memory maps: on a full disk that was SIGBUS, and it
# took the running board with it. Here the cache and the data folder share a 1 MB disk.
start_xvfb
mkdir -p "$work/full"
mount -t tmpfs -o size=1m tmpfs "$work/full" || fail "cannot mount a 1 MB tmpfs (this test runs as root)"
mounted="$work/full"
export XDG_CACHE_HOME="$work/full/cache" JB_TARGETS_FILE="$work/targets"
data="$work/full/data"
# The free-space check is lowered so the compiler really runs out of room.
JB_RIME_MIN_FREE_MB=0 start_app --windowed 1600x900 --lang en --data-dir "$data"
wait_for 90 grep -q "pinyin (中)" "$work/app.err" || { cat "$work/app.err"; fail "no word from the pinyin engine"; }
grep "pinyin" "$work/app.err"
grep -q "pinyin (中) is off: " "$work/app.err" || fail "Rime compiled on a full disk?"
kill -0 "$app_pid" 2>/dev/null || fail "the app died with Rime's compiler"
# The board still takes work, keeps it while the disk is full and saves it once there is room.
dd if=/dev/zero of="$work/full/filler" bs=64k 2>/dev/null
tap_target "cell.s1.l5"
wait_for 10 grep -q "^osk.key.z " "$JB_TARGETS_FILE" || fail "the on-screen keyboard did not open"
for key in z e b r a; do tap_target "osk.key.$key"; sleep 0.15; done
tap_target editor.done
sleep 3
kill -0 "$app_pid" 2>/dev/null || fail "the app died on the full disk"
import -window root "$work/full-disk.png" && cp "$work/full-disk.png" "${JB_E2E_KEEP:-$work}/" 2>/dev/null
rm -f "$work/full/filler"
wait_for 30 sh -c "'$dump' \"\$(ls -1 '$data'/sessions/*/*-autosave.json 2>/dev/null | sort | tail -1)\" | grep -q 'zebra'" ||
    { cat "$work/app.err"; df -k "$work/full"; du -ak "$work/full" | sort -n | tail -8; fail "the note typed on the full disk was not saved once there was room"; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=
# The default check: a nearly full disk is refused before the compiler starts, with the reason.
rm -rf "$work/full/cache"
start_app --windowed 1280x800 --lang zh-CN --data-dir "$data"
wait_for 30 grep -q "pinyin (中)" "$work/app.err" || fail "no word from the pinyin engine"
grep -q "pinyin (中) is off: the disk of .* is (nearly) full: [0-9]* MB free, Rime needs 32 MB" "$work/app.err" ||
    { grep pinyin "$work/app.err"; fail "the free-space check did not say why 中 is off"; }
[ ! -e "$work/full/cache/rime/build" ] || fail "Rime compiled although the disk was nearly full"
