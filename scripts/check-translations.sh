#!/usr/bin/env bash
# Fails when a translation is not complete: runs lupdate over src/app into a temporary
# copy of each resources/translations/*.ts (the committed files are not touched) and
# lists every message that is unfinished (a new tr() string, or one never translated),
# missing from the committed file, or vanished from the code but still committed.
# scripts/update-translations.sh brings the files up to date; translate, then rerun.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
[ -x "$lupdate" ] || { echo "check-translations: lupdate is missing (qt6-l10n-tools)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
copies=()
for ts in resources/translations/*.ts; do
  cp "$ts" "$work/"
  copies+=("$work/$(basename "$ts")")
done
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h src/app -ts "${copies[@]}"
python3 - "$root/resources/translations" "$work" <<'PY'
import os, sys
import xml.etree.ElementTree as ET

committed_dir, updated_dir = sys.argv[1], sys.argv[2]

def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
            found[(name, message.findtext('source'))] = (translation.get('type'), forms)
    return found

problems = 0
for ts in sorted(os.listdir(committed_dir)):
    if not ts.endswith('.ts'):
        continue
    committed = messages(os.path.join(committed_dir, ts))
    updated = messages(os.path.join(updated_dir, ts))
    for key in sorted(set(updated) - set(committed)):
        print(f'{ts}: missing [{key[0]}] {key[1]!r}')
        problems += 1
    for key in sorted(set(committed) - set(updated)):
        print(f'{ts}: vanished from the code [{key[0]}] {key[1]!r}')
        problems += 1
    for key, (kind, forms) in sorted(updated.items()):
        if key in committed and (kind in ('unfinished', 'vanished', 'obsolete') or not all(forms)):
            print(f'{ts}: unfinished [{key[0]}] {key[1]!r}')
            problems += 1
    print(f'check-translations: {ts}: {len(committed)} messages')
if problems:
    print(f'check-translations: {problems} problem(s); run scripts/update-translations.sh, translate, rerun')
    sys.exit(1)
print('check-translations: every message is translated')
PY
