package fr.imprimfip.deposit;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The content key fingerprints the database records. */
@Stateless
public class ContentKeyRegister {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, ContentKeyFingerprint> recorded() {
        return em.createNamedQuery("ContentKeyFingerprint.all", ContentKeyFingerprint.class).getResultList()
                .stream().collect(Collectors.toMap(ContentKeyFingerprint::keyId, Function.identity()));
    }

    /** Records a key seen for the first time; fails if another node recorded the same id meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String keyId, String fingerprint) {
        em.persist(new ContentKeyFingerprint(keyId, fingerprint, clock.instant(), DepositAnalyzer.NODE));
        em.flush();
    }
}
