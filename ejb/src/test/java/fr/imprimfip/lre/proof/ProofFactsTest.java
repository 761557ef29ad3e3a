package fr.imprimfip.lre.proof;

import static fr.imprimfip.lre.proof.ProofDocumentsTest.DEADLINE;
import static fr.imprimfip.lre.proof.ProofDocumentsTest.DEPOSITED;
import static fr.imprimfip.lre.proof.ProofDocumentsTest.DIGEST;
import static fr.imprimfip.lre.proof.ProofDocumentsTest.NOTIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientType;

/** A proof is never issued from incomplete or contradictory facts. */
class ProofFactsTest {

    private static final ProofFacts.Letter LETTER = new ProofFacts.Letter("LRE-1", "20260302-ABCDEF", "AVIS-1", 0,
            DIGEST);
    private static final ProofFacts.Sender SENDER = new ProofFacts.Sender("Direction démo", "11000201100044",
            "demo-partner");
    private static final RecipientInformation RECIPIENT = new RecipientInformation("contact@example.org",
            RecipientType.PROFESSIONNEL, null, null, "Société Exemple");

    @ParameterizedTest
    @ValueSource(strings = {"", "3a7b", "zz7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
        "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b00"})
    void theDigestIsSha256InHexadecimal(String digest) {
        assertThrows(IllegalArgumentException.class,
                () -> new ProofFacts.Letter("LRE-1", "20260302-ABCDEF", "AVIS-1", 0, digest));
    }

    @Test
    void anUpperCaseDigestIsKeptInLowerCase() {
        assertEquals(DIGEST, new ProofFacts.Letter("LRE-1", "R", "B", 0, DIGEST.toUpperCase()).sha256());
    }

    @Test
    void identifiersAndNamesAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new ProofFacts.Letter(" ", "R", "B", 0, DIGEST));
        assertThrows(IllegalArgumentException.class, () -> new ProofFacts.Letter("L", "R", "B", -1, DIGEST));
        assertThrows(IllegalArgumentException.class, () -> new ProofFacts.Sender("P", null, "c"));
        assertThrows(NullPointerException.class, () -> new ProofFacts(null, DEPOSITED, LETTER, SENDER, RECIPIENT,
                DEPOSITED, null, null, "Imprim'FIP"));
        assertThrows(IllegalArgumentException.class, () -> new ProofFacts(ProofKind.DEPOSIT, DEPOSITED, LETTER,
                SENDER, RECIPIENT, DEPOSITED, null, null, ""));
    }

    @Test
    void anAnswerOrItsAbsenceFollowsANotification() {
        for (ProofKind kind : new ProofKind[] {ProofKind.NOTIFICATION, ProofKind.ACCEPTANCE, ProofKind.REFUSAL,
            ProofKind.NEGLECT}) {
            assertThrows(IllegalArgumentException.class, () -> facts(kind, DEADLINE, null, null), kind.name());
            assertThrows(IllegalArgumentException.class, () -> facts(kind, DEADLINE, NOTIFIED, null), kind.name());
        }
        facts(ProofKind.UNDELIVERABLE, NOTIFIED, null, null);
        facts(ProofKind.DEPOSIT, DEPOSITED, null, null);
    }

    @Test
    void timesFollowEachOther() {
        Instant beforeDeposit = DEPOSITED.minusSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> facts(ProofKind.DEPOSIT, beforeDeposit, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> facts(ProofKind.ACCEPTANCE, NOTIFIED.plusSeconds(60), beforeDeposit, DEADLINE));
        assertThrows(IllegalArgumentException.class,
                () -> facts(ProofKind.ACCEPTANCE, NOTIFIED.minusSeconds(1), NOTIFIED, DEADLINE));
        assertThrows(IllegalArgumentException.class,
                () -> facts(ProofKind.ACCEPTANCE, NOTIFIED.plusSeconds(60), NOTIFIED, NOTIFIED));
        assertThrows(IllegalArgumentException.class,
                () -> facts(ProofKind.NEGLECT, DEADLINE.minus(Duration.ofHours(1)), NOTIFIED, DEADLINE));
        facts(ProofKind.NEGLECT, DEADLINE, NOTIFIED, DEADLINE);
    }

    private static ProofFacts facts(ProofKind kind, Instant event, Instant notified, Instant deadline) {
        return new ProofFacts(kind, event, LETTER, SENDER, RECIPIENT, DEPOSITED, notified, deadline, "Imprim'FIP");
    }
}
