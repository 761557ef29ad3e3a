package fr.imprimfip.it;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The console sessions of one test class: one browser signed in per role, opened by the first test that asks for it
 * and closed after the class. Each test gets it back on the role's home page with a single window, as a fresh sign-in
 * leaves it: starting a browser and signing in on Keycloak for every test would cost more than most tests. Tests that
 * sign out or change the browser itself (its clock, say) open their own {@link ConsoleSession} instead. Register it
 * with {@code @RegisterExtension static final ConsoleSessions CONSOLE = new ConsoleSessions();}.
 */
public final class ConsoleSessions implements AfterAllCallback {

    private final Map<String, ConsoleSession> signedIn = new LinkedHashMap<>();

    /** demo-admin on the administrators' home page. */
    public ConsoleSession admin() {
        return as("demo-admin", "demo-admin-password");
    }

    /** demo-finance on the finance home page. */
    public ConsoleSession finance() {
        return as("demo-finance", "demo-finance-password");
    }

    private ConsoleSession as(String username, String password) {
        ConsoleSession session = signedIn.get(username);
        if (session != null && session.backHome()) {
            return session;
        }
        if (session != null) {
            session.close();
        }
        session = ConsoleSession.signIn(username, password);
        signedIn.put(username, session);
        return session;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        signedIn.values().forEach(ConsoleSession::close);
        signedIn.clear();
    }
}
