package fr.imprimfip.deposit;

import java.io.IOException;
import java.io.InputStream;

/** A file received from a partner, opened only when it is streamed into the store. */
public interface Upload {

    String filename();

    InputStream open() throws IOException;
}
