package fr.imprimfip.client;

/** A file fetched from the platform (a proof, a scan): its bytes, media type and the name the platform gives it. */
public record Download(byte[] content, String mediaType, String filename) {
}
