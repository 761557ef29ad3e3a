package fr.imprimfip.web.v2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.billing.Prices;
import fr.imprimfip.deposit.ClientMetadata;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositOptions;
import fr.imprimfip.deposit.FileNames;
import fr.imprimfip.deposit.DepositQuery;
import fr.imprimfip.deposit.DepositService;
import fr.imprimfip.deposit.FileStatus;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.deposit.Upload;
import fr.imprimfip.lre.ElectronicLetterProofs;
import fr.imprimfip.lre.proof.ProofKind;
import fr.imprimfip.registered.ProofOfDeposit;
import fr.imprimfip.production.RegisteredProofs;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.requests.DepositRecipientJson;
import fr.imprimfip.web.requests.MultipartParts;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.security.CallingPartner;
import fr.imprimfip.web.v1.PartUpload;

/** The deposits of the native API. */
@Path(DepositsResource.PATH)
@RequestScoped
public class DepositsResource {

    static final String PATH = "/api/v2/deposits";
    private static final String METADATA_PREFIX = "metadata.";
    private static final int DEFAULT_LIMIT = 50;

    @Inject
    CallingPartner caller;

    @Inject
    DepositService deposits;

    @Inject
    RegisteredProofs proofs;

    @Inject
    Prices prices;

    @Inject
    ElectronicLetterProofs electronicProofs;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** A deposit sent as the raw PDF body, its options in the query string. */
    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Reçu : l'accusé de réception du dépôt (rejoué tel quel avec"
            + " la même Idempotency-Key)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepositReceipt.class)))
    public Response depositRaw(InputStream body, @QueryParam("filename") String filename,
                               @QueryParam("paper") @DefaultValue("DUPLEX") String paper,
                               @QueryParam("sendingType") @DefaultValue("STD") String sendingType,
                               @QueryParam("onBehalfOf") String onBehalfOf,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) throws IOException {
        if (SendingType.LRAR.name().equals(sendingType)) {
            throw RequestFields.invalid("Un envoi LRAR se dépose en multipart : ses adresses (recipient.address,"
                    + " sender.returnAddress) vont dans la partie « options ».", "An LRAR deposit is sent as"
                    + " multipart: its addresses (recipient.address, sender.returnAddress) go in the \"options\" part.");
        }
        if (SendingType.LRE.name().equals(sendingType)) {
            throw RequestFields.invalid("Un envoi LRE se dépose en multipart : son destinataire"
                    + " (recipient.information) va dans la partie « options ».", "An LRE deposit is sent as"
                    + " multipart: its recipient (recipient.information) goes in the \"options\" part.");
        }
        DepositOptions options = options(filename, paper, sendingType, onBehalfOf, null);
        Upload document = new Upload() {
            @Override
            public String filename() {
                return options.filename();
            }

            @Override
            public InputStream open() {
                return body;
            }
        };
        return receive(options, document, List.of(), metadata(uriInfo.getQueryParameters()), idempotencyKey);
    }

    /**
     * A deposit sent as multipart: {@code document} (the PDF), {@code options} (JSON: filename, paper,
     * sendingType, onBehalfOf, metadata) and any number of {@code annexes}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Reçu : l'accusé de réception du dépôt (rejoué tel quel avec"
            + " la même Idempotency-Key)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepositReceipt.class)))
    public Response depositMultipart(@HeaderParam("Idempotency-Key") String idempotencyKey) throws IOException {
        DepositForm form = DepositForm.read(MultipartParts.of(request));
        DepositOptions options = options(form.filename(), form.paper(), form.sendingType(), form.onBehalfOf(),
                form);
        List<Upload> annexes = form.annexes().stream()
                .<Upload>map(annex -> new PartUpload(annex.submittedFileName(), annex)).toList();
        return receive(options, new PartUpload(options.filename(), form.document()), annexes,
                clientMetadata(form.metadata()), idempotencyKey);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DepositPageView search(@QueryParam("status") String status, @QueryParam("receivedFrom") String from,
                                  @QueryParam("receivedTo") String to, @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        FileStatus wanted = status == null ? null : fileStatus(status);
        Instant receivedFrom = RequestFields.instant(from, "receivedFrom");
        Instant receivedTo = RequestFields.instant(to, "receivedTo");
        Map<String, String> labels = metadata(uriInfo.getQueryParameters()).entries();
        Long beforeId = DepositCursor.decode(cursor);
        DepositQuery query;
        try {
            query = new DepositQuery(wanted, receivedFrom, receivedTo, labels, beforeId,
                    limit == null ? DEFAULT_LIMIT : limit);
        } catch (IllegalArgumentException e) {
            throw invalidFilter();
        }
        DepositService.DepositPage page = deposits.search(caller.owner(), query);
        String nextCursor = page.nextBeforeId() == null ? null : DepositCursor.encode(page.nextBeforeId());
        String next = nextCursor == null ? null : uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor", nextCursor).build().toString();
        return new DepositPageView(page.deposits().stream().map(DepositView::summary).toList(), nextCursor, next);
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositView deposit(@PathParam("reference") String reference) {
        return priced(deposits.ownDepositInFull(caller.owner(), reference));
    }

    /** Deletes a document still waiting for production; 409 once it is in production. */
    @DELETE
    @Path("/{reference}/documents/{position}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositView deleteDocument(@PathParam("reference") String reference, @PathParam("position") int position) {
        return priced(deposits.deleteDocument(caller.owner(), reference, position));
    }

