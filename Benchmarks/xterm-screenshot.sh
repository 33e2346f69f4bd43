#!/usr/bin/env bash
# Takes a screenshot of ties in a real xterm on a virtual display, as a person would see it.
# Needs Debian's xvfb, xterm, xdotool, x11-apps (xwd) and imagemagick.
# Usage: Benchmarks/xterm-screenshot.sh TERM OUT.png [ties arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
term=$1; out=$2; shift 2
binary=${TIES:-$PWD/.build/debug/ties}
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display xterm -geometry 120x40+0+0 -fa 'DejaVu Sans Mono' -fs 10 -bg "${XTERM_BG:-black}" -fg "${XTERM_FG:-white}" \
    -xrm 'XTerm*termName: '"$term" -e env TERM="$term" LANG=C.UTF-8 "$binary" "$@" &
sleep 2
window=$(DISPLAY=$display xdotool search --class xterm | head -1)
DISPLAY=$display xwd -id "$window" -silent | convert xwd:- "$out"
DISPLAY=$display xdotool type --window "$window" q
sleep 0.5
