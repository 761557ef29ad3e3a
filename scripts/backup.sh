#!/usr/bin/env bash
# Backs up a platform: its database, its content store (the encrypted deposited files) and its content key store,
# with a manifest and the SHA-256 of each part, into a new directory under BACKUP_ROOT (printed at the end).
# Usage: scripts/backup.sh [--data-dir DIR] [--server JBOSS_HOME] BACKUP_ROOT     (settings: backup-settings.sh)
#
# PostgreSQL is dumped with pg_dump while the platform runs (a consistent snapshot); the content store is copied
# after it, so that every file the dump refers to is in the copy. H2 is copied with its BACKUP statement and needs
# the server stopped (the embedded database is locked by it). Keep the key store's copy apart from the others
# (docs/operations.md): with it, the backup reads every file it holds.
set -euo pipefail
source "$(dirname "$0")/backup-settings.sh"
target_root=${args[0]:?usage: backup.sh [--data-dir DIR] [--server JBOSS_HOME] BACKUP_ROOT}
[ -f "$key_store" ] || { echo "No content key store at $key_store" >&2; exit 1; }
[ -d "$files_dir" ] || { echo "No content store at $files_dir" >&2; exit 1; }

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
backup="$target_root/imprimfip-$(date -u +%Y%m%dT%H%M%SZ)"
umask 077
mkdir -p "$backup"
backup=$(cd "$backup" && pwd)

mark=$(db mark)
case "$db_kind" in
  postgresql)
    database=database.dump
    pg_dump "${pg[@]}" -d "$pg_db" -n "$pg_schema" -Fc -f "$backup/$database" ;;
  h2)
    database=database.zip
    db h2-backup "$backup/$database" ;;
esac
tar -C "$files_dir" --exclude ./incoming --exclude ./work -cf "$backup/files.tar" .
cp "$key_store" "$backup/content-keys.cs"

cat > "$backup/manifest.properties" <<MANIFEST
format=imprimfip-backup-1
started-at=$started
finished-at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
database-kind=$db_kind
database=$database
files=files.tar
file-count=$(tar -tf "$backup/files.tar" | grep -c '\.enc$' || true)
content-keys=content-keys.cs
content-key-ids=$(grep -v '^#' "$key_store" | cut -d= -f1 | paste -sd, -)
$mark
MANIFEST
(cd "$backup" && sha256sum "$database" files.tar content-keys.cs manifest.properties > SHA256SUMS)
echo "$backup"
