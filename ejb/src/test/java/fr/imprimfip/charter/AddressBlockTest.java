package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class AddressBlockTest {

    @Test
    void aNormalisedAddressPasses() {
        assertTrue(new AddressBlock(List.of("MONSIEUR JEAN DUPONT", "BATIMENT B", "12 RUE DES LILAS",
                "75011 PARIS")).check().isEmpty());
        assertTrue(new AddressBlock(List.of("M. ET MME L'HERMITE", "3 BIS, ALLEE DES PINS", "BP 12",
                "13001 MARSEILLE")).check().isEmpty());
        assertTrue(new AddressBlock(List.of("MRS JANE DOE", "10 HIGH STREET", "LONDON SW1A 1AA", "ROYAUME-UNI"))
                .check().isEmpty());
    }

    @Test
    void blankLinesAreIgnoredAndEachBreachIsNamed() {
        assertTrue(new AddressBlock(List.of("", "MONSIEUR DUPONT", "  ", "1 RUE HAUTE", "75001 PARIS", ""))
                .check().isEmpty());
        assertEquals(List.of(CharterRule.ADDRESS_MISSING), rules(List.of()));
        assertEquals(List.of(CharterRule.ADDRESS_LINE_COUNT), rules(List.of("A", "B", "C", "D", "E", "F",
                "75001 PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS), rules(List.of("MADAME CHLOÉ", "1 RUE HAUTE",
                "75001 PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS), rules(List.of("Madame Martin", "1 RUE HAUTE",
                "75001 PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_LAST_LINE), rules(List.of("MADAME MARTIN", "1 RUE HAUTE",
                "7500 PARIS")));
        assertEquals("ligne 2", new AddressBlock(List.of("MADAME MARTIN", "X".repeat(39), "75001 PARIS")).check()
                .get(0).where());
    }

    @Test
    void realPostcodesWithTheirRoutingLabelsPass() {
        for (String last : List.of("75008 PARIS", "13001 MARSEILLE", "97400 SAINT DENIS", "97400 ST DENIS",
                "20000 AJACCIO", "20090 AJACCIO", "69002 LYON", "75016 PARIS", "97500 SAINT PIERRE",
                "01000 SAINT DENIS LES BOURG", "01000 ST-DENIS-LES-BOURG", "85740 L'EPINE", "83998 CANJUERS CEDEX")) {
            assertEquals(List.of(), rules(address(last)), last);
        }
    }

    @Test
    void aTownThatIsNotALabelOfItsPostcodeIsAWarningNamingTheExpectedLabels() {
        List<Finding> findings = new AddressBlock(address("75008 LYON")).check();
        assertEquals(List.of(Finding.at(CharterRule.ADDRESS_TOWN_MISMATCH, "attendu pour 75008 : PARIS")), findings);
        assertEquals(Severity.WARNING, findings.get(0).rule().severity());
        assertEquals("attendu pour 20000 : AJACCIO, LECCI", where(address("20000 BASTIA")));
        assertEquals(List.of(CharterRule.ADDRESS_TOWN_MISMATCH), rules(address("75008 PARIS 8")));
        assertTrue(where(address("51300 PARIS")).matches("attendu pour 51300 : ([A-Z' -]+, ){4}[A-Z' -]+ et \\d+ "
                + "autres"), where(address("51300 PARIS")));
    }

    @Test
    void anUnknownPostcodeIsAnError() {
        for (String last : List.of("00000 PARIS", "99999 NULLE PART", "75099 PARIS")) {
            List<Finding> findings = new AddressBlock(address(last)).check();
            assertEquals(List.of(Finding.at(CharterRule.ADDRESS_POSTCODE_UNKNOWN, last.substring(0, 5))), findings);
            assertTrue(findings.get(0).error());
        }
    }

    @Test
    void cedexCodesOutsideTheBaseAreAcceptedWithAWarning() {
        assertEquals(List.of(Finding.at(CharterRule.ADDRESS_CEDEX_UNVERIFIED, "75700")),
                new AddressBlock(address("75700 PARIS CEDEX 07")).check());
        assertEquals(List.of(Finding.at(CharterRule.ADDRESS_CEDEX_UNVERIFIED, "13284")),
                new AddressBlock(address("13284 MARSEILLE CEDEX 07")).check());
        assertEquals(List.of(CharterRule.ADDRESS_CEDEX_UNVERIFIED), rules(address("33076 BORDEAUX CEDEX")));
        assertEquals(List.of(), rules(address("69002 LYON CEDEX 02")));
    }

    @Test
    void overseasCollectivitiesAndMonacoAreAcceptedWithAWarning() {
        for (String last : List.of("98714 PAPEETE", "98800 NOUMEA", "98600 WALLIS", "97133 SAINT BARTHELEMY",
                "97150 SAINT MARTIN", "98000 MONACO")) {
            assertEquals(List.of(Finding.at(CharterRule.ADDRESS_OVERSEAS_UNVERIFIED, last.substring(0, 5))),
                    new AddressBlock(address(last)).check(), last);
        }
        assertEquals(List.of(CharterRule.ADDRESS_OVERSEAS_UNVERIFIED), rules(List.of("MONSIEUR TEMARU",
                "BP 130", "98714 PAPEETE", "POLYNESIE FRANCAISE")));
    }

    @Test
    void aFrenchAddressMustEndWithItsPostcodeAndTown() {
        assertEquals(List.of(CharterRule.ADDRESS_LAST_LINE), rules(List.of("MADAME MARTIN", "8 AVENUE DE LA GARE",
                "12 RUE DES LILAS")));
        assertEquals(List.of(CharterRule.ADDRESS_LAST_LINE), rules(address("PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_LAST_LINE), rules(address("LYON 69002")));
        assertEquals(List.of(Finding.at(CharterRule.ADDRESS_LAST_LINE, "ligne 3")), new AddressBlock(List.of(
                "MADAME MARTIN", "8 AVENUE DE LA GARE", "FRANCE")).check());
        assertEquals(List.of(CharterRule.ADDRESS_LAST_LINE), rules(List.of("MADAME MARTIN", "8 AVENUE DE LA GARE",
                "GUADELOUPE")));
    }

    @Test
    void aFranceLineAfterThePostcodeAndTownIsToleratedAndTheLineBeforeChecked() {
        assertEquals(List.of(), rules(List.of("MADAME MARTIN", "8 AVENUE DE LA GARE", "69002 LYON", "FRANCE")));
        assertEquals(List.of(), rules(List.of("MADAME HOARAU", "2 RUE DE PARIS", "97400 SAINT DENIS",
                "LA REUNION")));
        assertEquals(List.of(CharterRule.ADDRESS_TOWN_MISMATCH), rules(List.of("MADAME MARTIN", "1 RUE HAUTE",
                "75008 LYON", "FRANCE")));
        assertEquals(List.of(CharterRule.ADDRESS_POSTCODE_UNKNOWN), rules(List.of("MADAME MARTIN", "1 RUE HAUTE",
                "00000 PARIS", "FRANCE")));
    }

    @Test
    void foreignCountriesByTheirFrenchNamesAndUsualVariants() {
        for (String country : List.of("ALLEMAGNE", "ESPAGNE", "BELGIQUE", "SUISSE", "ITALIE", "ROYAUME-UNI",
                "ROYAUME UNI", "GRANDE-BRETAGNE", "ANGLETERRE", "ETATS-UNIS", "ETATS UNIS", "ETATS-UNIS D'AMERIQUE",
                "PAYS-BAS", "HOLLANDE", "COTE D'IVOIRE", "MAROC", "ALGERIE", "TUNISIE", "SENEGAL", "CANADA",
                "MONACO", "LUXEMBOURG")) {
            assertEquals(List.of(), rules(List.of("MR JOHN SMITH", "1 MAIN STREET", "SOMEWHERE 12345", country)),
                    country);
        }
        for (String notACountry : List.of("USA", "UK", "ETATS", "ATLANTIDE", "EUROPE")) {
            assertEquals(List.of(Finding.at(CharterRule.ADDRESS_LAST_LINE, "ligne 3")),
                    new AddressBlock(List.of("MR JOHN SMITH", "1 MAIN STREET", notACountry)).check(), notACountry);
        }
    }

    @Test
    void accentsAreStillRefusedByTheirOwnRuleOnly() {
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS), rules(List.of("MR JOHN SMITH", "1 MAIN STREET",
                "ÉTATS-UNIS")));
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS, CharterRule.ADDRESS_TOWN_MISMATCH),
                rules(address("97400 SAINT-DENIS-DE-LA-RÉUNION")));
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS), rules(address("13001 Marseille")));
    }

    @Test
    void thePostcodeBaseIsLoadedOnceAndCoversMetropolisCorsicaAndOverseasDepartments() {
        assertTrue(PostalCodes.size() > 6000, "postcodes: " + PostalCodes.size());
        assertEquals(List.of("PARIS"), PostalCodes.labels("75008"));
        assertEquals(List.of("SAINT DENIS"), PostalCodes.labels("97400"));
        assertEquals(List.of("KOUNGOU", "MAMOUDZOU"), PostalCodes.labels("97600"));
        assertEquals(List.of(), PostalCodes.labels("75700"));
    }

    @Test
    void theLabelsAreComparedInTheFormComputedOnceAtLoad() {
        assertEquals(List.of("ST DENIS"), PostalCodes.keys("97400"));
        assertEquals(List.of("KOUNGOU", "MAMOUDZOU"), PostalCodes.keys("97600"));
        assertEquals(List.of(), PostalCodes.keys("75700"));
        assertEquals(List.of(), rules(address("97400 ST DENIS")));
    }

    @Test
    void aSingleLineIsCheckedAloneForItsLengthAndCharacters() {
        assertEquals(List.of(), AddressBlock.checkLine("14 RUE GALILEE"));
        assertEquals(List.of(Finding.of(CharterRule.ADDRESS_LINE_LENGTH)), AddressBlock.checkLine("X".repeat(39)));
        assertEquals(List.of(Finding.of(CharterRule.ADDRESS_CHARACTERS)), AddressBlock.checkLine("14 rue Galilée"));
    }

    @Test
    void theWindowReadsTheRegisteredAddressWhateverItsCaseAccentsSpacesAndPunctuation() {
        List<String> registered = List.of("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE", "77420 CHAMPS-SUR-MARNE");
        assertEquals(OptionalInt.empty(), new AddressBlock(registered).firstDifferenceFrom(registered));
        assertEquals(OptionalInt.empty(), new AddressBlock(List.of("Dmt Solutions-France  SAS", "",
                "14,  rue  Galilée", "77420 Champs sur Marne", "FRANCE")).firstDifferenceFrom(registered));
        assertEquals(OptionalInt.empty(), new AddressBlock(List.of("MADAME MARTIN", "1 RUE SAINT-JEAN",
                "97400 SAINT DENIS")).firstDifferenceFrom(List.of("MADAME MARTIN", "1 RUE ST JEAN", "97400 ST DENIS")));
    }

    @Test
    void theFirstLineThatDiffersIsSaidByItsNumberOnly() {
        List<String> registered = List.of("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE", "77420 CHAMPS-SUR-MARNE");
        assertEquals(OptionalInt.of(2), new AddressBlock(List.of("DMT SOLUTIONS FRANCE SAS", "16 RUE GALILEE",
                "77420 CHAMPS-SUR-MARNE")).firstDifferenceFrom(registered));
        assertEquals(OptionalInt.of(2), new AddressBlock(List.of("DMT SOLUTIONS FRANCE SAS", "BATIMENT A",
                "14 RUE GALILEE", "77420 CHAMPS-SUR-MARNE")).firstDifferenceFrom(registered), "a line more");
        assertEquals(OptionalInt.of(3), new AddressBlock(List.of("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE"))
                .firstDifferenceFrom(registered), "a line less");
        assertEquals(OptionalInt.of(4), new AddressBlock(List.of("MRS JANE DOE", "10 HIGH STREET", "SW1A 1AA LONDON",
                "ROYAUME-UNI")).firstDifferenceFrom(List.of("MRS JANE DOE", "10 HIGH STREET", "SW1A 1AA LONDON",
                "IRLANDE")), "the country");
        assertEquals(OptionalInt.of(1), new AddressBlock(List.of()).firstDifferenceFrom(registered));
    }

    private static List<String> address(String lastLine) {
        return List.of("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", lastLine);
    }

    private static String where(List<String> lines) {
        return new AddressBlock(lines).check().get(0).where();
    }

    private static List<CharterRule> rules(List<String> lines) {
        return new AddressBlock(lines).check().stream().map(Finding::rule).toList();
    }
}
