package fr.imprimfip.it;

import java.io.File;
import java.util.Set;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR built by this module, as the integration tests deploy it on the provisioned server. */
public final class Platform {

    public static final String BASE_URL = "https://localhost:8443";

    /**
     * The archives below, by name: deployed once and kept from one test class to the next ({@link SharedDeployments}).
     * A test needing a different EAR or console gives its archive another name.
     */
    public static final Set<String> SHARED = Set.of("imprimfip.ear", "imprimfip-console.war",
            "imprimfip-recipient.war");

    private Platform() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("imprimfip.ear", "target/imprimfip.ear")));
    }

    /** The staff console, deployed next to the EAR (after it: the console calls the EAR's services). */
    public static WebArchive console() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("imprimfip.console.war", "target/imprimfip-console.war")));
    }

    /** The recipients' pages of electronic registered letters, deployed next to the EAR (after it), as the console. */
    public static WebArchive recipientPages() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("imprimfip.recipient.war", "target/imprimfip-recipient.war")));
    }
}
