package fr.imprimfip.web.v1;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.Part;

/** A servlet multipart part, spooled to disk by the container (file-size-threshold 0 in web.xml). */
public record ServletFormPart(Part part) implements FormPart {

    @Override
    public String name() {
        return part.getName();
    }

    @Override
    public long size() {
        return part.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return part.getInputStream();
    }

    @Override
    public String submittedFileName() {
        return part.getSubmittedFileName();
    }
}
