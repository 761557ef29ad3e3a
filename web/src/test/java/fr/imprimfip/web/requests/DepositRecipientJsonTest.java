package fr.imprimfip.web.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.registered.AddressRefusedException;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientType;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;

class DepositRecipientJsonTest {

    private static final String PERSON = "{\"emailAddress\":\"claire.martin@exemple.fr\",\"type\":\"PARTICULIER\","
            + "\"lastname\":\"MARTIN\",\"firstname\":\"Claire\",\"socialReason\":null}";
    private static final String COMPANY = "{\"emailAddress\":\"contact@dmt-solutions.fr\",\"type\":\"PROFESSIONNEL\","
            + "\"socialReason\":\"DMT SOLUTIONS FRANCE SAS\"}";
    private static final String ADDRESS = "{\"name\":\"MADAME CLAIRE MARTIN\",\"line2\":\"8 AVENUE DE LA GARE\","
            + "\"zipCode\":\"69002\",\"town\":\"LYON\"}";

    @Test
    void anLreKeepsItsRecipientOnly() {
        DepositRecipientJson.DepositRecipient read = DepositRecipientJson.read(lre(PERSON), SendingType.LRE);
        assertEquals(new RecipientInformation("claire.martin@exemple.fr", RecipientType.PARTICULIER, "MARTIN",
                "Claire", null), read.lreRecipient());
        assertNull(read.registeredAddresses());
        RecipientInformation company = DepositRecipientJson.read(lre(COMPANY), SendingType.LRE).lreRecipient();
        assertEquals("DMT SOLUTIONS FRANCE SAS", company.displayName());
        assertNull(company.lastname(), "absent where the type needs no name");
    }

    @Test
    void nullIsAcceptedWhereTheContractSaysNullable() {
        RecipientInformation read = DepositRecipientJson.read(json("{\"recipient\":{\"information\":"
                + COMPANY.replace("}", ",\"lastname\":null,\"firstname\":null}") + ",\"address\":null}}"),
                SendingType.LRE).lreRecipient();
        assertEquals(RecipientType.PROFESSIONNEL, read.type());
        assertRefused("Le champ recipient.information.emailAddress doit être une chaîne de caractères, pas null.",
                lre(PERSON.replace("\"claire.martin@exemple.fr\"", "null")), SendingType.LRE);
        assertRefused("Le champ recipient.information.type doit être une chaîne de caractères, pas null.",
                lre(PERSON.replace("\"PARTICULIER\"", "null")), SendingType.LRE);
    }

