#!/usr/bin/env bash
# Creates the content key store: the Elytron credential store (PropertiesCredentialStore) holding the AES-256 keys
# that encrypt deposited files at rest. An install step, run once per platform before its first start; the server
# never creates it, and this script never replaces a key: a store that exists is left as it is.
#
# Usage: scripts/install-content-key.sh [--server JBOSS_HOME] STORE_FILE
#        scripts/install-content-key.sh [--server JBOSS_HOME] --rotate NEW_KEY_ID STORE_FILE
#   STORE_FILE   where the store lives (IMPRIMFIP_CONTENT_KEY_STORE of the servers): outside the data directory,
#                readable by the server's user only, backed up with the data (scripts/backup.sh)
#   --rotate     adds a new key to an existing store; then set IMPRIMFIP_CONTENT_KEY_ID=NEW_KEY_ID on every node
#                and restart them: new files are sealed under it, older ones stay readable with the keys kept
#   --server     the WildFly whose bin/elytron-tool.sh is used (default: ear/target/server, or JBOSS_HOME)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
server=${JBOSS_HOME:-$root/ear/target/server}
rotate=""
while [ $# -gt 1 ]; do
  case "$1" in
    --server) server=$2; shift 2 ;;
    --rotate) rotate=$2; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
store=${1:?usage: install-content-key.sh [--server JBOSS_HOME] [--rotate NEW_KEY_ID] STORE_FILE}
tool=(bash "$server/bin/elytron-tool.sh" credential-store --type PropertiesCredentialStore --location "$store")
[ -f "$server/bin/elytron-tool.sh" ] || { echo "No WildFly in $server (build first, or give --server)" >&2; exit 2; }

if [ -n "$rotate" ]; then
  [ -f "$store" ] || { echo "No key store $store to rotate" >&2; exit 1; }
  [[ "$rotate" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || { echo "A key id is 1-64 letters, digits, . _ -" >&2; exit 2; }
  if "${tool[@]}" --exists "$rotate" >/dev/null 2>&1; then
    echo "Key $rotate already exists in $store: a key is never replaced" >&2; exit 1
  fi
  (umask 077; "${tool[@]}" --generate-secret-key "$rotate" --size 256 >/dev/null)
  chmod 600 "$store"
  echo "Key $rotate added to $store. Set IMPRIMFIP_CONTENT_KEY_ID=$rotate on every node and restart them."
  exit 0
fi

if [ -f "$store" ]; then
  echo "Content key store $store exists: left as it is"
  exit 0
fi
mkdir -p "$(dirname "$store")"
(
  umask 077
  "${tool[@]}" --create >/dev/null
  "${tool[@]}" --generate-secret-key content-key --size 256 >/dev/null
)
chmod 600 "$store"
echo "Content key store $store created with key content-key. Back it up apart from the data (docs/operations.md)."
