#!/usr/bin/env bash
# Sets up everything the tests need (PostgreSQL, RabbitMQ, Redis, Debian's chromium), builds, and
# runs every test project one after another: the end-to-end tests stop and start the
# broker and Redis, which must not happen under another suite's feet. Ends with one line
# "N passed, N failed, N skipped".
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
"$root/deploy/local/infra.sh" start || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
eval "$("$root/deploy/local/infra.sh" env)"

# The page tests drive Debian's Chromium through Playwright; Playwright never downloads a browser here.
# A Chinese font too, so that the pages' screenshots show the Chinese text rather than boxes.
if ! command -v chromium >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "[test] installing Debian's chromium and a Chinese font for the page tests"
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_=sudo
  $sudo_ apt-get update -qq && $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null \
    || { echo "[test] could not install chromium"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi

results="$root/.local/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "[test] building"
if ! dotnet build SpecialtyTowns.sln -c Debug -nologo -v quiet; then
  echo "[test] build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

passed=0 failed=0 skipped=0 status=0
# Every test project of the solution; fast suites first, the suites that kill servers last.
in_solution=$(dotnet sln SpecialtyTowns.sln list | grep '^tests/' | xargs -n1 dirname)
rank() {
  case "$1" in
    *.UnitTests|*.ArchitectureTests|*.ClientTests) echo 1 ;;
    *.IntegrationTests|*.ServiceTests) echo 2 ;;
    *) echo 3 ;;
  esac
}
projects=$(for p in $in_solution; do
  case "$(basename "$p")" in SpecialtyTowns.TestKit*) continue ;; esac
  echo "$(rank "$p") $p"
done | sort | cut -d' ' -f2)
for project in $projects; do
  name=$(basename "$project")
  echo "[test] $name"
  log="$results/$name.log"
  trx="$results/$name.trx"
  dotnet test "$project" --no-build -c Debug -nologo \
    --logger "console;verbosity=normal" --logger "trx;LogFileName=$trx" >"$log" 2>&1
  code=$?
  grep -E '^\s+(Passed|Failed|Skipped) ' "$log" | cut -c1-200 | sed 's/^/    /' | tail -n 400
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null | head -n 1)
  if [ -n "$counters" ]; then
    count() { sed -E "s/.* $1=\"([0-9]+)\".*/\1/" <<<"$counters"; }
    p=$(count passed) f=$(count failed) s=$(count notExecuted)
    echo "    $name: $p passed, $f failed, $s skipped"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    # A crashed or aborted test host can leave counters that do not add up to a failure.
    if [ $code -ne 0 ] && [ "$f" = 0 ]; then failed=$((failed + 1)); fi
  else
    echo "    no results: the test host failed; see $log"
    tail -n 40 "$log"
    failed=$((failed + 1))
  fi
  if [ $code -ne 0 ]; then
    status=1
    grep -B2 -A25 -E '^\s+Failed ' "$log" | head -n 200
  fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ] && [ $status -eq 0 ]
