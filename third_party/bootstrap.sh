#!/bin/sh
# JourneyBoard set-up for a fresh Debian 12 machine, run as root (or with sudo):
#   sh third_party/bootstrap.sh run [app flags...]  install what is missing, build, start on the demo board
#   sh third_party/bootstrap.sh test                 install what is missing, build, run the test suite
# Environment: JB_BUILD_DIR (default: build), JB_CTEST_ARGS (extra ctest arguments,
# e.g. "-L long" for the long checks; default runs every test not labelled long).
set -eu
cd "$(dirname "$0")/.."
mode=${1:-}
[ $# -gt 0 ] && shift
build_dir=${JB_BUILD_DIR:-build}

case "$mode" in
run | test | deps) ;;
*) echo "usage: sh third_party/bootstrap.sh run|test|deps [app flags...]" >&2; exit 2 ;;
esac

# ---- install the Debian packages that are missing ------------------------------
packages=$(grep -v '^#' third_party/packages.txt | awk 'NF { print $1 }')
missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in *"ok installed"*) ;; *) missing="$missing $p" ;; esac
done
if [ -n "$missing" ]; then
    echo "bootstrap: installing:$missing"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    $sudo apt-get install -y -q --no-install-recommends $missing
fi
[ "$mode" = deps ] && exit 0

# ---- build -------------------------------------------------------------------
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" -j "$jobs"

# ---- run or test ------------------------------------------------------------------
if [ "$mode" = run ]; then
    exec "$build_dir/app/journeyboard" "$@"
fi
# shellcheck disable=SC2086
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" -LE long ${JB_CTEST_ARGS:-} 2>&1 | tee "$build_dir/ctest.log"
# tee hides ctest's exit code in POSIX sh: read the summary instead.
grep -E "tests passed|tests failed" "$build_dir/ctest.log" | tail -1
grep -q "100% tests passed" "$build_dir/ctest.log"
