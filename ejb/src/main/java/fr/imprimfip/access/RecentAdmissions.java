package fr.imprimfip.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
public class RecentAdmissions {

    private static final int MAX_REMEMBERED = 10_000;

    /** What was admitted, for which caller, until when. */
    public record Caller(String clientId, String certificateThumbprint, String ip, String operation) {
    }

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.access.admission-memory-millis", defaultValue = "1000")
    long memoryMillis;

    private final ExpiringMemory<Caller, PartnerAccess.Admission> admissions = new ExpiringMemory<>(MAX_REMEMBERED);

    public Optional<PartnerAccess.Admission> recall(Caller caller) {
        return admissions.recall(caller, clock.instant().toEpochMilli());
    }

    public void remember(Caller caller, PartnerAccess.Admission admission) {
        admissions.remember(caller, admission, clock.instant().toEpochMilli(), Duration.ofMillis(memoryMillis));
    }

    public void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ConventionChanged change) {
        admissions.forgetValues(admission -> admission.partner().id() == change.partnerId());
    }

    /** Forgets every admission: changes made elsewhere may have gone unheard. */
    public void forgetAll() {
        admissions.forgetValues(admission -> true);
    }
}
