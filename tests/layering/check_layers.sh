#!/bin/sh
# Layering guard (ctest unit:layering): the pure layers, the Workspace and the phone server never include
# GUI, GL or X11 headers; only app/platform touches GLFW, OpenGL, X11 and fontconfig;
# in app/ui a feature folder uses only ui/kit and the pure layers, never another
# feature, and only ui/shell composes features; app/export stays GUI-free; colours
# live in the theme.
set -u
root=$1
status=0
gui='#[[:space:]]*include[[:space:]]*[<"](imgui|backends/|GLFW/|GL/|fontconfig/|stb_image|X11/)'
pure="model edit store import workshop input ime workspace phones" # the phone server and the import are GUI-free too
report() { echo "$1"; echo "$2"; status=1; }
# quoted includes of the files under $1, as "file:line:path"
quoted() { grep -rnHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$1" --include='*.h' --include='*.cpp' --include='*.c' |
           sed -E 's/^([^:]*:[0-9]+):.*#[[:space:]]*include[[:space:]]*"([^"]*)".*/\1:\2/'; }

# ---- pure layers: no GUI/GL/X11, no ui/ or platform/ -------------------------------------
for layer in $pure; do
    d="$root/app/$layer"
    [ -d "$d" ] || continue
    hits=$(grep -rnE "$gui" "$d" || true)
    [ -z "$hits" ] || report "app/$layer must not include GUI/GL/X11 headers:" "$hits"
    above='ui|platform|export'
    [ "$layer" = workspace ] && above='ui|platform' # the Workspace may use the GUI-free export
    hits=$(quoted "$d" | grep -E ":($above)/" || true)
    [ -z "$hits" ] || report "app/$layer is a pure layer: it must not include $(echo "$above" | sed 's#|#/, #g')/ headers:" "$hits"
done

# ---- only app/platform includes GLFW, OpenGL, X11 or fontconfig --------------------------
for d in ui export $pure; do
    [ -d "$root/app/$d" ] || continue
    hits=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"](GLFW/|GL/|fontconfig/|X11/)' "$root/app/$d" || true)
    [ -z "$hits" ] || report "only app/platform may include GLFW, OpenGL, X11 or fontconfig:" "$hits"
done

# ---- app/export: GUI-free; only the executable's PNG front end reaches the platform -------
if [ -d "$root/app/export" ]; then
    hits=$(grep -rnE "$gui" "$root/app/export" || true)
    [ -z "$hits" ] || report "app/export must not include GUI/GL/X11 headers:" "$hits"
    hits=$(quoted "$root/app/export" | grep -vE '/board_png_cli\.(h|cpp):' |
           grep -E ':(platform|edit|workshop|input|ime|workspace)/|:ui/' |
           grep -vE ':ui/kit/(board_layout|ui_metrics|theme)\.h$' || true)
    [ -z "$hits" ] || report "app/export (jb_export) uses only model/, store/, the board geometry (ui/kit/board_layout.h, ui/kit/ui_metrics.h) and the palette (ui/kit/theme.h):" "$hits"
    for h in board_layout.h ui_metrics.h theme.h; do # so that geometry and palette stay GUI-free for jb_export
        f="$root/app/ui/kit/$h"
        [ -f "$f" ] || continue
        hits=$(grep -nE "$gui" "$f"; quoted "$f" | grep -vE ':(model/|ui/kit/ui_metrics\.h$)' || true)
        [ -z "$hits" ] || report "app/ui/kit/$h is used by jb_export: only model/ and ui/kit/ui_metrics.h may be included:" "$hits"
    done
fi

# ---- app/ui: kit, features, shell ---------------------------------------------------------
ui="$root/app/ui"
if [ -d "$ui" ]; then
    hits=$(find "$ui" -maxdepth 1 -type f \( -name '*.h' -o -name '*.cpp' \))
    [ -z "$hits" ] || report "app/ui has one folder per feature: no source file directly in app/ui:" "$hits"
    purere='model|edit|store|workshop|input|ime|workspace'
    hits=$(quoted "$ui" | grep -vE ':[^:]*/[^:]*$' || true)
    [ -z "$hits" ] || report "app/ui includes name the full path from app/ (ui/kit/theme.h, not theme.h):" "$hits"
    hits=$(quoted "$ui" | grep -E ':platform/' || true)
    [ -z "$hits" ] || report "app/ui must not include platform/ headers:" "$hits"
    hits=$(quoted "$ui/kit" | grep -vE ":(ui/kit|$purere)/" || true)
    [ -z "$hits" ] || report "app/ui/kit is shared by every feature: it includes only ui/kit and the pure layers:" "$hits"
    for d in "$ui"/*/; do
        f=$(basename "$d")
        case $f in kit|shell) continue ;; esac
        hits=$(quoted "$d" | grep -vE ":(ui/kit|ui/$f|$purere)/" | grep -vE ':export/' || true)
        hits="$hits$(quoted "$d" | grep -E ':export/board_png_cli\.h$' || true)"
        [ -z "$hits" ] || report "app/ui/$f is a feature: it includes only ui/kit, ui/$f, the pure layers and export's GUI-free part (only ui/shell composes features):" "$hits"
    done
fi

# ---- one palette: colours live in app/ui/kit/theme.h/.cpp ---------------------------------
# Everything that draws (ui, platform, bench, the app itself) names a role there, never a
# literal. A colour literal is 0x with 6 (RRGGBB) or 8 (AABBGGRR) hex digits, IM_COL32 or
# ImVec4; a number of that shape that is no colour says so on its line ("not a colour").
colour_re='(^|[^0-9A-Za-z_])0[xX][0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?([^0-9A-Fa-f]|$)|IM_COL32(_[A-Z]| *\()|ImVec4 *[({]'
colour_files=$( (find "$root/app/ui" "$root/app/platform" "$root/app/bench" "$root/app/export" -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null;
    find "$root/app" -maxdepth 1 -type f \( -name '*.cpp' -o -name '*.h' \)) | grep -vE '/app/ui/kit/theme\.(h|cpp)$' | sort)
if [ -z "$colour_files" ]; then
    echo "no drawing sources found under $root/app"; status=1
fi
# shellcheck disable=SC2086 # one file name per word: the tree has no spaces
hits=$(grep -nHE "$colour_re" $colour_files; [ $? -le 1 ] || echo "grep failed on the colour pattern")
hits=$(printf '%s\n' "$hits" | grep -v 'not a colour' || true)
[ -z "$hits" ] || report "colour literals outside app/ui/kit/theme.h/.cpp (name a Palette role instead):" "$hits"

# ---- the model links nothing but the standard library -----------------------------------
if grep -qE 'target_link_libraries\(jb_model' "$root/app/model/CMakeLists.txt"; then
    echo "app/model must not link other libraries"; status=1
fi
[ $status -eq 0 ] && echo "layering ok"
exit $status
