package fr.imprimfip.web.v1;

import java.io.IOException;
import java.io.InputStream;

/** One part of a multipart request, already spooled to disk by the container. */
public interface FormPart {

    String name();

    long size();

    InputStream open() throws IOException;

    /** The file name the client gave the part, {@code null} when it gave none. */
    default String submittedFileName() {
        return null;
    }
}
