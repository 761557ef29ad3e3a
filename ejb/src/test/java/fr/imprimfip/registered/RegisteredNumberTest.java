package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.imprimfip.shared.InvalidInputException;

class RegisteredNumberTest {

    @Test
    void theWidelyCitedExampleIsValid() {
        // 4*8 + 7*6 + 3*4 + 1*2 + 2*3 + 4*5 + 8*9 + 2*7 = 200; 200 mod 11 = 2; 11 - 2 = 9
        RegisteredNumber number = RegisteredNumber.parse("AA473124829GB");
        assertEquals("AA", number.serviceIndicator());
        assertEquals(47312482, number.serial());
        assertEquals("GB", number.country());
        assertEquals(9, number.checkDigit());
        assertEquals("AA473124829GB", number.format());
    }

    @Test
    void checkDigitsComputedByHand() {
        // 1*8 + 2*6 + 3*4 + 4*2 + 5*3 + 6*5 + 7*9 + 8*7 = 204; 204 mod 11 = 6; 11 - 6 = 5
        assertEquals(5, RegisteredNumber.checkDigit(12345678));
        // 00000001: 1*7 = 7; 11 - 7 = 4
        assertEquals(4, RegisteredNumber.checkDigit(1));
        // 10000000: 1*8 = 8; 11 - 8 = 3
        assertEquals(3, RegisteredNumber.checkDigit(10000000));
        // 00000008: 8*7 = 56; 56 mod 11 = 1; 11 - 1 = 10, written 0
        assertEquals(0, RegisteredNumber.checkDigit(8));
        // 00000000: sum 0; 11 - 0 = 11, written 5
        assertEquals(5, RegisteredNumber.checkDigit(0));
        // 99999999: 9 * (8+6+4+2+3+5+9+7) = 396 = 36 * 11; 11 - 0 = 11, written 5
        assertEquals(5, RegisteredNumber.checkDigit(99999999));
        // 00000011: 1*9 + 1*7 = 16; 16 mod 11 = 5; 11 - 5 = 6
        assertEquals(6, RegisteredNumber.checkDigit(11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AA473124829GB", "RR123456785FR", "RA000000014FR",
        "RB000000080FR", "RC000000005FR", "LA999999995FR", "RR000000116FR"})
    void validNumbersReadAndWriteBack(String text) {
        assertTrue(RegisteredNumber.valid(text), text);
        assertEquals(text, RegisteredNumber.parse(text).format());
    }

    @Test
    void builtFromIndicatorSerialAndCountry() {
        RegisteredNumber number = new RegisteredNumber("RR", 12345678, "FR");
        assertEquals("RR123456785FR", number.format());
        assertEquals("RR 1234 5678 5 FR", number.spaced());
        assertEquals(13, number.format().length());
        assertEquals("RB000000080FR", new RegisteredNumber("RB", 8, "FR").format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AA473124828GB", // wrong check digit (9 expected)
        "RR123456784FR", // wrong check digit (5 expected)
        "AA47312482GB", // twelve characters
        "AA4731248290GB", // fourteen characters
        "", // empty
        "aa473124829GB", // lowercase service indicator
        "AA473124829gb", // lowercase country
        "A1473124829GB", // a digit in the service indicator
        "1A473124829GB", // a digit first
        "AA47312A829GB", // a letter in the serial
        "AA47312482XGB", // a letter for the check digit
        "AA473124829G1", // a digit in the country code
        "AA 73124829GB", // a space
        "ÀA473124829GB", // an accented letter
    })
    void malformedNumbersAreRefused(String text) {
        assertFalse(RegisteredNumber.valid(text), text);
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> RegisteredNumber.parse(text));
        assertFalse(refusal.text().french().isBlank());
        assertFalse(refusal.text().english().isBlank());
    }

    @Test
    void nullIsRefused() {
        assertThrows(InvalidInputException.class, () -> RegisteredNumber.parse(null));
    }

    @Test
    void buildingRefusesWhatCannotBeWritten() {
        assertThrows(InvalidInputException.class, () -> new RegisteredNumber("R", 1, "FR"));
        assertThrows(InvalidInputException.class, () -> new RegisteredNumber("rr", 1, "FR"));
        assertThrows(InvalidInputException.class, () -> new RegisteredNumber("RR", -1, "FR"));
        assertThrows(InvalidInputException.class, () -> new RegisteredNumber("RR", 100_000_000, "FR"));
        assertThrows(InvalidInputException.class, () -> new RegisteredNumber("RR", 1, "FRA"));
    }
}
