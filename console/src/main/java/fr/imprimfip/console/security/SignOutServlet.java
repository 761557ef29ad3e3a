package fr.imprimfip.console.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Signs out: ends the console's session, then Keycloak's, which sends the browser back to the console's address, where
 * signing in is asked again. POST only, from the console's own pages: the session cookie is SameSite=Lax, so another
 * site's form never carries it, and a foreign Origin is refused besides.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    StaffMember staff;

    @Inject
    SignInProvider provider;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        String self = request.getScheme() + "://" + request.getHeader("Host");
        if (origin != null && !origin.equals(self)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String idToken = staff.idToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", provider.endSession(idToken, self + request.getContextPath() + "/").toString());
    }
}
