package fr.imprimfip.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.access.ApplicationUserRefusedException;
import fr.imprimfip.deposit.ContentTooLargeException;
import fr.imprimfip.deposit.IdempotencyConflictException;
import fr.imprimfip.partner.ConventionRuleException;
import fr.imprimfip.partner.IdentityProviderUnavailableException;
import fr.imprimfip.partner.PartnerNotFoundException;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.security.Door;

class RefusalAnswerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    @Test
    void aRefusalIsAnsweredByItsKind() {
        assertEquals(ApiError.NOT_FOUND, RefusalAnswer.of(new PartnerNotFoundException("dgfip")).error());
        assertEquals(ApiError.CONFLICT, RefusalAnswer.of(new ConventionRuleException("Déjà fait.", "Already done.")).error());
        assertEquals(ApiError.INVALID_REQUEST, RefusalAnswer.of(new InvalidInputException("Trop long.", "Too long.")).error());
    }

    @Test
    void aRefusalThatNamesItsProblemIsAnsweredWithIt() {
        assertEquals(ApiError.IDEMPOTENCY_IN_FLIGHT, RefusalAnswer.of(new IdempotencyConflictException(true)).error());
        assertEquals(ApiError.IDEMPOTENCY_MISMATCH, RefusalAnswer.of(new IdempotencyConflictException(false)).error());
        assertEquals(ApiError.TOO_LARGE, RefusalAnswer.of(new ContentTooLargeException(200L << 20)).error());
        assertEquals(ApiError.APPLICATION_USER_REFUSED,
                RefusalAnswer.of(new ApplicationUserRefusedException(new RefusalText("Refusé", "Refused"))).error());
    }

    @Test
    void aDependencyFailureTellsTheCallerOnlyToRetry() {
        RefusalAnswer answer = RefusalAnswer.of(new IdentityProviderUnavailableException("Keycloak injoignable à"
                + " https://kc.interne:8443"));
        assertEquals(ApiError.IDENTITY_PROVIDER_UNAVAILABLE, answer.error());
        assertFalse(answer.detail().french().contains("kc.interne"), answer.detail().french());
        assertFalse(answer.detail().english().contains("kc.interne"), answer.detail().english());
    }

    @Test
    void theAuditTrailKeepsWhatTheCallerIsNotTold() {
        RefusalAnswer answer = RefusalAnswer.of(new ApplicationUserRefusedException(new RefusalText(
                "Utilisateur applicatif ou mot de passe invalide", "Invalid application user or password"),
                "mot de passe erroné pour jdupont"));
        assertEquals("mot de passe erroné pour jdupont", answer.auditReason());
        assertEquals("Utilisateur applicatif ou mot de passe invalide", answer.detail().french());
    }

    @Test
    void theWebLayersOwnRefusalsAreAnsweredAsTheySay() {
        RefusalAnswer api = RefusalAnswer.of(new ApiException(ApiError.CORRELATION_ID_MISSING));
        assertEquals(ApiError.CORRELATION_ID_MISSING, api.error());
        assertNull(api.detail());
        assertEquals(ApiError.CORRELATION_ID_MISSING.title(), api.auditReason());
    }

    @Test
    void anythingElseIsAnInternalErrorThatTellsNothing() {
        RefusalAnswer answer = RefusalAnswer.of(new IllegalStateException("The lot L-1 is not composed yet"));
        assertEquals(ApiError.INTERNAL, answer.error());
        assertNull(answer.detail());
        assertEquals(ApiError.INTERNAL, RefusalAnswer.of(new IllegalArgumentException("limit")).error());
    }

    @Test
    void theNativeAndStaffDoorsAnswerInEnglishWhenAskedAndInFrenchOtherwise() {
        RefusalAnswer answer = RefusalAnswer.of(new PartnerNotFoundException("dgfip"));
        JsonObject english = json(ErrorRendering.body(answer.error(), answer.detail(), Door.ADMIN,
                "admin/partners/dgfip", NOW, Locale.ENGLISH));
        assertEquals("Resource not found", english.getString("title"));
        assertEquals("No partner has the client id \"dgfip\".", english.getString("detail"));
        assertEquals("/admin/partners/dgfip", english.getString("instance"));
        assertEquals("urn:imprimfip:problem:not-found", english.getString("type"));
        JsonObject french = json(ErrorRendering.body(answer.error(), answer.detail(), Door.PARTNER_NATIVE,
                "/api/v2/x", NOW, Locale.FRENCH));
        assertEquals("Ressource introuvable", french.getString("title"));
        assertEquals("Aucun partenaire n'a l'identifiant technique « dgfip ».", french.getString("detail"));
    }

    @Test
    void aConventionRuleIsAnsweredInTheLanguageAsked() {
        RefusalAnswer answer = RefusalAnswer.of(new ConventionRuleException("La convention du partenaire a pris fin.",
                "The partner's convention has ended."));
        JsonObject english = json(ErrorRendering.body(answer.error(), answer.detail(), Door.FINANCE, "/finance/x",
                NOW, Locale.ENGLISH));
        assertEquals("Conflict with the resource's state", english.getString("title"));
        assertEquals("The partner's convention has ended.", english.getString("detail"));
        JsonObject french = json(ErrorRendering.body(answer.error(), answer.detail(), Door.FINANCE, "/finance/x",
                NOW, Locale.FRENCH));
        assertEquals("La convention du partenaire a pris fin.", french.getString("detail"));
    }

    @Test
    void theV1ContractSpeaksFrenchWhateverIsAsked() {
        RefusalAnswer answer = RefusalAnswer.of(new PartnerNotFoundException("dgfip"));
        JsonObject error = json(ErrorRendering.body(answer.error(), answer.detail(), Door.PARTNER_V1, "/api/v1/x",
                NOW, Locale.ENGLISH)).getJsonObject("erreur");
        assertEquals(920004, error.getInt("code"));
        assertEquals("Aucun partenaire n'a l'identifiant technique « dgfip ».", error.getString("message"));
        assertEquals("2026-03-02T11:15:30+01:00", error.getString("horodatage"));
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
