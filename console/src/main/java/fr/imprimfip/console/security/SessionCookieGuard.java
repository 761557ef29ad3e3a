package fr.imprimfip.console.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie's SameSite attribute (Secure and HttpOnly are set in web.xml). Lax, not Strict: the browser must
 * bring the cookie back on Keycloak's redirect after sign-in, a top-level GET from another site; another site's form
 * (a POST) never carries it.
 */
@WebListener
public class SessionCookieGuard implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
