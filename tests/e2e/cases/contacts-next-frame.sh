# e2e case: contacts-next-frame (sourced by run_app_e2e.sh; helpers in lib.sh)
# What a tap does is in the next presented frame: a tap on a note shows its editor, a tap
# on the editor's Done button (an ImGui button, which needs a hover, a press and a release
# before it acts) shows the board without it, each in the first frame the app presents
# after taking the finger's release. Counted in frames (JB_FRAME_LOG), not in time.
start_xvfb
export JB_TARGETS_FILE="$work/targets" JB_FRAME_LOG="$work/frames"
make_contacts_fifo
start_app --windowed 1600x900 --lang en --data-dir "$work/data"
wait_for 60 grep -q "pinyin (中)" "$work/app.err" || { cat "$work/app.err"; fail "the pinyin engine never reported"; }
sleep 0.5
exec 7>"$JB_CONTACTS_FILE"
taken() { tail -1 "$JB_FRAME_LOG" | awk '{ print $4 }'; } # contact events the app took so far
shown_in() { sed -n 's/^# frame //p' "$JB_TARGETS_FILE"; }   # the frame that first showed the targets
first_frame_with() { awk -v n="$1" '$4 >= n { print $2; exit }' "$JB_FRAME_LOG"; }
tap_now() { # TARGET CHECK WHAT: a tap in one write; CHECK holds once its effect is on screen
    local x y before; read -r x y < <(target_centre "$1")
    before=$(taken)
    printf 'down 1 %s %s\nup 1 %s %s\n' "$x" "$y" "$x" "$y" >&7
    wait_for 5 sh -c "$2" || fail "$3 did not happen"
    local shown first
    shown=$(shown_in) first=$(first_frame_with $((before + 2)))
    echo "$3: the release was taken before frame $first, the effect first shown in frame $shown"
    [ -n "$first" ] && [ "$shown" = "$first" ] || fail "$3 showed in frame $shown, not in frame $first"
}
tap_now note.n1 "grep -q '^editor.done ' '$JB_TARGETS_FILE'" "the note's editor"
sleep 0.4
tap_now editor.done "! grep -q '^editor.done ' '$JB_TARGETS_FILE'" "the editor's Done"
sleep 0.4
tap_now toolbar.workshop "grep -q '^workshop.panel ' '$JB_TARGETS_FILE'" "the Workshop button"
exec 7>&-
kill -0 "$app_pid" || fail "the app is gone"
