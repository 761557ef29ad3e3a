package fr.imprimfip.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility audit of a page by axe-core (vendored under {@code src/test/resources/axe} with its licence,
 * refreshed by {@code scripts/refresh-dsfr.sh}), injected into the page the browser shows.
 */
public final class AxeAudit {

    private static final String AXE = load();

    private AxeAudit() {
    }

    /** The violations of impact {@code serious} or {@code critical} on the page shown: rule, impact, help, elements. */
    public static List<String> seriousViolations(JavascriptExecutor browser) {
        browser.executeScript(AXE);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        return ApiClient.parse(result.toString()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .map(v -> v.getString("id") + " (" + v.getString("impact") + "): " + v.getString("help") + " at "
                        + v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                        .map(n -> n.get("target").toString()).toList())
                .toList();
    }

    private static String load() {
        try (InputStream in = AxeAudit.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