    /** Deletes every document of a deposit, all still waiting for production. */
    @DELETE
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositView deleteDeposit(@PathParam("reference") String reference) {
        return priced(deposits.deleteDeposit(caller.owner(), reference));
    }

    /**
     * The proof of deposit of a registered letter handed to La Poste: a PDF the platform issues from the hand-over
     * record. Not found before the hand-over, for a standard letter, or for another partner's letter.
     */
    @GET
    @Path("/{reference}/documents/{position}/proof-of-deposit")
    @Produces("application/pdf")
    public Response proofOfDeposit(@PathParam("reference") String reference, @PathParam("position") int position) {
        ProofOfDeposit proof = proofs.proofOfDeposit(caller.owner(), reference, position);
        AuditNotes.target(request, reference + "/documents/" + position + "/proof-of-deposit");
        return Attachments.of(proof.pdf(), "application/pdf", "preuve-de-depot-" + reference + "-" + position
                + ".pdf").build();
    }

    /**
     * The proofs of an electronic registered letter (LRE) at this point of its life, each with its step's time.
     * Not found for another partner's letter or a letter that is not an LRE one; none once the content is destroyed.
     */
    @GET
    @Path("/{reference}/documents/{position}/electronic-proofs")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ElectronicProofView> electronicProofs(@PathParam("reference") String reference,
                                                      @PathParam("position") int position) {
        return electronicProofs.available(caller.owner(), reference, position).stream()
                .map(proof -> ElectronicProofView.of(reference, position, proof)).toList();
    }

    /**
     * One signed proof of an electronic registered letter: 409 before its step or once the file's retention period
     * ended, 404 for a kind that does not exist.
     */
    @GET
    @Path("/{reference}/documents/{position}/electronic-proofs/{kind}")
    @Produces("application/pdf")
    public Response electronicProof(@PathParam("reference") String reference, @PathParam("position") int position,
                                    @PathParam("kind") String kind) {
        ElectronicLetterProofs.Issued proof = electronicProofs.issue(caller.owner(), reference, position,
                proofKind(kind));
        AuditNotes.target(request, reference + "/documents/" + position + "/electronic-proofs/" + kind);
        return Attachments.of(proof.pdf(), "application/pdf", proof.fileName())
                .header("Content-Length", proof.pdf().length).build();
    }

    /** The scanned acknowledgement of receipt of a delivered LRAR letter, decrypted, under its own media type. */
    @GET
    @Path("/{reference}/documents/{position}/acknowledgement")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    public Response acknowledgement(@PathParam("reference") String reference, @PathParam("position") int position)
            throws IOException {
        RegisteredProofs.Scan scan = proofs.acknowledgement(caller.owner(), reference, position);
        AuditNotes.target(request, reference + "/documents/" + position + "/acknowledgement");
        StreamingOutput body = out -> {
            try (InputStream in = scan.content()) {
                in.transferTo(out);
            }
        };
        return Attachments.of(body, scan.mediaType(), scan.filename())
                .header("Content-Length", scan.sizeBytes()).build();
    }

