package fr.imprimfip.deposit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import fr.imprimfip.charter.LetterReport;
import fr.imprimfip.charter.LetterSink;

/**
 * Records a file's documents in the analysis' transaction as the analysis gives them, a chunk at a time: each chunk
 * is written to the database, its recipients indexed, and let go of, so that a large file's documents are written
 * while its later pages are still being read and neither the persistence context nor the heap holds them all.
 */
final class LetterRecorder implements LetterSink {

    static final int CHUNK = 500;

    private final EntityManager em;
    private final Deposit deposit;
    private final Clock clock;
    /** Null for a registered letter, whose recipient is indexed from its sealed address instead. */
    private final Event<LettersAddressed> addressed;
    private final AnalysedLetters tally = new AnalysedLetters();
    private final List<DepositedDocument> chunk = new ArrayList<>(CHUNK);
    private final List<List<String>> windows = new ArrayList<>(CHUNK);
    private long pages;

    LetterRecorder(EntityManager em, Deposit deposit, Clock clock, Event<LettersAddressed> addressed) {
        this.em = em;
        this.deposit = deposit;
        this.clock = clock;
        this.addressed = addressed;
    }

    @Override
    public void letter(int position, LetterReport letter) {
        DocumentAnalysis analysis = DocumentAnalysis.of(letter);
        DepositedDocument document = deposit.analysedLetter(position, analysis, clock.instant());
        em.persist(document);
        tally.add(analysis);
        pages += analysis.pageCount();
        chunk.add(document);
        if (addressed != null) {
            windows.add(letter.windowLines());
        }
        if (chunk.size() == CHUNK) {
            writeChunk();
        }
    }

    @Override
    public void revised(int position, LetterReport letter) {
        writeChunk();
        DepositedDocument document = em.createNamedQuery("DepositedDocument.atPosition", DepositedDocument.class)
                .setParameter("deposit", deposit.id())
                .setParameter("position", position)
                .getSingleResult();
        tally.refusedAfterAll(document.refusedByItsAnalysis(letter.refusal()));
        em.flush();
        em.detach(document);
    }

    /** Writes what is left once the analysis has given every document, and returns their tally. */
    AnalysedLetters finish() {
        writeChunk();
        return tally;
    }

    /** The analysis refused the whole file: the documents written so far, and their recipients' index, are void. */
    void discard(Event<LettersVoided> voided) {
        em.flush();
        chunk.forEach(em::detach);
        chunk.clear();
        windows.clear();
        em.createNamedQuery("DocumentStatusChange.forgetOfDeposit").setParameter("deposit", deposit.id())
                .executeUpdate();
        em.createNamedQuery("DepositedDocument.forgetOfDeposit").setParameter("deposit", deposit.id())
                .executeUpdate();
        voided.fire(new LettersVoided(deposit.id()));
    }

    long pages() {
        return pages;
    }

    private void writeChunk() {
        if (chunk.isEmpty()) {
            return;
        }
        em.flush();
        if (addressed != null) {
            addressed.fire(new LettersAddressed(deposit.id(), deposit.partner().id(), List.copyOf(windows)));
            windows.clear();
        }
        chunk.forEach(em::detach);
        chunk.clear();
    }
}
