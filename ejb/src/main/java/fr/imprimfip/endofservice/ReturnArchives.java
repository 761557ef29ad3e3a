package fr.imprimfip.endofservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.billing.Statement;
import fr.imprimfip.billing.StatementFormat;
import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositAnnex;
import fr.imprimfip.deposit.DepositOwner;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentStatusChange;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.lre.ElectronicLetterProofs;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.production.RegisteredProofs;
import fr.imprimfip.shared.SendingType;

/**
 * Builds a partner's return archive into the content store, streamed: every deposit (its record as JSON, its file
 * and annexes as deposited), every letter (a CSV of all of them, with their status), the proofs (registered letters'
 * proofs of deposit and scanned acknowledgements of receipt, electronic registered letters' signed proofs), and the
 * issued statements (PDF and CSV), with the manifest and the checksums of {@link ReturnArchiveWriter}.
 */
@Stateless
public class ReturnArchives {

    private static final int PAGE = 100;
    private static final String LETTERS_HEADER = "depot;position;reference_metier;type_envoi;statut;statut_le;"
            + "numero_recommande\n";

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private BillingService billing;

    @Inject
    private RegisteredProofs registeredProofs;

    @Inject
    private ElectronicLetterProofs electronicProofs;

    @Inject
    private Clock clock;

