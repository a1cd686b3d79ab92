#!/bin/sh
# Regenerates the PNG icons of this folder with ImageMagick (6 or 7) from
# plain vector draw commands: no fonts, no downloads. Run from anywhere:
#   sh assets/icons/make_icons.sh
# Toolbar icons are white on transparent, drawn on a 384 px canvas, trimmed,
# centred with a fixed margin and reduced to 96 px; the app icon is drawn at
# 1024 px and reduced to 256, 48 and 32 px.
set -eu

cd "$(dirname "$0")"
if command -v magick >/dev/null 2>&1; then IM=magick; else IM=convert; fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

W=384          # working canvas
SIZE=96        # toolbar icon size
CONTENT=304    # the drawing is fitted into this square of the 384 canvas (= 76 of 96 px)
SW=34          # default stroke width on the working canvas (about 8.5 px at 96)
R="stroke-linecap round stroke-linejoin round"   # MVG prefix: round caps and joins

# base IMAGE_OPTIONS... : white-stroke drawing on a transparent working canvas.
base() {
    out=$1; shift
    $IM -size ${W}x${W} xc:none -fill none -stroke white -strokewidth $SW \
        "$@" "$out"
}

# finish RAW NAME [FIT]: trim to the drawn shape, centre it in the canvas with
# the shape's longer side at FIT px (default CONTENT), reduce to SIZE px.
finish() {
    raw=$1; name=$2; fit=${3:-$CONTENT}
    $IM "$raw" -trim +repage -background none \
        -resize "${fit}x${fit}>" -gravity center -extent ${W}x${W} \
        -filter Triangle -resize ${SIZE}x${SIZE} \
        -depth 8 -strip -define png:exclude-chunks=date,time -define png:color-type=6 "$name.png"
}

# finish_crop RAW NAME GEOMETRY: like finish, but crops a fixed region instead
# of trimming, so icon pairs that toggle (lock/unlock) keep the same scale.
finish_crop() {
    raw=$1; name=$2; geometry=$3
    $IM "$raw" -crop "$geometry" +repage -background none \
        -resize "${CONTENT}x${CONTENT}>" -gravity center -extent ${W}x${W} \
        -filter Triangle -resize ${SIZE}x${SIZE} \
        -depth 8 -strip -define png:exclude-chunks=date,time -define png:color-type=6 "$name.png"
}

# cut BASE MASK OUT: make BASE transparent wherever MASK is drawn.
cut() {
    $IM "$1" "$2" -compose DstOut -composite "$3"
}

# [SECTION] toolbar icons

# undo: a hook arrow turning back to the left; redo is its mirror image.
base "$TMP/undo.png" -draw "$R path 'M 110,140 L 235,140 A 85,85 0 0 1 235,310 L 140,310'" \
    -draw "$R polyline 175,75 110,140 175,205"
finish "$TMP/undo.png" undo
$IM "$TMP/undo.png" -flop "$TMP/redo.png"
finish "$TMP/redo.png" redo

# zoom in / out: a magnifier with + or -.
base "$TMP/lens.png" -draw "$R circle 165,165 165,265" -draw "$R line 240,240 320,320"
$IM "$TMP/lens.png" -fill none -stroke white -strokewidth 28 \
    -draw "$R line 120,165 210,165" -draw "$R line 165,120 165,210" "$TMP/zoom_in.png"
$IM "$TMP/lens.png" -fill none -stroke white -strokewidth 28 \
    -draw "$R line 120,165 210,165" "$TMP/zoom_out.png"
finish "$TMP/zoom_in.png" zoom_in
finish "$TMP/zoom_out.png" zoom_out

# fit: four corner brackets around the whole board.
base "$TMP/fit.png" \
    -draw "$R polyline 60,140 60,60 140,60" -draw "$R polyline 244,60 324,60 324,140" \
    -draw "$R polyline 324,244 324,324 244,324" -draw "$R polyline 140,324 60,324 60,244" \
    -fill white -stroke none -draw "$R roundrectangle 145,145 239,239 14,14"
finish "$TMP/fit.png" fit

# language: a globe with a meridian and two parallels.
base "$TMP/language.png" -strokewidth 26 -draw "$R circle 192,192 192,52" \
    -draw "$R ellipse 192,192 62,140 0,360" -draw "$R line 52,192 332,192" \
    -draw "$R path 'M 74,120 Q 192,150 310,120'" -draw "$R path 'M 74,264 Q 192,234 310,264'"
finish "$TMP/language.png" language

# facilitator: a key, drawn flat and turned 45 degrees.
base "$TMP/key_flat.png" -strokewidth 40 -draw "$R circle 104,192 104,256" \
    -draw "$R line 170,192 344,192" -draw "$R line 306,192 306,254" -draw "$R line 250,192 250,238"
$IM "$TMP/key_flat.png" -background none -rotate -45 "$TMP/facilitator.png"
finish "$TMP/facilitator.png" facilitator

# add: a plus.
base "$TMP/add.png" -strokewidth 40 -draw "$R line 192,72 192,312" -draw "$R line 72,192 312,192"
finish "$TMP/add.png" add 272

# lock / unlock: a solid body with a keyhole and a shackle, closed or swung open.
$IM -size ${W}x${W} xc:none -fill black -stroke none \
    -draw "$R circle 192,240 192,266" -draw "$R polygon 180,250 204,250 212,300 172,300" "$TMP/keyhole.png"
