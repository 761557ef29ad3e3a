package fr.imprimfip.web.v1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.ConfigProvider;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ServletInfo;

import fr.imprimfip.deposit.StoreDirectories;
import fr.imprimfip.web.ImprimfipApplication;

/**
 * Gives the JAX-RS servlet (registered by the server, which offers no descriptor for its multipart settings) a
 * multipart configuration: every uploaded part is spooled to disk from its first byte and sizes are bounded, so an
 * upload never sits whole in memory. The parts are spooled into this node's spool directory of the content store,
 * not the server's temporary directory: the server deletes them when the request ends, and what a killed node
 * leaves there (plaintext) is removed at its next start ({@code StorageSweep}).
 */
public class UploadSpooling implements ServletExtension {

    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    static final long MAX_REQUEST_BYTES = 300L * 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        ServletInfo jaxrs = deployment.getServlets().get(ImprimfipApplication.class.getName());
        if (jaxrs != null) {
            jaxrs.setMultipartConfig(new MultipartConfigElement(spool(deployment.getClassLoader()).toString(),
                    MAX_FILE_BYTES, MAX_REQUEST_BYTES, 0));
        }
    }

    private static Path spool(ClassLoader deployment) {
        Path spool = StoreDirectories.of(ConfigProvider.getConfig(deployment)
                .getOptionalValue("imprimfip.storage.dir", String.class)).spool();
        try {
            return Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload spool " + spool, e);
        }
    }
}
