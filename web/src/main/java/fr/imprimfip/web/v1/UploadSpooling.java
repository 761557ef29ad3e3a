package fr.imprimfip.web.v1;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ServletInfo;

import fr.imprimfip.web.ImprimfipApplication;

/**
 * Gives the JAX-RS servlet (registered by the server, which offers no descriptor for its multipart settings) a
 * multipart configuration: every uploaded part is spooled to disk from its first byte and sizes are bounded, so an
 * upload never sits whole in memory.
 */
public class UploadSpooling implements ServletExtension {

    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    static final long MAX_REQUEST_BYTES = 300L * 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        ServletInfo jaxrs = deployment.getServlets().get(ImprimfipApplication.class.getName());
        if (jaxrs != null) {
            jaxrs.setMultipartConfig(new MultipartConfigElement(null, MAX_FILE_BYTES, MAX_REQUEST_BYTES, 0));
        }
    }
}