    /** The caller's deposit, priced at the caller's tariff of the year it was received. */
    private DepositView priced(Deposit deposit) {
        int year = deposit.receivedAt().atZone(BusinessCalendar.PARIS).getYear();
        return DepositView.full(deposit, prices.of(caller.id(), deposit.environment(), year));
    }

    private Response receive(DepositOptions options, Upload document, List<Upload> annexes, ClientMetadata metadata,
                             String idempotencyKey) throws IOException {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw RequestFields.invalid("Idempotency-Key : 1 à 255 caractères ASCII visibles.",
                    "Idempotency-Key: 1 to 255 visible ASCII characters.");
        }
        DepositService.Received received = deposits.receive(caller.id(), caller.environment(), options,
                caller.clientId(), document, annexes, metadata, idempotencyKey);
        DepositReceipt receipt = DepositReceipt.of(received.deposit());
        Response.ResponseBuilder answer = Response.created(URI.create(receipt.self())).entity(receipt);
        if (received.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }

    /** The options, with the recipient and addresses {@code form} gives for a registered letter (no form: none). */
    private static DepositOptions options(String filename, String paper, String sendingType, String onBehalfOf,
                                          DepositForm form) {
        FileNames.require(filename, "filename");
        if (onBehalfOf != null && !onBehalfOf.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw RequestFields.invalid(
                    "onBehalfOf doit être un identifiant d'utilisateur (lettres, chiffres, . _ - @).",
                    "onBehalfOf must be a user identifier (letters, digits, . _ - @).");
        }
        Paper chosenPaper;
        SendingType chosenType;
        try {
            chosenPaper = Paper.valueOf(paper);
            chosenType = SendingType.valueOf(sendingType);
        } catch (IllegalArgumentException e) {
            throw RequestFields.invalid("paper vaut " + RequestFields.oneOf(Paper.class, "ou") + " ; sendingType vaut "
                    + RequestFields.oneOf(SendingType.class, "ou") + ".", "paper is "
                    + RequestFields.oneOf(Paper.class, "or") + "; sendingType is "
                    + RequestFields.oneOf(SendingType.class, "or") + ".");
        }
        DepositRecipientJson.DepositRecipient recipient = form == null ? DepositRecipientJson.DepositRecipient.NONE
                : form.recipient(chosenType);
        return new DepositOptions(filename, onBehalfOf, chosenPaper, chosenType, LogCorrelation.current(),
                recipient.registeredAddresses(), recipient.lreRecipient());
    }

    private static ProofKind proofKind(String name) {
        for (ProofKind kind : ProofKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return kind;
            }
        }
        throw new ApiException(ApiError.NOT_FOUND, "Aucune preuve de ce type : les types sont "
                + RequestFields.oneOf(ProofKind.class, "ou").toLowerCase(Locale.ROOT) + ".",
                "No proof of this kind: the kinds are " + RequestFields.oneOf(ProofKind.class, "or")
                .toLowerCase(Locale.ROOT) + ".");
    }

    private static ClientMetadata metadata(MultivaluedMap<String, String> query) {
        Map<String, String> labels = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.startsWith(METADATA_PREFIX)) {
                labels.put(name.substring(METADATA_PREFIX.length()), values.get(0));
            }
        });
        return clientMetadata(labels);
    }

    private static ClientMetadata clientMetadata(Map<String, String> labels) {
        try {
            return new ClientMetadata(labels);
        } catch (IllegalArgumentException e) {
            throw RequestFields.invalid("Métadonnées invalides : 20 au plus, clés de 64 caractères (lettres, chiffres,"
                    + " _ . -), valeurs de 1 à 256 caractères.", "Invalid metadata: 20 at most, keys of 64 characters"
                    + " (letters, digits, _ . -), values of 1 to 256 characters.");
        }
    }

    private static FileStatus fileStatus(String name) {
        try {
            return FileStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalidFilter();
        }
    }

    private static InvalidInputException invalidFilter() {
        return RequestFields.invalid("Filtre invalide : status vaut " + RequestFields.oneOf(FileStatus.class, "ou")
                + " ; limit va de 1 à " + DepositQuery.MAX_LIMIT + " ; au plus 5 filtres metadata.",
                "Invalid filter: status is " + RequestFields.oneOf(FileStatus.class, "or") + "; limit goes from 1 to "
                + DepositQuery.MAX_LIMIT + "; 5 metadata filters at most.");
    }

}
