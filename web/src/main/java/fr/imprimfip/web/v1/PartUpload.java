package fr.imprimfip.web.v1;

import java.io.IOException;
import java.io.InputStream;

import fr.imprimfip.deposit.Upload;

/** A multipart part handed to the deposit service under the file name the partner declared for it. */
public record PartUpload(String filename, FormPart part) implements Upload {

    @Override
    public InputStream open() throws IOException {
        return part.open();
    }
}
