/**
 * Backup and restore of a platform (scripts/backup.sh, scripts/restore.sh): what the scripts read from the
 * database, straight through JDBC with the server stopped or running.
 */
package fr.imprimfip.backup;
