package fr.imprimfip.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerDirectory;

/** Resolves the partner behind a verified token's client id, and refuses it if it may not use the service. */
@Stateless
public class PartnerAccess {

    @Inject
    private PartnerDirectory partners;

    public Partner admittedPartner(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new UnknownPartnerException("Identifiant technique absent du jeton");
        }
        Partner partner = partners.byClientId(clientId)
                .orElseThrow(() -> new UnknownPartnerException("Identifiant technique non enregistré"));
        if (!partner.mayUseService()) {
            throw new UnknownPartnerException("Accès du partenaire suspendu");
        }
        return partner;
    }
}
