package fr.imprimfip.rights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerInformed;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientInformationSeal;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.retention.ContentPurgeService;
import fr.imprimfip.shared.InvalidInputException;

/**
 * Administrators' handling of a person's rights request from a partner: the request recorded with the partner's
 * reference, the person's letters found through the person index, what is held about them exported, their
 * processing restricted or their data erased on the controller's instruction. Each step is kept with the request
 * and told to the partner's data controller and DPO (the e-mail names the request and the letters' technical
 * references, never the person).
 */
@Stateless
public class DataSubjectRights {

    /** The most letters a backfill call indexes; the next call goes on. */
    static final int BACKFILL_PER_CALL = 2000;
    private static final int BACKFILL_PAGE = 200;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private PersonIndex index;

    @Inject
    private RegisteredAddressSeal addressSeal;

    @Inject
    private RecipientInformationSeal recipientSeal;

    @Inject
    private ContentPurgeService purge;

    @Inject
    private Clock clock;

    @Inject
    private Event<PartnerInformed> informed;

    /** What a backfill did: letters indexed, and whether letters remain for another call. */
    public record Backfill(int indexed, boolean more) {
    }

    /** Records a partner's written request (its reference) about a person's right. */
    public RightsRequest open(String clientId, String partnerReference, PersonsRight right, String by) {
        Partner partner = partners.existing(clientId);
        RightsRequest request = new RightsRequest(partner.id(), partnerReference, right, clock.instant(), by);
        em.persist(request);
        em.flush();
        tell(request, "reçue", "Votre demande d'exercice du droit " + label(right) + " a été enregistrée par le"
                + " service Imprim'FIP sous la référence " + request.reference() + ".");
        return request;
    }

    public RightsRequest byReference(String reference) {
        RightsRequest request = em.find(RightsRequest.class, RightsRequest.idOf(reference));
        if (request == null) {
            throw new RightsRequestNotFoundException(reference);
        }
        return request;
    }

    /** The most recent requests, first. */
    public List<RightsRequest> recent(int max) {
        return em.createQuery("select r from RightsRequest r order by r.id desc", RightsRequest.class)
                .setMaxResults(max).getResultList();
    }

