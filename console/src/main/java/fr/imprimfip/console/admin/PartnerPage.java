package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.FormRefusal;
import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.partner.ApplicationUsers;
import fr.imprimfip.partner.AttestationKind;
import fr.imprimfip.partner.ConventionNotices;
import fr.imprimfip.partner.Conventions;
import fr.imprimfip.partner.DataPassRequest;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerCredentials;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.SecurityAttestation;
import fr.imprimfip.partner.Tariffs;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * One partner's convention ({@code admin/partenaire.xhtml?id=<identifier>}): what the admin API shows of it, and
 * every lifecycle action of that API, each through the same service method as its endpoint, audited under the
 * administrator's name; the destructive ones asked to be confirmed first.
 */
@Named
@ViewScoped
public class PartnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SUSPEND = "suspendre";
    static final String ISOLATE = "isoler";
    static final String TERMINATE = "resilier";
    static final String RELEASE_HOLD = "lever-conservation";
    static final String REVOKE = "revoquer";

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @EJB(lookup = PlatformServices.CONVENTIONS)
    Conventions conventions;

    @EJB(lookup = PlatformServices.PARTNER_CREDENTIALS)
    PartnerCredentials credentials;

    @EJB(lookup = PlatformServices.APPLICATION_USERS)
    ApplicationUsers applicationUsers;

    @EJB(lookup = PlatformServices.CONVENTION_NOTICES)
    ConventionNotices notices;

    @EJB(lookup = PlatformServices.OUTBOX)
    Outbox outbox;

    @EJB(lookup = PlatformServices.TARIFFS)
    Tariffs tariffs;

    @Inject
    StaffActions actions;

    private final Confirmation confirmation = new Confirmation();

    private String id;
    private PartnerView partner;

    // the forms' fields
    private String reason;
    private String habilitationEnvironment = ServiceEnvironment.SANDBOX.name();
    private String habilitationFrom;
    private String habilitationUntil;
    private boolean habilitationDeposit = true;
    private boolean habilitationRead = true;
    private String dataPassNumber;
    private String legalBasis;
    private String purpose;
    private String expectedLetters;
    private String requestedCalls;
    private String credentialEnvironment = ServiceEnvironment.SANDBOX.name();
    private String credentialClientId;
    private String certificateSubject;
    private String certificatePem;
    private String attestationKind = AttestationKind.HOMOLOGATION.name();
    private String attestationReceivedOn;
    private String attestationValidUntil;
    private String acceptanceNote;
    private String callQuota;
    private String ipRanges;
    private List<ContactInput> contacts;
    private String recipientServices;
    private String userName;
    private String userPassword;
    private String userAsked;

    @PostConstruct
    void open() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        read().ifPresent(found -> {
            callQuota = found.callsPerMinute().isPresent() ? Integer.toString(found.callsPerMinute().getAsInt()) : "";
            ipRanges = FormText.joined(found.ipRanges());
            contacts = ContactInput.of(found.contacts());
            recipientServices = FormText.joined(found.recipientServices());
        });
    }

    private Optional<Partner> read() {
        Optional<Partner> found = id == null || id.isBlank() ? Optional.empty()
                : partners.byIdentifier(id).or(() -> partners.byClientId(id));
        partner = found.map(p -> PartnerView.of(p, credentials.credentialsOf(p.id()), applicationUsers.of(p.clientId()),
                notices.of(p.id()), outbox.of(p.id()), tariffs.history(p.id()).stream()
                        .sorted(Comparator.comparingInt(fr.imprimfip.partner.Tariff::year).reversed()).toList(),
                Clock.systemUTC())).orElse(null);
        if (partner != null) {
            id = partner.identifier();
        }
        return found;
    }

    public PartnerView getPartner() {
        return partner;
    }

    public boolean isFound() {
        return partner != null;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    // ---- status and legal hold (the reason asked) ----

    public void askSuspend() {
        ask(SUSPEND);
    }

    public void askIsolate() {
        ask(ISOLATE);
    }

    public void askTermination() {
        ask(TERMINATE);
    }

    public void askReleaseHold() {
        ask(RELEASE_HOLD);
    }

    public void askRevoke(String username) {
        userAsked = username;
        ask(REVOKE);
    }

    private void ask(String action) {
        confirmation.ask(action);
    }

    /** What the confirmation panel says will happen. */
    public String getConfirmationText() {
        String name = partner == null ? "" : partner.name();
        if (confirmation.isAsked(SUSPEND)) {
            return "L'accès de " + name + " (production et bac à sable) sera suspendu jusqu'à sa reprise ; ses contacts"
                    + " en seront informés. Motif : « " + text(reason) + " ».";
        }
        if (confirmation.isAsked(ISOLATE)) {
            return name + " sera coupé du service sur-le-champ et ses journaux et données placés sous conservation"
                    + " légale ; ses contacts en seront informés. Motif : « " + text(reason) + " ».";
        }
        if (confirmation.isAsked(TERMINATE)) {
            return "Le préavis de résiliation de la convention de " + name + " commencera aujourd'hui : la convention"
                    + " prendra fin d'elle-même dans deux mois ; ses contacts en seront informés. Motif : « "
                    + text(reason) + " ».";
        }
        if (confirmation.isAsked(RELEASE_HOLD)) {
            return "La conservation légale des journaux et données de " + name + " sera levée : les purges de"
                    + " conservation pourront de nouveau les effacer.";
        }
        if (confirmation.isAsked(REVOKE)) {
            return "L'utilisateur applicatif « " + userAsked + " » de " + name + " sera révoqué : il ne pourra plus se"
                    + " connecter.";
        }
        return "";
    }

    public String getConfirmLabel() {
        return confirmation.isAsked(SUSPEND) ? "Confirmer la suspension"
                : confirmation.isAsked(ISOLATE) ? "Confirmer l'isolement"
                : confirmation.isAsked(TERMINATE) ? "Confirmer le préavis de résiliation"
                : confirmation.isAsked(RELEASE_HOLD) ? "Confirmer la levée de la conservation légale"
                : "Confirmer la révocation";
    }

    /** The confirming button: runs the action asked, once. */
    public String confirm() {
        String asked = Stream.of(SUSPEND, ISOLATE, TERMINATE, RELEASE_HOLD, REVOKE).filter(confirmation::isAsked)
                .findFirst().orElse(null);
        if (asked == null || !confirmation.confirm(asked)) {
            return null;
        }
        return switch (asked) {
            case SUSPEND -> act("partenaire.suspendre", () -> conventions.suspend(id, reason),
                    "Le partenaire est suspendu.");
            case ISOLATE -> act("partenaire.isoler", () -> conventions.isolate(id, reason),
                    "Le partenaire est isolé ; ses journaux et données sont sous conservation légale.");
            case TERMINATE -> act("partenaire.preavis-resiliation",
                    () -> conventions.giveTerminationNotice(id, reason),
                    "Le préavis de résiliation est donné : la convention prendra fin dans deux mois.");
            case RELEASE_HOLD -> act("partenaire.conservation-legale.lever", () -> conventions.releaseLegalHold(id),
                    "La conservation légale est levée.");
            default -> act("partenaire.utilisateur.revoquer", id + "/" + userAsked,
                    () -> applicationUsers.revoke(id, userAsked), "L'utilisateur « " + userAsked + " » est révoqué.");
        };
    }

    public void cancel() {
        confirmation.cancel();
    }

    public String resume() {
        return act("partenaire.reprendre", () -> conventions.resume(id, reason), "Le partenaire a repris son accès.");
    }

    public String endIsolation() {
        return act("partenaire.fin-isolement", () -> conventions.endIsolation(id, reason),
                "L'isolement a pris fin ; la conservation légale demeure jusqu'à sa levée.");
    }

    public String placeLegalHold() {
        return act("partenaire.conservation-legale", () -> conventions.placeLegalHold(id),
                "Les journaux et données du partenaire sont sous conservation légale.");
    }

    // ---- onboarding ----

    public String grantHabilitation() {
        ServiceEnvironment environment = ServiceEnvironment.valueOf(habilitationEnvironment);
        return act("partenaire.habilitation", () -> conventions.grantHabilitation(id, new Habilitation(environment,
                        required(FormText.date(habilitationFrom, "Début"), "La date de début de l'habilitation"),
                        FormText.date(habilitationUntil, "Fin"), habilitationDeposit, habilitationRead,
                        new DataPassRequest(FormText.optional(dataPassNumber), legalBasis, purpose,
                                FormText.integer(expectedLetters, "Plis attendus par an"),
                                FormText.integer(requestedCalls, "Appels par minute demandés")))),
                "L'habilitation " + PartnerSections.environment(environment).toLowerCase(java.util.Locale.ROOT)
                        + " est accordée.");
    }

    public String registerCredential() {
        ServiceEnvironment environment = ServiceEnvironment.valueOf(credentialEnvironment);
        String subject = FormText.optional(certificateSubject);
        String pem = FormText.optional(certificatePem);
        return act("partenaire.identifiant", () -> {
            if (subject == null && pem == null) {
                throw FormRefusal.of("Donnez le certificat de l'application (PEM) ou au moins son sujet.");
            }
            return credentials.registerCredential(id, environment, FormText.optional(credentialClientId), subject, pem);
        }, "L'identifiant technique est enregistré auprès du fournisseur d'identité.");
    }

    public String recordAttestation() {
        return act("partenaire.attestation", () -> conventions.attestSecurity(id, SecurityAttestation.of(
                        AttestationKind.valueOf(attestationKind), FormText.date(attestationReceivedOn, "Reçue le"),
                        FormText.date(attestationValidUntil, "Valable jusqu'au"))),
                "L'attestation de sécurité est enregistrée.");
    }

    public String recordAcceptance() {
        return act("partenaire.recette", () -> conventions.recordAcceptance(id, acceptanceNote),
                "La recette fonctionnelle est constatée.");
    }

    public String activateProduction() {
        return act("partenaire.activer-production", () -> conventions.activateProduction(id),
                "L'habilitation de production est active.");
    }

    // ---- access ----

    public String changeCallQuota() {
        return act("partenaire.quota", () -> conventions.changeCallQuota(id, FormText.integer(callQuota, "Quota")),
                "Le quota d'appels est enregistré.");
    }

    public String declareIpRanges() {
        return act("partenaire.plages-ip", () -> conventions.declareIpRanges(id, FormText.lines(ipRanges)),
                "Les plages d'adresses sont enregistrées.");
    }

    public String updateContacts() {
        return act("partenaire.contacts", () -> conventions.updateContacts(id, ContactInput.contacts(contacts),
                FormText.lines(recipientServices)), "Les contacts de la convention sont enregistrés.");
    }

    // ---- application users ----

    public String declareUser() {
        String username = FormText.optional(userName);
        String password = userPassword;
        userPassword = null;
        return act("partenaire.utilisateur.declarer", id + "/" + username,
                () -> applicationUsers.declare(id, username, password), "L'utilisateur « " + username + " » est déclaré.");
    }

    public String unlockUser(String username) {
        return act("partenaire.utilisateur.debloquer", id + "/" + username, () -> applicationUsers.unlock(id, username),
                "L'utilisateur « " + username + " » est débloqué.");
    }

    private String act(String operation, Supplier<?> action, String done) {
        return act(operation, id, action, done);
    }

    /**
     * Done, the page is shown again afresh (post-redirect-get: the message travels in the flash, a reload posts
     * nothing again); refused, the page stays with what was typed, its message shown once.
     */
    private String act(String operation, String target, Supplier<?> action, String done) {
        if (actions.perform(operation, target, action, done) != null) {
            return StaffActions.reload("/admin/partenaire.xhtml?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        read();
        return null;
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw FormRefusal.of(what + " est obligatoire.");
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Today in Paris, as the services reckon due dates. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
    }

    public List<String> getEnvironments() {
        return Stream.of(ServiceEnvironment.values()).map(Enum::name).toList();
    }

    public String environmentLabel(String name) {
        return PartnerSections.environment(ServiceEnvironment.valueOf(name));
    }

    public List<String> getAttestationKinds() {
        return Stream.of(AttestationKind.values()).map(Enum::name).toList();
    }

    public String attestationKindLabel(String name) {
        return PartnerSections.attestationKind(AttestationKind.valueOf(name));
    }

    // ---- getters and setters of the forms' fields ----

    public String getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getHabilitationEnvironment() {
        return habilitationEnvironment;
    }

    public void setHabilitationEnvironment(String habilitationEnvironment) {
        this.habilitationEnvironment = habilitationEnvironment;
    }

    public String getHabilitationFrom() {
        return habilitationFrom;
    }

    public void setHabilitationFrom(String habilitationFrom) {
        this.habilitationFrom = habilitationFrom;
    }

    public String getHabilitationUntil() {
        return habilitationUntil;
    }

    public void setHabilitationUntil(String habilitationUntil) {
        this.habilitationUntil = habilitationUntil;
    }

    public boolean isHabilitationDeposit() {
        return habilitationDeposit;
    }

    public void setHabilitationDeposit(boolean habilitationDeposit) {
        this.habilitationDeposit = habilitationDeposit;
    }

    public boolean isHabilitationRead() {
        return habilitationRead;
    }

    public void setHabilitationRead(boolean habilitationRead) {
        this.habilitationRead = habilitationRead;
    }

    public String getDataPassNumber() {
        return dataPassNumber;
    }

    public void setDataPassNumber(String dataPassNumber) {
        this.dataPassNumber = dataPassNumber;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getExpectedLetters() {
        return expectedLetters;
    }

    public void setExpectedLetters(String expectedLetters) {
        this.expectedLetters = expectedLetters;
    }

    public String getRequestedCalls() {
        return requestedCalls;
    }

    public void setRequestedCalls(String requestedCalls) {
        this.requestedCalls = requestedCalls;
    }

    public String getCredentialEnvironment() {
        return credentialEnvironment;
    }

    public void setCredentialEnvironment(String credentialEnvironment) {
        this.credentialEnvironment = credentialEnvironment;
    }

    public String getCredentialClientId() {
        return credentialClientId;
    }

    public void setCredentialClientId(String credentialClientId) {
        this.credentialClientId = credentialClientId;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public void setCertificateSubject(String certificateSubject) {
        this.certificateSubject = certificateSubject;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public void setCertificatePem(String certificatePem) {
        this.certificatePem = certificatePem;
    }

    public String getAttestationKind() {
        return attestationKind;
    }

    public void setAttestationKind(String attestationKind) {
        this.attestationKind = attestationKind;
    }

    public String getAttestationReceivedOn() {
        return attestationReceivedOn;
    }

    public void setAttestationReceivedOn(String attestationReceivedOn) {
        this.attestationReceivedOn = attestationReceivedOn;
    }

    public String getAttestationValidUntil() {
        return attestationValidUntil;
    }

    public void setAttestationValidUntil(String attestationValidUntil) {
        this.attestationValidUntil = attestationValidUntil;
    }

    public String getAcceptanceNote() {
        return acceptanceNote;
    }

    public void setAcceptanceNote(String acceptanceNote) {
        this.acceptanceNote = acceptanceNote;
    }

    public String getCallQuota() {
        return callQuota;
    }

    public void setCallQuota(String callQuota) {
        this.callQuota = callQuota;
    }

    public String getIpRanges() {
        return ipRanges;
    }

    public void setIpRanges(String ipRanges) {
        this.ipRanges = ipRanges;
    }

    public List<ContactInput> getContacts() {
        return contacts;
    }

    public String getRecipientServices() {
        return recipientServices;
    }

    public void setRecipientServices(String recipientServices) {
        this.recipientServices = recipientServices;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getUserPassword() {
        return userPassword;
    }

    public void setUserPassword(String userPassword) {
        this.userPassword = userPassword;
    }
}
