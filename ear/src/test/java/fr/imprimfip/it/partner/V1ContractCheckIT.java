package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.V1Contract;

/** The contract check itself catches what it must, so that a passing integration test means something. */
class V1ContractCheckIT {

    @Test
    void acceptsTheContractsOwnExamplesAndRefusesDeviations() {
        String error = "{\"erreur\":{\"code\":900901,\"message\":\"Invalid Credentials\",\"horodatage\":\"x\"}}";
        assertEquals(List.of(), V1Contract.violations("GET", "/api/v1/etatSante", 401, error));
        assertEquals(List.of(), V1Contract.violations("GET", "/api/v1/etatSante", 200, "{\"message\":\"ok\"}"));

        assertTrue(V1Contract.violations("GET", "/api/v1/etatSante", 200, "{\"message\":\"ok\",\"extra\":1}")
                .get(0).contains("extra is not in the contract"));
        assertTrue(V1Contract.violations("GET", "/api/v1/file/x/status", 200,
                "{\"fileStatus\":{\"analyzedDoc\":\"1\"}}").get(0).contains("should be an integer"));
        assertTrue(V1Contract.violations("GET", "/api/v1/file/x/status", 200,
                "{\"docStatus\":[{\"reference\":\"a\"}]}").get(0).contains("status is required"));
        assertTrue(V1Contract.violations("GET", "/api/v1/file/x/status", 404,
                "{\"erreur\":{\"code\":\"920004\"}}").get(0).contains("should be an integer"));
    }
}
