#!/usr/bin/env bash
# Starts the whole system on this machine: infrastructure, then the five services (each
# applies its own migrations; Towns loads the real seed data). Ctrl-C stops the services.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
began=$SECONDS
"$root/deploy/local/infra.sh" start
eval "$("$root/deploy/local/infra.sh" env)"

# The gateway signs access tokens with a private key only it has; services get the public key.
keys="$root/.local/keys"
mkdir -p "$keys"
chmod 700 "$keys"
if [ ! -f "$keys/jwt-private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$keys/jwt-private.pem" -pubout -out "$keys/jwt-public.pem"
fi
if [ ! -f "$keys/admin-password" ]; then
  openssl rand -hex 12 > "$keys/admin-password"
fi
export Auth__PublicKeyPath="$keys/jwt-public.pem"
admin_email="${ST_ADMIN_EMAIL:-admin@specialtytowns.local}"
admin_password=$(cat "$keys/admin-password")

# One build of the five hosts (a solution filter): one restore, shared projects built once,
# independent projects in parallel.
echo "[run] building"
dotnet build deploy/local/hosts.slnf -c Release -v quiet -nologo

logs="$root/.local/logs"
mkdir -p "$logs"
pids=()
stop() {
  trap - INT TERM EXIT
  echo "[run] stopping services"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "[run] stopped (infrastructure keeps running: deploy/local/infra.sh stop)"
}
trap stop INT TERM EXIT

start() {
  local name=$1 dll=$2
  shift 2
  (cd "$(dirname "$dll")" && exec dotnet "$dll" "$@") >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

out() { echo "$root/services/$1/bin/Release/net10.0/$2.dll"; }
start towns "$(out Towns/SpecialtyTowns.Towns SpecialtyTowns.Towns)" --Seed:Path="$root/data/shanxi-specialty-towns.json" --Seed:ProfilesPath="$root/data/town-profiles.json"
start enterprises "$(out Enterprises/SpecialtyTowns.Enterprises SpecialtyTowns.Enterprises)"
start leads "$(out Leads/SpecialtyTowns.Leads SpecialtyTowns.Leads)"
start expo "$(out Expo/SpecialtyTowns.Expo SpecialtyTowns.Expo)"
# Exported only now, so that the services started above never see the private key.
export Auth__PrivateKeyPath="$keys/jwt-private.pem" Auth__BootstrapAdminEmail="$admin_email" Auth__BootstrapAdminPassword="$admin_password"
start gateway "$(out Gateway/SpecialtyTowns.Gateway SpecialtyTowns.Gateway)"

wait_ready() {
  local name=$1 url=$2
  for _ in $(seq 1 120); do
    if curl -fs "$url" >/dev/null 2>&1; then echo "[run] $name ready"; return 0; fi
    sleep 0.5
  done
  echo "[run] $name did not become ready; see $logs/$name.log" >&2
  return 1
}
wait_ready towns http://127.0.0.1:5111/health/ready
wait_ready enterprises http://127.0.0.1:5112/health/ready
wait_ready leads http://127.0.0.1:5113/health/ready
wait_ready expo http://127.0.0.1:5114/health/ready
wait_ready gateway http://127.0.0.1:5100/health/ready
echo "[run] all ready $((SECONDS - began)) s after the start of this command"

cat <<TXT

SpecialtyTowns is running (logs in .local/logs/):
  REST API         http://127.0.0.1:5100/api/v1/towns
  API reference    http://127.0.0.1:5100/scalar
  OpenAPI          http://127.0.0.1:5100/openapi/v1.json
  gRPC services    Towns 127.0.0.1:5101, Enterprises :5102, Leads :5103, Expo :5104 (reflection on)
  Health           http://127.0.0.1:5100/health/ready, services on :5111-:5114
  First admin      $admin_email / $admin_password  (POST /api/v1/auth/login)
Press Ctrl-C to stop.
TXT
wait
