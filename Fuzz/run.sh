#!/usr/bin/env bash
# Runs ties' libFuzzer targets, each for a bounded time, and reports executions, coverage and
# findings. A finding (crash, leak, or a case over 1 s) is copied to Fuzz/findings/ and the
# script exits 1; keep each as a regression fixture under Tests/Fixtures/fuzz/.
#
# Usage: Fuzz/run.sh [SECONDS] [TARGET...]     (default: 60 seconds, every target)
# Targets: relation theme dates text (and the readers added since: see Package.swift).
# Builds into .build-fuzz with TIES_FUZZ=1 (Package.swift then instruments the model and
# rendering code with -sanitize=fuzzer,address); runs with SWIFT_BACKTRACE=enable=no.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(grep -o 'name: "fuzz-[a-z]*"' Package.swift | sed 's/name: "fuzz-//; s/"//'))
export SWIFT_BACKTRACE=enable=no
toolchain=$(dirname "$(readlink -f "$(command -v swift)")")/..
TIES_FUZZER_LIBRARY=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1)
[ -n "$TIES_FUZZER_LIBRARY" ] || { echo "libFuzzer (libclang_rt.fuzzer_no_main) not found in $toolchain"; exit 2; }
export TIES_FUZZER_LIBRARY
work=.build-fuzz/runs
mkdir -p "$work" Fuzz/findings

seed() {  # seed corpora from the fixtures and the bundled data
    local target=$1 corpus=$2
    mkdir -p "$corpus"
    case $target in
        relation) cp Tests/Fixtures/relations/*.yaml relations/*.yaml "$corpus"/ 2>/dev/null ;;
        theme) cp themes/*.yaml Tests/Fixtures/themes/*.yaml "$corpus"/ 2>/dev/null ;;
        dates) printf '2024' > "$corpus/a"; printf '2024-02-29' > "$corpus/b"; printf 'FY2022-23' > "$corpus/c"
               printf '2018-01..2018-10' > "$corpus/d"; printf '2024-10-01..2024-10-02' > "$corpus/e" ;;
        text) printf 'Россия–Пакистан 中俄 🇷🇺🇵🇰 e\xcc\x81 \x1b[2J' > "$corpus/a"; cp relations/*.yaml "$corpus"/ ;;
        table) cp Tests/Fixtures/tables/*.csv "$corpus"/ 2>/dev/null ;;
        comtrade) cp Tests/Fixtures/comtrade/*.csv "$corpus"/ 2>/dev/null ;;
        gdelt) cp Tests/Fixtures/gdelt/*.CSV Tests/Fixtures/gdelt/*.csv "$corpus"/ 2>/dev/null ;;
    esac
    ls Tests/Fixtures/fuzz/"$target"/* >/dev/null 2>&1 && cp Tests/Fixtures/fuzz/"$target"/* "$corpus"/
    true
}

echo "| target | seconds | executions | coverage (edges) | corpus | findings |"
echo "|---|---:|---:|---:|---:|---:|"
status=0
for target in "${targets[@]}"; do
    product=fuzz-$target
    if ! TIES_FUZZ=1 swift build --product "$product" --scratch-path .build-fuzz \
        >"$work/$target.build.log" 2>&1; then
        echo "| $target | build failed: see $work/$target.build.log | | | | |"
        status=1
        continue
    fi
    corpus=$work/corpus-$target
    seed "$target" "$corpus"
    dict=Fuzz/dictionaries/$target.dict
    findings=$work/findings-$target
    rm -rf "$findings"; mkdir -p "$findings"
    .build-fuzz/debug/$product "$corpus" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        $( [ -f "$dict" ] && echo "-dict=$dict" ) >"$work/$target.log" 2>&1
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$work/$target.log" | tail -1 | grep -o '[0-9]*')
    size=$(ls "$corpus" | wc -l)
    found=$(ls "$findings" | wc -l)
    if [ "$found" -gt 0 ]; then
        cp "$findings"/* Fuzz/findings/
        status=1
    fi
    echo "| $target | $seconds | ${execs:-?} | ${cov:-?} | $size | $found |"
done
exit $status
