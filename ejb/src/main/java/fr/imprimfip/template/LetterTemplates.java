package fr.imprimfip.template;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.charter.CharterAnalyzer;
import fr.imprimfip.charter.CharterConfiguration;
import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.StoredContent;

/**
 * Letter templates: submitted by a partner and checked against the print charter at once (a template is a few
 * pages, read in the request), listed, decided by an administrator.
 */
@Stateless
public class LetterTemplates {

    /** A template is a sample letter or two, not a production file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private CharterConfiguration charter;

    @Inject
    private Clock clock;

    /** Stores the sample, encrypted, checks it against the charter and records the template as submitted. */
    public LetterTemplate submit(long partnerId, String name, InputStream sample) throws IOException {
        StoredContent content = store.store(sample, MAX_BYTES);
        try {
            CharterCheck check = store.withPlainCopy(content,
                    plain -> CharterCheck.of(new CharterAnalyzer(charter.settings()).analyse(plain, "maquette")));
            LetterTemplate template = new LetterTemplate(partnerId, name, content, check, clock.instant());
            em.persist(template);
            em.flush();
            return template;
        } catch (IOException | RuntimeException e) {
            store.delete(content);
            throw e;
        }
    }

    public List<LetterTemplate> of(long partnerId) {
        return em.createNamedQuery("LetterTemplate.ofPartner", LetterTemplate.class).setParameter("partner", partnerId).getResultList();
    }

    /** The templates in a status, oldest first: those submitted are the administrators' work list. */
    public List<LetterTemplate> inStatus(TemplateStatus status) {
        return em.createNamedQuery("LetterTemplate.inStatus", LetterTemplate.class).setParameter("status", status).setMaxResults(500).getResultList();
    }

    public LetterTemplate validate(long id, String comment, String by) {
        LetterTemplate template = byId(id);
        template.validate(comment, clock.instant(), by);
        return template;
    }

    public LetterTemplate refuse(long id, String comment, String by) {
        LetterTemplate template = byId(id);
        template.refuse(comment, clock.instant(), by);
        return template;
    }

    /** One template, whatever its status: the administrators' review page. */
    public LetterTemplate one(long id) {
        return byId(id);
    }

    /** The template's sample letter as the partner sent it (a few pages), for the administrators to read. */
    public byte[] sample(long id) throws IOException {
        try (InputStream plain = store.open(byId(id).content())) {
            return plain.readAllBytes();
        }
    }

    private LetterTemplate byId(long id) {
        LetterTemplate template = em.find(LetterTemplate.class, id);
        if (template == null) {
            throw new TemplateNotFoundException();
        }
        return template;
    }
}
