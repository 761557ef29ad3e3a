package fr.imprimfip.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR built by this module, as the integration tests deploy it on the provisioned server. */
public final class Platform {

    public static final String BASE_URL = "https://localhost:8443";

    private Platform() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("imprimfip.ear", "target/imprimfip.ear")));
    }
}
