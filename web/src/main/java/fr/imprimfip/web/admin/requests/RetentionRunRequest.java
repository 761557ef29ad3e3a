package fr.imprimfip.web.admin.requests;

/**
 * {@code {"asOf": "2026-01-31T23:00:00Z", "dryRun": true, "followsDryRun": 42}}, all optional (and the body too):
 * the instant whose expired data is purged (now by default), whether nothing is destroyed, and the execution id of
 * the dry run a real run follows.
 */
public record RetentionRunRequest(String asOf, Boolean dryRun, Long followsDryRun) {

    public boolean dry() {
        return Boolean.TRUE.equals(dryRun);
    }
}
