package fr.imprimfip.web.v2;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
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
import jakarta.ws.rs.core.UriInfo;

import fr.imprimfip.deposit.ClientMetadata;
import fr.imprimfip.deposit.DepositOptions;
import fr.imprimfip.deposit.FileNames;
import fr.imprimfip.deposit.DepositQuery;
import fr.imprimfip.deposit.DepositService;
import fr.imprimfip.deposit.FileStatus;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.deposit.Upload;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.security.CallingPartner;

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

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** A deposit sent as the raw PDF body, its options in the query string. */
    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    public Response depositRaw(InputStream body, @QueryParam("filename") String filename,
                               @QueryParam("paper") @DefaultValue("DUPLEX") String paper,
                               @QueryParam("sendingType") @DefaultValue("STD") String sendingType,
                               @QueryParam("onBehalfOf") String onBehalfOf,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) throws IOException {
        DepositOptions options = options(filename, paper, sendingType, onBehalfOf);
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
    public Response depositMultipart(@HeaderParam("Idempotency-Key") String idempotencyKey) throws IOException {
        Part document = null;
        JsonObject json = null;
        List<Upload> annexes = new ArrayList<>();
        for (Part part : parts()) {
            switch (part.getName()) {
                case "document" -> document = part;
                case "options" -> json = json(part);
                case "annexes" -> annexes.add(upload(part, part.getSubmittedFileName()));
                default -> throw invalid("Partie inattendue : « " + part.getName() + " ».");
            }
        }
        if (document == null || document.getSize() == 0) {
            throw invalid("La partie « document » (le PDF) est absente ou vide.");
        }
        if (json == null) {
            throw invalid("La partie « options » est absente.");
        }
        DepositOptions options = options(string(json, "filename"), orDefault(string(json, "paper"), "DUPLEX"),
                orDefault(string(json, "sendingType"), "STD"), string(json, "onBehalfOf"));
        Map<String, String> metadata = new LinkedHashMap<>();
        if (json.get("metadata") instanceof JsonObject labels) {
            labels.forEach((key, value) -> metadata.put(key,
                    value instanceof JsonString text ? text.getString() : value.toString()));
        }
        return receive(options, upload(document, options.filename()), annexes, clientMetadata(metadata),
                idempotencyKey);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DepositPageView search(@QueryParam("status") String status, @QueryParam("receivedFrom") String from,
                                  @QueryParam("receivedTo") String to, @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        DepositQuery query;
        try {
            query = new DepositQuery(status == null ? null : FileStatus.valueOf(status), instant(from, "receivedFrom"),
                    instant(to, "receivedTo"), metadata(uriInfo.getQueryParameters()).entries(), beforeId(cursor),
                    limit == null ? DEFAULT_LIMIT : limit);
        } catch (IllegalArgumentException e) {
            throw invalid("Filtre invalide : status vaut IN_SUBMISSION, SUBMITTED, SUBMITTED_WITH_WARNINGS,"
                    + " SUBMITTED_WITH_ERRORS ou ERROR ; limit va de 1 à " + DepositQuery.MAX_LIMIT
                    + " ; au plus 5 filtres metadata.");
        }
        DepositService.DepositPage page = deposits.search(caller.owner(), query);
        String nextCursor = page.nextBeforeId() == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(("d:" + page.nextBeforeId())
                .getBytes(StandardCharsets.UTF_8));
        String next = nextCursor == null ? null : uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor", nextCursor).build().toString();
        return new DepositPageView(page.deposits().stream().map(DepositView::summary).toList(), nextCursor, next);
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositView deposit(@PathParam("reference") String reference) {
        return DepositView.full(deposits.ownDepositInFull(caller.owner(), reference));
    }

    /** Deletes a document still waiting for production; 409 once it is in production. */
    @DELETE
    @Path("/{reference}/documents/{position}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositView deleteDocument(@PathParam("reference") String reference, @PathParam("position") int position) {
        return DepositView.full(deposits.deleteDocument(caller.owner(), reference, position));
    }

    /** Deletes every document of a deposit, all still waiting for production. */
    @DELETE
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositView deleteDeposit(@PathParam("reference") String reference) {
        return DepositView.full(deposits.deleteDeposit(caller.owner(), reference));
    }

    private Response receive(DepositOptions options, Upload document, List<Upload> annexes, ClientMetadata metadata,
                             String idempotencyKey) throws IOException {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw invalid("Idempotency-Key : 1 à 255 caractères ASCII visibles.");
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

    private static DepositOptions options(String filename, String paper, String sendingType, String onBehalfOf) {
        FileNames.require(filename, "filename");
        if (onBehalfOf != null && !onBehalfOf.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw invalid("onBehalfOf doit être un identifiant d'utilisateur (lettres, chiffres, . _ - @).");
        }
        try {
            return new DepositOptions(filename, onBehalfOf, Paper.valueOf(paper), SendingType.valueOf(sendingType),
                    null);
        } catch (IllegalArgumentException e) {
            throw invalid("paper vaut DUPLEX ou DUPLEX_TIP_MICRO ; sendingType vaut STD, LRE ou LRAR.");
        }
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
            throw invalid("Métadonnées invalides : 20 au plus, clés de 64 caractères (lettres, chiffres, _ . -),"
                    + " valeurs de 1 à 256 caractères.");
        }
    }

    private static Instant instant(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " doit être un instant ISO-8601, par exemple 2026-11-01T00:00:00Z.");
        }
    }

    private static Long beforeId(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith("d:")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(decoded.substring(2));
        } catch (IllegalArgumentException e) {
            throw invalid("Curseur de pagination invalide : reprenez celui de la page précédente.");
        }
    }

    private List<Part> parts() throws IOException {
        try {
            return List.copyOf(request.getParts());
        } catch (IllegalStateException tooLarge) {
            throw new ApiException(ApiError.TOO_LARGE, "La requête dépasse la taille maximale acceptée.");
        } catch (ServletException notMultipart) {
            throw invalid("Le corps de la requête n'est pas un multipart valide.");
        }
    }

    private static JsonObject json(Part part) throws IOException {
        if (part.getSize() > 64 * 1024) {
            throw invalid("La partie « options » dépasse 64 Ko.");
        }
        try (InputStream in = part.getInputStream()) {
            JsonValue value = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("La partie « options » doit être un objet JSON.");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw invalid("La partie « options » n'est pas un JSON valide.");
        }
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw invalid("options." + name + " doit être une chaîne de caractères.");
        }
        return text.getString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Upload upload(Part part, String filename) {
        FileNames.require(filename, part.getName().equals("annexes") ? "annexes (nom de fichier de la partie)"
                : "filename");
        return new Upload() {
            @Override
            public String filename() {
                return filename;
            }

            @Override
            public InputStream open() throws IOException {
                return part.getInputStream();
            }
        };
    }

    private static ApiException invalid(String detail) {
        return new ApiException(ApiError.INVALID_REQUEST, detail);
    }

}
