#!/usr/bin/env bash
# Builds the release tarball: a binary with the Swift runtime linked in
# (--static-swift-stdlib, so the machine it runs on needs no Swift), the rule packs,
# shell completions, a man page, the README, and a SHA-256 file beside the tarball.
#
#   scripts/release.sh            -> dist/lkjip-lint-<version>-linux-<arch>.tar.gz (+ .sha256)
#   OUT=/some/dir scripts/release.sh
#
# The version is ToolVersion.current (Sources/LKjIPLint/Report/ToolVersion.swift), the
# same constant --version, SARIF, HTML and JUnit print.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${OUT:-$root/dist}

version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/LKjIPLint/Report/ToolVersion.swift)
[ -n "$version" ] || { echo "release: no version in ToolVersion.swift" >&2; exit 1; }
arch=$(uname -m)
name="lkjip-lint-$version-linux-$arch"

echo "release: building $name (static Swift runtime)…" >&2
# Its own build folder: a release build never waits on (or disturbs) the debug one.
scratch=${SCRATCH:-$root/.build-release}
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product lkjip-lint >&2
bin=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)/lkjip-lint

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir="$stage/$name"
mkdir -p "$dir/bin" "$dir/share/lkjip-lint/checks" "$dir/share/man/man1" \
         "$dir/share/bash-completion/completions" "$dir/share/zsh/site-functions" "$dir/share/fish/vendor_completions.d"
cp "$bin" "$dir/bin/lkjip-lint"
strip "$dir/bin/lkjip-lint" 2>/dev/null || true
cp checks/*.yml "$dir/share/lkjip-lint/checks/"
cp README.md "$dir/README.md"

# Completions, from the argument parser itself.
"$dir/bin/lkjip-lint" --generate-completion-script bash > "$dir/share/bash-completion/completions/lkjip-lint"
"$dir/bin/lkjip-lint" --generate-completion-script zsh > "$dir/share/zsh/site-functions/_lkjip-lint"
"$dir/bin/lkjip-lint" --generate-completion-script fish > "$dir/share/fish/vendor_completions.d/lkjip-lint.fish"

# The man page: each subcommand's help (in Bahasa Indonesia) under its own heading.
man="$dir/share/man/man1/lkjip-lint.1"
roff() { sed -e 's/\\/\\\\/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/"; }
{
  echo ".TH LKJIP-LINT 1 \"$(date -u +%Y-%m-%d)\" \"lkjip-lint $version\" \"User Commands\""
  echo ".SH NAMA"
  echo "lkjip-lint \\- pemeriksa angka Laporan Kinerja Instansi Pemerintah (LKjIP)"
  echo ".SH RINGKASAN"
  echo ".B lkjip-lint"
  echo "[\\fIsubperintah\\fR] [\\fIopsi\\fR] \\fIberkas\\fR..."
  echo ".SH URAIAN"
  echo "Membaca draf LKjIP (.docx, PDF, teks/Markdown), menghitung ulang setiap capaian, persentase,"
  echo "jumlah, rata-rata, skor berbobot dan rumus, lalu melaporkan setiap pertentangan beserta tempatnya."
  echo ".SH SUBPERINTAH"
  for sub in check review extract rules explain text init; do
    echo ".SS $sub"
    echo ".nf"
    LANG=C.UTF-8 "$dir/bin/lkjip-lint" "$sub" --help | roff
    echo ".fi"
  done
  echo ".SH STATUS KELUAR"
  echo "0 tanpa temuan setingkat \\-\\-fail\\-on; 1 ada temuan; 2 galat penggunaan atau berkas tidak terbaca."
  echo ".SH BERKAS"
  echo ".TP"
  echo ".I .lkjip-lint.yml"
  echo "Konfigurasi terdekat di atas setiap berkas; buat dengan \\fBlkjip-lint init\\fR."
} > "$man"

mkdir -p "$out"
tarball="$out/$name.tar.gz"
tar -C "$stage" -czf "$tarball" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$tarball"