base "$TMP/lock_body.png" -fill white -stroke none -draw "$R roundrectangle 82,176 302,336 26,26"
cut "$TMP/lock_body.png" "$TMP/keyhole.png" "$TMP/lock_body_cut.png"
base "$TMP/shackle_closed.png" -draw "$R path 'M 128,180 L 128,120 A 64,64 0 0 1 256,120 L 256,180'"
base "$TMP/shackle_open.png" -draw "$R path 'M 128,180 L 128,100 A 64,64 0 0 1 256,100 L 256,138'"
$IM "$TMP/lock_body_cut.png" "$TMP/shackle_closed.png" -compose Over -composite "$TMP/lock.png"
$IM "$TMP/lock_body_cut.png" "$TMP/shackle_open.png" -compose Over -composite "$TMP/unlock.png"
# the union of both shapes: body 82..302 wide, open shackle top (100-64-17) .. body bottom 336
finish_crop "$TMP/lock.png" lock 220x317+82+19
finish_crop "$TMP/unlock.png" unlock 220x317+82+19

# timer: a stopwatch with its crown and one hand.
base "$TMP/timer.png" -draw "$R circle 192,212 192,336" -draw "$R line 192,52 192,88" \
    -draw "$R line 152,52 232,52" -draw "$R line 300,96 320,76" \
    -draw "$R line 192,212 192,146" -draw "$R line 192,212 238,238"
finish "$TMP/timer.png" timer

# save: a floppy disk with its shutter and label.
base "$TMP/save.png" -strokewidth 30 -draw "$R path 'M 70,70 L 262,70 L 314,122 L 314,314 L 70,314 Z'" \
    -draw "$R roundrectangle 126,214 258,314 8,8" \
    -fill white -stroke none -draw "$R rectangle 126,70 236,140"
finish "$TMP/save.png" save

# persona: head and shoulders.
base "$TMP/persona.png" -fill white -stroke none -draw "$R circle 192,124 192,192" \
    -draw "$R path 'M 70,334 C 70,234 130,214 192,214 C 254,214 314,234 314,334 Z'"
finish "$TMP/persona.png" persona

# check and close.
base "$TMP/check.png" -strokewidth 44 -draw "$R polyline 80,204 160,284 310,110"
finish "$TMP/check.png" check 272
base "$TMP/close.png" -strokewidth 40 -draw "$R line 96,96 288,288" -draw "$R line 288,96 96,288"
finish "$TMP/close.png" close 240

# trash: lid with a handle, a tapered bin with two grooves.
base "$TMP/trash.png" -strokewidth 30 -draw "$R line 70,104 314,104" \
    -draw "$R polyline 150,100 162,62 222,62 234,100" \
    -draw "$R path 'M 100,140 L 118,326 L 266,326 L 284,140'" \
    -draw "$R line 162,170 168,286" -draw "$R line 222,170 216,286"
finish "$TMP/trash.png" trash

# edit: a pencil with a separate tip, drawn flat and turned 45 degrees.
$IM -size ${W}x${W} xc:none -fill white -stroke none \
    -draw "$R roundrectangle 120,158 350,226 10,10" -draw "$R polygon 104,158 104,226 36,192" \
    "$TMP/pencil_flat.png"
$IM -size ${W}x${W} xc:none -fill black -stroke none \
    -draw "$R rectangle 100,140 118,240" -draw "$R rectangle 292,140 306,240" "$TMP/pencil_gaps.png"
cut "$TMP/pencil_flat.png" "$TMP/pencil_gaps.png" "$TMP/pencil_cut.png"
$IM "$TMP/pencil_cut.png" -background none -rotate -45 "$TMP/edit.png"
finish "$TMP/edit.png" edit

# more: three dots.
base "$TMP/more.png" -fill white -stroke none \
    -draw "$R circle 72,192 72,226" -draw "$R circle 192,192 192,226" -draw "$R circle 312,192 312,226"
finish "$TMP/more.png" more 288

# [SECTION] app icon

# A rounded square holding three sticky notes (lane colours) under a journey
# curve that dips and recovers like an emotion curve (colours from the lanes).
A=1024
$IM -size ${A}x${A} xc:none \
    -fill '#24415F' -draw "$R roundrectangle 32,32 992,992 190,190" \
    -fill '#73BDEC' -draw "$R roundrectangle 142,604 362,824 20,20" \
    -fill '#FFF4A4' -draw "$R roundrectangle 402,604 622,824 20,20" \
    -fill '#FE928D' -draw "$R roundrectangle 662,604 882,824 20,20" \
    -fill none -stroke white -strokewidth 64 \
    -draw "$R path 'M 170,250 C 330,250 380,470 512,470 C 644,470 694,250 854,250'" \
    -fill white -stroke none -draw "$R circle 170,250 170,300" -draw "$R circle 854,250 854,300" \
    "$TMP/app.png"
for s in 256 48 32; do
    suffix=""
    [ "$s" = 256 ] || suffix="_$s"
    $IM "$TMP/app.png" -filter Triangle -resize ${s}x${s} -depth 8 -strip -define png:exclude-chunks=date,time -define png:color-type=6 "journeyboard$suffix.png"
done
echo "icons written to $(pwd)"
