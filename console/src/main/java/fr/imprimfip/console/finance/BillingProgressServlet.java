package fr.imprimfip.console.finance;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The live progress of a billing run, {@code ?execution=42}, as JSON for the billing page's script, which asks
 * every second or two until the run ends. Finance pages' rights apply (under {@code /finance/}).
 */
@WebServlet("/finance/facturation/avancement")
public class BillingProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BillingRunWatch watch;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RunProgress> progress;
        try {
            progress = watch.progress(Long.parseLong(request.getParameter("execution")));
        } catch (NumberFormatException notAnId) {
            progress = Optional.empty();
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (progress.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write("{\"error\": \"Aucune facturation ne porte ce numéro.\"}");
            return;
        }
        response.getWriter().write(json(progress.get()).toString());
    }

    static JsonObject json(RunProgress run) {
        return Json.createObjectBuilder()
                .add("executionId", run.executionId())
                .add("batchStatus", run.batchStatus())
                .add("statusLabel", run.status().label())
                .add("statusCss", run.status().css())
                .add("read", run.read())
                .add("written", run.written())
                .add("filtered", run.filtered())
                .add("partners", run.partners())
                .add("percent", run.percent())
                .add("elapsed", run.elapsed())
                .add("node", run.node())
                .add("finished", run.finished())
                .add("failed", run.failed())
                .build();
    }
}
