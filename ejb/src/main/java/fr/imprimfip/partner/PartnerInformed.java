package fr.imprimfip.partner;

import java.util.Objects;
import java.util.Set;

/**
 * Something the partner's contacts must be told about their convention (fired inside the transaction that decided
 * it, so that it is told if and only if it happened): which contacts, a subject and a plain text.
 */
public record PartnerInformed(long partnerId, Topic topic, String subject, String text) {

    public PartnerInformed {
        Objects.requireNonNull(topic);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
    }

    /** What the information is about, and so who among the contacts receives it. */
    public enum Topic {
        ATTESTATION(Set.of(ContactRole.REQUESTER, ContactRole.DATA_CONTROLLER, ContactRole.TECHNICAL_CONTACT)),
        ACCESS(Set.of(ContactRole.REQUESTER, ContactRole.DATA_CONTROLLER, ContactRole.TECHNICAL_CONTACT)),
        TERMINATION(Set.of(ContactRole.REQUESTER, ContactRole.DATA_CONTROLLER, ContactRole.TECHNICAL_CONTACT)),
        SECURITY_INCIDENT(Set.of(ContactRole.DATA_CONTROLLER, ContactRole.DPO, ContactRole.TECHNICAL_CONTACT)),
        /** The platform's calls to the partner's systems (a webhook endpoint failing for days). */
        INTEGRATION(Set.of(ContactRole.TECHNICAL_CONTACT)),
        /** An issued statement, to the requester who signed the financial agreement. */
        STATEMENT(Set.of(ContactRole.REQUESTER)),
        /** A maintenance window or a change of the service announced, recalled the day before, or cancelled. */
        MAINTENANCE(Set.of(ContactRole.TECHNICAL_CONTACT)),
        /** The notice of a personal-data breach, to the partner's data controller and DPO (annex clause 10.1). */
        PERSONAL_DATA_BREACH(Set.of(ContactRole.DATA_CONTROLLER, ContactRole.DPO)),
        /** The steps taken on a person's rights request (annex clause 11.6), to the data controller and the DPO. */
        DATA_SUBJECT_RIGHTS(Set.of(ContactRole.DATA_CONTROLLER, ContactRole.DPO)),
        /** The end of service: the return archive ready, the destruction certificate (annex clause 4.3). */
        END_OF_SERVICE(Set.of(ContactRole.REQUESTER, ContactRole.DATA_CONTROLLER, ContactRole.DPO));

        private final Set<ContactRole> recipients;

        Topic(Set<ContactRole> recipients) {
            this.recipients = recipients;
        }

        public boolean concerns(ContactRole role) {
            return recipients.contains(role);
        }
    }
}
