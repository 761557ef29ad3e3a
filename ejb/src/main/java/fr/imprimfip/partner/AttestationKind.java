package fr.imprimfip.partner;

/** What attests the security of a partner's application. */
public enum AttestationKind {
    /** A homologation decision, until its end date. */
    HOMOLOGATION,
    /** A homologation with reserves or a provisional authorisation, until its own end date. */
    PROVISIONAL_AUTHORISATION,
    /** A security questionnaire, valid three years at most from its receipt. */
    SECURITY_QUESTIONNAIRE
}
