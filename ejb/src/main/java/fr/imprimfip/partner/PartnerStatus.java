package fr.imprimfip.partner;

/** Where a partner stands in its convention's lifecycle. */
public enum PartnerStatus {
    ACTIVE,
    SUSPENDED,
    ISOLATED,
    UNDER_TERMINATION_NOTICE,
    TERMINATED;

    /** Whether the partner may still call the service (a notice period keeps the service running). */
    public boolean mayUseService() {
        return this == ACTIVE || this == UNDER_TERMINATION_NOTICE;
    }
}
