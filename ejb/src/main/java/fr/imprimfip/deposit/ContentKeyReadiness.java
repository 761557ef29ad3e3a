package fr.imprimfip.deposit;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.imprimfip.readiness.ReadinessCondition;
import fr.imprimfip.shared.ContentKey;

/**
 * The node is ready only with the platform's content key: a node that cannot read the stored files must get no
 * traffic. {@link ContentKeyCheck} registers this condition once it has compared the keys with the database.
 */
@ApplicationScoped
public class ContentKeyReadiness implements ReadinessCondition {

    @Inject
    ContentKey key;

    @Override
    public String name() {
        return "content-key";
    }

    @Override
    public Optional<String> refusal() {
        return key.refusal();
    }
}
