#!/usr/bin/env bash
# Validates an OpenAPI document with @apidevtools/swagger-parser (see validate.mjs).
#
#   tools/openapi-validate/validate.sh path/to/openapi.json
#
# Installs Node.js and npm from the distribution's packages when node is missing (Debian 12
# has Node 18, which the pinned swagger-parser supports), and the npm packages from the
# committed package-lock.json when node_modules is missing or older than the lock.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ $# -ne 1 ]; then
  echo "usage: $0 <openapi-document.json|yaml>" >&2
  exit 2
fi
document=$1

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[openapi-validate] installing nodejs and npm" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

# npm ci records the lock it installed in node_modules/.package-lock.json; reinstall when the
# committed lock is newer than that.
installed="$here/node_modules/.package-lock.json"
if [ ! -f "$installed" ] || [ "$here/package-lock.json" -nt "$installed" ]; then
  echo "[openapi-validate] npm ci" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

exec node "$here/validate.mjs" "$document"
