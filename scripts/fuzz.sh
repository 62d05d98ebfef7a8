#!/usr/bin/env bash
# Builds one libFuzzer target from the package's sources and runs it for SECONDS (default 60).
#
#   scripts/fuzz.sh scenario|theme|settings [SECONDS] [libFuzzer flags…]
#
#   scenario  scenario YAML → ScenarioLoader.load (libyaml, composer, validation)  Fuzz/ScenarioLoaderFuzz.swift
#   theme     theme text → ThemeParser.theme                                       Fuzz/ThemeParserFuzz.swift
#   settings  settings-file text → SettingsFile(parsing:)                          Fuzz/SettingsFileFuzz.swift
#
# The libraries are built by SwiftPM with `--sanitize=fuzzer` (coverage for libFuzzer) in
# release mode, in their own scratch folder (.build/fuzz), and the target's one file is linked
# against their objects with `swiftc -sanitize=fuzzer`, which brings libFuzzer's main.
# The seed corpus is made from the shipped files (scenarios/, themes/, the built-in scenario from
# `railtop --print-scenario`, `railtop --print-config`) and the tests' fixtures, including the
# fuzz regressions. Everything the run writes — the growing corpus and any finding
# (crash-*, timeout-*, oom-*) — goes under $RAILTOP_FUZZ_DIR (default
# ${TMPDIR:-/tmp}/railtop-fuzz/TARGET), outside git. A finding that reproduces goes into
# the regression fixtures the unit tests load (README "Fuzzing").
#
# Exit status: 0 when the run ended without a finding, 1 with one (libFuzzer's message says
# which file), 2 on bad arguments.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/fuzz.sh scenario|theme|settings [SECONDS] [libFuzzer flags…]" >&2; exit 2; }
[ $# -ge 1 ] || usage
target=$1
shift
seconds=60
if [ $# -ge 1 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi

case $target in
  scenario) source=Fuzz/ScenarioLoaderFuzz.swift module=CorridorSim ;;
  theme) source=Fuzz/ThemeParserFuzz.swift module=Dashboard ;;
  settings) source=Fuzz/SettingsFileFuzz.swift module=CorridorSim ;;
  *) echo "scripts/fuzz.sh: unknown target '$target'; use scenario, theme or settings" >&2; exit 2 ;;
esac

scratch=.build/fuzz
products=$scratch/release
out=${RAILTOP_FUZZ_DIR:-${TMPDIR:-/tmp}/railtop-fuzz/$target}
mkdir -p "$out/corpus" "$out/seeds" "$out/findings"

echo "== building $module with --sanitize=fuzzer ($scratch)"
swift build -c release --sanitize=fuzzer --scratch-path "$scratch" --target "$module"
# The objects of the module and of everything it depends on (Dashboard: also TermRender and
# CorridorSim; both: SafeText, CPrefetch and swift-collections' Deque module and its helpers).
objects=()
for dir in "$products"/*.build; do
  case $(basename "$dir" .build) in
    CorridorSim | SafeText | CPrefetch | DequeModule | InternalCollectionsUtilities | ContainersPreview) ;;
    TermRender | Dashboard) [ "$module" = Dashboard ] || continue ;;
    *) continue ;;
  esac
  while IFS= read -r -d '' object; do objects+=("$object"); done \
    < <(find "$dir" -name '*.o' -print0)
done
binary=$scratch/$target-fuzzer
echo "== linking $binary"
swiftc -O -sanitize=fuzzer -parse-as-library -module-name "${target^}Fuzz" \
  -I "$products/Modules" -I Sources/CYAML -I Sources/CPrefetch/include \
  -module-cache-path "$scratch/module-cache" \
  "$source" "${objects[@]}" -lyaml -o "$binary"

echo "== seeds ($out/seeds)"
rm -f "$out/seeds"/*
seed() { cp "$1" "$out/seeds/$(echo "$1" | tr '/' '_')"; }
railtop=.build/debug/railtop
case $target in
  scenario)
    for file in scenarios/*.yaml Tests/CorridorSimTests/Scenario/Fixtures/*.yaml \
      Tests/CorridorSimTests/Scenario/Fixtures/fuzz-regressions/scenario/*; do
      [ -f "$file" ] && seed "$file"
    done
    if [ -x "$railtop" ]; then "$railtop" simulate --print-scenario > "$out/seeds/built-in.yaml"; fi
    ;;
  theme)
    for file in themes/*.theme Tests/DashboardTests/Fixtures/InvalidThemes/*.theme \
      Tests/DashboardTests/Fixtures/fuzz-regressions/theme/*; do
      [ -f "$file" ] && seed "$file"
    done
    ;;
  settings)
    for file in Tests/CorridorSimTests/Scenario/Fixtures/fuzz-regressions/settings/*; do
      [ -f "$file" ] && seed "$file"
    done
    if [ -x "$railtop" ]; then "$railtop" --print-config > "$out/seeds/print-config.yaml"; fi
    ;;
esac
echo "$(ls "$out/seeds" | wc -l) seeds"

echo "== fuzzing $target for ${seconds}s (findings: $out/findings)"
# The Swift runtime's backtracer holds SIGILL/SIGTRAP first, and libFuzzer does not replace a
# handler it finds: without this a trap prints a backtrace and writes no crash-* file.
export SWIFT_BACKTRACE=enable=no
# One input must take well under a second; 10 s is a hang. 2 GB of RSS is a leak or a bomb.
set +e
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$out/findings/" "$@" "$out/corpus" "$out/seeds"
status=$?
set -e
if [ $status -ne 0 ]; then
  echo "scripts/fuzz.sh: $target: libFuzzer stopped with status $status; findings in $out/findings:" >&2
  ls -l "$out/findings" >&2
  exit 1
fi
