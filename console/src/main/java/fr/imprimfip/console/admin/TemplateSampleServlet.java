package fr.imprimfip.console.admin;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.security.SecurityHeaders;
import fr.imprimfip.template.LetterTemplates;

/**
 * A template's sample letter ({@code ?id=}), shown inside its review page: the only console response a console page
 * may frame. Under {@code /admin/}, so administrators only.
 */
@WebServlet("/admin/maquette.pdf")
public class TemplateSampleServlet extends HttpServlet {

    @EJB(lookup = PlatformServices.TEMPLATES)
    LetterTemplates templates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = templates.sample(Long.parseLong(request.getParameter("id")));
        } catch (RuntimeException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", SecurityHeaders.FRAMED_DOCUMENT);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"maquette-" + request.getParameter("id")
                + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
