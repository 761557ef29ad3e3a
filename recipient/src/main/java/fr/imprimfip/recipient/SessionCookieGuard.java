package fr.imprimfip.recipient;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie's SameSite attribute (Secure and HttpOnly are set in web.xml): Strict, as nothing here needs it
 * on a navigation from another site. The link from the e-mail opens its page without it (the page needs no session
 * before); every later step is a form or link of these pages, which brings it back.
 */
@WebListener
public class SessionCookieGuard implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Strict");
    }
}
