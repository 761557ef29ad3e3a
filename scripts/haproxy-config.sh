#!/usr/bin/env bash
# Prints the HAProxy configuration of a cluster of platform nodes: TCP mode, so that each partner's TLS session,
# its client certificate and the certificate-bound token reach a node unchanged; each node checked on its readiness
# (management interface, /health/ready) every second, out after 2 failed checks, back after 2 good ones; a
# connection refused by a dead node is sent to another.
# Usage: scripts/haproxy-config.sh LISTEN_ADDRESS:PORT NAME:HOST:HTTPS_PORT:MANAGEMENT_PORT...
set -euo pipefail
[ $# -ge 2 ] || { echo "Usage: $0 LISTEN_ADDRESS:PORT NAME:HOST:HTTPS_PORT:MANAGEMENT_PORT..." >&2; exit 2; }
listen=$1
shift
cat <<CFG
global
    maxconn 4096

defaults
    mode tcp
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    timeout check 2s
    retries 3
    option redispatch

frontend imprimfip-https
    bind $listen
    default_backend imprimfip-nodes

backend imprimfip-nodes
    balance leastconn
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CFG
for node in "$@"; do
  IFS=: read -r name host https management <<<"$node"
  echo "    server $name $host:$https check port $management"
done
