#!/usr/bin/env bash
# Builds one libFuzzer harness of Fuzz/ with -sanitize=fuzzer,address and runs it.
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags]
# TARGET: docx, text, pdf-layout, config, pack. Seeds come from corpus/, corpus/formats,
# checks/ and ../shared/samples; the working corpus and any crash go to .fuzz/TARGET/.
# A crash input found here belongs under Tests/Regressions/ with a test that runs it.
set -euo pipefail
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.fuzz/$target"
mkdir -p "$work/corpus" "$work/seeds" "$work/crashes"
samples="$root/../shared/samples"
seed() { for f in "$@"; do [ -f "$f" ] && cp -f "$f" "$work/seeds/"; done; true; }
case "$target" in
  docx) seed "$root"/corpus/formats/*.docx "$samples"/*.docx "$root"/Tests/Regressions/docx-crash/*.docx ;;
  text) seed "$root"/corpus/*.md "$root"/corpus/*.txt "$samples"/*.txt ;;
  pdf-layout)
    for f in "$root"/corpus/formats/*.pdf "$samples"/*.pdf; do
      [ -f "$f" ] && pdftotext -layout -enc UTF-8 "$f" "$work/seeds/$(basename "$f").txt" 2>/dev/null || true
    done ;;
  config) printf 'language: en\nfail_on: warning\nyear: 2024\nunit: Kantor\nseverity: {rounding: info}\ndisabled_rules: [placeholder]\ninclude: ["**/*.md"]\n' > "$work/seeds/config.yml" ;;
  pack) seed "$root"/checks/*.yml ;;
  *) echo "unknown target $target (docx, text, pdf-layout, config, pack)" >&2; exit 2 ;;
esac
cd "$root/Fuzz"
swift build -c release -Xswiftc -sanitize=fuzzer,address --product "fuzz-$target" >&2
bin="$root/Fuzz/.build/release/fuzz-$target"
# -rss_limit_mb: the linter's own caps keep memory bounded; past this is a finding too.
"$bin" "$work/corpus" "$work/seeds" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
  -artifact_prefix="$work/crashes/" -print_final_stats=1 "$@"
