package fr.imprimfip.console.admin;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.console.PlatformServices;

/**
 * A retention purge's status as JSON ({@code ?id=}: {@code {"batchStatus": "STARTED", "finished": false}}), for the
 * retention page's script that waits for it to finish. Under {@code /admin/}, so administrators only.
 */
@WebServlet("/admin/execution")
public class JobRunStatusServlet extends HttpServlet {

    @EJB(lookup = PlatformServices.JOB_RUNS)
    JobRuns jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobRunView run;
        try {
            run = jobs.describe(Long.parseLong(request.getParameter("id")), JobRuns.RETENTION_PURGE);
        } catch (RuntimeException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("batchStatus", run.batchStatus())
                .add("finished", run.finished()).build().toString());
    }
}
