package fr.imprimfip.deposit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;

import fr.imprimfip.shared.Meters;
import fr.imprimfip.shared.SendingType;

/**
 * The deposits' counters (docs/operations.md, "Metrics"): files received by sending type, files analysed by outcome,
 * pages and letters analysed. Every series is there from the node's start, at zero: an alert on a rise, or on no
 * rise, has a series to watch before the first file, and sees that one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DepositCounters {

    @Inject
    Meters meters;

    @PostConstruct
    void register() {
        for (SendingType type : SendingType.values()) {
            received(type);
        }
        for (FileStatus status : FileStatus.values()) {
            if (status.analysed()) {
                analysed(status);
            }
        }
        pages();
        letters();
    }

    public Counter received(SendingType type) {
        return meters.counter("imprimfip.deposits.received", "sendingType", type.name());
    }

    public Counter analysed(FileStatus outcome) {
        return meters.counter("imprimfip.analysis.files", "status", outcome.name());
    }

    public Counter pages() {
        return meters.counter("imprimfip.analysis.pages");
    }

    public Counter letters() {
        return meters.counter("imprimfip.analysis.letters");
    }
}
