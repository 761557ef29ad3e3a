package fr.imprimfip.console.finance;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.security.SecurityHeaders;
import fr.imprimfip.shared.ResourceNotFoundException;

/**
 * A statement's documents, rendered by the billing service as the finance API's are: {@code ?id=12&format=pdf} (shown
 * in the statement's page, the only response the console lets a page of its own frame) or {@code format=csv};
 * {@code &telecharger} makes it a download.
 */
@WebServlet("/finance/releve-document")
public class StatementDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB(lookup = PlatformServices.BILLING)
    BillingService billing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean csv = "csv".equals(request.getParameter("format"));
        byte[] content;
        try {
            content = csv ? billing.csv(id) : billing.pdf(id);
        } catch (RuntimeException failure) {
            if (failure instanceof ResourceNotFoundException || failure.getCause() instanceof ResourceNotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw failure;
        }
        String name = "releve-" + id + (csv ? ".csv" : ".pdf");
        boolean download = csv || request.getParameter("telecharger") != null;
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/pdf");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        if (!csv) {
            response.setHeader("Content-Security-Policy", SecurityHeaders.FRAMED_DOCUMENT);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
