package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PostalFactsTest {

    @Test
    void sheetsAreDuplexAndTheEnvelopeFollowsTheThickness() {
        assertEquals(new PostalFacts(1, 1, 10, PostalFacts.Envelope.DL, "≤20g"), PostalFacts.duplex(1));
        assertEquals(new PostalFacts(12, 6, 35, PostalFacts.Envelope.DL, "≤100g"), PostalFacts.duplex(12));
        assertEquals(new PostalFacts(13, 7, 51, PostalFacts.Envelope.C4, "≤100g"), PostalFacts.duplex(13));
    }

    @Test
    void postageClassesFollowTheWeightBrackets() {
        assertEquals("≤20g", PostalFacts.postageClass(20));
        assertEquals("≤100g", PostalFacts.postageClass(21));
        assertEquals("≤250g", PostalFacts.postageClass(101));
        assertEquals("≤3000g", PostalFacts.postageClass(3000));
        assertEquals(">3000g", PostalFacts.postageClass(3001));
    }
}
