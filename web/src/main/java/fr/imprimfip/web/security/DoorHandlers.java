package fr.imprimfip.web.security;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

import fr.imprimfip.web.audit.AuditedExchange;

/**
 * The handlers every call of the doors goes through ahead of the container's security: the audit outermost (so
 * that every answer is recorded, refusals included), then the refusal of paths not spelled canonically, then the
 * maintenance gate.
 */
public class DoorHandlers implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        // the wrapper added last wraps the others
        deployment.addOuterHandlerChainWrapper(MaintenanceGate::new);
        deployment.addOuterHandlerChainWrapper(next -> new CanonicalPathGuard(next, deployment.getContextPath()));
        deployment.addOuterHandlerChainWrapper(next -> new AuditedExchange(next, deployment.getClassLoader()));
    }
}
