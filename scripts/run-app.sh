#!/usr/bin/env bash
# Installs what Duizhao needs, builds it, imports the sample essays into a sample
# library and opens the reader on it. The sample library lives in the build folder,
# so running this never touches your own library.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

library="$build/sample-library.sqlite"
inputs=("$root/resources/samples")
# The shared corpus sits beside the project on developer and CI machines.
[ -d "$root/../shared/corpus" ] && inputs+=("$root/../shared/corpus")
# Exit code 1 means some files failed (each is listed with its reason): open the rest.
"$build/src/cli/duizhao-cli" --db "$library" import "${inputs[@]}" \
  || echo "run-app: some files could not be imported (see above); opening the library anyway"

exec "$build/src/app/duizhao" --db "$library" "$@"
