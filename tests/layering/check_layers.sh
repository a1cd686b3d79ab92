#!/bin/sh
# Layering guard: the pure layers never include GUI or GL headers, only
# app/platform includes GLFW, OpenGL or fontconfig, and colours live in the theme.
set -u
root=$1
status=0
pure="model edit store workshop input ime"
for layer in $pure; do
    hits=$(grep -rnE '#include *[<"](imgui|backends/|GLFW/|GL/|fontconfig/|stb_image)' "$root/app/$layer" || true)
    if [ -n "$hits" ]; then
        echo "app/$layer must not include GUI/GL headers:"; echo "$hits"; status=1
    fi
done
hits=$(grep -rnE '#include *[<"](GLFW/|GL/|fontconfig/)' "$root/app/ui" "$root/app/model" "$root/app/edit" \
    "$root/app/store" "$root/app/workshop" "$root/app/input" "$root/app/ime" || true)
if [ -n "$hits" ]; then
    echo "only app/platform may include GLFW, OpenGL or fontconfig:"; echo "$hits"; status=1
fi
# One palette: colours live in app/ui/theme.h/.cpp; everything that draws
# (ui, platform, bench, the app itself) names a role there, never a literal.
# A colour literal is 0x with 6 (RRGGBB) or 8 (AABBGGRR) hex digits, IM_COL32
# or ImVec4; a number of that shape that is no colour says so on its line.
colour_re='(^|[^0-9A-Za-z_])0[xX][0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?([^0-9A-Fa-f]|$)|IM_COL32(_[A-Z]| *\()|ImVec4 *[({]'
colour_files=$( (find "$root/app/ui" "$root/app/platform" "$root/app/bench" -type f \( -name '*.cpp' -o -name '*.h' \);
    find "$root/app" -maxdepth 1 -type f \( -name '*.cpp' -o -name '*.h' \)) | grep -vE '/app/ui/theme\.(h|cpp)$' | sort)
if [ -z "$colour_files" ]; then
    echo "no drawing sources found under $root/app"; status=1
fi
# shellcheck disable=SC2086 # one file name per word: the tree has no spaces
hits=$(grep -nHE "$colour_re" $colour_files; [ $? -le 1 ] || echo "grep failed on the colour pattern")
hits=$(printf '%s\n' "$hits" | grep -v 'not a colour' || true)
if [ -n "$hits" ]; then
    echo "colour literals outside app/ui/theme.h/.cpp (name a Palette role instead):"; echo "$hits"; status=1
fi
# The model links nothing but the standard library.
if grep -qE 'target_link_libraries\(jb_model' "$root/app/model/CMakeLists.txt"; then
    echo "app/model must not link other libraries"; status=1
fi
[ $status -eq 0 ] && echo "layering ok"
exit $status
