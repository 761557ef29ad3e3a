package fr.imprimfip.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.partner.Partner;

/** Receives partners' files and answers for their status. */
@Stateless
public class DepositService {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.deposit.max-file-bytes", defaultValue = "209715200")
    long maxFileBytes;

    /**
     * Stores the file and its annexes and records the deposit, "Reçu" from now on; the analysis follows
     * asynchronously. The requester identifier of the reference is {@code onBehalfOf}, else the given requester.
     * When anything fails, every byte already stored for this deposit is removed again.
     */
    public Deposit receive(long partnerId, DepositEnvironment environment, DepositOptions options, String requester,
                           Upload document, List<? extends Upload> annexes) throws IOException {
        Partner partner = em.getReference(Partner.class, partnerId);
        List<StoredContent> stored = new ArrayList<>();
        try {
            stored.add(storeOne(document));
            Instant now = clock.instant();
            String owner = options.onBehalfOf() != null && !options.onBehalfOf().isBlank() ? options.onBehalfOf()
                    : requester;
            TechnicalReference reference = TechnicalReference.generate(options.filename(), now, owner);
            Deposit deposit = Deposit.receive(reference, partner, environment, options, stored.get(0), now);
            for (Upload annex : annexes) {
                StoredContent annexContent = storeOne(annex);
                stored.add(annexContent);
                deposit.attachAnnex(annex.filename(), annexContent);
            }
            em.persist(deposit);
            em.flush();
            return deposit;
        } catch (IOException | RuntimeException e) {
            stored.forEach(store::delete);
            throw e;
        }
    }

    private StoredContent storeOne(Upload upload) throws IOException {
        try (InputStream content = upload.open()) {
            return store.store(content, maxFileBytes);
        }
    }

    /** The caller's own deposit with this reference; another partner's reference is "not found". */
    public Deposit ownDeposit(long partnerId, String internalRef) {
        if (!TechnicalReference.isWellFormed(internalRef)) {
            throw new DepositNotFoundException();
        }
        return em.createQuery("select d from Deposit d left join fetch d.documents"
                        + " where d.reference = :ref and d.partner.id = :partner",
                        Deposit.class)
                .setParameter("ref", TechnicalReference.parse(internalRef))
                .setParameter("partner", partnerId)
                .getResultStream().findFirst()
                .orElseThrow(DepositNotFoundException::new);
    }

    /**
     * Checks that the stored content of a deposit (file and annexes) is exactly what was received: it decrypts,
     * authenticates and has the recorded digests. Empty when the content has already been destroyed.
     */
    public java.util.Optional<Boolean> contentIntact(String internalRef) throws IOException {
        Deposit deposit = byReference(internalRef);
        if (deposit.contentPurged()) {
            return java.util.Optional.empty();
        }
        boolean intact = store.intact(deposit.content());
        for (DepositAnnex annex : deposit.annexes()) {
            intact &= store.intact(annex.content());
        }
        return java.util.Optional.of(intact);
    }

    /** Any deposit by reference, with its documents and annexes, for administrators. */
    public Deposit byReference(String internalRef) {
        if (!TechnicalReference.isWellFormed(internalRef)) {
            throw new DepositNotFoundException();
        }
        Deposit deposit = em.createQuery("select d from Deposit d join fetch d.partner"
                        + " left join fetch d.documents where d.reference = :ref", Deposit.class)
                .setParameter("ref", TechnicalReference.parse(internalRef))
                .getResultStream().findFirst()
                .orElseThrow(DepositNotFoundException::new);
        deposit.annexes().size();
        return deposit;
    }
}
