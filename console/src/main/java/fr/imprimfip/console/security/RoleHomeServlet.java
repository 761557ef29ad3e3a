package fr.imprimfip.console.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The console's address opens the home page of the staff member's role: administration first, then finance. */
@WebServlet("")
public class RoleHomeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.isUserInRole(StaffMember.ADMIN)) {
            response.sendRedirect(request.getContextPath() + "/admin/accueil.xhtml");
        } else if (request.isUserInRole(StaffMember.FINANCE)) {
            response.sendRedirect(request.getContextPath() + "/finance/accueil.xhtml");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
