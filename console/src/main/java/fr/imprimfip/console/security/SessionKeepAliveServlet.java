package fr.imprimfip.console.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * "Rester connecté": the session-timeout warning's button calls it to count as activity. It answers how many
 * seconds of inactivity the session now has before it ends, or 401 when it already ended. POST from the console's
 * own pages only, like the sign-out.
 */
@WebServlet("/session/prolonger")
public class SessionKeepAliveServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(request.getScheme() + "://" + request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"secondsLeft\": " + session.getMaxInactiveInterval() + "}");
    }
}
