package fr.imprimfip.notification;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the administrators on call must hear of without watching a dashboard: logged as an error (for the log
 * alerting) and mailed to {@code imprimfip.operations.alert-to}, in the transaction of what caused it.
 */
@ApplicationScoped
public class OperationsAlerts {

    private static final Logger LOG = Logger.getLogger(OperationsAlerts.class.getName());

    @EJB
    Outbox outbox;

    /** Comma-separated addresses of the administrators on call (none: alerts are only logged). */
    @Inject
    @ConfigProperty(name = "imprimfip.operations.alert-to", defaultValue = " ")
    String alertAddresses;

    public void raise(String topic, String subject, String text) {
        LOG.severe(() -> "Operations alert " + topic + ": " + subject + " — " + text);
        outbox.queueToStaff(recipients(), topic, subject, text);
    }

    List<String> recipients() {
        return Arrays.stream(alertAddresses.split(",")).map(String::strip).filter(address -> !address.isEmpty())
                .toList();
    }
}
