#!/usr/bin/env bash
# Verifies the audit trail straight from the database, without the server: every chain, every event.
# Usage: scripts/verify-audit-trail.sh <jdbc-url> [user]     (password in IMPRIMFIP_DB_PASSWORD)
#   e.g. scripts/verify-audit-trail.sh 'jdbc:h2:file:var/wildfly-data/imprimfip/imprimfip' sa   (server stopped)
#        scripts/verify-audit-trail.sh 'jdbc:postgresql://127.0.0.1:5432/imprimfip' imprimfip
# Exit status: 0 intact, 1 not intact (each problem printed), 2 unreadable. Needs a build (./mvnw install).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
modules="$root/ear/target/server/modules"
classpath="$root/ejb/target/classes"
for jar in "$modules"/system/layers/base/com/h2database/h2/main/*.jar "$modules"/org/postgresql/main/*.jar; do
  [ -f "$jar" ] && classpath="$classpath:$jar"
done
exec java -cp "$classpath" fr.imprimfip.audit.AuditTrailCheck "$@"
