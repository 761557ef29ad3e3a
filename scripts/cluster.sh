#!/usr/bin/env bash
# Starts the platform as a cluster on this machine: Keycloak, N WildFly nodes (default 2) on one PostgreSQL
# database sharing one content store and one content key store, and HAProxy (Debian package haproxy) in front of
# them on https://localhost:8443 in TCP mode, so that partners' mutual TLS and certificate-bound tokens reach the
# nodes unchanged; HAProxy sends requests only to nodes whose /health/ready answers 200. Ctrl-C stops everything.
# The topology, what several machines must share and how to add a node: docs/operations.md, "A cluster".
#
# Usage: IMPRIMFIP_DB_URL=jdbc:postgresql://HOST:5432/DB [IMPRIMFIP_DB_USER=… IMPRIMFIP_DB_PASSWORD=…] \
#          scripts/cluster.sh [--no-build] [NODES]
#        scripts/cluster.sh --node I     (same environment: starts node I alone again, in the foreground)
#   node i (1..N) listens on 8443+100*i (HTTPS) and 9990+100*i (management), its files in var/cluster/node-i;
#   stop one without failing a request with scripts/stop-node.sh var/cluster/node-i/data $((9990 + 100 * i)),
#   then start it again with scripts/cluster.sh --node i: HAProxy takes it back once it is ready.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

build=true
only=""
case "${1:-}" in
  --no-build) build=false; shift ;;
  --node) only=$2; build=false; shift 2 ;;
esac
nodes=${1:-2}
case "${IMPRIMFIP_DB_URL:-}" in
  jdbc:postgresql:*) ;;
  *) echo "A cluster shares one PostgreSQL database: set IMPRIMFIP_DB_URL=jdbc:postgresql://…" >&2; exit 2 ;;
esac
command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
if $build; then
  echo "Building the platform..."
  ./mvnw -q -DskipTests install
fi

server="$root/ear/target/server"
pki="$root/ear/target/pki"
cluster="$root/var/cluster"
key_store="$root/var/content-keys/imprimfip-content-keys.cs"
mkdir -p "$cluster/files"
[ -d "$server" ] || { echo "No provisioned server in $server: run without --no-build" >&2; exit 1; }

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping the cluster..."
  for pid in "${pids[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$root/scripts/keycloak.sh" stop
}
trap stop_all INT TERM EXIT

# Node i: its own base directory (configuration, data, log) and ports, the cluster's database, files and keys.
start_node() {
  local i=$1 base="$cluster/node-$1"
  IMPRIMFIP_DB_KIND=postgresql IMPRIMFIP_STORAGE_DIR="$cluster/files" IMPRIMFIP_CONTENT_KEY_STORE="$key_store" \
    IMPRIMFIP_DEMO=true exec "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.node.name="node-$i" \
    -Djboss.socket.binding.port-offset=$((100 * i)) -Dimprimfip.maintenance.recurring=none
}
if [ -n "$only" ]; then
  trap - INT TERM EXIT
  [ -d "$cluster/node-$only" ] || { echo "No node $only in var/cluster" >&2; exit 1; }
  start_node "$only"
  exit
fi

"$root/scripts/keycloak.sh" start
"$root/scripts/install-content-key.sh" --server "$server" "$key_store"

backends=()
for i in $(seq 1 "$nodes"); do
  base="$cluster/node-$i"
  mkdir -p "$base/deployments" "$base/data" "$base/log"
  rm -rf "$base/configuration" && cp -r "$server/standalone/configuration" "$base/configuration"
  cp "$root/ear/target/imprimfip.ear" "$root/ear/target/imprimfip-console.war" \
    "$root/ear/target/imprimfip-recipient.war" "$base/deployments/"
  echo "Starting node-$i (log: var/cluster/node-$i/log/server.log)..."
  start_node "$i" >"$base/console.log" 2>&1 &
  pids+=($!)
  backends+=("node-$i:127.0.0.1:$((8443 + 100 * i)):$((9990 + 100 * i))")
done

for i in $(seq 1 "$nodes"); do
  port=$((8443 + 100 * i))
  for _ in $(seq 1 180); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$pki/ca.pem" "https://localhost:$port/api/v1/etatSante" || true)
    [ "$code" = "401" ] && break
    for failed in "$cluster/node-$i"/deployments/*.failed; do
      [ -f "$failed" ] || continue
      echo "node-$i: $(basename "$failed" .failed) failed to deploy:" >&2; cat "$failed" >&2; echo >&2; exit 1
    done
    sleep 1
  done
  [ "$code" = "401" ] || { echo "node-$i did not answer in 180 s; see var/cluster/node-$i/log" >&2; exit 1; }
done

"$root/scripts/haproxy-config.sh" "127.0.0.1:${IMPRIMFIP_CLUSTER_PORT:-8443}" "${backends[@]}" >"$cluster/haproxy.cfg"
haproxy -db -f "$cluster/haproxy.cfg" >"$cluster/haproxy.log" 2>&1 &
pids+=($!)

cat <<MSG

Imprim'FIP is running as a cluster of $nodes nodes behind HAProxy.
  Partner API     https://localhost:${IMPRIMFIP_CLUSTER_PORT:-8443}/api/v1  (HAProxy, TCP; TLS: demo CA in ear/target/pki/ca.pem)
  Nodes           $(for b in "${backends[@]}"; do IFS=: read -r n _ h m <<<"$b"; printf '%s https %s, management %s; ' "$n" "$h" "$m"; done)
  Keycloak        http://127.0.0.1:18080 (realm imprimfip)
  HAProxy         configuration var/cluster/haproxy.cfg, log var/cluster/haproxy.log

The calls printed by scripts/run.sh work unchanged against this address.
Restart a node without failing a request: scripts/stop-node.sh var/cluster/node-1/data 10090, then, in another
terminal with the same IMPRIMFIP_DB_URL, scripts/cluster.sh --node 1. Press Ctrl-C to stop everything.
MSG
wait "${pids[-1]}" # HAProxy: the cluster outlives a node stopped for a restart
