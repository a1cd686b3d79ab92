#!/bin/sh
# Layering guard: the pure layers never include GUI or GL headers, and only
# app/platform includes GLFW, OpenGL or fontconfig.
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
# The model links nothing but the standard library.
if grep -qE 'target_link_libraries\(jb_model' "$root/app/model/CMakeLists.txt"; then
    echo "app/model must not link other libraries"; status=1
fi
[ $status -eq 0 ] && echo "layering ok"
exit $status
