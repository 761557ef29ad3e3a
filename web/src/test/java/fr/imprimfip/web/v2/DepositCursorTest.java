package fr.imprimfip.web.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class DepositCursorTest {

    @Test
    void aCursorGivesBackTheIdItWasMadeOf() {
        assertEquals(1234L, DepositCursor.decode(DepositCursor.encode(1234L)));
        assertEquals("ZDoxMjM0", DepositCursor.encode(1234L));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(DepositCursor.decode(null));
    }

    @Test
    void aCursorNotMadeByTheServiceIsRefused() {
        for (String forged : new String[] {"%%%", Base64.getUrlEncoder().encodeToString(
                "1234".getBytes(StandardCharsets.UTF_8)), DepositCursor.encode(1).replace("ZDox", "ZDp4")}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> DepositCursor.decode(forged), forged);
            assertEquals("Curseur de pagination invalide : reprenez celui de la page précédente.",
                    refused.getMessage());
        }
    }
}
