#!/usr/bin/env bash
# Stops a platform node without failing a request: drains it first (it reports not ready, so the load balancer
# sends it nothing new; it closes each kept-alive connection as its answer ends; it claims no file for analysis),
# waits IMPRIMFIP_DRAIN_SECONDS (default 5: more than the balancer's 2 failed checks a second apart), then shuts
# the server down gracefully: it takes no new request and waits up to IMPRIMFIP_SUSPEND_TIMEOUT seconds (default 60)
# for those under way. Files whose analysis is cut short are analysed again by another node or at the next start.
# Usage: scripts/stop-node.sh DATA_DIR [MANAGEMENT_PORT]   (the node's jboss.server.data.dir; port 9990 by default)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "Usage: $0 DATA_DIR [MANAGEMENT_PORT]" >&2; exit 2; }
data_dir=$1
port=${2:-9990}
[ -d "$data_dir" ] || { echo "No data directory $data_dir" >&2; exit 1; }

touch "$data_dir/imprimfip-draining"
sleep "${IMPRIMFIP_DRAIN_SECONDS:-5}"
"${JBOSS_HOME:-$root/ear/target/server}/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$port" \
  --command=":shutdown(suspend-timeout=${IMPRIMFIP_SUSPEND_TIMEOUT:-60})" >/dev/null
