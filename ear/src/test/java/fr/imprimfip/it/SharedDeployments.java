package fr.imprimfip.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

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

        private final Map<String, Kept> kept = new LinkedHashMap<>();

        @Inject
        private Instance<DeploymentScenario> scenario;

        /** Before a class's deployments: the kept archives it does not name go, the last deployed first. */
        public void onlyWhatTheClassNames(@Observes EventContext<DeployManagedDeployments> context) throws Exception {
            Set<String> named = scenario.get().managedDeploymentsInDeployOrder().stream()
                    .filter(deployment -> deployment.getDescription().isArchiveDeployment())
                    .map(deployment -> deployment.getDescription().getArchive().getName())
                    .collect(Collectors.toSet());
            List<String> names = new ArrayList<>(kept.keySet());
            for (int i = names.size() - 1; i >= 0; i--) {
                if (!named.contains(names.get(i))) {
                    kept.remove(names.get(i)).undeploy();
                }
            }
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
                kept.put(name, new Kept(context.getEvent().getDeployableContainer(),
                        deployment.getDescription().getArchive()));
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

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            List<Kept> all = new ArrayList<>(kept.values());
            kept.clear();
            for (int i = all.size() - 1; i >= 0; i--) {
                all.get(i).undeploy();
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

    private record Kept(DeployableContainer<?> container, Archive<?> archive) {
        void undeploy() throws Exception {
            container.undeploy(archive);
        }
    }
}
