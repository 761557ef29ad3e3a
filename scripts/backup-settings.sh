# Sourced by backup.sh and restore.sh: where the platform keeps what a backup holds, read from the environment
# variables the servers use, with the defaults of the server whose data directory --data-dir gives:
#   IMPRIMFIP_DB_URL (default: the H2 database of the data directory), IMPRIMFIP_DB_USER, IMPRIMFIP_DB_PASSWORD,
#   IMPRIMFIP_STORAGE_DIR (default: imprimfip/files of the data directory),
#   IMPRIMFIP_CONTENT_KEY_STORE (default: the server's configuration directory).
# Options: --data-dir DIR (the server's jboss.server.data.dir), --server JBOSS_HOME (default ear/target/server).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=${JBOSS_HOME:-$root/ear/target/server}
data_dir=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir=$(cd "$2" && pwd); shift 2 ;;
    --server) server=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
needs_data_dir() { [ -n "$data_dir" ] || { echo "Set $1 or give --data-dir" >&2; exit 2; }; }

if [ -z "${IMPRIMFIP_DB_URL:-}" ]; then needs_data_dir IMPRIMFIP_DB_URL; fi
db_url=${IMPRIMFIP_DB_URL:-jdbc:h2:file:$data_dir/imprimfip/imprimfip}
case "$db_url" in
  jdbc:postgresql:*) db_kind=postgresql; db_user=${IMPRIMFIP_DB_USER:-imprimfip}
    export IMPRIMFIP_DB_PASSWORD=${IMPRIMFIP_DB_PASSWORD:-imprimfip} ;;
  jdbc:h2:file:*) db_kind=h2; db_user=${IMPRIMFIP_DB_USER:-sa}
    export IMPRIMFIP_DB_PASSWORD=${IMPRIMFIP_DB_PASSWORD:-sa} ;;
  *) echo "Unsupported database URL $db_url" >&2; exit 2 ;;
esac
if [ -z "${IMPRIMFIP_STORAGE_DIR:-}" ]; then needs_data_dir IMPRIMFIP_STORAGE_DIR; fi
files_dir=${IMPRIMFIP_STORAGE_DIR:-$data_dir/imprimfip/files}
key_store=${IMPRIMFIP_CONTENT_KEY_STORE:-$server/standalone/configuration/imprimfip-content-keys.cs}

classpath="$root/ejb/target/classes"
for jar in "$server"/modules/system/layers/base/com/h2database/h2/main/*.jar "$server"/modules/org/postgresql/main/*.jar; do
  [ -f "$jar" ] && classpath="$classpath:$jar"
done
[ -f "$root/ejb/target/classes/fr/imprimfip/backup/BackupDatabaseTool.class" ] \
  || { echo "Build the platform first (./mvnw install)" >&2; exit 2; }
# db COMMAND [ARG]: what the scripts ask the database (fr.imprimfip.backup.BackupDatabaseTool)
db() { java -cp "$classpath" fr.imprimfip.backup.BackupDatabaseTool "$1" "$db_url" "$db_user" "${@:2}"; }

# PostgreSQL: the connection of the JDBC URL, for pg_dump, pg_restore and psql
if [ "$db_kind" = postgresql ]; then
  [[ "$db_url" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]] \
    || { echo "Cannot read the PostgreSQL URL $db_url" >&2; exit 2; }
  pg_host=${BASH_REMATCH[1]}; pg_port=${BASH_REMATCH[3]:-5432}; pg_db=${BASH_REMATCH[4]}
  pg_schema=$(sed -nE 's/(^|.*&)currentSchema=([^&]+).*/\2/p' <<<"${BASH_REMATCH[6]}")
  pg_schema=${pg_schema:-public}
  pg=(-h "$pg_host" -p "$pg_port" -U "$db_user")
  export PGPASSWORD=$IMPRIMFIP_DB_PASSWORD
fi
# H2: the directory and name of the database file
if [ "$db_kind" = h2 ]; then
  h2_path=${db_url#jdbc:h2:file:}; h2_path=${h2_path%%;*}
  h2_dir=$(dirname "$h2_path"); h2_name=$(basename "$h2_path")
fi
