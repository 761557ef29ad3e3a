package fr.imprimfip.recipient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.lre.DecisionRefusedException;
import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.LetterDownload;
import fr.imprimfip.lre.SessionRefusedException;

/** The accepted letter's PDF, for the identified recipient only; never kept by the browser's cache. */
@WebServlet("/lettre/pdf")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB(lookup = Platform.DELIVERY)
    private ElectronicDelivery delivery;

    @Inject
    private RecipientVisit recipient;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String session = recipient.recipientSession();
        if (session == null) {
            response.sendRedirect(request.getContextPath() + Views.SESSION_ENDED);
            return;
        }
        LetterDownload letter;
        try {
            letter = delivery.letter(session);
        } catch (SessionRefusedException e) {
            recipient.ended();
            response.sendRedirect(request.getContextPath() + Views.SESSION_ENDED);
            return;
        } catch (DecisionRefusedException e) {
            response.sendRedirect(request.getContextPath() + Views.LETTER);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(letter.fileName())
                + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(letter.fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        response.setContentLengthLong(letter.size());
        try (InputStream in = letter.opener().open(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The file name for browsers that ignore {@code filename*}: ASCII letters, digits and a few signs only. */
    static String asciiName(String name) {
        String ascii = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return ascii.isEmpty() ? "lettre.pdf" : ascii;
    }
}
