#!/usr/bin/env bash
# Start-up, load and memory of ties against visidata on the same events.
#
# Builds ties in release mode, writes synthetic relations (YAML for ties) with the same
# events as CSV (for visidata), then times with hyperfine and reads peak memory with
# GNU time:
#   ties check FILE                   load and validate
#   ties render --size 120x40 FILE    load, validate and draw the first frame
#   vd -b FILE.yaml -o OUT.json       visidata loads the same YAML file and writes it (batch)
#   vd -b FILE.csv -o OUT.csv         visidata loads the events alone as flat CSV and writes them
# Needs: hyperfine and time (apt), visidata (pip install visidata).
# Usage: Benchmarks/compare.sh [EVENTS...]   (default: 38 10000 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-release --product ties >/dev/null
ties=$PWD/.build-release/release/ties
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(38 10000 50000)

echo "| events | command | mean time | peak memory |"
echo "|---:|---|---:|---:|"
row() {
    local events=$1 label=$2; shift 2
    hyperfine --warmup 1 --runs 5 --export-json "$work/h.json" --style none "$*" >/dev/null 2>&1
    local mean
    mean=$(python3 -c "import json;print('%.1f ms' % (json.load(open('$work/h.json'))['results'][0]['mean']*1000))")
    local rss
    rss=$( /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 )
    echo "| $events | $label | $mean | $((rss / 1024)) MB |"
}
row 38 "ties check (embedded)" "$ties" check
row 38 "ties render 120x40 (embedded)" "$ties" render --size 120x40
for events in "${sizes[@]}"; do
    python3 Benchmarks/make-large-relation.py "$events" "$work/r$events"
    row "$events" "ties check" "$ties" check "$work/r$events.yaml"
    row "$events" "ties render 120x40" "$ties" render --size 120x40 "$work/r$events.yaml"
    if [ "$events" -le 10000 ]; then
        row "$events" "visidata, same YAML file" vd -b "$work/r$events.yaml" -o "$work/out.json" --motd-url=
    fi
    row "$events" "visidata, events as flat CSV" vd -b "$work/r$events.csv" -o "$work/out.csv" --motd-url=
done
