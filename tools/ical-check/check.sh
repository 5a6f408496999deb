#!/usr/bin/env bash
# Parses an iCalendar file with ical.js (see parse.mjs) and prints its events as JSON.
#
#   tools/ical-check/check.sh path/to/feed.ics
#
# Installs Node.js and npm from the distribution's packages when node is missing, and ical.js
# from the committed package-lock.json when node_modules is missing or older than the lock
# (the npm registry is the only network it needs).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ $# -ne 1 ]; then
  echo "usage: $0 <feed.ics>" >&2
  exit 2
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[ical-check] installing nodejs and npm" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

# Two tests may start it at once: one installs, the other waits for it.
installed="$here/node_modules/.package-lock.json"
exec 9>"$here/.install.lock"
flock 9
if [ ! -f "$installed" ] || [ "$here/package-lock.json" -nt "$installed" ]; then
  echo "[ical-check] npm ci" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
flock -u 9

exec node "$here/parse.mjs" "$1"
