package fr.imprimfip.deposit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only with the platform's content key: a node that cannot read the stored files must get no traffic. The
 * reason (no key material) is in the check's data and the node's log.
 */
@Readiness
@ApplicationScoped
public class ContentKeyReadiness implements HealthCheck {

    @Inject
    ContentKey key;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("content-key").withData("current-key-id", key.currentKeyId());
        return key.refusal().map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().build());
    }
}