    /** The archive of everything the partner has, stored encrypted like a deposit. */
    public StoredContent build(Partner partner) {
        long partnerId = partner.id();
        String clientId = partner.clientId();
        Instant at = clock.instant();
        try {
            return store.storeWritten(out -> {
                try (ReturnArchiveWriter archive = new ReturnArchiveWriter(out, clientId, at)) {
                    StringBuilder letters = new StringBuilder(LETTERS_HEADER);
                    addDeposits(archive, partnerId, letters);
                    archive.add("plis.csv", "Tous les plis, avec leur statut", ReturnArchiveWriter.Content.of(
                            letters.toString()));
                    for (Statement statement : billing.issuedStatementsOf(partnerId)) {
                        for (StatementFormat format : List.of(StatementFormat.PDF, StatementFormat.CSV)) {
                            BillingService.Document document = billing.issuedDocument(partnerId, statement.id(),
                                    format);
                            archive.add("releves/" + document.fileName(), "Relevé " + statement.year(),
                                    ReturnArchiveWriter.Content.of(document.content()));
                        }
                    }
                    archive.finish();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The return archive of partner " + partnerId + " cannot be written", e);
        }
    }

    private void addDeposits(ReturnArchiveWriter archive, long partnerId, StringBuilder letters) throws IOException {
        long after = 0;
        while (true) {
            List<Deposit> page = em.createNamedQuery("EndOfService.depositsOfPartner", Deposit.class)
                    .setParameter("partner", partnerId).setParameter("after", after).setMaxResults(PAGE)
                    .getResultList();
            if (page.isEmpty()) {
                return;
            }
            for (Deposit deposit : page) {
                addDeposit(archive, deposit, letters);
                after = deposit.id();
            }
            em.clear();
        }
    }

    private void addDeposit(ReturnArchiveWriter archive, Deposit deposit, StringBuilder letters) throws IOException {
        String reference = deposit.reference().value();
        String folder = "depots/" + safe(reference) + "/";
        archive.add(folder + "depot.json", "Dépôt " + reference, ReturnArchiveWriter.Content.of(
                depositJson(deposit).build().toString()));
        if (!deposit.contentPurged()) {
            StoredContent content = deposit.content();
            archive.add(folder + "fichier.pdf", "Fichier déposé", ReturnArchiveWriter.Content.of(
                    () -> store.open(content)));
            for (DepositAnnex annex : deposit.annexes()) {
                StoredContent annexContent = annex.content();
                archive.add(folder + "annexe-" + annex.position() + ".pdf", "Annexe " + annex.position(),
                        ReturnArchiveWriter.Content.of(() -> store.open(annexContent)));
            }
        }
        DepositOwner owner = new DepositOwner(deposit.partner().id(), deposit.environment());
        for (DepositedDocument letter : deposit.documents()) {
            letters.append(csv(reference)).append(';').append(letter.position()).append(';')
                    .append(csv(letter.businessRef())).append(';').append(deposit.sendingType().name()).append(';')
                    .append(letter.status().name()).append(';').append(letter.statusAt()).append(';')
                    .append(letter.registeredNumber() == null ? "" : letter.registeredNumber()).append('\n');
            addProofs(archive, folder, deposit, owner, letter);
        }
    }

    private void addProofs(ReturnArchiveWriter archive, String folder, Deposit deposit, DepositOwner owner,
                           DepositedDocument letter) throws IOException {
        String reference = deposit.reference().value();
        int position = letter.position();
        if (deposit.sendingType() == SendingType.LRAR && RegisteredProofs.handedOverAt(letter) != null) {
            archive.add(folder + "preuves/preuve-de-depot-" + position + ".pdf", "Preuve de dépôt du pli "
                    + position, ReturnArchiveWriter.Content.of(registeredProofs.proofOfDeposit(owner, reference,
                    position).pdf()));
        }
        if (letter.acknowledgement() != null && !deposit.contentPurged()) {
            StoredContent scan = letter.acknowledgement();
            String extension = letter.acknowledgementType() == null ? "pdf"
                    : letter.acknowledgementType().endsWith("png") ? "png"
                    : letter.acknowledgementType().endsWith("jpeg") ? "jpg" : "pdf";
            archive.add(folder + "preuves/avis-de-reception-" + position + "." + extension, "Avis de réception du"
                    + " pli " + position, ReturnArchiveWriter.Content.of(() -> store.open(scan)));
        }
        if (deposit.sendingType() == SendingType.LRE) {
            for (ElectronicLetterProofs.Available step : electronicProofs.available(owner, reference, position)) {
                ElectronicLetterProofs.Issued proof = electronicProofs.issue(owner, reference, position, step.kind());
                archive.add(folder + "preuves/" + safe(proof.fileName()), step.title(),
                        ReturnArchiveWriter.Content.of(proof.pdf()));
            }
        }
    }

    static JsonObjectBuilder depositJson(Deposit deposit) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (DepositedDocument letter : deposit.documents()) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            for (DocumentStatusChange change : letter.history()) {
                JsonObjectBuilder step = Json.createObjectBuilder().add("status", change.status().name())
                        .add("at", change.changedAt().toString()).add("source", change.source().name());
                if (change.message() != null) {
                    step.add("message", change.message());
                }
                history.add(step);
            }
            JsonObjectBuilder document = Json.createObjectBuilder()
                    .add("position", letter.position())
                    .add("businessRef", letter.businessRef())
                    .add("pages", letter.pageCount())
                    .add("sheets", letter.sheets())
                    .add("weightGrams", letter.weightGrams())
                    .add("envelope", letter.envelope())
                    .add("postageClass", letter.postageClass())
                    .add("status", letter.status().name())
                    .add("statusAt", letter.statusAt().toString())
                    .add("history", history);
            optional(document, "statusMessage", letter.statusMessage());
            optional(document, "registeredNumber", letter.registeredNumber());
            documents.add(document);
        }
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        deposit.metadata().forEach(metadata::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("reference", deposit.reference().value())
                .add("environment", deposit.environment().name())
                .add("filename", deposit.filename())
                .add("paper", deposit.paper().name())
                .add("sendingType", deposit.sendingType().name())
                .add("status", deposit.status().name())
                .add("receivedAt", deposit.receivedAt().toString())
                .add("sizeBytes", deposit.content().sizeBytes())
                .add("sha256", deposit.content().sha256())
                .add("contentDestroyed", deposit.contentPurged())
                .add("metadata", metadata)
                .add("documents", documents);
        optional(json, "onBehalfOf", deposit.onBehalfOf());
        optional(json, "statusMessage", deposit.statusMessage());
        optional(json, "analyzedAt", deposit.analyzedAt() == null ? null : deposit.analyzedAt().toString());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /** A name safe as a path segment of the archive. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._@-]", "_");
    }

    /** A CSV field: quoted when it holds the separator, a quote or a line break. */
    static String csv(String value) {
        return value.matches(".*[;\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
