package fr.imprimfip.persistence;

/**
 * The demo profile (demo partners, tariffs): on for the local platform and the tests, off unless asked for.
 * Read from the system property {@code imprimfip.demo} or the environment variable {@code IMPRIMFIP_DEMO}.
 */
public final class DemoProfile {

    private DemoProfile() {
    }

    public static boolean enabled() {
        String value = System.getProperty("imprimfip.demo", System.getenv("IMPRIMFIP_DEMO"));
        return Boolean.parseBoolean(value);
    }
}
