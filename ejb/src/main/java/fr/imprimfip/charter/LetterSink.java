package fr.imprimfip.charter;

/**
 * Receives a file's letters while its analysis goes on, each as soon as its last page has been read, in file order.
 * A letter's outcome can still change once: when a later letter bears the same reference, the earlier one is
 * {@linkplain #revised(int, LetterReport) revised} as refused. When the analysis ends by refusing the whole file,
 * none of the letters received is a letter of the file.
 */
public interface LetterSink {

    /** The letter at {@code position} (0 for the first) of the file, as it stands from the pages read so far. */
    void letter(int position, LetterReport letter);

    /** The letter received at {@code position}, refused after all: a later letter bears its reference. */
    void revised(int position, LetterReport letter);
}
