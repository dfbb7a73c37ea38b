#!/usr/bin/env bash
# Brings resources/translations/*.ts up to date with the tr() calls under src/app: new
# strings are added as unfinished, strings no longer in the code are dropped
# (-no-obsolete), and no line numbers are written (-locations none), so that a merge
# touches only the messages that changed. Then translate the unfinished entries (Qt
# Linguist, or by hand) until scripts/check-translations.sh passes.
# Usage: scripts/update-translations.sh   (after a merge that brought new strings)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
cd "$root"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h src/app \
  -ts resources/translations/duizhao_zh_CN.ts resources/translations/duizhao_zh_TW.ts
grep -c 'type="unfinished"' resources/translations/*.ts | sed 's/^/update-translations: unfinished in /' || true
