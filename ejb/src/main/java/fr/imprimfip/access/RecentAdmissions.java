package fr.imprimfip.access;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.partner.ConventionChanged;

/**
 * The admissions this node granted in the last moment ({@code imprimfip.access.admission-memory-millis}, one
 * second by default), so that a partner polling many times a second is not looked up in the database each time.
 * Only admissions are remembered, never refusals; a change to a convention made on this node forgets its
 * partner's admissions at once, one made on another node takes effect here within that moment.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RecentAdmissions {

    private static final int MAX_REMEMBERED = 10_000;

    /** What was admitted, for which caller, until when. */
    public record Caller(String clientId, String certificateSubject, String ip, String operation) {
    }

    private record Remembered(PartnerAccess.Admission admission, long until) {
    }

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.access.admission-memory-millis", defaultValue = "1000")
    long memoryMillis;

    private final Map<Caller, Remembered> admissions = new ConcurrentHashMap<>();

    public Optional<PartnerAccess.Admission> recall(Caller caller) {
        Remembered remembered = admissions.get(caller);
        if (remembered == null || remembered.until() <= clock.instant().toEpochMilli()) {
            return Optional.empty();
        }
        return Optional.of(remembered.admission());
    }

    public void remember(Caller caller, PartnerAccess.Admission admission) {
        if (memoryMillis <= 0) {
            return;
        }
        if (admissions.size() >= MAX_REMEMBERED) {
            admissions.clear();
        }
        admissions.put(caller, new Remembered(admission, clock.instant().toEpochMilli() + memoryMillis));
    }

    public void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ConventionChanged change) {
        admissions.values().removeIf(r -> r.admission().partner().id() == change.partnerId());
    }
}
