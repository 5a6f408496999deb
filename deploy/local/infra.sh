#!/usr/bin/env bash
# Local PostgreSQL 15, RabbitMQ and Redis 7 on 127.0.0.1, with every byte of state under
# the git-ignored .local/infra folder of this checkout. Safe to run again at any time.
#
#   deploy/local/infra.sh start [postgres|rabbitmq|redis|all]   install when missing, then start
#   deploy/local/infra.sh stop  [postgres|rabbitmq|redis|all]
#   deploy/local/infra.sh status
#   deploy/local/infra.sh env        prints the connection settings as shell exports
#   deploy/local/infra.sh vhost NAME (re)creates an empty RabbitMQ virtual host
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
state="${ST_INFRA_DIR:-$root/.local/infra}"

pg_port="${ST_PG_PORT:-55432}"
pg_password="${ST_PG_PASSWORD:-specialtytowns}"
redis_port="${ST_REDIS_PORT:-56379}"
rabbit_port="${ST_RABBIT_PORT:-55672}"
rabbit_dist_port="${ST_RABBIT_DIST_PORT:-55673}"
rabbit_node="${ST_RABBIT_NODE:-specialtytowns@localhost}"
rabbit_user="specialtytowns"
rabbit_password="${ST_RABBIT_PASSWORD:-specialtytowns}"

# Debian 12 ships PostgreSQL 15; newer distributions a later major, which works the same here.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
rabbit_bin=/usr/lib/rabbitmq/bin

