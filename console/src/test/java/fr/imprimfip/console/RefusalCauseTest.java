package fr.imprimfip.console;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class RefusalCauseTest {

    @Test
    void findsTheRefusalAsThrownOrWrappedByTheContainer() {
        InvalidInputException refusal = new InvalidInputException("Le motif est obligatoire.", "A reason is required.");
        assertSame(refusal, RefusalCause.of(refusal));
        assertSame(refusal, RefusalCause.of(new EJBException(new RuntimeException(refusal))));
    }

    @Test
    void aFailureThatIsNoRefusalHasNone() {
        assertNull(RefusalCause.of(new EJBException(new IllegalStateException("boom"))));
        assertNull(RefusalCause.of(new RuntimeException()));
    }
}
