#!/usr/bin/env bash
# Publishes the native (AOT) binary and checks that render, build, validate, monthly, schemas, new and list give the same
# bytes as the JIT build. The manifest is left out of the comparison on purpose: it records the tool's
# own identity (version and code), which differs between two builds of the tool by design.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/Briefings.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/publish" -v quiet -nologo >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; echo "native: publish failed" >&2; exit 1; }
dotnet build src/Briefings.Cli -c Release -v quiet -nologo >/dev/null
native="$work/publish/briefings"
jit=(dotnet src/Briefings.Cli/bin/Release/net10.0/briefings.dll)

for kind in native jit; do
  if [ "$kind" = native ]; then run=("$native"); else run=("${jit[@]}"); fi
  out="$work/$kind"
  mkdir -p "$out"
  "${run[@]}" render samples/engine-sample.md -o "$out/sample.pdf" 2>/dev/null
  "${run[@]}" render samples/engine-sample.md --format html -o "$out/sample.html" 2>/dev/null
  "${run[@]}" build caliphate-book-2015 --format pdf,html -o "$out/brief.pdf" --markdown "$out/brief.md" 2>/dev/null
  "${run[@]}" validate --format json >"$out/validate.json" 2>&1
  "${run[@]}" monthly --month 2019-11 --out "$out/monthly" --format pdf,html >/dev/null 2>&1
  rm "$out/monthly/manifest.json"
  "${run[@]}" schemas --out "$out/schemas" 2>/dev/null
  mkdir -p "$out/new"
  "${run[@]}" new document a-report --title "A report" --published 2015-03 --sources "$out/new" 2>/dev/null
  "${run[@]}" new case a-case --sources "$out/new" 2>/dev/null
  "${run[@]}" new project "$out/project" 2>/dev/null
  "${run[@]}" list --format json >"$out/list.json" 2>&1
done

if diff -r "$work/native" "$work/jit" >"$work/diff.txt"; then
  echo "native: render, build, validate, monthly, schemas, new (document, case, project) and list --format json give the same bytes as the JIT build ($(du -h "$native" | cut -f1) binary)"
else
  cat "$work/diff.txt"; echo "native: outputs differ from the JIT build" >&2; exit 1
fi
