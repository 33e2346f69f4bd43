#!/usr/bin/env bash
# Measures the interactive dashboard in a real terminal (tmux), release build:
#   - bytes ties writes to the terminal for one key press (j in the Events panel) at 120x40
#   - CPU time and bytes written while idle for 10 seconds
#   - peak resident memory (VmHWM) after that
# Usage: Benchmarks/terminal.sh [path/to/ties]   (default: a release build in .build-release)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
if [ -z "$binary" ]; then
    swift build -c release --scratch-path .build-release --product ties >/dev/null
    binary=$PWD/.build-release/release/ties
fi
socket="ties-bench-$$"
out=$(mktemp)
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true; rm -f "$out"' EXIT
size() { stat -c %s "$out"; }
settle() { sleep 0.5; }

tmux_ -f /dev/null -u new-session -d -x 120 -y 40 "LANG=C.UTF-8 TERM=xterm-256color exec '$binary'"
sleep 1
pid=$(tmux_ display -p '#{pane_pid}')
tmux_ pipe-pane -o "cat >> '$out'"
settle
tmux_ send-keys 2; settle
before=$(size); tmux_ send-keys j; settle; after=$(size)
echo "one j press in Events at 120x40: $((after - before)) bytes"
before=$(size); tmux_ send-keys k; settle; after=$(size)
echo "one k press in Events at 120x40: $((after - before)) bytes"
before=$(size); tmux_ send-keys Tab; settle; after=$(size)
echo "Tab (focus change) at 120x40: $((after - before)) bytes"

ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu0=$(ticks); bytes0=$(size)
sleep 10
cpu1=$(ticks); bytes1=$(size)
hz=$(getconf CLK_TCK)
echo "idle for 10 s: $(( (cpu1 - cpu0) * 1000 / hz )) ms CPU, $((bytes1 - bytes0)) bytes written"
echo "peak resident memory: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"
tmux_ send-keys q
