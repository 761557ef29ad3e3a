package fr.imprimfip.web.admin.requests;

/**
 * {@code {"asOf": "2026-03-30", "dryRun": true}}, both optional (and the body too): the day reviewed, today by
 * default, and whether the review only tells what it would do.
 */
public record ConventionReviewRequest(String asOf, Boolean dryRun) {

    public boolean dry() {
        return Boolean.TRUE.equals(dryRun);
    }
}
