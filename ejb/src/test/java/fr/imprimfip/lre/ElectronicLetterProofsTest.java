package fr.imprimfip.lre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.lre.proof.ProofKind;

class ElectronicLetterProofsTest {

    private static final LreTerms TERMS = new LreTerms(15, 3, 30);
    private static final Instant DEPOSITED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant TAKEN = DEPOSITED.plusSeconds(60);
    private static final Instant NOTIFIED = TAKEN.plusSeconds(5);

    @Test
    void aLetterOnItsWayHasItsDepositThenItsNotificationProven() {
        ElectronicLetter letter = ElectronicLetter.take(1, 0, 1, TAKEN);
        assertEquals(List.of(ProofKind.DEPOSIT), kinds(letter));
        assertEquals(DEPOSITED, ElectronicLetterProofs.steps(letter, DEPOSITED).get(0).eventAt(),
                "the deposit is proven as of the file's reception");
        letter.notified(NOTIFIED, TERMS);
        assertEquals(List.of(ProofKind.DEPOSIT, ProofKind.NOTIFICATION), kinds(letter));
        assertEquals(NOTIFIED, ElectronicLetterProofs.steps(letter, DEPOSITED).get(1).eventAt());
    }

    @Test
    void eachOutcomeAddsItsOwnProofAtItsTime() {
        Instant decided = NOTIFIED.plus(Duration.ofDays(2));
        ElectronicLetter accepted = notified();
        accepted.accept(decided);
        assertEquals(List.of(ProofKind.DEPOSIT, ProofKind.NOTIFICATION, ProofKind.ACCEPTANCE), kinds(accepted));
        assertEquals(decided, ElectronicLetterProofs.steps(accepted, DEPOSITED).get(2).eventAt());

        ElectronicLetter refused = notified();
        refused.refuse(decided);
        assertEquals(ProofKind.REFUSAL, kinds(refused).get(2));

        ElectronicLetter neglected = notified();
        neglected.neglectIfPastDeadline(NOTIFIED.plus(Duration.ofDays(20)));
        assertEquals(ProofKind.NEGLECT, kinds(neglected).get(2));
        assertEquals(neglected.deadlineAt(), ElectronicLetterProofs.steps(neglected, DEPOSITED).get(2).eventAt(),
                "neglected as of its deadline");
    }

    @Test
    void aNotificationRefusedByTheRelayLeavesNoNotificationProof() {
        ElectronicLetter refusedAtOnce = ElectronicLetter.take(1, 0, 1, TAKEN);
        refusedAtOnce.undeliverable(NOTIFIED, "550 5.1.1");
        assertEquals(List.of(ProofKind.DEPOSIT, ProofKind.UNDELIVERABLE), kinds(refusedAtOnce));

        ElectronicLetter bounced = notified();
        bounced.undeliverable(NOTIFIED.plusSeconds(600), "mailbox full");
        assertEquals(List.of(ProofKind.DEPOSIT, ProofKind.NOTIFICATION, ProofKind.UNDELIVERABLE), kinds(bounced),
                "the notification was sent before it bounced");
    }

    @Test
    void fileNamesAreTheTitlesInAscii() {
        assertEquals("preuve-de-depot", ElectronicLetterProofs.fileName(ProofKind.DEPOSIT));
        assertEquals("preuve-d-acceptation", ElectronicLetterProofs.fileName(ProofKind.ACCEPTANCE));
        assertEquals("preuve-de-negligence", ElectronicLetterProofs.fileName(ProofKind.NEGLECT));
        assertEquals("preuve-de-non-distribution", ElectronicLetterProofs.fileName(ProofKind.UNDELIVERABLE));
    }

    private static ElectronicLetter notified() {
        ElectronicLetter letter = ElectronicLetter.take(1, 0, 1, TAKEN);
        letter.notified(NOTIFIED, TERMS);
        return letter;
    }

    private static List<ProofKind> kinds(ElectronicLetter letter) {
        return ElectronicLetterProofs.steps(letter, DEPOSITED).stream().map(ElectronicLetterProofs.Available::kind)
                .toList();
    }
}
