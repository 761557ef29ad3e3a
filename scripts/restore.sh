#!/usr/bin/env bash
# Restores a backup made by backup.sh: the database, the content store and the content key store, once the backup's
# SHA-256 checksums are verified (nothing is touched otherwise). Every server of the platform must be stopped.
# Usage: scripts/restore.sh [--data-dir DIR] [--server JBOSS_HOME] BACKUP_DIR [REPORT_FILE]   (settings:
# backup-settings.sh; the report goes to BACKUP_DIR/restore-report-<time>.txt by default)
#
# What was recorded after the backup is lost (RPO: the time since the last backup). Before replacing the database,
# the restore reads from it, if it still can, the deposits received since the backup started; after the restore,
# those the restored database lacks are listed in the report, for the partners to deposit them again (CGU DICP
# D3). The content store and key store replaced are kept beside them (*.before-restore-<time>), the H2 database
# file too; the PostgreSQL schema is replaced.
set -euo pipefail
source "$(dirname "$0")/backup-settings.sh"
backup=$(cd "${args[0]:?usage: restore.sh [--data-dir DIR] [--server JBOSS_HOME] BACKUP_DIR [REPORT_FILE]}" && pwd)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report=${args[1]:-$backup/restore-report-$stamp.txt}
prop() { sed -n "s/^$1=//p" "$backup/manifest.properties"; }

if ! (cd "$backup" && sha256sum --quiet --strict -c SHA256SUMS); then
  echo "The backup $backup fails its checksums: nothing was restored" >&2
  exit 1
fi
[ "$(prop format)" = imprimfip-backup-1 ] || { echo "Unknown backup format in $backup" >&2; exit 1; }
[ "$(prop database-kind)" = "$db_kind" ] \
  || { echo "The backup holds a $(prop database-kind) database, the platform uses $db_kind" >&2; exit 1; }

# The deposits received since the backup started (less a margin for uploads still being committed then), read
# from the database about to be replaced.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
since=$(date -u -d "$(prop started-at) - 10 minutes" +%Y-%m-%dT%H:%M:%SZ)
if [ "$db_kind" = h2 ] && [ ! -f "$h2_dir/$h2_name.mv.db" ]; then
  echo "no database at $h2_dir/$h2_name.mv.db" > "$work/unreadable"
  readable=no
elif db received-since "$since" > "$work/candidates.tsv" 2> "$work/unreadable"; then
  readable=yes
else
  readable=no
fi

case "$db_kind" in
  postgresql)
    if [ "$pg_schema" = public ]; then
      pg_restore "${pg[@]}" -d "$pg_db" --no-owner --exit-on-error --clean --if-exists "$backup/$(prop database)"
    else # the platform's own schema: replaced whole, tables made after the backup included
      PGOPTIONS="-c client_min_messages=warning" psql "${pg[@]}" -d "$pg_db" -v ON_ERROR_STOP=1 -q -c "DROP SCHEMA IF EXISTS \"$pg_schema\" CASCADE"
      pg_restore "${pg[@]}" -d "$pg_db" --no-owner --exit-on-error "$backup/$(prop database)"
    fi ;;
  h2)
    mkdir -p "$h2_dir"
    for file in "$h2_dir/$h2_name".*.db; do
      [ -f "$file" ] && mkdir -p "$h2_dir/before-restore-$stamp" && mv "$file" "$h2_dir/before-restore-$stamp/"
    done
    java -cp "$classpath" org.h2.tools.Restore -file "$backup/$(prop database)" -dir "$h2_dir" -db "$h2_name" ;;
esac

if [ -e "$files_dir" ]; then mv "$files_dir" "$files_dir.before-restore-$stamp"; fi
mkdir -p "$files_dir"
tar -C "$files_dir" -xf "$backup/$(prop files)"

if [ -f "$key_store" ] && ! cmp -s "$key_store" "$backup/$(prop content-keys)"; then
  mv "$key_store" "$key_store.before-restore-$stamp"
fi
if [ ! -f "$key_store" ]; then
  mkdir -p "$(dirname "$key_store")"
  install -m 600 "$backup/$(prop content-keys)" "$key_store"
fi

audit=$(java -cp "$classpath" fr.imprimfip.audit.AuditTrailCheck "$db_url" "$db_user" 2>&1 | tail -1 || true)
{
  echo "Imprim'FIP restore report"
  echo "restored-at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "backup=$backup"
  echo "backup-started-at=$(prop started-at)"
  echo "deposits-in-backup=$(prop deposits)"
  echo "audit-trail=$audit"
  if [ "$readable" = yes ]; then
    db missing "$work/candidates.tsv" > "$work/lost.tsv"
    echo "lost-deposits=$(grep -c . "$work/lost.tsv" || true)"
    echo
    echo "Deposits received after the backup, lost by this restore (reference, partner, received at, status):"
    cat "$work/lost.tsv"
  else
    echo "lost-deposits=unknown"
    echo
    echo "The database replaced could not be read ($(head -1 "$work/unreadable")): the deposits received since"
    echo "$(prop started-at) cannot be listed. Ask the partners for what they deposited since then."
  fi
  echo
  echo "Everything else recorded since the backup (status changes, production events, audit events) is lost too."
} > "$report"
cat "$report"
