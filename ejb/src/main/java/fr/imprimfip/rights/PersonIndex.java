package fr.imprimfip.rights;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.LettersAddressed;
import fr.imprimfip.deposit.RecipientRecorded;
import fr.imprimfip.deposit.StoredContentDestroyed;
import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientInformationSeal;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.ContentKey;

/**
 * The blind indexes of letters' recipients: written with the letter (in the transaction that records it), searched
 * by exact normalised value within one partner's letters, forgotten when the person's data is erased, and
 * backfilled for letters recorded before the index existed. The index key is derived (HKDF) from the content key
 * named by {@code imprimfip.person-index.key-id} (by default the current content key); a search computes the
 * digests under every key id the index holds, so that a rotation does not hide letters indexed before it.
 */
@Stateless
public class PersonIndex {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentKey contentKey;

    @Inject
    private RegisteredAddressSeal addressSeal;

    @Inject
    private RecipientInformationSeal recipientSeal;

    @Inject
    @ConfigProperty(name = "imprimfip.person-index.key-id")
    Optional<String> configuredKeyId;

    /** What a recipient is indexed by: the recipient's name and address lines, or name and e-mail address. */
    public record IndexedValue(PersonKey kind, String value) {
    }

    /** One step of a backfill: the last letter looked at (none once past the last) and how many were indexed. */
    public record Backfilled(Optional<Long> lastSeen, int indexed) {
    }

    /** Indexes the recipient of a letter as it is recorded. */
    public void recorded(@Observes RecipientRecorded recorded) {
        em.flush(); // the letter may have been recorded in this transaction: its row must exist before its index's
        index(recorded.depositId(), recorded.partnerId(), values(recorded.addresses(), recorded.lreRecipient()));
    }

    /**
     * Indexes the recipients of a standard file's letters as its analysis reads them: each window's first line as a
     * name, the others as address lines.
     */
    public void addressed(@Observes LettersAddressed letters) {
        List<IndexedValue> values = new ArrayList<>();
        letters.windows().forEach(window -> values.addAll(windowValues(window)));
        index(letters.depositId(), letters.partnerId(), values);
    }

    /** The values a letter's window lines are indexed by: the first as a name, the others as address lines. */
    public static List<IndexedValue> windowValues(List<String> lines) {
        List<IndexedValue> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            values.add(new IndexedValue(i == 0 ? PersonKey.NAME : PersonKey.ADDRESS_LINE, lines.get(i)));
        }
        return values;
    }

    /** The ids of the partner's letters whose recipient has {@code value} as {@code kind}, exactly once normalised. */
    public List<Long> search(long partnerId, PersonKey kind, String value) {
        List<String> keyIds = em.createNamedQuery("PersonIndexEntry.keyIds", String.class).getResultList();
        Set<String> digests = new LinkedHashSet<>();
        for (String keyId : keyIds) {
            index(keyId).of(kind, value).ifPresent(digests::add);
        }
        if (digests.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("PersonIndexEntry.depositsMatching", Long.class)
                .setParameter("partner", partnerId).setParameter("kind", kind).setParameter("digests", digests)
                .getResultList();
    }

    /** The letter's files were destroyed, and its recipient's data with them: its indexes go too. */
    public void destroyed(@Observes StoredContentDestroyed destroyed) {
        forget(List.of(destroyed.depositId()));
    }

    /** Forgets the recipients of these letters: their data was erased. */
    public void forget(List<Long> depositIds) {
        if (!depositIds.isEmpty()) {
            em.createNamedQuery("PersonIndexEntry.forget").setParameter("deposits", depositIds).executeUpdate();
        }
    }

    /**
     * Indexes, under the current index key, up to {@code max} letters after {@code afterId} that keep a recipient
     * and have no index under that key yet (recorded before the index existed, or before a new index key); answers
     * the last letter looked at (none when there is nothing more) and how many letters were indexed.
     */
    public Backfilled backfill(long afterId, int max) {
        int indexed = 0;
        String keyId = currentKeyId();
        List<Deposit> letters = em.createQuery("select d from Deposit d where d.id > :after"
                        + " and (d.sealedRegisteredAddresses is not null or d.sealedLreRecipient is not null)"
                        + " order by d.id", Deposit.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
        for (Deposit letter : letters) {
            long existing = em.createNamedQuery("PersonIndexEntry.countUnder", Long.class)
                    .setParameter("deposit", letter.id()).setParameter("keyId", keyId).getSingleResult();
            if (existing == 0) {
                RegisteredAddresses addresses = letter.sealedRegisteredAddresses() == null ? null
                        : addressSeal.open(letter.sealedRegisteredAddresses());
                RecipientInformation recipient = letter.sealedLreRecipient() == null ? null
                        : recipientSeal.open(letter.sealedLreRecipient());
                index(letter.id(), letter.partner().id(), values(addresses, recipient));
                indexed++;
            }
        }
        return new Backfilled(letters.isEmpty() ? Optional.empty() : Optional.of(letters.get(letters.size() - 1).id()),
                indexed);
    }

    /** The values a recipient is indexed by; the return address (the partner's own) is not. */
    public static List<IndexedValue> values(RegisteredAddresses addresses, RecipientInformation recipient) {
        List<IndexedValue> values = new ArrayList<>();
        if (addresses != null) {
            PostalAddress to = addresses.recipient();
            values.add(new IndexedValue(PersonKey.NAME, to.name()));
            List<String> lines = to.printedLines();
            lines.subList(to.name() == null ? 0 : 1, lines.size())
                    .forEach(line -> values.add(new IndexedValue(PersonKey.ADDRESS_LINE, line)));
        }
        if (recipient != null) {
            values.add(new IndexedValue(PersonKey.EMAIL, recipient.email()));
            if (recipient.lastname() != null || recipient.firstname() != null) {
                values.add(new IndexedValue(PersonKey.NAME, (recipient.firstname() == null ? ""
                        : recipient.firstname()) + " " + (recipient.lastname() == null ? "" : recipient.lastname())));
            }
            if (recipient.socialReason() != null) {
                values.add(new IndexedValue(PersonKey.NAME, recipient.socialReason()));
            }
        }
        return values;
    }

    private void index(long depositId, long partnerId, List<IndexedValue> values) {
        BlindIndex index = index(currentKeyId());
        Set<Map.Entry<PersonKey, String>> digests = new LinkedHashSet<>();
        for (IndexedValue value : values) {
            index.of(value.kind(), value.value()).ifPresent(digest -> digests.add(Map.entry(value.kind(), digest)));
        }
        PersonIndexRows.insert(em, depositId, partnerId, index.keyId(), digests);
    }

    private String currentKeyId() {
        return configuredKeyId.filter(id -> !id.isBlank()).orElse(contentKey.currentKeyId());
    }

    private BlindIndex index(String keyId) {
        return new BlindIndex(keyId, contentKey.derivedKey(keyId, BlindIndex.KEY_PURPOSE));
    }
}
