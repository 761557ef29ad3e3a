package fr.imprimfip.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.ContactRole;
import fr.imprimfip.partner.PartnerContact;
import fr.imprimfip.shared.InvalidInputException;

class FormTextTest {

    @Test
    void blankIsNoValue() {
        assertNull(FormText.optional("  "));
        assertNull(FormText.date("", "Début"));
        assertNull(FormText.integer(null, "Quota"));
        assertEquals("abc", FormText.optional(" abc "));
    }

    @Test
    void aTextAreaHoldsOneValueALine() {
        assertEquals(List.of("192.0.2.0/24", "2001:db8::/32"), FormText.lines(" 192.0.2.0/24 \n\n2001:db8::/32\n"));
        assertEquals(List.of(), FormText.lines(null));
        assertEquals("a\nb", FormText.joined(List.of("a", "b")));
    }

    @Test
    void datesAndNumbersAreReadOrRefusedInFrench() {
        assertEquals(LocalDate.of(2026, 11, 27), FormText.date("2026-11-27", "Début"));
        assertEquals(120000, FormText.integer("120 000", "Volume"));
        InvalidInputException date = assertThrows(InvalidInputException.class, () -> FormText.date("27/11", "Début"));
        assertTrue(date.text().french().startsWith("Début : « 27/11 » n'est pas une date"), date.text().french());
        assertThrows(InvalidInputException.class, () -> FormText.integer("douze", "Quota"));
        assertThrows(InvalidInputException.class, () -> FormText.integer("-5", "Quota"));
    }

    @Test
    void contactsAreTheFilledRolesOnly() {
        List<ContactInput> inputs = ContactInput.of(List.of(new PartnerContact(ContactRole.REQUESTER, "Anne Martin",
                "anne@example.invalid", null)));
        assertEquals(ContactRole.values().length, inputs.size());
        assertEquals("Anne Martin", inputs.get(0).getName());
        assertEquals("data-controller", inputs.get(1).getKey());
        inputs.get(3).setEmail(" support@example.invalid ");
        inputs.get(3).setName("Support");

        List<PartnerContact> contacts = ContactInput.contacts(inputs);
        assertEquals(2, contacts.size());
        assertEquals(ContactRole.TECHNICAL_CONTACT, contacts.get(1).role());
        assertEquals("support@example.invalid", contacts.get(1).email());
    }

    @Test
    void aHalfFilledContactIsRefusedByTheDomain() {
        List<ContactInput> inputs = ContactInput.forEveryRole();
        inputs.get(2).setName("Sans courriel");
        assertThrows(InvalidInputException.class, () -> ContactInput.contacts(inputs));
    }
}
