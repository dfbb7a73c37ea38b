#!/usr/bin/env bash
# Fails when the launcher or the AppStream metainfo is not what the desktop tools accept:
# desktop-file-validate on resources/duizhao.desktop, appstreamcli validate --no-net on
# resources/duizhao.metainfo.xml (warnings count as failures: appstreamcli exits 3).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/resources"
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "check-desktop-files: $tool is missing (scripts/install-deps.sh)"; exit 1; }
done
out="$(desktop-file-validate duizhao.desktop 2>&1)" || { echo "$out"; exit 1; }
if [ -n "$out" ]; then echo "$out"; echo "check-desktop-files: duizhao.desktop has hints"; exit 1; fi
appstreamcli validate --no-net --no-color duizhao.metainfo.xml
echo "check-desktop-files: duizhao.desktop and duizhao.metainfo.xml are clean"
