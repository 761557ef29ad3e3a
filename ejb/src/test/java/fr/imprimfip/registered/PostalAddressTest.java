package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class PostalAddressTest {

    private static final String FIELD = RegisteredAddresses.RECIPIENT_FIELD;

    private static PostalAddress french(String name, String line2, String zipCode, String town) {
        return new PostalAddress(name, line2, null, null, null, zipCode, town, null);
    }

    private static void accepted(PostalAddress address) {
        assertEquals(address, address.checkedAsRecipient(FIELD));
    }

    /**
     * The refusal names the field at fault, in French and in English; the audit trail keeps the field alone, never
     * what the address says.
     */
    private static AddressRefusedException refused(PostalAddress address, String field) {
        AddressRefusedException refusal = assertThrows(AddressRefusedException.class,
                () -> address.checkedAsRecipient(FIELD));
        assertEquals(field, refusal.field());
        assertTrue(refusal.text().french().startsWith(field + " : ")
                || refusal.text().french().equals("Le champ " + field + " est obligatoire."), refusal.text().french());
        assertTrue(refusal.text().english().startsWith(field + ": ")
                || refusal.text().english().equals("The " + field + " field is required."), refusal.text().english());
        assertEquals("Adresse refusée : " + field, refusal.auditReason());
        return refusal;
    }

    @Test
    void realFrenchAddressesAreAccepted() {
        accepted(french("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE", "77420", "CHAMPS-SUR-MARNE"));
        accepted(french("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE", "77420", "CHAMPS SUR MARNE"));
        accepted(new PostalAddress("MADAME CLAIRE MARTIN", "APPARTEMENT 12", "ESCALIER B", "8 AVENUE DE LA GARE",
                "BP 12", "69002", "LYON", "FRANCE"));
        accepted(french("MONSIEUR PAUL HOAREAU", "12 RUE DE PARIS", "97400", "ST DENIS"));
        accepted(french("MADAME LEA JOSEPH", "3 RUE VICTOR HUGO", "97200", "FORT-DE-FRANCE"));
        accepted(french("MAIRIE DE LECCI", "PLACE DE LA MAIRIE", "20000", "AJACCIO"));
    }

    @Test
    void franceOrNoCountryMeansFrance() {
        PostalAddress france = new PostalAddress("M DUPONT", "1 RUE HAUTE", null, null, null, "75008", "PARIS",
                "france");
        assertFalse(france.abroad());
        assertEquals(List.of("M DUPONT", "1 RUE HAUTE", "75008 PARIS"), france.printedLines());
        accepted(france);
        accepted(new PostalAddress("M DUPONT", "1 RUE HAUTE", "", "", "", "75008", "PARIS", ""));
    }

    @Test
    void cedexAndOverseasCollectivitiesAreAcceptedUnverified() {
        accepted(french("DIRECTION DES FINANCES PUBLIQUES", "TSA 12345", "75700", "PARIS CEDEX 07"));
        accepted(french("MONSIEUR JEAN GREAUX", "RUE DE LA PLAGE", "97133", "SAINT-BARTHELEMY"));
    }

    @Test
    void anAddressAbroadNamesItsCountryInFrench() {
        PostalAddress london = new PostalAddress("MRS JANE DOE", "10 HIGH STREET", null, null, null, "SW1A 1AA",
                "LONDON", "ROYAUME-UNI");
        assertTrue(london.abroad());
        accepted(london);
        accepted(new PostalAddress("HERR HANS MULLER", "HAUPTSTRASSE 5", null, null, null, "10115", "BERLIN",
                "ALLEMAGNE"));
        AddressRefusedException unknown = refused(new PostalAddress("MRS JANE DOE", "10 HIGH STREET", null, null, null,
                "SW1A 1AA", "LONDON", "UK"), FIELD + ".country");
        assertTrue(unknown.text().french().contains("[ADR-004]"), unknown.text().french());
    }

    @Test
    void aPostcodeThatDoesNotExistOrATownThatIsNotItsLabelIsRefused() {
        refused(french("M DUPONT", "1 RUE HAUTE", "77999", "CHAMPS-SUR-MARNE"), FIELD + ".zipCode");
        refused(french("M DUPONT", "1 RUE HAUTE", "7742", "CHAMPS-SUR-MARNE"), FIELD + ".zipCode");
        refused(french("M DUPONT", "1 RUE HAUTE", "77420A", "CHAMPS-SUR-MARNE"), FIELD + ".zipCode");
        AddressRefusedException mismatch = refused(french("M DUPONT", "1 RUE HAUTE", "77420", "NOISY-LE-GRAND"),
                FIELD + ".town");
        assertTrue(mismatch.text().french().contains("attendu pour 77420 : CHAMPS-SUR-MARNE"),
                mismatch.text().french());
        assertTrue(mismatch.text().english().contains("expected for 77420 : CHAMPS-SUR-MARNE"),
                mismatch.text().english());
        refused(french("M DUPONT", "1 RUE HAUTE", "75008", "PARIS 8"), FIELD + ".town");
    }

    @Test
    void linesAreAtMost38CapitalsWithoutAccents() {
        accepted(french("M " + "X".repeat(36), "1 RUE HAUTE", "75008", "PARIS"));
        AddressRefusedException long39 = refused(french("M DUPONT", "1 RUE " + "X".repeat(33), "75008", "PARIS"),
                FIELD + ".line2");
        assertTrue(long39.text().french().contains("(39)"), long39.text().french());
        refused(french("M DUPONT", "1 RUE HAUTE", "77420", "CHAMPS-SUR-MARNE" + " X".repeat(8)), FIELD + ".town");
        refused(french("Madame Martin", "1 RUE HAUTE", "75008", "PARIS"), FIELD + ".name");
        refused(french("MADAME CLÉMENCE MARTIN", "1 RUE HAUTE", "75008", "PARIS"), FIELD + ".name");
        refused(french("M DUPONT", "1 RUE DU SACRÉ-CŒUR", "75008", "PARIS"), FIELD + ".line2");
        refused(french("M DUPONT", "1 RUE HAUTE", "75008", "PARÎS"), FIELD + ".town");
        refused(french("M DUPONT", "1 RUE HAUTE;", "75008", "PARIS"), FIELD + ".line2");
    }

    @Test
    void controlCharactersAreRefused() {
        AddressRefusedException control = refused(french("M DUPONT", "1 RUE\u0000HAUTE", "75008", "PARIS"),
                FIELD + ".line2");
        assertTrue(control.text().french().contains("caractères de contrôle"), control.text().french());
        refused(french("M DUPONT", "1 RUE\tHAUTE", "75008", "PARIS"), FIELD + ".line2");
    }

    @Test
    void anAddressHasANameAStreetLineAndATownAndAtMostSixLines() {
        refused(french(null, "1 RUE HAUTE", "75008", "PARIS"), FIELD + ".name");
        refused(french("M DUPONT", null, "75008", "PARIS"), FIELD);
        refused(french("M DUPONT", "1 RUE HAUTE", null, "PARIS"), FIELD + ".zipCode");
        refused(french("M DUPONT", "1 RUE HAUTE", "75008", null), FIELD + ".town");
        AddressRefusedException seven = refused(new PostalAddress("MRS JANE DOE", "FLAT 2", "ROSE COURT",
                "10 HIGH STREET", "WESTMINSTER", "SW1A 1AA", "LONDON", "ROYAUME-UNI"), FIELD);
        assertTrue(seven.text().french().contains("7 lignes"), seven.text().french());
    }

    @Test
    void aReturnAddressIsInFrance() {
        PostalAddress back = french("DGFIP SERVICE DES IMPOTS", "10 RUE DU CENTRE", "77420", "CHAMPS-SUR-MARNE");
        assertEquals(back, back.checkedAsReturnAddress(RegisteredAddresses.RETURN_ADDRESS_FIELD));
        PostalAddress abroad = new PostalAddress("X", "1 HIGH STREET", null, null, null, null, "LONDON",
                "ROYAUME-UNI");
        AddressRefusedException refusal = assertThrows(AddressRefusedException.class,
                () -> abroad.checkedAsReturnAddress(RegisteredAddresses.RETURN_ADDRESS_FIELD));
        assertEquals("sender.returnAddress.country", refusal.field());
    }

    @Test
    void bothAddressesAreCheckedUnderTheirOwnField() {
        PostalAddress good = french("M DUPONT", "1 RUE HAUTE", "75008", "PARIS");
        PostalAddress bad = french("M DUPONT", "1 rue haute", "75008", "PARIS");
        assertEquals(new RegisteredAddresses(good, good), RegisteredAddresses.checked(good, good));
        assertTrue(assertThrows(InvalidInputException.class, () -> RegisteredAddresses.checked(bad, good)).text()
                .french().startsWith("recipient.address.line2 "));
        assertTrue(assertThrows(InvalidInputException.class, () -> RegisteredAddresses.checked(good, bad)).text()
                .french().startsWith("sender.returnAddress.line2 "));
    }
}
