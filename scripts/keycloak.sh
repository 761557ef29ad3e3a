#!/usr/bin/env bash
# Starts and stops the platform's Keycloak (the Maven Central distribution unpacked by the build in
# ear/target/keycloak) on loopback, importing the imprimfip realm from wildfly-config/keycloak on first start.
# HTTP (18080) serves the keys and the staff logins; HTTPS (18443) asks for the client's certificate, so that
# partners authenticate with it and get tokens bound to it (RFC 8705).
# Usage: keycloak.sh start|stop|status
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${IMPRIMFIP_KEYCLOAK_PORT:-18080}
mgmt_port=${IMPRIMFIP_KEYCLOAK_MANAGEMENT_PORT:-18090}
https_port=${IMPRIMFIP_KEYCLOAK_HTTPS_PORT:-18443}
pki="$root/ear/target/pki"
pki_pass=${IMPRIMFIP_DEMO_PKI_PASSWORD:-demo-pki-password}
home=$(ls -d "$root"/ear/target/keycloak/keycloak-*/ 2>/dev/null | head -1 || true)
run_dir="$root/ear/target/keycloak-run"
pid_file="$run_dir/keycloak.pid"
log_file="$run_dir/keycloak.log"

ready() { curl -fs -o /dev/null "http://127.0.0.1:$port/realms/imprimfip/.well-known/openid-configuration"; }
running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  [ -n "$home" ] || { echo "Keycloak is not unpacked: build the project first (./mvnw package)" >&2; exit 1; }
  if running && ready; then echo "Keycloak already running on http://127.0.0.1:$port"; return; fi
  mkdir -p "$run_dir"
  # Bootstrap administrator of the master realm: generated once per machine, kept out of the repository.
  [ -f "$run_dir/admin-password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$run_dir/admin-password")
  export KC_BOOTSTRAP_ADMIN_USERNAME=admin
  KC_BOOTSTRAP_ADMIN_PASSWORD=$(cat "$run_dir/admin-password")
  export KC_BOOTSTRAP_ADMIN_PASSWORD
  export JAVA_OPTS_KC_HEAP="${IMPRIMFIP_KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
  # The realm is imported on first start only: a changed realm file means starting from a fresh Keycloak database.
  realm_sum=$(cat "$root"/wildfly-config/keycloak/*.json | sha256sum | cut -d' ' -f1)
  if [ -d "$home/data/h2" ] && [ "$(cat "$run_dir/realm.sha256" 2>/dev/null)" != "$realm_sum" ]; then
    echo "The realm file changed: Keycloak's database is reset to import it again"
    rm -rf "$home/data/h2"
  fi
  echo "$realm_sum" > "$run_dir/realm.sha256"
  rm -rf "$home/data/import"; mkdir -p "$home/data/import"
  cp "$root"/wildfly-config/keycloak/*.json "$home/data/import/"
  nohup "$home/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$port" --http-management-port="$mgmt_port" \
      --hostname="http://127.0.0.1:$port" --import-realm --health-enabled=true \
      --https-port="$https_port" --https-client-auth=request \
      --https-key-store-file="$pki/server.p12" --https-key-store-password="$pki_pass" \
      --https-trust-store-file="$pki/truststore.p12" --https-trust-store-password="$pki_pass" \
      --db=dev-file >"$log_file" 2>&1 &
  echo $! > "$pid_file"
  for _ in $(seq 1 180); do
    if ready; then echo "Keycloak ready on http://127.0.0.1:$port (log: $log_file)"; return; fi
    running || { echo "Keycloak stopped while starting; last lines of $log_file:" >&2; tail -40 "$log_file" >&2; exit 1; }
    sleep 1
  done
  echo "Keycloak did not become ready in 180 s; see $log_file" >&2
  exit 1
}

stop() {
  if running; then
    local pid; pid=$(cat "$pid_file")
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    pkill -KILL -f "kc.home.dir=$home" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running && ready; then echo "running on http://127.0.0.1:$port"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
