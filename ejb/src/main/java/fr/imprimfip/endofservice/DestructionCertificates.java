package fr.imprimfip.endofservice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.notification.NotificationAttachments;

/** The destruction certificates kept in the content store: attached to their e-mail, read by administrators. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DestructionCertificates implements NotificationAttachments {

    private static final String PREFIX = "end-of-service-certificate:";

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    /** How a notification names the certificate of this end of service. */
    static String reference(EndOfService end) {
        return PREFIX + end.id();
    }

    @Override
    public Optional<Attachment> attachment(String reference) {
        if (!reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(reference.substring(PREFIX.length()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(EndOfService.class, id)).flatMap(EndOfService::certificate)
                .map(certificate -> new Attachment(null, "application/pdf", read(store, certificate)));
    }

    static byte[] read(ContentStore store, StoredContent content) {
        try (InputStream in = store.open(content)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the destruction certificate", e);
        }
    }
}
