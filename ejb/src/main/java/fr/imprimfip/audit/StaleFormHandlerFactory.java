package fr.imprimfip.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

/**
 * A form posted after its session ended (its view expired), or a protected page opened from outside the pages' own
 * links, is an ordinary event of a browser left open, not a fault: it is answered with the web module's page saying
 * so (status 400, the request cannot be carried out; an Ajax request is redirected to it) and logged as one INFO line
 * under the request's correlation id, instead of escaping the servlet, where the container would log it as an ERROR
 * with its stack trace and no id. Each web module declares its subclass, naming its page, in its faces-config.xml.
 */
public abstract class StaleFormHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(StaleFormHandlerFactory.class.getName());

    private final String stalePage;

    protected StaleFormHandlerFactory(ExceptionHandlerFactory wrapped, String stalePage) {
        super(wrapped);
        this.stalePage = stalePage;
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new StaleFormHandler(getWrapped().getExceptionHandler(), stalePage);
    }

    private static final class StaleFormHandler extends ExceptionHandlerWrapper {

        private final String stalePage;

        StaleFormHandler(ExceptionHandler wrapped, String stalePage) {
            super(wrapped);
            this.stalePage = stalePage;
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                Optional<String> stale = staleness(events.next().getContext().getException());
                FacesContext context = FacesContext.getCurrentInstance();
                if (stale.isPresent() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                        && !context.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    String requested = context.getExternalContext().getRequestServletPath();
                    LOG.info(() -> "Page " + requested + " answered with " + stalePage + ": " + stale.get());
                    answerWithStalePage(context);
                }
            }
            getWrapped().handle();
        }

        /** The page, in place of the one asked for; an Ajax request is sent to it, as Faces' script expects. */
        private void answerWithStalePage(FacesContext context) {
            if (context.getPartialViewContext().isAjaxRequest()) {
                try {
                    context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                            + stalePage);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
                return;
            }
            context.getExternalContext().setResponseStatus(400);
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, stalePage));
            context.renderResponse();
        }

        private static Optional<String> staleness(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return Optional.of("a form posted after its session ended");
                }
                if (cause instanceof ProtectedViewException) {
                    return Optional.of("a protected page opened from outside the pages' own links");
                }
            }
            return Optional.empty();
        }
    }
}
