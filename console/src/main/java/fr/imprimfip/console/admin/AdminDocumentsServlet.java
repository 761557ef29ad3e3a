package fr.imprimfip.console.admin;

import java.io.IOException;
import java.time.YearMonth;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.availability.AvailabilityMeasure;
import fr.imprimfip.availability.AvailabilityProbes;
import fr.imprimfip.availability.AvailabilityReportPdf;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.ProcessingRegister;
import fr.imprimfip.partner.ProcessingRegisterPdf;
import fr.imprimfip.retention.RecordsPurgeService;

/**
 * The administrators' PDF documents, as the admin API renders them: the register of processing activities
 * ({@code /admin/registre-des-traitements.pdf}) and a partner's destruction certificate
 * ({@code /admin/certificat-destruction.pdf?partenaire=<client id>}) and a month's availability report
 * ({@code /admin/disponibilite.pdf?mois=AAAA-MM}).
 */
@WebServlet({AdminDocumentsServlet.REGISTER, AdminDocumentsServlet.CERTIFICATE, AdminDocumentsServlet.AVAILABILITY})
public class AdminDocumentsServlet extends HttpServlet {

    static final String REGISTER = "/admin/registre-des-traitements.pdf";
    static final String CERTIFICATE = "/admin/certificat-destruction.pdf";
    static final String AVAILABILITY = "/admin/disponibilite.pdf";

    @EJB(lookup = PlatformServices.PROCESSING_REGISTER)
    ProcessingRegister register;

    @EJB(lookup = PlatformServices.RECORDS_PURGE)
    RecordsPurgeService records;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @EJB(lookup = PlatformServices.AVAILABILITY)
    AvailabilityProbes availability;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        String filename;
        if (REGISTER.equals(request.getServletPath())) {
            pdf = ProcessingRegisterPdf.render(register.generate());
            filename = "registre-des-traitements.pdf";
        } else if (AVAILABILITY.equals(request.getServletPath())) {
            YearMonth month = AvailabilityMeasure.month(request.getParameter("mois")).orElse(null);
            if (month == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            pdf = AvailabilityReportPdf.render(availability.report(month));
            filename = "disponibilite-" + month + ".pdf";
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
