package fr.imprimfip.web.v1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.Config;
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

    /** Defined with the listener's limit in {@code uploads.cli}; the deposit service reads it too. */
    static final String MAX_FILE_BYTES = "imprimfip.deposit.max-file-bytes";
    static final String MAX_REQUEST_BYTES = "imprimfip.max-request-bytes";

    private static final Logger LOG = Logger.getLogger(UploadSpooling.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        ServletInfo jaxrs = deployment.getServlets().get(ImprimfipApplication.class.getName());
        if (jaxrs != null) {
            Config config = ConfigProvider.getConfig(deployment.getClassLoader());
            long maxFile = config.getValue(MAX_FILE_BYTES, Long.class);
            long maxRequest = config.getValue(MAX_REQUEST_BYTES, Long.class);
            if (maxFile > maxRequest) {
                LOG.warning(() -> MAX_FILE_BYTES + " (" + maxFile + ") exceeds " + MAX_REQUEST_BYTES + " ("
                        + maxRequest + "): no file can be larger than the request that carries it.");
            }
            jaxrs.setMultipartConfig(new MultipartConfigElement(spool(config).toString(), maxFile, maxRequest, 0));
        }
    }

    private static Path spool(Config config) {
        Path spool = StoreDirectories.of(config.getOptionalValue("imprimfip.storage.dir", String.class)).spool();
        try {
            return Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload spool " + spool, e);
        }
    }
}
