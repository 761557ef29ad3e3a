package fr.imprimfip.web.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.json.Json;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.admin.PartnerConventionResource;
import fr.imprimfip.web.admin.PartnersResource;
import fr.imprimfip.web.admin.SecurityIncidentsResource;
import fr.imprimfip.web.admin.requests.CallQuotaRequest;
import fr.imprimfip.web.editique.PrintLotsResource;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;
import fr.imprimfip.web.errors.ProblemLanguage;
import fr.imprimfip.web.finance.TariffsResource;
import fr.imprimfip.web.finance.requests.TariffRequest;
import fr.imprimfip.web.security.Door;

/**
 * Sample bodies read as the doors read them: bound by {@link RecordBodyReader}, the resource method's parameters
 * validated as the runtime does, the first violation worded by {@link ConstraintViolationMapper}.
 */
class RequestRecordsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aQuotaSetToNullIsNotAnAbsentQuota() {
        assertNull(((CallQuotaRequest) accepted(new PartnerConventionResource(), "callQuota",
                "{\"callsPerMinute\": null}")).callsPerMinute());
        assertEquals(2000, ((CallQuotaRequest) accepted(new PartnerConventionResource(), "callQuota",
                "{\"callsPerMinute\": 2000}")).callsPerMinute());
        assertRefused("Le champ callsPerMinute est obligatoire.", "The callsPerMinute field is required.",
                new PartnerConventionResource(), "callQuota", "{}");
    }

    @Test
    void aMissingBodyIsAnsweredWithTheShapeExpected() {
        assertRefused("Le corps doit être {\"callsPerMinute\": 2000}.", "The body must be {\"callsPerMinute\": 2000}.",
                new PartnerConventionResource(), "callQuota", null);
        assertRefused("Le corps doit être {\"event\": \"...\", \"occurredAt\": \"2026-11-27T10:15:00Z\"}.",
                "The body must be {\"event\": \"...\", \"occurredAt\": \"2026-11-27T10:15:00Z\"}.",
                new PrintLotsResource(), "lotEvent", null);
    }

    @Test
    void aMemberOfAnotherTypeIsRefusedByNameWhereJsonBindingWouldGuess() {
        assertRefused("Le champ callsPerMinute est un entier.", "The callsPerMinute field is an integer.",
                new PartnerConventionResource(), "callQuota", "{\"callsPerMinute\": 2.5}");
        assertRefused("Le champ callsPerMinute est un entier.", "The callsPerMinute field is an integer.",
                new PartnerConventionResource(), "callQuota", "{\"callsPerMinute\": 99999999999}");
        assertRefused("Le champ deposit vaut true ou false.", "The deposit field is true or false.",
                new PartnerConventionResource(), "habilitation", "{\"validFrom\": \"2026-01-01\", \"deposit\": \"yes\","
                        + " \"read\": true}");
        assertRefused("Le champ partners[1] est un texte.", "The partners[1] field is a string.",
                new SecurityIncidentsResource(), "open", "{\"partners\": [\"a\", 2]}");
        assertRefused("Le corps de la requête n'est pas un objet JSON dont chaque champ a le type attendu.",
                "The request body is not a JSON object whose every field has the expected type.",
                new PartnersResource(), "create", "[]");
    }

    @Test
    void aMissingMemberIsNamedByItsPathInTheBody() {
        assertRefused("Le champ dataPass.legalBasis est obligatoire.", "The dataPass.legalBasis field is required.",
                new PartnerConventionResource(), "habilitation", "{\"validFrom\": \"2026-01-01\", \"deposit\": true,"
                        + " \"read\": true, \"dataPass\": {\"number\": \"DP-9\", \"purpose\": \"Avis\"}}");
        assertRefused("Le champ contacts[1].email est obligatoire.", "The contacts[1].email field is required.",
                new PartnersResource(), "create", "{\"identifier\": \"p\", \"name\": \"P\", \"siret\": \"1\","
                        + " \"contacts\": [{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"a@p.invalid\"},"
                        + " {\"role\": \"DATA_CONTROLLER\", \"name\": \"B\"}]}");
        assertRefused("Le champ ranges[1] est obligatoire.", "The ranges[1] field is required.",
                new PartnerConventionResource(), "ipRanges", "{\"ranges\": [\"192.0.2.0/24\", null]}");
        assertRefused("Le champ bySendingType.LRAR.productionPerPli est obligatoire.",
                "The bySendingType.LRAR.productionPerPli field is required.", new TariffsResource(), "set",
                "{\"postagePerPli\": \"1.39\", \"productionPerPli\": 0.19, \"bySendingType\": {\"LRAR\":"
                        + " {\"postagePerPli\": \"5.36\"}}}");
    }

    @Test
    void pricesAreReadFromTextsAndNumbersAlike() {
        TariffRequest tariff = (TariffRequest) accepted(new TariffsResource(), "set", "{\"postagePerPli\": \"1.3900\","
                + " \"productionPerPli\": 0.1925}");
        assertEquals(new BigDecimal("1.3900"), tariff.postagePerPli());
        assertEquals(new BigDecimal("0.1925"), tariff.productionPerPli());
        assertTrue(tariff.lines().isEmpty());
        assertRefused("Le champ postagePerPli est un nombre décimal, par exemple \"1.3900\".",
                "The postagePerPli field is a decimal number, for example \"1.3900\".", new TariffsResource(), "set",
                "{\"postagePerPli\": \"un euro\", \"productionPerPli\": 0}");
    }

    @Test
    void theStaffDoorsAnswerTheRefusalInTheLanguageAsked() {
        RefusalText text = ConstraintViolationMapper.refusal(violations(new PartnerConventionResource(), "ipRanges",
                null)).text();
        assertEquals("The body must be {\"ranges\": [\"192.0.2.0/24\", ...]}.", Json.createReader(new StringReader(
                ErrorRendering.body(ApiError.INVALID_REQUEST, text, Door.ADMIN, "/admin/partners/p/ip-ranges",
                        Instant.now(), ProblemLanguage.of("en-GB,en;q=0.8")))).readObject().getString("detail"));
        assertEquals("Le corps doit être {\"ranges\": [\"192.0.2.0/24\", ...]}.", Json.createReader(
                new StringReader(ErrorRendering.body(ApiError.INVALID_REQUEST, text, Door.ADMIN,
                        "/admin/partners/p/ip-ranges", Instant.now(), ProblemLanguage.of(null)))).readObject()
                .getString("detail"));
    }

    private static Object accepted(Object resource, String name, String body) {
        Object record = RecordBodyReader.bind(bodyType(method(resource, name)), body);
        assertEquals(Set.of(), violations(resource, name, record));
        return record;
    }

    private static void assertRefused(String french, String english, Object resource, String name, String body) {
        RefusalText text;
        try {
            Object record = body == null ? null : RecordBodyReader.bind(bodyType(method(resource, name)), body);
            text = ConstraintViolationMapper.refusal(violations(resource, name, record)).text();
        } catch (InvalidInputException refused) {
            text = refused.text();
        }
        assertEquals(french, text.in(Locale.FRENCH));
        assertEquals(english, text.in(Locale.ENGLISH));
    }

    private static Set<ConstraintViolation<Object>> violations(Object resource, String name, Object record) {
        Method method = method(resource, name);
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(type -> type.isRecord() ? record : type == int.class ? (Object) 2026 : "x").toArray();
        return VALIDATOR.forExecutables().validateParameters(resource, method, arguments);
    }

    @SuppressWarnings("unchecked")
    private static Class<Record> bodyType(Method method) {
        return (Class<Record>) Arrays.stream(method.getParameterTypes()).filter(Class::isRecord).findFirst()
                .orElseThrow();
    }

    private static Method method(Object resource, String name) {
        return Arrays.stream(resource.getClass().getMethods()).filter(method -> method.getName().equals(name))
                .findFirst().orElseThrow();
    }
}
