#!/bin/sh
# Regenerates every icon file from the SVG sources, for when an SVG changes; the generated files
# are committed so normal builds need none of these tools.
# Needs Debian's librsvg2-bin (rsvg-convert), icnsutils (png2icns) and ImageMagick (convert):
#   apt-get install -y librsvg2-bin icnsutils imagemagick
set -eu
cd "$(dirname "$0")"

RESOURCES=../src/main/resources/org/charterreviewer/ui/icons

for size in 16 24 32 48 64 128 256 512 1024; do
    # At 32 px and below the detailed icon blurs; the small variant has a heavier tick only.
    if [ "$size" -le 32 ]; then source=charter-reviewer-small.svg; else source=charter-reviewer.svg; fi
    rsvg-convert --width "$size" --height "$size" "$source" --output "charter-reviewer-$size.png"
done

# Windows: one .ico holding every size Explorer, the taskbar and the Start menu ask for.
convert charter-reviewer-16.png charter-reviewer-24.png charter-reviewer-32.png \
        charter-reviewer-48.png charter-reviewer-64.png charter-reviewer-128.png \
        charter-reviewer-256.png charter-reviewer.ico

# macOS: the sizes the .icns format knows (24 and 64 px have no slot).
png2icns charter-reviewer.icns charter-reviewer-16.png charter-reviewer-32.png \
         charter-reviewer-48.png charter-reviewer-128.png charter-reviewer-256.png \
         charter-reviewer-512.png charter-reviewer-1024.png >/dev/null

# The window (stage icons) and the About dialog load these from the class path.
mkdir -p "$RESOURCES"
for size in 16 24 32 48 64 128 256; do
    cp "charter-reviewer-$size.png" "$RESOURCES/"
done
