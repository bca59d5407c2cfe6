#!/usr/bin/env bash
# Times warm rebuilds under `briefings watch`: starts a watch of one case on a scratch copy of sources/ and
# templates/, saves a real change to one of the case's documents N times (waiting for each rebuild), and
# prints the median and range of the "built in N ms" the watch reports (load, validate, render, typeset;
# writing the PDF and the debounce come on top). The first build (cold) is reported apart.
# Usage: tests/Briefings.Benchmarks/watch.sh [case] [saves] [--serve]   (default caliphate-book-2015, 30)
#   BRIEFINGS=/path/to/native/briefings to time a published binary (default: the Release build under dotnet)
set -euo pipefail
case_id=${1:-caliphate-book-2015}; saves=${2:-30}; serve=${3:-}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/briefings-watch-bench.XXXXXX)
trap 'kill -INT "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ -z "${BRIEFINGS:-}" ]]; then dotnet build -c Release "$repo/src/Briefings.Cli" -v quiet -nologo >/dev/null; fi
briefings=${BRIEFINGS:-"dotnet $repo/src/Briefings.Cli/bin/Release/net10.0/briefings.dll"}
cp -r "$repo/sources" "$repo/templates" "$work/"
document=$(sed -n '/^sources:/,/^[a-z_]*:/p' "$work/sources/cases/$case_id.yaml" | sed -n 's/^  - //p' | head -1)
file="$work/sources/documents/$document.yaml"
cd "$work"
port=()
[[ "$serve" == "--serve" ]] && port=(--serve 8799)
$briefings watch "$case_id" "${port[@]}" >"$work/log" 2>&1 & pid=$!
built() { grep -c ' is current (' "$work/log" || true; }
wait_for() { for _ in $(seq 1 600); do [[ $(built) -ge $1 ]] && return; sleep 0.05; done; echo "no rebuild $1" >&2; cat "$work/log" >&2; exit 1; }
wait_for 1
for i in $(seq 1 "$saves"); do
  # A change the brief prints: the document's title (inside its quotes, if it has them), in every citation.
  perl -pi -e 's/^(title: .*?)( \(revision \d+\))?("?)$/$1 (revision '"$i"')$3/' "$file"
  wait_for $((i + 1))
  sleep 0.2
done
grep -o 'built in [0-9]* ms' "$work/log" | awk '{print $3}' >"$work/times"
cold=$(head -1 "$work/times")
tail -n +2 "$work/times" | sort -n >"$work/warm"
n=$(wc -l <"$work/warm")
median=$(awk -v n="$n" 'NR == int((n + 1) / 2) {print}' "$work/warm")
echo "watch $case_id${serve:+ (pdf+html, --serve)}: first build ${cold} ms; warm rebuilds (n=$n): median ${median} ms, min $(head -1 "$work/warm"), max $(tail -1 "$work/warm")"
