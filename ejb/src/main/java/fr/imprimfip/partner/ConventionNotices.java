package fr.imprimfip.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The notices of one partner's convention: which is due on a day, issued once, listed. */
@Stateless
public class ConventionNotices {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<PartnerInformed> informed;

    /** Issues the notice due to the partner on {@code day} ({@link NoticeKind#dueOn}), if not issued yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ConventionNotice> issueDue(long partnerId, LocalDate day) {
        Optional<ConventionNotice> due = due(partnerId, day);
        if (due.isEmpty()) {
            return due;
        }
        ConventionNotice notice = due.get();
        em.persist(notice);
        em.flush();
        informed.fire(new PartnerInformed(partnerId, PartnerInformed.Topic.ATTESTATION, notice.kind().reminder()
                ? "Renouvellement de l'attestation de sécurité" : "Attestation de sécurité échue", notice.message()));
        return Optional.of(notice);
    }

    /** The notice due to the partner on {@code day} and not issued yet, unsaved: what a review would issue. */
    public Optional<ConventionNotice> due(long partnerId, LocalDate day) {
        Partner partner = em.find(Partner.class, partnerId);
        Optional<SecurityAttestation> attestation = partner == null ? Optional.empty() : partner.attestation();
        if (attestation.isEmpty() || attestation.get().validUntil() == null) {
            return Optional.empty();
        }
        LocalDate validUntil = attestation.get().validUntil();
        Optional<NoticeKind> kind = NoticeKind.dueOn(attestation.get(), day);
        if (kind.isEmpty() || issued(partnerId, kind.get(), validUntil)) {
            return Optional.empty();
        }
        return Optional.of(new ConventionNotice(partnerId, kind.get(), validUntil, day, clock.instant()));
    }

    public List<ConventionNotice> of(long partnerId) {
        return em.createNamedQuery("ConventionNotice.ofPartner", ConventionNotice.class)
                .setParameter("partner", partnerId).getResultList();
    }

    private boolean issued(long partnerId, NoticeKind kind, LocalDate validUntil) {
        return !em.createNamedQuery("ConventionNotice.idsIssued", Long.class)
                .setParameter("partner", partnerId).setParameter("kind", kind).setParameter("date", validUntil)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
