package fr.imprimfip.endofservice;

/** Where the end of a partner's service stands. */
public enum EndOfServiceStatus {
    /** The choice is recorded; nothing is built or destroyed yet. */
    CHOSEN,
    /** The return archive is stored, waiting for its one download. */
    ARCHIVE_READY,
    /** The partner downloaded its archive; its destruction follows. */
    DOWNLOADED,
    /** Every copy of the partner's data is destroyed; the certificate is kept. */
    DESTROYED
}
