package fr.imprimfip.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/** Letters not shipped within the 2-day commitment are listed for administrators; sandbox letters never are. */
@ExtendWith(ArquillianExtension.class)
class LateLettersIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aPendingLetterIsLateOnce48HoursHavePassed() throws Exception {
        String partner = Keycloak.otherPartnerToken();
        String sandbox = Keycloak.partnerToken("demo-partner-sandbox");
        String admin = Keycloak.adminToken();
        String ref = api.submitPdf(partner, "en-retard.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        String sandboxRef = api.submitPdf(sandbox, "essai.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        api.awaitAnalysed(partner, ref);
        api.awaitAnalysed(sandbox, sandboxRef);
        Instant received = Instant.parse(api.getAs("/admin/deposits/" + ref, admin).json().getString("receivedAt"));

        List<JsonObject> notYet = late(admin, received.plus(Duration.ofHours(47)));
        List<JsonObject> late = late(admin, received.plus(Duration.ofHours(50)));

        assertFalse(notYet.stream().anyMatch(l -> l.getString("internalRef").equals(ref)));
        JsonObject letter = late.stream().filter(l -> l.getString("internalRef").equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed as late: " + ref));
        assertEquals("demo-partner-b", letter.getString("partnerClientId"));
        assertEquals("En attente de traitement", letter.getString("status"));
        assertEquals(2, letter.getInt("hoursLate"));
        assertEquals(received.plus(Duration.ofHours(48)), Instant.parse(letter.getString("due")));
        assertTrue(late.stream().noneMatch(l -> l.getString("internalRef").equals(sandboxRef)),
                "sandbox letters are never late");

        assertEquals(403, api.getAs("/admin/late-letters", Keycloak.financeToken()).status());
        assertEquals(403, api.getAs("/admin/late-letters", partner).status());
    }

    @Test
    void aPartnersLateLettersAreReadPageByPageEachOnceInOrderOfTheirDueDate() throws Exception {
        String partner = Keycloak.otherPartnerToken();
        String admin = Keycloak.adminToken();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LetterPdfs file = LetterPdfs.file();
            for (int letter = 0; letter < 2; letter++) {
                file.letter(String.format("PAGE-%d-%d", i, letter), 1);
            }
            refs.add(api.submitPdf(partner, "pages-" + i + ".pdf", file.build()).json().getString("internalRef"));
        }
        for (String ref : refs) {
            api.awaitAnalysed(partner, ref);
        }
        Instant asOf = Instant.now().plus(Duration.ofDays(3));
        String query = "/admin/late-letters?partner=demo-partner-b&asOf=" + asOf;

        List<JsonObject> whole = allPages(admin, query);
        List<JsonObject> paged = new ArrayList<>();
        int pages = 0;
        for (String next = query + "&limit=2"; next != null; pages++) {
            ApiClient.Answer page = api.getAs(next, admin);
            assertEquals(200, page.status(), page.body());
            List<JsonObject> letters = page.jsonArray().getValuesAs(JsonObject.class);
            paged.addAll(letters);
            next = nextPage(page);
            assertTrue(next == null ? letters.size() <= 2 : letters.size() == 2, "two a page: " + page.body());
        }

        assertEquals(whole, paged, "the pages, read in turn, are the whole list");
        assertTrue(pages >= 3, "six letters at least, two a page: " + pages + " pages");
        assertTrue(paged.stream().allMatch(l -> l.getString("partnerClientId").equals("demo-partner-b")));
        List<String> ours = paged.stream().map(l -> l.getString("internalRef")).filter(refs::contains).toList();
        assertEquals(List.of(refs.get(0), refs.get(0), refs.get(1), refs.get(1), refs.get(2), refs.get(2)), ours,
                "each letter once, the first deposited first");
        List<Instant> dues = paged.stream().map(l -> Instant.parse(l.getString("due"))).toList();
        assertEquals(dues.stream().sorted().toList(), dues, "by due date");
        assertTrue(allPages(admin, "/admin/late-letters?partner=demo-partner&asOf=" + asOf).stream()
                .noneMatch(l -> refs.contains(l.getString("internalRef"))), "another partner's list holds none of them");
    }

    @Test
    void aBadPageRequestIsRefusedWithItsReason() {
        String admin = Keycloak.adminToken();
        ApiClient.Answer unknown = api.getAs("/admin/late-letters?partner=nobody-at-all", admin);
        assertEquals(404, unknown.status(), unknown.body());
        for (String after : List.of("not-a-position", "MTIzNA", "LTEuMDAwMDAwMDAwLjE", "%2E%2E%2F%2E%2E")) {
            ApiClient.Answer answer = api.getAs("/admin/late-letters?after=" + after, admin);
            assertEquals(400, answer.status(), after + ": " + answer.body());
            assertTrue(answer.body().contains("after"), answer.body());
        }
        for (String limit : List.of("0", "1001", "-5")) {
            ApiClient.Answer answer = api.getAs("/admin/late-letters?limit=" + limit, admin);
            assertEquals(400, answer.status(), limit + ": " + answer.body());
            assertTrue(answer.body().contains("limit"), answer.body());
        }
    }

    /** The address of the next page, from the {@code Link: <...>; rel="next"} header, or null. */
    private static String nextPage(ApiClient.Answer page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"").matcher(link);
        assertTrue(next.find(), link);
        URI uri = URI.create(next.group(1));
        assertEquals(URI.create(Platform.BASE_URL).getAuthority(), uri.getAuthority(), link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private List<JsonObject> allPages(String admin, String first) {
        List<JsonObject> letters = new ArrayList<>();
        for (String next = first; next != null; ) {
            ApiClient.Answer page = api.getAs(next, admin);
            assertEquals(200, page.status(), page.body());
            letters.addAll(page.jsonArray().getValuesAs(JsonObject.class));
            next = nextPage(page);
        }
        return letters;
    }

    private List<JsonObject> late(String admin, Instant asOf) {
        ApiClient.Answer answer = api.getAs("/admin/late-letters?asOf=" + asOf, admin);
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().stream().map(v -> v.asJsonObject()).toList();
    }
}
