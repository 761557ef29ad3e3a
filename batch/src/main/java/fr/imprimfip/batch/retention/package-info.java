/**
 * The readers and writers of the {@code retention-purge} job: expired stored content and audit events, read by
 * keyset as of the run's reference instant ({@code PurgeInstant}), destroyed a chunk at a time so that the API stays
 * responsive, each destruction recorded for the partner's destruction certificate (docs/operations.md).
 */
package fr.imprimfip.batch.retention;
