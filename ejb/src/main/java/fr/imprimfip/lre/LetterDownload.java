package fr.imprimfip.lre;

import java.io.IOException;
import java.io.InputStream;

/** The accepted letter's PDF: its file name, size in bytes, and a way to read it (the caller closes the stream). */
public record LetterDownload(String fileName, long size, Opener opener) {

    /** Opens the PDF's content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
