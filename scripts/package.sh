#!/usr/bin/env bash
# Builds the Debian package with CPack from an existing build (./build or
# $DUIZHAO_BUILD_DIR), then, with --smoke, installs it with apt-get, runs both programs
# (duizhao-cli --version; duizhao --help on the offscreen platform), checks the files a
# desktop expects are in place, and removes the package again. Runs as root or via sudo.
# Usage: scripts/package.sh [--smoke]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_BUILD_DIR:-$root/build}"
cmake --build "$build" --target duizhao duizhao-cli duizhao-cli-pdf duizhao-icons
rm -f "$build"/duizhao_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/duizhao_*.deb)"
echo "package: $deb"
[ "${1:-}" = --smoke ] || exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap '$SUDO apt-get remove -y -qq duizhao >/dev/null' EXIT
for file in /usr/bin/duizhao /usr/bin/duizhao-cli /usr/share/applications/duizhao.desktop \
    /usr/share/metainfo/io.duizhao.Duizhao.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/duizhao.svg \
    /usr/share/icons/hicolor/48x48/apps/duizhao.png \
    /usr/share/man/man1/duizhao.1 /usr/share/man/man1/duizhao-cli.1; do
  [ -e "$file" ] || { echo "package: $file is not installed"; exit 1; }
done
/usr/bin/duizhao-cli --version
QT_QPA_PLATFORM=offscreen /usr/bin/duizhao --help | head -3
man -w duizhao >/dev/null
trap - EXIT
$SUDO apt-get remove -y -qq duizhao >/dev/null
[ ! -e /usr/bin/duizhao ] || { echo "package: /usr/bin/duizhao is still there after removal"; exit 1; }
echo "package: installed, ran and removed $(basename "$deb")"
