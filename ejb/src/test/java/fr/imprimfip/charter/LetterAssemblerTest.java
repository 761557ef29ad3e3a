package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The letters of a file given while its pages are read: each as soon as the next one starts, an earlier letter
 * revised once when a later one repeats its reference, and in the end the same letters as a split of the whole file.
 */
class LetterAssemblerTest {

    private static final List<String> WINDOW = List.of("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69002 LYON");

    @Test
    void eachLetterIsGivenAsSoonAsTheNextOneStarts() {
        Recording sink = new Recording();
        LetterAssembler assembler = assembler(sink);
        assembler.accept(page(1, "A"));
        assembler.accept(page(2, null));
        assertEquals(0, sink.given.size(), "a letter may go on over the next page");
        assembler.accept(page(3, "B"));
        assertEquals(List.of("A"), sink.references());
        assertEquals(2, sink.given.get(0).facts().pages());
        assertEquals(2, assembler.finish());
        assertEquals(List.of("A", "B"), sink.references());
    }

    @Test
    void aReferenceRepeatedLaterRevisesTheFirstLetterOnceAndRefusesTheOthersAsTheyCome() {
        Recording sink = new Recording();
        LetterAssembler assembler = assembler(sink);
        String[] references = {"A", "B", "A", "C", "A"};
        for (int i = 0; i < references.length; i++) {
            assembler.accept(page(i + 1, references[i]));
        }
        assembler.finish();
        assertEquals(Map.of(0, 1), sink.revisionsPerPosition(), "the first bearer, once");
        assertEquals(List.of(true, false, true, false, true), sink.finalLetters().stream()
                .map(letter -> Expected.of(letter).referenceRule() == CharterRule.REFERENCE_DUPLICATE).toList());
        assertEquals(CharterRule.REFERENCE_DUPLICATE, Expected.of(sink.given.get(2)).referenceRule(),
                "a later bearer is refused when given");
        assertTrue(sink.given.get(0).accepted(), "given before its reference was seen again");
    }

    @Test
    void firstPagesWithoutReferenceAreALetterRefusedOnlyWhenAnotherPageBearsOne() {
        Recording mono = new Recording();
        LetterAssembler whole = assembler(mono);
        whole.accept(page(1, null));
        whole.accept(page(2, null));
        whole.finish();
        assertEquals(List.of("FICHIER"), mono.references());
        assertTrue(mono.given.get(0).accepted());

        Recording multi = new Recording();
        LetterAssembler split = assembler(multi);
        split.accept(page(1, null));
        split.accept(page(2, "A"));
        split.finish();
        assertEquals(List.of("sans-reference-page-1", "A"), multi.references());
        assertEquals(CharterRule.REFERENCE_MISSING, multi.given.get(0).findings().get(0).rule());
    }

    @Test
    void randomFilesGiveTheLettersOfASplitOfTheWholeFile() {
        Random random = new Random(20261205);
        for (int file = 0; file < 500; file++) {
            List<String> pages = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                int pick = random.nextInt(8);
                pages.add(pick < 3 ? null : "R" + pick); // few references: repeats and runs are common
            }
            Recording sink = new Recording();
            LetterAssembler assembler = assembler(sink);
            for (int i = 0; i < pages.size(); i++) {
                assembler.accept(page(i + 1, pages.get(i)));
                assertTrue(sink.given.stream().allMatch(letter -> letter.firstPage() <= sink.pagesAccepted),
                        "no letter before its pages");
                sink.pagesAccepted++;
            }
            int letters = assembler.finish();
            assertEquals(sink.given.size(), letters);
            assertEquals(WholeFileSplit.of(pages), sink.finalLetters().stream().map(Expected::of).toList(),
                    "pages " + pages);
            assertTrue(sink.revisionsPerPosition().values().stream().allMatch(times -> times == 1));
        }
    }

    private static LetterAssembler assembler(LetterSink sink) {
        return new LetterAssembler(CharterSettings.defaults(), "FICHIER", Annexes.NONE, null, sink);
    }

    private static PageRead page(int number, String reference) {
        return new PageRead(number, reference, number == 1 || reference != null ? WINDOW : List.of(), List.of());
    }

    /** What a letter is, as far as the split decides it: reference, first page, pages, its reference's refusal. */
    private record Expected(String reference, int firstPage, int pages, CharterRule referenceRule) {
        static Expected of(LetterReport letter) {
            CharterRule first = letter.findings().isEmpty() ? null : letter.findings().get(0).rule();
            boolean aboutReference = first == CharterRule.REFERENCE_DUPLICATE || first == CharterRule.REFERENCE_MISSING;
            return new Expected(letter.businessRef(), letter.firstPage(), letter.facts().pages(),
                    aboutReference ? first : null);
        }
    }

    /** The split of a whole file at once, every page known before any letter is decided. */
    private static final class WholeFileSplit {
        static List<Expected> of(List<String> pages) {
            List<int[]> ranges = new ArrayList<>();
            List<String> references = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                String reference = pages.get(i);
                if (i == 0 || (reference != null && !reference.equals(references.get(references.size() - 1)))) {
                    ranges.add(new int[] {i + 1, 0});
                    references.add(reference);
                }
                ranges.get(ranges.size() - 1)[1]++;
            }
            Map<String, Integer> bearers = new HashMap<>();
            references.stream().filter(r -> r != null).forEach(r -> bearers.merge(r, 1, Integer::sum));
            boolean anyReference = !bearers.isEmpty();
            List<Expected> letters = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                String reference = references.get(i);
                int first = ranges.get(i)[0];
                int count = ranges.get(i)[1];
                if (reference == null) {
                    letters.add(anyReference
                            ? new Expected("sans-reference-page-" + first, first, count, CharterRule.REFERENCE_MISSING)
                            : new Expected("FICHIER", first, count, null));
                } else {
                    letters.add(new Expected(reference, first, count,
                            bearers.get(reference) > 1 ? CharterRule.REFERENCE_DUPLICATE : null));
                }
            }
            return letters;
        }
    }

    private static final class Recording implements LetterSink {
        final List<LetterReport> given = new ArrayList<>();
        final List<Integer> revised = new ArrayList<>();
        final CollectedLetters collected = new CollectedLetters();
        int pagesAccepted = 1;

        @Override
        public void letter(int position, LetterReport letter) {
            assertEquals(given.size(), position, "letters in file order");
            given.add(letter);
            collected.letter(position, letter);
        }

        @Override
        public void revised(int position, LetterReport letter) {
            assertTrue(position < given.size(), "only a letter already given is revised");
            assertFalse(letter.accepted());
            revised.add(position);
            collected.revised(position, letter);
        }

        List<String> references() {
            return given.stream().map(LetterReport::businessRef).toList();
        }

        List<LetterReport> finalLetters() {
            return collected.letters();
        }

        Map<Integer, Integer> revisionsPerPosition() {
            Map<Integer, Integer> times = new HashMap<>();
            revised.forEach(position -> times.merge(position, 1, Integer::sum));
            Set<Integer> distinct = new HashSet<>(revised);
            assertEquals(distinct.size(), times.size());
            return times;
        }
    }
}
