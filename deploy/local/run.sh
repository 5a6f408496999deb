#!/usr/bin/env bash
# Starts the whole system on this machine: infrastructure, then the five services (each
# applies its own migrations; Towns loads the real seed data), then the demo data set
# (data/demo/demo.json, sample data labelled so) through the REST API. Ctrl-C stops the services.
#
#   deploy/local/run.sh [--no-demo]   (or ST_DEMO=0: no demo data, no sample-data notice)
#   ST_PORT_BASE=5100: gateway on it, gRPC services on +1..+4, their health on +11..+14
set -euo pipefail

demo="${ST_DEMO:-1}"
for arg in "$@"; do
  case "$arg" in
    --no-demo) demo=0 ;;
    *) echo "usage: $0 [--no-demo]" >&2; exit 2 ;;
  esac
done
base="${ST_PORT_BASE:-5100}"
port() { echo $((base + $1)); }

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
# Every demo account's password: made here, like the admin's, so no password is in the repository.
if [ ! -f "$keys/demo-password" ]; then
  echo "demo-$(openssl rand -hex 6)" > "$keys/demo-password"
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
# A service's gRPC and health ports (offset n from the base) as Kestrel arguments.
ports() { echo "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$(port "$1") --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$(port $(($1 + 10)))"; }

out() { echo "$root/services/$1/bin/Release/net10.0/$2.dll"; }
start enterprises "$(out Enterprises/SpecialtyTowns.Enterprises SpecialtyTowns.Enterprises)" --Seed:EnterprisesPath="$root/data/enterprises.json" --Seed:ChainsPath="$root/data/chains.json" $(ports 2)
start leads "$(out Leads/SpecialtyTowns.Leads SpecialtyTowns.Leads)" $(ports 3)
start expo "$(out Expo/SpecialtyTowns.Expo SpecialtyTowns.Expo)" $(ports 4)
wait_ready() {
  local name=$1 url=$2
  for _ in $(seq 1 120); do
    if curl -fs "$url" >/dev/null 2>&1; then echo "[run] $name ready"; return 0; fi
    sleep 0.5
  done
  echo "[run] $name did not become ready; see $logs/$name.log" >&2
  return 1
}
wait_ready enterprises "http://127.0.0.1:$(port 12)/health/ready"
wait_ready leads "http://127.0.0.1:$(port 13)/health/ready"
wait_ready expo "http://127.0.0.1:$(port 14)/health/ready"
# Towns publishes its seed towns as soon as it starts: the services that keep projections of them
# must be ready (their queues bound) first, or a fresh broker drops those events.
start towns "$(out Towns/SpecialtyTowns.Towns SpecialtyTowns.Towns)" --Seed:Path="$root/data/shanxi-specialty-towns.json" --Seed:ProfilesPath="$root/data/town-profiles.json" $(ports 1)
# Exported only now, so that the services started above never see the private key.
export Auth__PrivateKeyPath="$keys/jwt-private.pem" Auth__BootstrapAdminEmail="$admin_email" Auth__BootstrapAdminPassword="$admin_password"
export Services__Towns__Grpc="http://127.0.0.1:$(port 1)" Services__Enterprises__Grpc="http://127.0.0.1:$(port 2)" \
  Services__Leads__Grpc="http://127.0.0.1:$(port 3)" Services__Expo__Grpc="http://127.0.0.1:$(port 4)"
# The pages show a sample-data notice exactly when the demo data is loaded.
if [ "$demo" = 1 ]; then export Demo__Enabled=true; else export Demo__Enabled=false; fi
start gateway "$(out Gateway/SpecialtyTowns.Gateway SpecialtyTowns.Gateway)" --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$base"

wait_ready gateway "http://127.0.0.1:$base/health/ready"
wait_ready towns "http://127.0.0.1:$(port 11)/health/ready"
echo "[run] all ready $((SECONDS - began)) s after the start of this command"

# The demo data goes in through the public REST API, as any client's would; running it again
# creates nothing twice. A failure leaves the system running without (all of) it.
demo_accounts="$root/.local/demo-accounts.txt"
rm -f "$demo_accounts"
if [ "$demo" = 1 ]; then
  echo "[run] loading the demo data (sample data; start with --no-demo to leave it out)"
  if ST_ADMIN_PASSWORD="$admin_password" ST_DEMO_PASSWORD="$(cat "$keys/demo-password")" \
    dotnet "$root/tools/SpecialtyTowns.DemoData/bin/Release/net10.0/SpecialtyTowns.DemoData.dll" \
      --gateway "http://127.0.0.1:$base" --file "$root/data/demo/demo.json" --admin-email "$admin_email" \
      --accounts-out "$demo_accounts" >"$logs/demo.log" 2>&1; then
    grep -E '^\[demo\] [0-9]+ created' "$logs/demo.log" || true
  else
    echo "[run] the demo data could not be loaded; see $logs/demo.log" >&2
    tail -n 5 "$logs/demo.log" >&2
  fi
fi

cat <<TXT

SpecialtyTowns is running (logs in .local/logs/):
  Web site         http://127.0.0.1:$base/
  REST API         http://127.0.0.1:$base/api/v1/towns
  API reference    http://127.0.0.1:$base/scalar
  OpenAPI          http://127.0.0.1:$base/openapi/v1.json
  gRPC services    Towns 127.0.0.1:$(port 1), Enterprises :$(port 2), Leads :$(port 3), Expo :$(port 4) (reflection on)
  Health           http://127.0.0.1:$base/health/ready, services on :$(port 11)-:$(port 14)
  First admin      $admin_email / $admin_password  (POST /api/v1/auth/login)
TXT
if [ -s "$demo_accounts" ]; then sed 's/^/  /' "$demo_accounts"; fi
echo "Press Ctrl-C to stop."
wait
