package fr.imprimfip.recipient;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.LinkRefusedException;
import fr.imprimfip.lre.RecipientPage;

/**
 * The link of a notification e-mail, {@code /lre/l/<token>}: its landing page (a letter awaits, the masked address,
 * the deadline) or the page saying why the link leads nowhere. The answer is the page itself, not a redirection: the
 * session cookie, SameSite=Strict, would not follow a redirection that began on the webmail's site.
 */
@WebServlet("/l/*")
public class LinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute through which the landing page gets what {@link ElectronicDelivery#open} answered. */
    static final String OPENED = "fr.imprimfip.recipient.opened";

    @EJB(lookup = Platform.DELIVERY)
    private ElectronicDelivery delivery;

    @Inject
    private RecipientVisit recipient;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = LinkToken.in(request.getPathInfo());
        if (token.isEmpty()) {
            recipient.followed(null);
            refused(LinkRefusedException.Reason.UNKNOWN, request, response);
            return;
        }
        recipient.followed(token.get());
        try {
            RecipientPage page = delivery.open(token.get());
            request.setAttribute(OPENED, page);
            request.getRequestDispatcher(Views.LANDING).forward(request, response);
        } catch (LinkRefusedException e) {
            refused(e.reason(), request, response);
        }
    }

    private void refused(LinkRefusedException.Reason reason, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        recipient.refused(reason);
        response.setStatus(reason == LinkRefusedException.Reason.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_GONE);
        request.getRequestDispatcher(Views.LINK_REFUSED).forward(request, response);
    }
}
