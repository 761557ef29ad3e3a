package fr.imprimfip.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.partner.ApplicationUsers;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientInformationSeal;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RetentionPolicy;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/** Receives partners' files and answers for their status. */
@Stateless
public class DepositService {

    private static final Logger LOG = Logger.getLogger(DepositService.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private DepositCounters counters;

    @Inject
    private ApplicationUsers applicationUsers;

    @Inject
    private ContentStore store;

    @Inject
    private Clock clock;

    @Inject
    private IdempotencyKeys idempotency;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private RegisteredAddressSeal addressSeal;

    @Inject
    private RecipientInformationSeal recipientSeal;

    @Inject
    private Event<RecipientRecorded> recipientRecorded;

    @Inject
    private Event<FileReceived> fileReceived;

    /** Defined once, with the listener's request limit, in {@code uploads.cli}; the multipart spooling reads it too. */
    @Inject
    @ConfigProperty(name = "imprimfip.deposit.max-file-bytes")
    long maxFileBytes;

    /**
     * Stores the file and its annexes and records the deposit, "Reçu" from now on; the analysis follows
     * asynchronously. The requester identifier of the reference is {@code onBehalfOf}, else the given requester.
     * When anything fails, every byte already stored for this deposit is removed again.
     */
    public Deposit receive(long partnerId, ServiceEnvironment environment, DepositOptions options, String requester,
                           Upload document, List<? extends Upload> annexes) throws IOException {
        return receive(partnerId, environment, options, requester, document, annexes, ClientMetadata.NONE, null)
                .deposit();
    }

    /** A deposit as received, or as first received when an idempotent request is replayed. */
    public record Received(Deposit deposit, boolean replayed) {
    }

    /**
     * Receives a deposit with the partner's metadata; with an {@code idempotencyKey}, a replay of the same request
     * gets the deposit first created, and no second deposit is made.
     */
    public Received receive(long partnerId, ServiceEnvironment environment, DepositOptions options, String requester,
                            Upload document, List<? extends Upload> annexes, ClientMetadata metadata,
                            String idempotencyKey) throws IOException {
        Partner partner = em.getReference(Partner.class, partnerId);
        if (options.onBehalfOf() != null && !options.onBehalfOf().isBlank()
                && !applicationUsers.isActive(partnerId, options.onBehalfOf())) {
            throw new InvalidInputException("onBehalfOf : « " + options.onBehalfOf()
                    + " » n'est pas un utilisateur applicatif déclaré par le partenaire.",
                    "onBehalfOf: \"" + options.onBehalfOf()
                    + "\" is not an application user declared by the partner.");
        }
        RegisteredAddresses addresses = registeredAddresses(options);
        RecipientInformation lreRecipient = lreRecipient(options);
        IdempotencyKeys.Decision decision = idempotencyKey == null ? null : beginIdempotent(partnerId, idempotencyKey);
        if (decision instanceof IdempotencyKeys.InFlight) {
            throw new IdempotencyConflictException(true);
        }
        boolean keyTaken = decision instanceof IdempotencyKeys.Proceed;
        List<StoredContent> stored = new ArrayList<>();
        try {
            stored.add(storeOne(document));
            for (Upload annex : annexes) {
                stored.add(storeOne(annex));
            }
            String fingerprint = fingerprint(environment, options, metadata, stored, annexes);
            if (decision instanceof IdempotencyKeys.Completed first) {
                stored.forEach(store::delete);
                stored.clear();
                if (!first.fingerprint().equals(fingerprint)) {
                    throw new IdempotencyConflictException(false);
                }
                return new Received(ownDepositInFull(new DepositOwner(partnerId, environment), first.depositRef()),
                        true);
            }
            Instant now = clock.instant();
            String owner = options.onBehalfOf() != null && !options.onBehalfOf().isBlank() ? options.onBehalfOf()
                    : requester;
            TechnicalReference reference = unusedReference(options.filename(), now, owner);
            Deposit deposit = Deposit.receive(reference, partner, environment, options, stored.get(0), now);
            for (int i = 0; i < annexes.size(); i++) {
                deposit.attachAnnex(annexes.get(i).filename(), stored.get(i + 1));
            }
            deposit.label(metadata);
            if (addresses != null) {
                deposit.carryRegisteredAddresses(addressSeal.seal(addresses));
            }
            if (lreRecipient != null) {
                deposit.carryLreRecipient(recipientSeal.seal(lreRecipient));
            }
            em.persist(deposit);
            if (keyTaken) {
                idempotency.complete(partnerId, idempotencyKey, fingerprint, reference.value());
            }
            em.flush();
            counters.received(deposit.sendingType()).increment();
            LOG.info(() -> "Deposit " + deposit.id() + " received from partner " + partner.clientId() + ": "
                    + stored.stream().mapToLong(StoredContent::sizeBytes).sum() + " bytes in " + stored.size()
                    + " file(s)");
            fileReceived.fire(new FileReceived(deposit.id()));
            if (addresses != null || lreRecipient != null) {
                recipientRecorded.fire(new RecipientRecorded(deposit.id(), partnerId, addresses, lreRecipient));
            }
            return new Received(deposit, false);
        } catch (IOException | RuntimeException e) {
            stored.forEach(store::delete);
            if (keyTaken) {
                idempotency.abandon(partnerId, idempotencyKey);
            }
            throw e;
        }
    }

    /**
     * The addresses of a registered letter with acknowledgement (LRAR), checked again whichever door read them;
     * null for any other sending type, which keeps none.
     */
    private static RegisteredAddresses registeredAddresses(DepositOptions options) {
        if (options.sendingType() != SendingType.LRAR) {
            return null;
        }
        RegisteredAddresses addresses = options.registeredAddresses();
        if (addresses == null) {
            throw new InvalidInputException("Un envoi LRAR exige l'adresse du destinataire (recipient.address) et"
                    + " l'adresse de retour de l'expéditeur (sender.returnAddress).",
                    "An LRAR deposit requires the recipient's address (recipient.address) and the sender's return"
                            + " address (sender.returnAddress).");
        }
        return RegisteredAddresses.checked(addresses.recipient(), addresses.returnAddress());
    }

    /** The recipient of an electronic registered letter (LRE), required for that sending type only. */
    private static RecipientInformation lreRecipient(DepositOptions options) {
        if (options.sendingType() != SendingType.LRE) {
            return null;
        }
        if (options.lreRecipient() == null) {
            throw new InvalidInputException("Un envoi LRE exige les informations du destinataire"
                    + " (recipient.information).",
                    "An LRE deposit requires the recipient's information (recipient.information).");
        }
        return options.lreRecipient();
    }

    /**
     * A reference no deposit has yet: the random suffix makes a clash rare (same name, same second, same
     * requester), and a clash is drawn again rather than refused by the unique constraint.
     */
    private TechnicalReference unusedReference(String filename, Instant now, String requester) {
        TechnicalReference reference;
        do {
            reference = TechnicalReference.generate(filename, now, requester);
        } while (em.createNamedQuery("Deposit.countWithReference", Long.class)
                .setParameter("ref", reference).getSingleResult() > 0);
        return reference;
    }

    private IdempotencyKeys.Decision beginIdempotent(long partnerId, String key) {
        try {
            return idempotency.begin(partnerId, key);
        } catch (EJBException concurrentInsert) {
            // another request registered the same key between our read and our insert: decide again
            return idempotency.begin(partnerId, key);
        }
    }

    private static String fingerprint(ServiceEnvironment environment, DepositOptions options, ClientMetadata metadata,
                                      List<StoredContent> stored, List<? extends Upload> annexes) {
        StringBuilder request = new StringBuilder().append(environment).append('|').append(options.filename())
                .append('|').append(options.onBehalfOf()).append('|').append(options.paper()).append('|')
                .append(options.sendingType()).append('|').append(metadata.entries()).append('|')
                .append(options.registeredAddresses());
        stored.forEach(content -> request.append('|').append(content.sha256()));
        annexes.forEach(annex -> request.append('|').append(annex.filename()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredContent storeOne(Upload upload) throws IOException {
        try (InputStream content = upload.open()) {
            return store.store(content, maxFileBytes);
        }
    }

    /** The caller's own deposit with this reference; another partner's reference is "not found". */
    public Deposit ownDeposit(DepositOwner owner, String internalRef) {
        if (!TechnicalReference.isWellFormed(internalRef)) {
            throw new DepositNotFoundException();
        }
        return em.createNamedQuery("Deposit.ownWithDocuments", Deposit.class)
                .setParameter("ref", TechnicalReference.parse(internalRef))
                .setParameter("partner", owner.partnerId())
                .setParameter("environment", owner.environment())
                .getResultList().stream().findFirst()
                .orElseThrow(DepositNotFoundException::new);
    }

    /**
     * Checks that the stored content of a deposit (file and annexes) is exactly what was received: it decrypts,
     * authenticates and has the recorded digests. Empty when the content has already been destroyed.
     */
    public Optional<Boolean> contentIntact(String internalRef) throws IOException {
        Deposit deposit = byReference(internalRef);
        if (deposit.contentPurged()) {
            return Optional.empty();
        }
        boolean intact = store.intact(deposit.content());
        for (DepositAnnex annex : deposit.annexes()) {
            intact &= store.intact(annex.content());
        }
        return Optional.of(intact);
    }

    /** One page of a partner's deposits, and the cursor of the next page (null on the last one). */
    public record DepositPage(List<Deposit> deposits, Long nextBeforeId) {
    }

    /** Built per request, not a named query: the filters asked for, metadata joins included, vary in number. */
    public DepositPage search(DepositOwner owner, DepositQuery query) {
        StringBuilder jpql = new StringBuilder("select d.id from Deposit d");
        for (int i = 0; i < query.metadata().size(); i++) {
            jpql.append(" join d.metadata m").append(i);
        }
        jpql.append(" where d.partner.id = :partner and d.environment = :environment");
        if (query.status() != null) {
            jpql.append(" and d.status = :status");
        }
        if (query.receivedFrom() != null) {
            jpql.append(" and d.receivedAt >= :from");
        }
        if (query.receivedTo() != null) {
            jpql.append(" and d.receivedAt < :to");
        }
        if (query.beforeId() != null) {
            jpql.append(" and d.id < :before");
        }
        List<Map.Entry<String, String>> filters = new ArrayList<>(query.metadata().entrySet());
        for (int index = 0; index < filters.size(); index++) {
            jpql.append(" and key(m").append(index).append(") = :k").append(index)
                    .append(" and value(m").append(index).append(") = :v").append(index);
        }
        jpql.append(" order by d.id desc");
        var ids = em.createQuery(jpql.toString(), Long.class).setParameter("partner", owner.partnerId())
                .setParameter("environment", owner.environment());
        if (query.status() != null) {
            ids.setParameter("status", query.status());
        }
        if (query.receivedFrom() != null) {
            ids.setParameter("from", query.receivedFrom());
        }
        if (query.receivedTo() != null) {
            ids.setParameter("to", query.receivedTo());
        }
        if (query.beforeId() != null) {
            ids.setParameter("before", query.beforeId());
        }
        for (int index = 0; index < filters.size(); index++) {
            ids.setParameter("k" + index, filters.get(index).getKey());
            ids.setParameter("v" + index, filters.get(index).getValue());
        }
        List<Long> page = ids.setMaxResults(query.limit() + 1).getResultList();
        boolean more = page.size() > query.limit();
        List<Long> shown = more ? page.subList(0, query.limit()) : page;
        if (shown.isEmpty()) {
            return new DepositPage(List.of(), null);
        }
        List<Deposit> deposits = em.createNamedQuery("Deposit.withMetadata", Deposit.class)
                .setParameter("ids", shown)
                .getResultList();
        return new DepositPage(deposits, more ? shown.get(shown.size() - 1) : null);
    }

    /** The caller's own deposit with its documents, each with its status timeline, its annexes and metadata. */
    public Deposit ownDepositInFull(DepositOwner owner, String internalRef) {
        Deposit deposit = ownDeposit(owner, internalRef);
        deposit.documents().forEach(document -> document.history().size());
        deposit.annexes().size();
        deposit.metadata().size();
        return deposit;
    }

    /** The owner deletes one pending document of its deposit (by its position in the file, from 0). */
    public Deposit deleteDocument(DepositOwner owner, String internalRef, int position) {
        Deposit deposit = lockedForChange(ownDeposit(owner, internalRef));
        Instant now = clock.instant();
        deposit.deleteDocument(position, now, retention.rejectedContentExpiry(now));
        return ownDepositInFull(owner, internalRef);
    }

    /** The owner deletes every document of its deposit; all must still be pending. */
    public Deposit deleteDeposit(DepositOwner owner, String internalRef) {
        Deposit deposit = lockedForChange(ownDeposit(owner, internalRef));
        Instant now = clock.instant();
        deposit.deleteAllDocuments(now, retention.rejectedContentExpiry(now));
        return ownDepositInFull(owner, internalRef);
    }

    /**
     * Locks the deposit and reloads it with its documents: a production cut-off locks it too, so a letter is either
     * deleted or sent to print, never both.
     */
    private Deposit lockedForChange(Deposit deposit) {
        em.refresh(deposit, LockModeType.PESSIMISTIC_WRITE);
        return deposit;
    }

    /** Any deposit by reference, with its documents and annexes, for administrators. */
    public Deposit byReference(String internalRef) {
        if (!TechnicalReference.isWellFormed(internalRef)) {
            throw new DepositNotFoundException();
        }
        Deposit deposit = em.createNamedQuery("Deposit.byReferenceWithDocuments", Deposit.class)
                .setParameter("ref", TechnicalReference.parse(internalRef))
                .getResultStream().findFirst()
                .orElseThrow(DepositNotFoundException::new);
        deposit.annexes().size();
        return deposit;
    }
}
