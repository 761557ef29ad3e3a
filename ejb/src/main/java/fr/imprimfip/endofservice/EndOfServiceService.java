package fr.imprimfip.endofservice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.billing.Statement;
import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositAnnex;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.notification.NotificationAttachment;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerInformed;
import fr.imprimfip.partner.PartnerStatus;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.retention.DestroyedKind;
import fr.imprimfip.retention.RecordsPurgeService;
import fr.imprimfip.template.LetterTemplate;

/**
 * The end of a partner's service (annex clause 4.3). An administrator records the partner's written choice once the
 * convention is under notice or ended: for a destruction, every copy of the partner's data is destroyed at once; for a
 * return, the archive is built and waits for the partner's one download, after which everything is destroyed, the
 * archive included. The destruction certificate is kept in the content store and e-mailed to the partner.
 *
 * <p>What is destroyed: the deposits with their documents, history, files, annexes and scanned acknowledgements
 * (through the retention purge's own code), the statements, the letter templates and their files, the idempotency
 * records, the webhooks' subscriptions, events and deliveries, and the return archive. What is kept: the partner's
 * convention record and contacts (habilitation data, which the retention purge erases later), the audit trail
 * (append-only), the destruction records and the certificate.
 */
@Stateless
public class EndOfServiceService {

    private static final Logger LOG = Logger.getLogger(EndOfServiceService.class.getName());
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private ContentStore store;

    @Inject
    private ReturnArchives archives;

    @Inject
    private RecordsPurgeService records;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** The archive the partner downloads, with its size and digest. */
    public record Archive(StoredContent content, String fileName) {
    }

    /** Records the partner's written choice, then builds its archive (return) or destroys its data (destruction). */
    public EndOfService record(String clientId, EndOfServiceChoice choice, String writtenReference, String by) {
        Partner partner = partners.existing(clientId);
        if (partner.status() != PartnerStatus.UNDER_TERMINATION_NOTICE
                && partner.status() != PartnerStatus.TERMINATED) {
            throw new EndOfServiceConflictException("La convention de ce partenaire n'est ni résiliée ni en préavis de"
                    + " résiliation : la fin de service ne peut pas être enregistrée.",
                    "This partner's convention is neither terminated nor under termination notice: the end of"
                    + " service cannot be recorded.");
        }
        refuseOnLegalHold(partner);
        if (of(partner.id()).isPresent()) {
            throw new EndOfServiceConflictException("Le choix de fin de service de ce partenaire est déjà enregistré.",
                    "This partner's end-of-service choice is already recorded.");
        }
        EndOfService chosen = EndOfService.choose(partner.id(), choice, writtenReference, by, clock.instant());
        em.persist(chosen);
        em.flush();
        long id = chosen.id();
        if (choice == EndOfServiceChoice.DESTRUCTION) {
            return destroy(id);
        }
        StoredContent archive = archives.build(partner);
        EndOfService ready = em.find(EndOfService.class, id);
        ready.archiveReady(archive, clock.instant());
        Partner told = partners.byId(ready.partnerId());
        outbox.queue(new PartnerInformed(told.id(), PartnerInformed.Topic.END_OF_SERVICE,
                "Fin de service : vos données sont prêtes à être restituées",
                "Conformément à votre choix écrit (référence « " + ready.writtenReference() + " »), l'archive de vos"
                + " données (dépôts, plis, preuves, relevés ; JSON, CSV et PDF, avec un manifeste et leurs empreintes"
                + " SHA-256) est prête. Votre application la télécharge une seule fois par GET /api/v2/archive.\n\n"
                + "Taille : " + archive.sizeBytes() + " octets. Empreinte SHA-256 de l'archive : " + archive.sha256()
                + "\n\nAprès ce téléchargement, toutes les copies de vos données, l'archive comprise, sont détruites"
                + " et un certificat de destruction vous est adressé."));
        LOG.info(() -> "Return archive of partner " + told.clientId() + " ready (" + archive.sizeBytes() + " bytes)");
        return ready;
    }

