package fr.imprimfip.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfirmationTest {

    @Test
    void confirmsOnlyTheActionAskedAndOnlyOnce() {
        Confirmation confirmation = new Confirmation();
        assertFalse(confirmation.confirm("suspendre"), "nothing was asked");

        confirmation.ask("suspendre");
        assertTrue(confirmation.isAsked("suspendre"));
        assertFalse(confirmation.isAsked("résilier"));
        assertTrue(confirmation.confirm("suspendre"));
        assertFalse(confirmation.confirm("suspendre"), "a confirmation is spent once used");
    }

    @Test
    void anotherActionOrACancelSpendsTheQuestion() {
        Confirmation confirmation = new Confirmation();
        confirmation.ask("suspendre");
        assertFalse(confirmation.confirm("résilier"));
        assertFalse(confirmation.isAnyAsked());

        confirmation.ask("isoler");
        confirmation.cancel();
        assertFalse(confirmation.confirm("isoler"));
    }
}
