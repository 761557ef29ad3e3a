package fr.imprimfip.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.StopSuiteContainers;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Keeps the platform's archives ({@link Platform#SHARED}) deployed from one test class to the next instead of
 * undeploying and deploying them again for each: the same EAR and console every time, and deploying the EAR costs
 * more than most classes' tests. Each class still finds exactly the archives its {@code @Deployment} methods name (a
 * kept archive a class does not name is undeployed before it runs), and they are all undeployed before the server
 * stops, so that its configuration, copied by the tests that start their own nodes, names no deployment. Registered
 * through META-INF/services.
 */
public final class SharedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    public static final class Keeper {

        private final Map<String, DeployDeployment> kept = new LinkedHashMap<>();

        @Inject
        private Instance<DeploymentScenario> scenario;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        /** Before a class's deployments: the kept archives it does not name go, the last deployed first. */
        public void onlyWhatTheClassNames(@Observes EventContext<DeployManagedDeployments> context) {
            Set<String> named = scenario.get().managedDeploymentsInDeployOrder().stream()
                    .map(Keeper::sharedName).filter(Objects::nonNull).collect(Collectors.toSet());
            undeployKept(name -> !named.contains(name));
            context.proceed();
        }

        public void deploy(@Observes EventContext<DeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            String name = sharedName(deployment);
            if (name != null && kept.containsKey(name)) {
                deployment.deployed();
                return;
            }
            context.proceed();
            if (name != null && deployment.isDeployed() && !deployment.hasDeploymentError()) {
                kept.put(name, context.getEvent());
            }
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            String name = sharedName(deployment);
            if (name != null && kept.containsKey(name)) {
                deployment.undeployed();
                return;
            }
            context.proceed();
        }

        /** Every kept archive is undeployed before the server stops. */
        public void beforeStop(@Observes EventContext<StopSuiteContainers> context) {
            undeployKept(name -> true);
            context.proceed();
        }

        /** Undeployed as Arquillian undeploys (its contexts, its events), with the deployment that deployed it. */
        private void undeployKept(Predicate<String> which) {
            List<String> names = new ArrayList<>(kept.keySet());
            Collections.reverse(names);
            for (String name : names) {
                if (which.test(name)) {
                    DeployDeployment deployed = kept.remove(name);
                    undeploy.fire(new UnDeployDeployment(deployed.getContainer(), deployed.getDeployment()));
                }
            }
        }

        private static String sharedName(Deployment deployment) {
            if (!deployment.getDescription().isArchiveDeployment()) {
                return null;
            }
            String name = deployment.getDescription().getArchive().getName();
            return Platform.SHARED.contains(name) ? name : null;
        }
    }
}
