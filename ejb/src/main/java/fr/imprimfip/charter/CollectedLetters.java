package fr.imprimfip.charter;

import java.util.ArrayList;
import java.util.List;

/** Keeps every letter a sink receives, revisions applied: a whole file's letters at once, for small files and tests. */
final class CollectedLetters implements LetterSink {

    private final List<LetterReport> letters = new ArrayList<>();

    @Override
    public void letter(int position, LetterReport letter) {
        letters.add(letter);
    }

    @Override
    public void revised(int position, LetterReport letter) {
        letters.set(position, letter);
    }

    List<LetterReport> letters() {
        return List.copyOf(letters);
    }
}
