package fr.imprimfip.web.editique;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import fr.imprimfip.deposit.ContentTooLargeException;
import fr.imprimfip.production.PrintLot;
import fr.imprimfip.production.PrintLotCatalog;
import fr.imprimfip.production.PrintLotStatus;
import fr.imprimfip.production.ProductionFeedback;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.editique.requests.ProductionReportRequest;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The print centre's work list: lots to produce (oldest first, {@code after} the last one seen), each lot's
 * print-ready file and manifest, and its reports for a whole lot or for one letter (by its rank in the lot, as
 * printed in its sheet marks).
 */
@Path("/editique/lots")
@RequestScoped
public class PrintLotsResource {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1_000;

    @Inject
    PrintLotCatalog catalog;

    @Inject
    ProductionFeedback feedback;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PrintLotView> lots(@QueryParam("status") String status, @QueryParam("after") String after,
                                   @QueryParam("limit") Integer limit) {
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw RequestFields.invalid("limit va de 1 à " + MAX_LIMIT + ".",
                    "limit goes from 1 to " + MAX_LIMIT + ".");
        }
        long afterId = 0;
        if (after != null) {
            afterId = catalog.byReference(after).id();
        }
        return catalog.list(status(status), afterId, max).stream().map(PrintLotView::of).toList();
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public PrintLotView lot(@PathParam("reference") String reference) {
        return PrintLotView.of(catalog.byReference(reference));
    }

    @GET
    @Path("/{reference}/manifest")
    @Produces(MediaType.APPLICATION_JSON)
    public ManifestView manifest(@PathParam("reference") String reference) {
        return ManifestView.of(catalog.manifest(reference));
    }

    /** The print-ready PDF, decrypted and authenticated as it is sent; its SHA-256 is in the lot's description. */
    @GET
    @Path("/{reference}/print-file")
    @Produces("application/pdf")
    public Response printFile(@PathParam("reference") String reference) throws IOException {
        PrintLot lot = catalog.byReference(reference);
        InputStream content = catalog.printFile(reference);
        StreamingOutput body = out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        };
        return Attachments.of(body, "application/pdf", reference + ".pdf")
                .header("Content-Length", lot.printFile().sizeBytes())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(lot.printFile().sha256())) + ":")
                .build();
    }

    @POST
    @Path("/{reference}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public FeedbackReceipt lotEvent(@PathParam("reference") String reference,
            @Valid @NotNull(message = ProductionReportRequest.SHAPE) ProductionReportRequest body) {
        ProductionReport report = ProductionReport.of(body);
        return FeedbackReceipt.of(feedback.onLot(reference, report.event(), report.report(), false));
    }

    @POST
    @Path("/{reference}/letters/{sequence}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public FeedbackReceipt letterEvent(@PathParam("reference") String reference, @PathParam("sequence") int sequence,
            @Valid @NotNull(message = ProductionReportRequest.SHAPE) ProductionReportRequest body) {
        ProductionReport report = ProductionReport.of(body);
        return FeedbackReceipt.of(feedback.onLetter(reference, sequence, report.event(), report.report(), false));
    }

    /**
     * The scanned acknowledgement of receipt of a delivered LRAR letter: PDF, PNG or JPEG, at most
     * {@code imprimfip.registered.acknowledgement-max-bytes} (5 MiB by default). A body announced or found larger is
     * refused (413) without being read further; a body that is not a sound file of its type is refused (400/415).
     * The same scan sent again changes nothing (200, {@code changed: false}); another one is refused (409).
     */
    @PUT
    @Path("/{reference}/letters/{sequence}/acknowledgement")
    @Consumes({"application/pdf", "image/png", "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    public ProductionFeedback.Acknowledged acknowledgement(@PathParam("reference") String reference,
            @PathParam("sequence") int sequence, @HeaderParam("Content-Type") String type,
            @HeaderParam("Content-Length") Long length, InputStream body) throws IOException {
        long max = feedback.acknowledgementMaxBytes();
        if (length != null && length > max) {
            throw new ContentTooLargeException(max);
        }
        byte[] scan = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (scan.length > max) {
            throw new ContentTooLargeException(max);
        }
        return feedback.acknowledge(reference, sequence, scan, type);
    }

    private static PrintLotStatus status(String status) {
        if (status == null) {
            return null;
        }
        return RequestFields.enumValue(PrintLotStatus.class, status, "status");
    }
}
