package fr.imprimfip.access;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.ConventionChanged;

/**
 * Tells the other nodes of a convention change, on PostgreSQL, in the very transaction that makes it: PostgreSQL
 * delivers the notification when that transaction commits, and never if it rolls back.
 */
@Stateless
public class ConventionChangeNotifier {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ConventionChangeListener listener;

    public void tellOtherNodes(@Observes ConventionChanged change) {
        if (listener.signalling()) {
            em.createNativeQuery("select pg_notify('" + ConventionChangeListener.CHANNEL + "', ?)")
                    .setParameter(1, Long.toString(change.partnerId())).getSingleResult();
        }
    }
}
