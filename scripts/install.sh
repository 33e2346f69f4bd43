#!/usr/bin/env bash
# Builds ties with the Swift standard library and Foundation linked in statically, and
# installs it with shell completions and a man page, so it runs on a machine without Swift
# (it needs only libncursesw, libtinfo, libz, libstdc++ and libc).
#
# Usage: scripts/install.sh [PREFIX]     (or: make install PREFIX=...; default ~/.local)
#   PREFIX/bin/ties
#   PREFIX/share/man/man1/ties.1
#   PREFIX/share/bash-completion/completions/ties
#   PREFIX/share/zsh/site-functions/_ties
#   PREFIX/share/fish/vendor_completions.d/ties.fish
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-${PREFIX:-$HOME/.local}}
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

echo "building ties (release, static Swift runtime)…"
swift build -c release --static-swift-stdlib --product ties --scratch-path .build-static >/dev/null
binary=.build-static/release/ties

echo "writing the man page…"
swift package --scratch-path .build-release plugin generate-manual >/dev/null 2>&1
manual=.build-release/plugins/GenerateManual/outputs/ties/ties.1

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/ties"
install -m 644 "$manual" "$prefix/share/man/man1/ties.1"
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/ties"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_ties"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/ties.fish"

echo "installed ties $("$prefix/bin/ties" --version) in $prefix:"
find "$prefix" -type f \( -path '*ties*' -o -name '_ties' \) | sort | sed 's/^/  /'
