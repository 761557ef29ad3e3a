package fr.imprimfip.console.admin;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.ProcessingRegister;
import fr.imprimfip.partner.ProcessingRegisterPdf;
import fr.imprimfip.retention.RecordsPurgeService;

/**
 * The administrators' PDF documents, as the admin API renders them: the register of processing activities
 * ({@code /admin/registre-des-traitements.pdf}) and a partner's destruction certificate
 * ({@code /admin/certificat-destruction.pdf?partenaire=<client id>}).
 */
@WebServlet({AdminDocumentsServlet.REGISTER, AdminDocumentsServlet.CERTIFICATE})
public class AdminDocumentsServlet extends HttpServlet {

    static final String REGISTER = "/admin/registre-des-traitements.pdf";
    static final String CERTIFICATE = "/admin/certificat-destruction.pdf";

    @EJB(lookup = PlatformServices.PROCESSING_REGISTER)
    ProcessingRegister register;

    @EJB(lookup = PlatformServices.RECORDS_PURGE)
    RecordsPurgeService records;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        String filename;
        if (REGISTER.equals(request.getServletPath())) {
            pdf = ProcessingRegisterPdf.render(register.generate());
            filename = "registre-des-traitements.pdf";
        } else {
            String clientId = request.getParameter("partenaire");
            Partner partner = clientId == null ? null : partners.byClientId(clientId).orElse(null);
            if (partner == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            pdf = records.certificate(partner).pdf();
            filename = "certificat-destruction-" + partner.clientId() + ".pdf";
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