    /** The end of service recorded for a partner, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<EndOfService> of(long partnerId) {
        return em.createNamedQuery("EndOfService.ofPartner", EndOfService.class).setParameter("partner", partnerId)
                .getResultStream().findFirst();
    }

    /** The end of service of a partner by client id, or a refusal when none is recorded. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EndOfService existing(String clientId) {
        return of(partners.existing(clientId).id()).orElseThrow(() -> new EndOfServiceNotFoundException(
                "Aucune fin de service n'est enregistrée pour ce partenaire.",
                "No end of service is recorded for this partner."));
    }

    /**
     * The partner takes its archive, once: empty when it was taken already (downloaded, destroyed since). The row is
     * locked, so that of two simultaneous calls one only gets the archive.
     */
    public Optional<Archive> takeArchive(long partnerId) {
        EndOfService end = em.createNamedQuery("EndOfService.ofPartner", EndOfService.class)
                .setParameter("partner", partnerId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(EndOfServiceService::noArchive);
        if (end.archiveGone()) {
            return Optional.empty();
        }
        if (!end.archiveDownloadable()) {
            throw noArchive();
        }
        refuseOnLegalHold(partners.byId(partnerId));
        StoredContent archive = end.downloaded(clock.instant());
        return Optional.of(new Archive(archive, "imprimfip-archive-" + partners.byId(partnerId).clientId()
                + ".zip"));
    }

    private static EndOfServiceNotFoundException noArchive() {
        return new EndOfServiceNotFoundException("Aucune archive de vos données n'est à télécharger.",
                "There is no archive of your data to download.");
    }

    /** The plaintext of the archive taken. */
    public InputStream open(Archive archive) throws IOException {
        return store.open(archive.content());
    }

    /**
     * Destroys the partner's data if its destruction is due (after the download of a return; a repeated call does
     * nothing): the retry of an administrator when the destruction after a download failed.
     */
    public Optional<EndOfService> destroyIfDue(long partnerId) {
        Optional<EndOfService> end = of(partnerId);
        if (end.isEmpty() || !end.get().destructionDue()) {
            return end;
        }
        return Optional.of(destroy(end.get().id()));
    }

    private EndOfService destroy(long endOfServiceId) {
        EndOfService end = em.find(EndOfService.class, endOfServiceId);
        long partnerId = end.partnerId();
        refuseOnLegalHold(partners.byId(partnerId));
        List<EndOfServiceCertificate.Item> items = new ArrayList<>();
        em.createNativeQuery("delete from idempotency_record where partner_id = ?").setParameter(1, partnerId)
                .executeUpdate();
        List<Long> depositIds = em.createNamedQuery("EndOfService.depositIdsOfPartner", Long.class)
                .setParameter("partner", partnerId).getResultList();
        for (int from = 0; from < depositIds.size(); from += CHUNK) {
            List<Long> chunk = depositIds.subList(from, Math.min(depositIds.size(), from + CHUNK));
            for (Long id : chunk) {
                describe(em.find(Deposit.class, id), items);
            }
            records.destroyDeposits(chunk);
            em.flush();
            em.clear();
        }
        for (Statement statement : em.createQuery("select s from Statement s where s.partner.id = :partner"
                + " order by s.year", Statement.class).setParameter("partner", partnerId).getResultList()) {
            items.add(new EndOfServiceCertificate.Item(DestroyedKind.STATEMENT.label(), "Relevé " + statement.year()
                    + statement.number().map(n -> " n° " + n).orElse(" (projet)"), null));
            records.destroyStatement(statement);
        }
        for (LetterTemplate template : em.createQuery("select t from LetterTemplate t where t.partnerId = :partner"
                + " order by t.id", LetterTemplate.class).setParameter("partner", partnerId).getResultList()) {
            store.delete(template.content());
            items.add(new EndOfServiceCertificate.Item(DestroyedKind.LETTER_TEMPLATE.label(), "Maquette « "
                    + template.name() + " »", template.content().sha256()));
            records.recordDestruction(partnerId, DestroyedKind.LETTER_TEMPLATE, template.name());
            em.remove(template);
        }
        int webhooks = destroyWebhooks(partnerId);
        if (webhooks > 0) {
            items.add(new EndOfServiceCertificate.Item(DestroyedKind.WEBHOOK_DATA.label(), webhooks
                    + " enregistrement(s) : abonnements, événements, livraisons et tentatives", null));
            records.recordDestruction(partnerId, DestroyedKind.WEBHOOK_DATA, webhooks + " enregistrement(s)");
        }
        end = em.find(EndOfService.class, endOfServiceId);
        end.archive().ifPresent(archive -> {
            store.delete(archive);
            records.recordDestruction(partnerId, DestroyedKind.RETURN_ARCHIVE, archive.sha256());
        });
        if (end.archive().isPresent()) {
            items.add(new EndOfServiceCertificate.Item(DestroyedKind.RETURN_ARCHIVE.label(),
                    "Archive téléchargée par le partenaire", end.archive().get().sha256()));
        }
        Partner partner = partners.byId(partnerId);
        Instant at = clock.instant();
        byte[] pdf = new EndOfServiceCertificate(partner.clientId(), partner.name(), partner.siret(), end.choice(),
                end.writtenReference(), end.chosenAt(), end.downloadedAt().orElse(null), at, items).pdf();
        StoredContent certificate;
        try {
            certificate = store.storeWritten(out -> out.write(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("The destruction certificate cannot be stored", e);
        }
        end.destroyed(certificate, at);
        outbox.queue(new PartnerInformed(partnerId, PartnerInformed.Topic.END_OF_SERVICE,
                "Fin de service : certificat de destruction de vos données",
                "Conformément à votre choix écrit (" + end.choice().label() + ", référence « "
                + end.writtenReference() + " »), toutes les copies de vos données conservées par le service"
                + " Imprim'FIP ont été détruites (" + items.size() + " élément(s) : " + depositIds.size()
                + " dépôt(s)" + end.archive().map(a -> ", l'archive de restitution").orElse("") + ").\n\n"
                + "Le certificat de destruction est joint (PDF) ; il liste ce qui a été détruit avec les empreintes"
                + " SHA-256 des fichiers. Empreinte SHA-256 du certificat : " + certificate.sha256()),
                List.of(new NotificationAttachment.Attachment("certificat-destruction-" + partner.clientId() + ".pdf",
                        "application/pdf", pdf)));
        LOG.info(() -> "Data of partner " + partner.clientId() + " destroyed at the end of its service ("
                + depositIds.size() + " deposit(s))");
        return end;
    }

    /** What a deposit had, for the certificate: its file, annexes and scanned acknowledgements with their digests. */
    private static void describe(Deposit deposit, List<EndOfServiceCertificate.Item> items) {
        String reference = deposit.reference().value();
        String kind = DestroyedKind.FILE_CONTENT.label();
        items.add(new EndOfServiceCertificate.Item(DestroyedKind.DEPOSIT_METADATA.label(), reference + " ("
                + deposit.documents().size() + " pli(s))", null));
        if (deposit.contentPurged()) {
            return;
        }
        items.add(new EndOfServiceCertificate.Item(kind, reference, deposit.content().sha256()));
        for (DepositAnnex annex : deposit.annexes()) {
            items.add(new EndOfServiceCertificate.Item(kind, reference + ", annexe " + annex.position(),
                    annex.content().sha256()));
        }
        for (DepositedDocument letter : deposit.documents()) {
            if (letter.acknowledgement() != null) {
                items.add(new EndOfServiceCertificate.Item(kind, reference + ", avis de réception du pli "
                        + letter.position(), letter.acknowledgement().sha256()));
            }
        }
    }

    /** Removes the partner's webhook subscriptions, events, deliveries and attempts; how many rows. */
    private int destroyWebhooks(long partnerId) {
        String subscriptions = "(select id from webhook_subscription where partner_id = ?)";
        int rows = 0;
        rows += em.createNativeQuery("delete from webhook_attempt where subscription_id in " + subscriptions)
                .setParameter(1, partnerId).executeUpdate();
        rows += em.createNativeQuery("delete from webhook_delivery where subscription_id in " + subscriptions)
                .setParameter(1, partnerId).executeUpdate();
        rows += em.createNativeQuery("delete from webhook_delivery where event_id in"
                + " (select id from webhook_event where partner_id = ?)").setParameter(1, partnerId).executeUpdate();
        rows += em.createNativeQuery("delete from webhook_event where partner_id = ?").setParameter(1, partnerId)
                .executeUpdate();
        rows += em.createNativeQuery("delete from webhook_subscription where partner_id = ?")
                .setParameter(1, partnerId).executeUpdate();
        return rows;
    }

    private static void refuseOnLegalHold(Partner partner) {
        if (partner.legalHoldSince().isPresent()) {
            throw new EndOfServiceConflictException("Les données de ce partenaire sont sous conservation légale :"
                    + " elles ne peuvent être ni restituées ni détruites avant sa levée.",
                    "This partner's data is on legal hold: it can be neither returned nor destroyed until the hold"
                    + " is released.");
        }
    }

    /** The destruction certificate kept, as it was sent (PDF). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> certificate(long partnerId) {
        return of(partnerId).flatMap(EndOfService::certificate)
                .map(certificate -> DestructionCertificates.read(store, certificate));
    }
}