    /**
     * Finds the partner's letters addressed to the person: those whose recipient matches every key given (exact
     * match once normalised). They become the letters the next steps concern.
     */
    public RightsRequest search(String reference, Map<PersonKey, String> keys, String by) {
        RightsRequest request = byReference(reference);
        Map<PersonKey, String> given = keys.entrySet().stream()
                .filter(key -> key.getValue() != null && !key.getKey().normalise(key.getValue()).isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (given.isEmpty()) {
            throw new InvalidInputException("Donnez au moins un nom, une ligne d'adresse ou une adresse"
                    + " électronique.", "Give at least a name, an address line or an e-mail address.");
        }
        if (given.values().stream().anyMatch(value -> value.length() > PersonKey.MAX_VALUE)) {
            throw new InvalidInputException("Une valeur recherchée tient en 254 caractères au plus.",
                    "A searched value is 254 characters at most.");
        }
        Set<Long> found = null;
        for (Map.Entry<PersonKey, String> key : given.entrySet()) {
            Set<Long> matching = new LinkedHashSet<>(index.search(request.partnerId(), key.getKey(), key.getValue()));
            if (found == null) {
                found = matching;
            } else {
                found.retainAll(matching);
            }
        }
        String used = given.keySet().stream().sorted().map(PersonsRightsTexts::keyLabel)
                .collect(Collectors.joining(", "));
        request.found(List.copyOf(found), used, clock.instant(), by);
        tell(request, "recherche effectuée", "La recherche des courriers adressés à la personne concernée ("
                + used + ") a trouvé " + found.size() + " courrier(s)" + letterList(letters(request)) + ".");
        return request;
    }

    /** What the platform holds about the person, for the partner to answer the person (access, portability). */
    public JsonObject export(String reference, String by) {
        RightsRequest request = searched(reference);
        List<Deposit> letters = letters(request);
        Partner partner = partners.byId(request.partnerId());
        JsonArrayBuilder held = Json.createArrayBuilder();
        letters.forEach(letter -> held.add(letter(letter)));
        JsonObject export = Json.createObjectBuilder()
                .add("request", request.reference())
                .add("partnerReference", request.partnerReference())
                .add("partner", partner.clientId())
                .add("right", request.right().name())
                .add("exportedAt", clock.instant().toString())
                .add("controller", partner.name())
                .add("processor", "Imprim'FIP (DGFiP)")
                .add("purpose", "Impression, mise sous pli et remise à La Poste ou distribution électronique des"
                        + " courriers du partenaire")
                .add("letters", held)
                .build();
        request.record(RightsAction.EXPORT, null, clock.instant(), by);
        tell(request, "export des données", "Les données détenues sur la personne concernée dans "
                + letters.size() + " courrier(s)" + letterList(letters) + " ont été exportées ; elles vous sont"
                + " transmises par le service Imprim'FIP par un canal sécurisé.");
        return export;
    }

    /**
     * Restricts the processing of the person's letters on the controller's instruction: not printed, not
     * delivered, not advanced further; letters already in production go on (they are out of the platform's hands).
     */
    public RightsRequest restrict(String reference, String instruction, String by) {
        RightsRequest request = searched(reference);
        requireInstruction(instruction);
        Instant now = clock.instant();
        List<Deposit> letters = lockedLetters(request);
        refuseFilesOfOtherRecipients(letters);
        letters.forEach(letter -> letter.restrictOnInstruction(now));
        request.record(RightsAction.RESTRICTION, instruction.strip(), now, by);
        tell(request, "limitation du traitement", "Sur votre instruction, le traitement de " + letters.size()
                + " courrier(s)" + letterList(letters) + " est limité : ils ne seront plus imprimés, remis ni"
                + " distribués. Les courriers déjà remis à l'imprimeur ou à La Poste suivent leur cours.");
        return request;
    }

    /**
     * Erases the person's data on the controller's instruction: pending letters withdrawn, their files destroyed
     * (recorded for the destruction certificate), the sealed addresses or recipient wiped and the index forgotten.
     * Refused, with nothing erased, while data is on legal hold or a letter is being printed or delivered
     * electronically.
     */
    public RightsRequest erase(String reference, String instruction, String by) {
        RightsRequest request = searched(reference);
        requireInstruction(instruction);
        Partner partner = partners.byId(request.partnerId());
        if (partner.legalHoldSince().isPresent()) {
            throw new RightsRefusedException("Les données du partenaire sont sous conservation légale (incident ou"
                    + " litige) : rien n'est effacé avant la levée de la conservation.",
                    "The partner's data is on legal hold (incident or dispute): nothing is erased until it is"
                            + " released.");
        }
        List<Deposit> letters = lockedLetters(request);
        refuseFilesOfOtherRecipients(letters);
        List<String> busy = letters.stream().filter(letter -> !letter.erasableNow())
                .map(letter -> letter.reference().value()).toList();
        if (!busy.isEmpty()) {
            throw new RightsRefusedException("Des courriers sont en cours d'analyse, d'impression ou de distribution"
                    + " électronique : " + String.join(", ", busy) + ". Limitez leur traitement, puis effacez-les"
                    + " une fois remis à La Poste.", "Letters are being analysed, printed or delivered"
                    + " electronically: " + String.join(", ", busy) + ". Restrict them, then erase them once handed"
                    + " to the post.");
        }
        Instant now = clock.instant();
        for (Deposit letter : letters) {
            if (!letter.contentPurged()) {
                purge.destroyStoredFiles(letter);
            }
            letter.eraseOnInstruction(now);
        }
        index.forget(letters.stream().map(Deposit::id).toList());
        request.record(RightsAction.ERASURE, instruction.strip(), now, by);
        tell(request, "effacement", "Sur votre instruction, les données de la personne concernée ont été effacées"
                + " de " + letters.size() + " courrier(s)" + letterList(letters) + " : fichiers détruits, adresses"
                + " effacées, courriers en attente supprimés (ni imprimés ni facturés). Les métadonnées sans donnée"
                + " personnelle (statuts, numéro de recommandé) suivent leur durée de conservation.");
        return request;
    }

    /** Indexes the letters recorded before the person index existed (or under an older index key). */
    public Backfill backfill() {
        long after = 0;
        int indexed = 0;
        int seen = 0;
        while (seen < BACKFILL_PER_CALL) {
            PersonIndex.Backfilled page = index.backfill(after, BACKFILL_PAGE);
            if (page.lastSeen().isEmpty()) {
                return new Backfill(indexed, false);
            }
            after = page.lastSeen().get();
            indexed += page.indexed();
            seen += BACKFILL_PAGE;
            em.flush();
            em.clear();
        }
        return new Backfill(indexed, true);
    }

    /** A letter a request concerns, by its technical reference, and what was done to it; no personal data. */
    public record LetterState(String reference, String sendingType, List<String> statuses, Instant restrictedAt,
                              Instant erasedAt, boolean contentStored) {
    }

    /** The letters a request concerns, as administrators see them. */
    public List<LetterState> letterStates(RightsRequest request) {
        return letters(request).stream().map(letter -> new LetterState(letter.reference().value(),
                letter.sendingType().name(), letter.documents().stream().map(doc -> doc.status().label()).toList(),
                letter.rightsRestrictedAt(), letter.rightsErasedAt(), !letter.contentPurged())).toList();
    }

    private List<Deposit> letters(RightsRequest request) {
        List<Deposit> letters = new ArrayList<>();
        request.letters().stream().sorted().map(id -> em.find(Deposit.class, id)).filter(Objects::nonNull)
                .forEach(letters::add);
        return letters;
    }

    private List<Deposit> lockedLetters(RightsRequest request) {
        List<Deposit> letters = new ArrayList<>();
        request.letters().stream().sorted().map(id -> em.find(Deposit.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(Objects::nonNull).forEach(letters::add);
        return letters;
    }

    /**
     * A file holding several letters also holds other recipients' letters: restricting or erasing it would touch
     * them, so nothing is done and the controller is told which files (it may withdraw them itself).
     */
    private static void refuseFilesOfOtherRecipients(List<Deposit> letters) {
        List<String> shared = letters.stream().filter(letter -> letter.documents().size() > 1)
                .map(letter -> letter.reference().value() + " (" + letter.documents().size() + ")").toList();
        if (!shared.isEmpty()) {
            throw new RightsRefusedException("Des fichiers trouvés contiennent aussi les courriers d'autres"
                    + " destinataires : " + String.join(", ", shared) + ". Rien n'est fait : limiter ou effacer un"
                    + " tel fichier toucherait leurs courriers ; le partenaire peut le retirer lui-même.",
                    "Files found also hold other recipients' letters: " + String.join(", ", shared) + ". Nothing"
                            + " is done: restricting or erasing such a file would touch their letters; the partner"
                            + " may withdraw it itself.");
        }
    }

    private RightsRequest searched(String reference) {
        RightsRequest request = byReference(reference);
        if (!request.searched()) {
            throw new RightsRefusedException("Recherchez d'abord les courriers de la personne concernée.",
                    "Search the person's letters first.");
        }
        return request;
    }

    private static void requireInstruction(String instruction) {
        if (instruction == null || instruction.isBlank()) {
            throw new InvalidInputException("instruction : l'instruction écrite du responsable de traitement est"
                    + " obligatoire.", "instruction: the controller's written instruction is required.");
        }
    }

    private JsonObject letter(Deposit deposit) {
        JsonObjectBuilder letter = Json.createObjectBuilder()
                .add("reference", deposit.reference().value())
                .add("environment", deposit.environment().name())
                .add("sendingType", deposit.sendingType().name())
                .add("receivedAt", deposit.receivedAt().toString())
                .add("contentStored", !deposit.contentPurged());
        addInstant(letter, "contentExpiresAt", deposit.contentExpiresAt());
        addInstant(letter, "restrictedAt", deposit.rightsRestrictedAt());
        addInstant(letter, "erasedAt", deposit.rightsErasedAt());
        if (deposit.sealedRegisteredAddresses() != null) {
            RegisteredAddresses addresses = addressSeal.open(deposit.sealedRegisteredAddresses());
            letter.add("recipientAddress", lines(addresses.recipient()));
        }
        if (deposit.sealedLreRecipient() != null) {
            RecipientInformation recipient = recipientSeal.open(deposit.sealedLreRecipient());
            JsonObjectBuilder json = Json.createObjectBuilder().add("email", recipient.email())
                    .add("type", recipient.type().name());
            addText(json, "lastname", recipient.lastname());
            addText(json, "firstname", recipient.firstname());
            addText(json, "socialReason", recipient.socialReason());
            letter.add("recipient", json);
        }
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (DepositedDocument document : deposit.documents()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("businessRef", document.businessRef())
                    .add("status", document.status().label()).add("statusAt", document.statusAt().toString());
            addText(json, "registeredNumber", document.registeredNumber());
            JsonArrayBuilder history = Json.createArrayBuilder();
            document.history().forEach(change -> history.add(Json.createObjectBuilder()
                    .add("status", change.status().label()).add("at", change.changedAt().toString())));
            documents.add(json.add("history", history));
        }
        return letter.add("documents", documents).build();
    }

    private static JsonArrayBuilder lines(PostalAddress address) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        address.printedLines().forEach(lines::add);
        return lines;
    }

    private static void addInstant(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static void addText(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private void tell(RightsRequest request, String step, String text) {
        informed.fire(new PartnerInformed(request.partnerId(), PartnerInformed.Topic.DATA_SUBJECT_RIGHTS,
                "Demande " + request.partnerReference() + " (" + request.reference() + ") : " + step,
                "Demande d'exercice de droits " + request.partnerReference() + ", enregistrée sous la référence "
                        + request.reference() + ".\n\n" + text + "\n\nConformément à la clause 11.6 de l'annexe"
                        + " relative à la protection des données, le service Imprim'FIP vous assiste ; la réponse"
                        + " à la personne concernée vous appartient."));
    }

    private static String letterList(List<Deposit> letters) {
        return letters.isEmpty() ? "" : " (" + letters.stream().map(letter -> letter.reference().value())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String label(PersonsRight right) {
        return PersonsRightsTexts.rightLabel(right);
    }
}
