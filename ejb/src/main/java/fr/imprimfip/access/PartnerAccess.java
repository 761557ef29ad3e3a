package fr.imprimfip.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerCredential;
import fr.imprimfip.partner.PartnerDirectory;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * Resolves the partner behind a verified token's client id, and the environment that client is for; refuses it if
 * the client is unknown or its partner may not use the service.
 */
@Stateless
public class PartnerAccess {

    /** A partner admitted to call, and the environment (production or sandbox) of the credential it used. */
    public record Admission(Partner partner, ServiceEnvironment environment) {
    }

    @Inject
    private PartnerDirectory partners;

    /**
     * Admits a call of {@code clientId} from {@code callerIp}, in the order of the terms of use: the technical
     * identifier must be registered, the address declared by its partner, the partner allowed to use the service.
     */
    public Admission admit(String clientId, String callerIp) {
        if (clientId == null || clientId.isBlank()) {
            throw new UnknownPartnerException("Identifiant technique absent du jeton");
        }
        PartnerCredential credential = partners.credential(clientId)
                .orElseThrow(() -> new UnknownPartnerException("Identifiant technique non enregistré"));
        if (!credential.partner().acceptsCallsFrom(callerIp)) {
            throw new CallerAddressRefusedException();
        }
        if (!credential.partner().mayUseService()) {
            throw new UnknownPartnerException("Accès du partenaire suspendu");
        }
        return new Admission(credential.partner(), credential.environment());
    }
}
