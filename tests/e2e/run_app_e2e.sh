#!/usr/bin/env bash
# End-to-end checks of the real journeyboard binary under Xvfb with Mesa.
# Usage: run_app_e2e.sh CASE BINARY PNG_INSPECT ASSETS_DIR SESSION_DUMP
# Each CASE is one file cases/CASE.sh (screenshot-LANG shares cases/screenshot.sh),
# registered as its own ctest test (label e2e); lib.sh holds the helpers they share.
set -u
case_name=$1 bin=$2 inspect=$3 assets=$4 dump=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
case "$case_name" in
screenshot-*) case_file=$here/cases/screenshot.sh ;;
*) case_file=$here/cases/$case_name.sh ;;
esac
[ -f "$case_file" ] || { echo "FAIL [$case_name]: unknown case (no $case_file)"; exit 1; }
work=$(mktemp -d /tmp/jb-e2e.XXXXXX)
trap '[ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null; [ -n "${mounted:-}" ] && umount -l "$mounted" 2>/dev/null; rm -rf "$work"; true' EXIT
. "$here/lib.sh"
. "$case_file"
echo "PASS [$case_name]"
