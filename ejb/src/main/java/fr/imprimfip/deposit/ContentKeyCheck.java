package fr.imprimfip.deposit;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.imprimfip.readiness.ReadinessConditions;
import fr.imprimfip.shared.ContentKey;

/**
 * At start, checks that this node's content keys are the platform's: each key id the database records must be in
 * the node's key store with the recorded fingerprint. The first start records them. On a mismatch (data restored
 * without its key store, a store created anew, a node given another store) the node says why in its log, reports
 * DOWN on its readiness check, and neither analyses, composes, receives nor hands out files: the files wait,
 * unharmed, for a node with the right key.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentKeyCheck {

    private static final Logger LOG = Logger.getLogger(ContentKeyCheck.class.getName());

    @Inject
    ContentKey key;

    @EJB
    private ContentKeyRegister register;

    @Inject
    ReadinessConditions readiness;

    @Inject
    ContentKeyReadiness keyReadiness;

    @PostConstruct
    void checkAndReport() {
        try {
            check();
        } finally {
            readiness.require(keyReadiness);
        }
    }

    @PreDestroy
    void stopReporting() {
        readiness.forget(keyReadiness.name());
    }

    private void check() {
        if (key.unreadable().isPresent()) {
            key.refuse(key.unreadable().get());
            return;
        }
        Map<String, String> held = key.fingerprints();
        ContentKeyComparison comparison = ContentKeyComparison.of(held, register.recorded());
        if (comparison.matches()) {
            for (String id : comparison.toRecord()) {
                try {
                    register.record(id, held.get(id));
                    LOG.info(() -> "Content key " + id + " of " + key.location() + " recorded by its fingerprint");
                } catch (EJBException | jakarta.persistence.PersistenceException recordedMeanwhile) {
                    // another node starting at the same time recorded it: compare with what it recorded
                }
            }
            if (!comparison.toRecord().isEmpty()) {
                comparison = ContentKeyComparison.of(held, register.recorded());
            }
        }
        if (comparison.matches()) {
            key.accept();
            LOG.info(() -> "Content keys of " + key.location() + " match the database; files are sealed under "
                    + key.currentKeyId());
        } else {
            key.refuse("the content key store " + key.location() + " does not hold the keys the stored files were"
                    + " sealed with: " + String.join("; ", comparison.problems()) + ". Give this node the key store"
                    + " that goes with this database (IMPRIMFIP_CONTENT_KEY_STORE) and restart it.");
        }
    }
}