log() { printf '[infra] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local need=()
  [ -n "$pg_bin" ] && [ -x "$pg_bin/pg_ctl" ] || need+=(postgresql)
  [ -x "$rabbit_bin/rabbitmq-server" ] || need+=(rabbitmq-server)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  command -v openssl >/dev/null 2>&1 || need+=(openssl)
  [ ${#need[@]} -eq 0 ] && return 0
  log "installing ${need[*]}"
  as_root apt-get update -qq
  # Keep the packages' own system-wide services from starting: ours run from .local/infra.
  local policy=/usr/sbin/policy-rc.d created=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod +x "$policy"
    created=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  [ $created = 1 ] && as_root rm -f "$policy"
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  return 0
}

# ---------------------------------------------------------------- PostgreSQL
pg_dir="$state/postgres"
pg_run() { as_root runuser -u postgres -- "$@"; }

pg_start() {
  as_root mkdir -p "$pg_dir"
  as_root chown postgres:postgres "$pg_dir"
  as_root chmod 700 "$pg_dir"
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    log "initialising PostgreSQL cluster in $pg_dir/data"
    local pwfile="$pg_dir/pwfile"
    printf '%s\n' "$pg_password" | as_root tee "$pwfile" >/dev/null
    as_root chown postgres:postgres "$pwfile"
    pg_run "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    as_root rm -f "$pwfile"
  fi
  if pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1; then
    log "PostgreSQL already running on 127.0.0.1:$pg_port"
    return 0
  fi
  pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c max_connections=300 -c fsync=on" \
    start >/dev/null
  log "PostgreSQL started on 127.0.0.1:$pg_port"
}

pg_stop() {
  [ -f "$pg_dir/data/PG_VERSION" ] || return 0
  if pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1; then
    pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null
    log "PostgreSQL stopped"
  fi
}

# ---------------------------------------------------------------- RabbitMQ
rabbit_dir="$state/rabbitmq"
rabbit_env() {
  as_root runuser -u rabbitmq -- env HOME="$rabbit_dir" \
    RABBITMQ_NODENAME="$rabbit_node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$rabbit_port" RABBITMQ_DIST_PORT="$rabbit_dist_port" \
    RABBITMQ_MNESIA_BASE="$rabbit_dir/mnesia" RABBITMQ_LOG_BASE="$rabbit_dir/log" \
    RABBITMQ_CONFIG_FILE="$rabbit_dir/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$rabbit_dir/enabled_plugins" \
    RABBITMQ_PID_FILE="$rabbit_dir/rabbit.pid" ERL_EPMD_ADDRESS=127.0.0.1 "$@"
}
rabbit_ctl() { rabbit_env "$rabbit_bin/rabbitmqctl" -n "$rabbit_node" "$@"; }

rabbit_start() {
  as_root mkdir -p "$rabbit_dir/mnesia" "$rabbit_dir/log"
  # Written on every start: a checkout started before on other ports must listen where it is told now.
  cat <<EOF | as_root tee "$rabbit_dir/rabbitmq.conf" >/dev/null
listeners.tcp.default = 127.0.0.1:$rabbit_port
loopback_users = none
vm_memory_high_watermark.relative = 0.2
disk_free_limit.absolute = 200MB
EOF
  [ -f "$rabbit_dir/enabled_plugins" ] || echo '[].' | as_root tee "$rabbit_dir/enabled_plugins" >/dev/null
  as_root chown -R rabbitmq:rabbitmq "$rabbit_dir"
  if rabbit_ctl status >/dev/null 2>&1; then
    # The node may be up with its app stopped (tests do that to simulate a broker outage).
    rabbit_ctl start_app >/dev/null 2>&1 || true
    rabbit_ctl await_startup >/dev/null
    log "RabbitMQ already running on 127.0.0.1:$rabbit_port"
    return 0
  fi
  rabbit_env "$rabbit_bin/rabbitmq-server" -detached >/dev/null 2>&1 || true
  # -detached returns before the node registers with epmd, and await_startup fails at once
  # on a node it cannot see yet.
  for _ in $(seq 1 120); do
    rabbit_ctl ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  rabbit_ctl await_startup --timeout 90 >/dev/null
  if ! rabbit_ctl list_users 2>/dev/null | grep -q "^$rabbit_user\b"; then
    rabbit_ctl add_user "$rabbit_user" "$rabbit_password" >/dev/null
    rabbit_ctl set_user_tags "$rabbit_user" administrator >/dev/null
    rabbit_ctl set_permissions -p / "$rabbit_user" '.*' '.*' '.*' >/dev/null
  fi
  log "RabbitMQ started on 127.0.0.1:$rabbit_port"
}

rabbit_stop() {
  [ -d "$rabbit_dir/mnesia" ] || return 0
  if rabbit_ctl status >/dev/null 2>&1; then
    rabbit_ctl stop >/dev/null 2>&1 || true
    log "RabbitMQ stopped"
  fi
}

# ---------------------------------------------------------------- Redis
redis_dir="$state/redis"
redis_start() {
  as_root mkdir -p "$redis_dir"
  as_root chown redis:redis "$redis_dir"
  if redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then
    log "Redis already running on 127.0.0.1:$redis_port"
    return 0
  fi
  as_root runuser -u redis -- redis-server --bind 127.0.0.1 --port "$redis_port" \
    --dir "$redis_dir" --daemonize yes --pidfile "$redis_dir/redis.pid" \
    --logfile "$redis_dir/redis.log" --appendonly yes --save "60 1000" >/dev/null
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null
  log "Redis started on 127.0.0.1:$redis_port"
}

redis_stop() {
  if redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then
    redis-cli -h 127.0.0.1 -p "$redis_port" shutdown >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do
      redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 || break
      sleep 0.1
    done
    log "Redis stopped"
  fi
}

print_env() {
  cat <<EOF
export ST_PG_PORT=$pg_port
export ST_REDIS_PORT=$redis_port
export ST_RABBIT_PORT=$rabbit_port
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
export ConnectionStrings__Redis="127.0.0.1:$redis_port,abortConnect=false"
export ConnectionStrings__RabbitMq="amqp://$rabbit_user:$rabbit_password@127.0.0.1:$rabbit_port/"
EOF
}

cmd="${1:-start}"
what="${2:-all}"
case "$cmd" in
  start)
    install_missing
    mkdir -p "$state"
    case "$what" in
      postgres) pg_start ;; rabbitmq) rabbit_start ;; redis) redis_start ;;
      all) pg_start; redis_start; rabbit_start ;;
      *) echo "unknown component: $what" >&2; exit 2 ;;
    esac ;;
  stop)
    case "$what" in
      postgres) pg_stop ;; rabbitmq) rabbit_stop ;; redis) redis_stop ;;
      all) rabbit_stop; redis_stop; pg_stop ;;
      *) echo "unknown component: $what" >&2; exit 2 ;;
    esac ;;
  status)
    pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1 && echo "postgres: up" || echo "postgres: down"
    redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 && echo "redis: up" || echo "redis: down"
    rabbit_ctl status >/dev/null 2>&1 && echo "rabbitmq: up" || echo "rabbitmq: down" ;;
  env) print_env ;;
  vhost)
    # A fresh, empty virtual host for one test run, so tests never share queues with a
    # running system.
    name="${2:?vhost name}"
    rabbit_ctl delete_vhost "$name" >/dev/null 2>&1 || true
    rabbit_ctl add_vhost "$name" >/dev/null
    rabbit_ctl set_permissions -p "$name" "$rabbit_user" '.*' '.*' '.*' >/dev/null ;;
  *) echo "usage: $0 start|stop|status|env [postgres|rabbitmq|redis|all] | vhost NAME" >&2; exit 2 ;;
esac
