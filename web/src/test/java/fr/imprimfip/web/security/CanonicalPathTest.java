package fr.imprimfip.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/editique;x=1/lots/L-1/print-file", "/editique/lots;x=1/L-1/print-file", "/editique/lots/L-1;x=1/print-file",
        "/editique/lots/L-1/print-file;x=1", "/editique%3Bx=1/lots", "/editique%3bx=1/lots", "/editique%2Flots/L-1",
        "/editique%2flots", "/editique//lots", "/editique/./lots", "/editique/lots/../lots", "/editique/lots/..",
        "/EDITIQUE/lots", "/Editique/lots", "/editique\\lots", "/editique%5Clots", "/%65ditique/lots",
        "/editique/lots/%2E%2E/lots", "/editique/lots%00", "/editique/lots%252F", "/editique/lots/%zz"})
    void aDisguisedPathIsRefusedAndStillRecognisedAsTheDoorItAimsAt(String raw) {
        Door door = Door.ofPath(raw);
        assertEquals(Door.PRINT_CENTRE, door, raw);
        assertTrue(CanonicalPath.flawIn(raw, door).isPresent(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api;x=1/v1/file/a@b.pdf/status", "/api/v1;x=1/file/x/status", "/API/v1/file/x/status",
        "/api/V1/file/x/status", "/x/../api/v1/file/x/status", "/api%2Fv1/file/x/status", "/api/./v1/etatSante",
        "/api/v1/file/..%2F..%2Fetc%2Fpasswd/status"})
    void theV1DoorIsRecognisedUnderEveryDisguise(String raw) {
        assertEquals(Door.PARTNER_V1, Door.ofPath(raw), raw);
        assertTrue(CanonicalPath.flawIn(raw, Door.PARTNER_V1).isPresent(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/file/courrier_11272026101500-ABC123@demo-partner.pdf/status",
        "/api/v1/file/courrier%20d%C3%A9mo_1@demo.pdf/status", "/api/v2/deposits/", "/api/v2/deposits",
        "/api/v1/file/a%40b.pdf/status", "/admin/audit/events", "/finance/statements/12"})
    void aCanonicalPathPasses(String raw) {
        Door door = Door.ofPath(raw);
        assertTrue(door.isDoor(), raw);
        assertEquals(java.util.Optional.empty(), CanonicalPath.flawIn(raw, door), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin;x=1/audit/events", "/ADMIN/audit/events", "/admin//audit/events"})
    void staffDoorsAreRecognisedAsStaffWhateverTheSpelling(String raw) {
        assertEquals(Door.ADMIN, Door.ofPath(raw), raw);
        assertTrue(CanonicalPath.flawIn(raw, Door.ADMIN).isPresent(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/apiary", "/errors/authentication", "/ping", "/", "/administration", "/api-docs"})
    void whatIsNoDoorIsLeftAlone(String raw) {
        assertEquals(Door.NONE, Door.ofPath(raw), raw);
    }
}