    @Test
    void anLreWithoutItsRecipientIsRefused() {
        String required = "Un envoi LRE exige les informations du destinataire (recipient.information).";
        assertRefused(required, json("{}"), SendingType.LRE);
        assertRefused(required, json("{\"recipient\":null}"), SendingType.LRE);
        assertRefused(required, json("{\"recipient\":{\"information\":null}}"), SendingType.LRE);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> DepositRecipientJson.read(json("{\"recipient\":{}}"), SendingType.LRE));
        assertEquals("An LRE deposit requires the recipient's information (recipient.information).",
                refused.text().english());
    }

    @Test
    void badEmailAddressesAreRefusedNamingTheField() {
        assertField("recipient.information.emailAddress", PERSON.replace("claire.martin@exemple.fr", "claire.martin"));
        assertField("recipient.information.emailAddress", PERSON.replace("exemple.fr", "localhost"));
        assertField("recipient.information.emailAddress", PERSON.replace("claire.martin@", "claire..martin@"));
        assertField("recipient.information.emailAddress", PERSON.replace("\"emailAddress\":\"claire.martin@exemple.fr\",",
                ""));
    }

    @Test
    void theTypeIsParticulierOrProfessionnel() {
        assertField("recipient.information.type", PERSON.replace("PARTICULIER", "particulier"));
        assertField("recipient.information.type", PERSON.replace("PARTICULIER", "ENTREPRISE"));
        assertField("recipient.information.type", PERSON.replace("\"type\":\"PARTICULIER\",", ""));
    }

    @Test
    void eachTypeRequiresItsNames() {
        assertField("recipient.information.firstname", PERSON.replace("\"Claire\"", "null"));
        assertField("recipient.information.lastname", PERSON.replace("\"MARTIN\"", "\"  \""));
        assertField("recipient.information.socialReason", COMPANY.replace("\"DMT SOLUTIONS FRANCE SAS\"", "null"));
        assertField("recipient.information.socialReason", PERSON.replace("PARTICULIER", "PROFESSIONNEL"));
    }

    @Test
    void membersAreStringsAndKnownToTheContract() {
        assertRefused("Le champ recipient.information.lastname doit être une chaîne de caractères.",
                lre(PERSON.replace("\"MARTIN\"", "42")), SendingType.LRE);
        assertRefused("Le champ recipient.information.type doit être une chaîne de caractères.",
                lre(PERSON.replace("\"PARTICULIER\"", "[\"PARTICULIER\"]")), SendingType.LRE);
        assertRefused("Le champ recipient.information doit être un objet.",
                json("{\"recipient\":{\"information\":\"claire.martin@exemple.fr\"}}"), SendingType.LRE);
        assertRefused("Champ inconnu : recipient.information.phone.",
                lre(PERSON.replace("}", ",\"phone\":\"0102030405\"}")), SendingType.LRE);
        assertRefused("Le champ recipient.information.firstname contient des caractères de contrôle.",
                lre(PERSON.replace("Claire", "Cla\\u0000ire")), SendingType.LRE);
        assertRefused("Champ inconnu : recipient.information.phone.",
                lre(PERSON.replace("}", ",\"phone\":\"0102030405\"}")), SendingType.STD);
    }

    @Test
    void lrarOnlyMembersAreRefusedOnAnLre() {
        assertRefused("Le champ recipient.address ne concerne que les envois LRAR", json("{\"recipient\":"
                + "{\"information\":" + PERSON + ",\"address\":" + ADDRESS + "}}"), SendingType.LRE);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> DepositRecipientJson.read(
                json("{\"recipient\":{\"information\":" + PERSON + "},\"sender\":{\"returnAddress\":" + ADDRESS
                        + "}}"), SendingType.LRE));
        assertTrue(refused.text().english().startsWith("The sender.returnAddress field is for LRAR deposits only"),
                refused.text().english());
    }

    @Test
    void otherSendingTypesKeepNoRecipientInformation() {
        assertNull(DepositRecipientJson.read(lre(PERSON), SendingType.STD).lreRecipient());
        assertNull(DepositRecipientJson.read(lre(PERSON.replace("PARTICULIER", "ENTREPRISE")), SendingType.STD)
                .lreRecipient(), "only an LRE checks its recipient beyond the schema");
        DepositRecipientJson.DepositRecipient lrar = DepositRecipientJson.read(json("{\"recipient\":{\"information\":"
                + PERSON + ",\"address\":" + ADDRESS + "},\"sender\":{\"returnAddress\":" + ADDRESS + "}}"),
                SendingType.LRAR);
        assertNull(lrar.lreRecipient());
        assertEquals("69002 LYON", lrar.registeredAddresses().recipient().printedLines().get(2));
    }

    private static void assertField(String field, String information) {
        AddressRefusedException refused = assertInstanceOf(AddressRefusedException.class, assertThrows(
                InvalidInputException.class, () -> DepositRecipientJson.read(lre(information), SendingType.LRE)));
        assertEquals(field, refused.field());
        assertTrue(refused.text().french().startsWith(field + " : "), refused.text().french());
        assertTrue(refused.text().english().startsWith(field + ": "), refused.text().english());
    }

    private static void assertRefused(String french, JsonObject parameters, SendingType sendingType) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> DepositRecipientJson.read(parameters, sendingType));
        assertTrue(refused.text().french().startsWith(french), refused.text().french());
    }

    private static JsonObject lre(String information) {
        return json("{\"recipient\":{\"information\":" + information + "}}");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
