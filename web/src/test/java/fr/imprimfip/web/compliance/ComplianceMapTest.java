package fr.imprimfip.web.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import fr.imprimfip.web.compliance.ComplianceMap.Reference;
import fr.imprimfip.web.compliance.ComplianceMap.Section;

/**
 * The compliance map ({@code docs/compliance.md}) stays true: every clause of the terms of use that the platform must
 * keep has its section, with its status, feature, tests and operator duty; every test it names exists in the test
 * sources of some module (unit and integration tests alike); a clause said kept names at least one test.
 */
class ComplianceMapTest {

    /** The clauses the map must answer for: the terms of use (§) and their annex on personal data (Annex). */
    static final List<String> REQUIRED = List.of("§2.1", "§3.4", "§4", "§5.1", "§5.2", "§6.4", "§7", "§8", "§9.2",
            "§9.3", "§11", "§12", "§13", "§14", "Annex 4.3", "Annex 7.1", "Annex 10.1", "Annex 10.2", "Annex 11.6");

    static final List<String> FIELDS = List.of("Clause", "Status", "Feature", "Tests", "Operator duty");

    private static final Path REPOSITORY = Path.of("..");

    private final ComplianceMap map = ComplianceMap.read(REPOSITORY.resolve("docs/compliance.md"));
    private final Function<String, List<String>> sources = ComplianceMap.testSourcesUnder(REPOSITORY);

    @Test
    void everyRequiredClauseHasItsSection() {
        List<String> absent = REQUIRED.stream().filter(clause -> map.section(clause).isEmpty()).toList();
        assertEquals(List.of(), absent, "clauses without a section ### <clause> in docs/compliance.md");
    }

    @Test
    void everySectionStatesItsStatusFeatureTestsAndOperatorDuty() {
        assertTrue(map.sections().size() >= REQUIRED.size(), "the map was read: " + map.sections().size());
        List<String> incomplete = new ArrayList<>();
        for (Section section : map.sections()) {
            FIELDS.stream().filter(field -> !section.fields().contains(field))
                    .forEach(field -> incomplete.add(section.clause() + ": no **" + field + ":**"));
            if (section.fields().contains("Status") && section.status().isEmpty()) {
                incomplete.add(section.clause() + ": a status is kept, kept with operator duty or not kept yet");
            }
        }
        assertEquals(List.of(), incomplete);
    }

    @Test
    void everyTestTheMapNamesExists() {
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Section section : map.sections()) {
            for (Reference reference : section.references()) {
                named++;
                ComplianceMap.missing(reference, sources).ifPresent(why -> missing.add(section.clause() + " " + why));
            }
        }
        assertTrue(named > 50, "the map names the tests that prove it: " + named);
        assertEquals(List.of(), missing, "tests named in docs/compliance.md that no module has (renamed or deleted:"
                + " name the test that proves the clause now)");
    }

    @Test
    void aClauseSaidKeptIsProvenByATest() {
        List<String> unproven = map.sections().stream()
                .filter(section -> section.status().filter(status -> status.startsWith("kept")).isPresent())
                .filter(section -> section.references().isEmpty()).map(Section::clause).toList();
        assertEquals(List.of(), unproven, "clauses said kept that name no test of the sources");
    }

    @Test
    void theCheckNamesAMissingClassOrMethod() {
        ComplianceMap sample = ComplianceMap.parse("""
                ### §9.2 Quota
                **Clause:** « 500 appels par minute ».
                **Status:** kept with operator duty.
                **Feature:** `CallQuota`.
                **Tests:** `QuotaIT#callsOverTheQuota`, `QuotaIT#renamed`, `GoneIT#callsOverTheQuota`.
                **Operator duty:** none.
                ### Annex 11.6 Rights
                **Status:** maybe.
                """);
        Function<String, List<String>> fake = Map.of("QuotaIT", List.of("""
                class QuotaIT {
                    @Test
                    @Timeout(5)
                    void callsOverTheQuota() { call(); }

                    void renamed() { }
                }
                """))::get;
        Function<String, List<String>> sources = name -> Optional.ofNullable(fake.apply(name)).orElse(List.of());
        Section quota = sample.section("§9.2").orElseThrow();
        assertEquals(List.of("Clause", "Status", "Feature", "Tests", "Operator duty"), quota.fields());
        assertEquals(Optional.of("kept with operator duty"), quota.status());
        assertEquals(List.of(Optional.empty(),
                Optional.of("QuotaIT#renamed: no test method renamed in QuotaIT"),
                Optional.of("GoneIT#callsOverTheQuota: no class GoneIT in the test sources")),
                quota.references().stream().map(reference -> ComplianceMap.missing(reference, sources)).toList());
        assertFalse(sample.section("Annex 11.6").orElseThrow().status().isPresent(), "an unknown status is none");
    }
}
