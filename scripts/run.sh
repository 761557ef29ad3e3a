#!/usr/bin/env bash
# Starts the whole platform on this machine: builds it (WildFly provisioned with the EAR's configuration, Keycloak
# unpacked, demo certificates), starts Keycloak and WildFly on loopback with the embedded H2 database and the demo
# partners, then prints how to call the API. Ctrl-C stops everything.
# Usage: scripts/run.sh [--no-build]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ "${1:-}" != "--no-build" ]; then
  echo "Building the platform (first time: a few minutes to fetch WildFly and Keycloak from Maven Central)..."
  ./mvnw -q -DskipTests install
fi

server="$root/ear/target/server"
var="$root/var"
pki="$root/ear/target/pki"
mkdir -p "$var"
[ -d "$server" ] || { echo "No provisioned server in $server: run without --no-build" >&2; exit 1; }

wildfly_pid=""
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping the platform..."
  if [ -n "$wildfly_pid" ] && kill -0 "$wildfly_pid" 2>/dev/null; then
    pkill -TERM -P "$wildfly_pid" 2>/dev/null || true
    kill -TERM "$wildfly_pid" 2>/dev/null || true
    wait "$wildfly_pid" 2>/dev/null || true
  fi
  "$root/scripts/keycloak.sh" stop
}
trap stop_all INT TERM EXIT

"$root/scripts/keycloak.sh" start

# Management user for the WildFly console (batch jobs, datasources, deployments): generated once, kept in var/.
if [ ! -f "$var/wildfly-admin-password" ]; then
  (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$var/wildfly-admin-password")
fi
"$server/bin/add-user.sh" -s -u admin -p "$(cat "$var/wildfly-admin-password")" >/dev/null

# The content key store, made once by the install step and kept in var/, apart from the server's data directory
# (a store the server made itself in its data directory, as it once did, is moved there first).
key_store="$var/content-keys/imprimfip-content-keys.cs"
if [ ! -f "$key_store" ] && [ -f "$var/wildfly-data/imprimfip-content-keys.cs" ]; then
  mkdir -p "$(dirname "$key_store")" && mv "$var/wildfly-data/imprimfip-content-keys.cs" "$key_store"
fi
"$root/scripts/install-content-key.sh" --server "$server" "$key_store"

rm -f "$server"/standalone/deployments/*.failed
cp "$root/ear/target/imprimfip.ear" "$root/ear/target/imprimfip-console.war" "$root/ear/target/imprimfip-recipient.war" \
  "$server/standalone/deployments/"
# The database is chosen now, not when the server was built: IMPRIMFIP_DB_KIND names its driver, and a PostgreSQL URL
# implies it.
case "${IMPRIMFIP_DB_URL:-}" in
  jdbc:postgresql:*) export IMPRIMFIP_DB_KIND=${IMPRIMFIP_DB_KIND:-postgresql} ;;
  *) export IMPRIMFIP_DB_KIND=${IMPRIMFIP_DB_KIND:-h2} ;;
esac
echo "Starting WildFly (log: var/wildfly.log)..."
# The demo holds unclaimed registered letters no time at the post office, so that "Négligé" shows within minutes.
IMPRIMFIP_CONTENT_KEY_STORE="$key_store" IMPRIMFIP_DEMO=true "$server/bin/standalone.sh" -Djboss.server.data.dir="$var/wildfly-data" \
  -Dimprimfip.production.cutoff.hour="*" -Dimprimfip.production.cutoff.minute="*" -Dimprimfip.maintenance.recurring=none \
  -Dimprimfip.registered.holding-days=0 >"$var/wildfly.log" 2>&1 &
wildfly_pid=$!

for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$pki/ca.pem" https://localhost:8443/api/v1/etatSante || true)
  [ "$code" = "401" ] && break
  kill -0 "$wildfly_pid" 2>/dev/null || { echo "WildFly stopped; see var/wildfly.log" >&2; exit 1; }
  for failed in "$server"/standalone/deployments/*.failed; do
    [ -f "$failed" ] || continue
    echo "$(basename "$failed" .failed) failed to deploy (full log: var/wildfly.log):" >&2
    cat "$failed" >&2; echo >&2
    exit 1
  done
  sleep 1
done
[ "$code" = "401" ] || { echo "The platform did not answer in 180 s; see var/wildfly.log" >&2; exit 1; }

cat <<MSG

Imprim'FIP is running.
  Partner API    https://localhost:8443/api/v1   (TLS: demo CA in ear/target/pki/ca.pem)
  Keycloak       http://127.0.0.1:18080          (realm imprimfip)
  WildFly console http://127.0.0.1:9990          (user admin, password in var/wildfly-admin-password)
  Staff console  https://localhost:8443/console/ (signed in through Keycloak; the demo CA or a browser exception)
                 demo staff (demo accounts only): demo-finance / demo-finance-password (finance),
                                                  demo-admin / demo-admin-password (admin)

Deposit the sample letter as the demo partner, then read its status (paste into another terminal):

CERT=(--cacert $pki/ca.pem --cert-type P12 --cert $pki/demo-partner.p12:demo-pki-password)
TOKEN=\$(curl -s "\${CERT[@]}" -d grant_type=client_credentials -d client_id=demo-partner \\
  https://127.0.0.1:18443/realms/imprimfip/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
USER_HEADERS=(-H "username: jean.dupont" -H "password: \$(printf demo-password-2026 | base64)")

REF=\$(curl -s "\${CERT[@]}" https://localhost:8443/api/v1/file/submission \\
  -H "Authorization: Bearer \$TOKEN" -H "X-Correlation-ID: \$(cat /proc/sys/kernel/random/uuid)" "\${USER_HEADERS[@]}" \\
  -F docFile=@$root/samples/courrier-demo.pdf \\
  -F 'jsonParameters={"filename":"courrier-demo.pdf","onBehalfOf":"jean.dupont","options":{"paper":"DUPLEX","sendingType":"STD"}};type=application/json' \\
  | tee /dev/stderr | sed -E 's/.*"internalRef":"([^"]+)".*/\1/'); echo

curl -s "\${CERT[@]}" "https://localhost:8443/api/v1/file/\$REF/status" \\
  -H "Authorization: Bearer \$TOKEN" -H "X-Correlation-ID: \$(cat /proc/sys/kernel/random/uuid)" "\${USER_HEADERS[@]}"; echo

Press Ctrl-C to stop.
MSG
wait "$wildfly_pid"
