package fr.imprimfip.console.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.audit.AuditEvent;
import fr.imprimfip.audit.AuditExport;
import fr.imprimfip.audit.AuditJsonLines;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.console.ParisTime;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;

/**
 * The audit trail of a period ({@code ?du=2026-01-01&au=2026-01-31}, days of Paris, both included, a year at most)
 * downloaded as JSON Lines, the audit API's export format. The export itself is recorded in the trail.
 */
@WebServlet("/admin/journal-audit.jsonl")
public class AuditExportServlet extends HttpServlet {

    private static final int PAGE = 1_000;
    private static final Duration MAX_PERIOD = Duration.ofDays(367);

    @EJB(lookup = PlatformServices.AUDIT_EXPORT)
    AuditExport export;

    @EJB(lookup = PlatformServices.AUDIT)
    AuditTrail trail;

    @Inject
    StaffActions actions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String du = request.getParameter("du");
        String au = request.getParameter("au");
        Instant[] period = actions.perform("audit.exporter", du + " au " + au, () -> {
            Instant start = ParisTime.startOfDay(du, "Du");
            Instant end = ParisTime.startOfDay(au, "Au");
            if (start == null || end == null) {
                throw fr.imprimfip.console.FormRefusal.of("La période a un premier et un dernier jour.");
            }
            end = end.plus(Duration.ofDays(1));
            if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
                throw fr.imprimfip.console.FormRefusal.of("La période va du premier au dernier jour, un an"
                        + " au plus.");
            }
            trail.flush();
            return new Instant[] {start, end};
        }, null);
        if (period == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Période invalide");
            return;
        }
        response.setContentType("application/jsonl");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"journal-audit-" + du + "-" + au
                + ".jsonl\"");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8));
        long after = 0;
        List<AuditEvent> page;
        do {
            page = export.page(period[0], period[1], after, PAGE);
            for (AuditEvent event : page) {
                writer.write(AuditJsonLines.line(event));
                writer.write('\n');
                after = event.id();
            }
        } while (page.size() == PAGE);
        writer.flush();
    }
}
