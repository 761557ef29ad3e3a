package fr.imprimfip.webhook;

import java.time.Clock;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerInformed;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The notices about its convention the partner's contacts are e-mailed (security attestation, access, termination)
 * are also a {@code convention.notice} event, in both environments, raised in the transaction that decided them. The
 * event says what the notice is about and its subject; its text stays in the e-mail.
 */
@ApplicationScoped
public class ConventionNoticeEvents {

    private static final java.util.Set<PartnerInformed.Topic> CONVENTION_TOPICS = java.util.EnumSet.of(
            PartnerInformed.Topic.ATTESTATION, PartnerInformed.Topic.ACCESS, PartnerInformed.Topic.TERMINATION);

    @PersistenceContext(unitName = "imprimfip")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    WebhookEvents events;

    void raise(@Observes PartnerInformed information) {
        if (!CONVENTION_TOPICS.contains(information.topic())) {
            return;     // webhooks themselves, a security incident (people only), a statement (statement.issued)
        }
        Partner partner = em.find(Partner.class, information.partnerId());
        if (partner == null) {
            return;
        }
        Instant now = clock.instant();
        for (ServiceEnvironment environment : ServiceEnvironment.values()) {
            events.raise(partner.id(), environment, WebhookEventType.CONVENTION_NOTICE, now, Json.createObjectBuilder()
                    .add("reference", partner.clientId()).add("topic", information.topic().name())
                    .add("subject", information.subject()).build());
        }
    }
}
