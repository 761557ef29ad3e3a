package fr.imprimfip.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.shared.ContentKey;
import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.registered.RegisteredNumber;

/**
 * Writes each claimed lot's print file outside any transaction (a large lot takes longer than a transaction should
 * last), then records it. Every deposit's stored content is checked before a page of it is written: a deposit whose
 * content fails its integrity check has its letters left out of the lot and put in error, so nothing tampered with
 * is ever printed. So has a deposit whose pages the print file cannot reproduce as the analysis read them (found
 * while the file is written, which is then written again without it): a lot never waits for ever on one file.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrintLotComposer {

    static final String TAMPERED = "Le fichier stocké est altéré et ne sera pas imprimé ; déposez-le à nouveau.";
    static final String UNPRINTABLE = "Les pages de ce fichier ne peuvent pas être reproduites à l'impression telles"
            + " que l'analyse les a lues ; enregistrez-le à nouveau en PDF (par exemple avec « Imprimer en PDF »)"
            + " puis déposez-le.";
    private static final Logger LOG = Logger.getLogger(PrintLotComposer.class.getName());

    @EJB
    private PrintLots lots;

    @Inject
    private ContentStore store;

    @Inject
    private ContentKey contentKey;

    @Inject
    private RegisteredAddressSeal seal;

    /** Composes every lot waiting for its print file; returns how many were composed. */
    public int composeWaiting() {
        if (!contentKey.usable()) {
            return 0; // lots wait for a node with the platform's key (see ContentKeyCheck)
        }
        int composed = 0;
        Long id;
        while ((id = lots.claimNextUncomposed()) != null) {
            compose(id);
            composed++;
        }
        return composed;
    }

    /**
     * Writes a lot's print file. A deposit whose stored content is not intact is left out first; one whose pages the
     * print file cannot reproduce is found while writing, left out, and the file written again without it.
     */
    private void compose(long lotId) {
        LotPlan plan = withoutTampered(lotId, lots.plan(lotId));
        Set<Long> unprintable = new HashSet<>();
        while (plan != null) {
            try {
                write(lotId, plan);
                return;
            } catch (DepositUnprintable e) {
                String lot = plan.lot().reference();
                if (!unprintable.add(e.depositId)) {
                    throw new IllegalStateException("Deposit " + e.depositId + " was left out of print lot " + lot
                            + " but is still in it", e);
                }
                String why = e.why();
                LOG.severe(() -> "The pages of deposit " + e.depositId + " cannot be reproduced in print lot " + lot
                        + " (" + why + "): its letters are left out and the lot is composed again without them");
                lots.leaveOutUnprintable(lotId, e.depositId, UNPRINTABLE, why);
                plan = lots.plan(lotId);
            }
        }
    }

    private LotPlan withoutTampered(long lotId, LotPlan plan) {
        if (plan == null) {
            return null;
        }
        boolean leftOut = false;
        for (Map.Entry<Long, List<LetterToPrint>> deposit : plan.byDeposit().entrySet()) {
            if (!intact(deposit.getValue().get(0))) {
                leftOut = true;
                LOG.severe(() -> "Stored content of deposit " + deposit.getKey() + " fails its integrity check: its"
                        + " letters are left out of print lot " + plan.lot().reference());
                lots.leaveOut(lotId, deposit.getKey(), TAMPERED);
            }
        }
        return leftOut ? lots.plan(lotId) : plan;
    }

    private void write(long lotId, LotPlan plan) throws DepositUnprintable {
        Map<Integer, Integer> firstPages = new HashMap<>();
        int[] pages = new int[1];
        try {
            StoredContent file = store.storeWritten(out -> {
                try (PrintFileWriter writer = new PrintFileWriter(out, store.directories().work())) {
                    PrintLot lot = plan.lot();
                    writer.coverSheet(lot.reference(), lot.key(), lot.createdAt(), lot.letters(), lot.sheets());
                    writeLetters(writer, lot.reference(), plan.byDeposit(), firstPages);
                    pages[0] = writer.pages();
                }
            });
            lots.recordComposed(lotId, file, pages[0], firstPages);
        } catch (DepositUnprintable e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the print file of lot " + plan.lot().reference(), e);
        }
        LOG.info(() -> "Print lot " + plan.lot().reference() + " composed: " + firstPages.size() + " letters, "
                + pages[0] + " pages");
    }

    private void writeLetters(PrintFileWriter writer, String lotReference, Map<Long, List<LetterToPrint>> byDeposit,
                              Map<Integer, Integer> firstPages) throws IOException {
        for (Map.Entry<Long, List<LetterToPrint>> deposit : byDeposit.entrySet()) {
            long depositId = deposit.getKey();
            List<LetterToPrint> letters = deposit.getValue();
            LetterToPrint first = letters.get(0);
            store.withPlainCopy(first.file().content(), plain -> withAnnexes(depositId, first.annexes(), 0,
                    new ArrayList<>(), annexes -> {
                        PdfReader file = fromDeposit(depositId, () -> PrintFileWriter.open(plain,
                                first.file().analysedPages()));
                        try {
                            fromDeposit(depositId, () -> {
                                writeLetters(writer, lotReference, letters, file, annexes, firstPages);
                                return null;
                            });
                        } finally {
                            for (PdfReader annex : annexes) {
                                writer.release(annex);
                            }
                            writer.release(file);
                        }
                        return null;
                    }));
        }
    }

    private void writeLetters(PrintFileWriter writer, String lotReference, List<LetterToPrint> letters,
                              PdfReader file, List<PdfReader> annexes, Map<Integer, Integer> firstPages)
            throws IOException {
        for (LetterToPrint letter : letters) {
            firstPages.put(letter.sequence(), writer.pages() + 1);
            writer.letter(lotReference, letter.sequence(), file, letter.firstPage(), letter.pageCount(), annexes);
            if (letter.registeredNumber() != null) {
                writer.registeredForm(lotReference, letter.sequence(),
                        RegisteredNumber.parse(letter.registeredNumber()), addresses(letter));
            }
        }
    }

    /**
     * Runs what reads a deposit's files: what fails there, but for the print file's own writing, is the deposit's
     * doing (a file the analysis read but the print file's reader cannot), and leaves it out rather than holding up
     * the whole lot at every attempt.
     */
    private static <T> T fromDeposit(long depositId, DepositWork<T> work) throws IOException {
        try {
            return work.run();
        } catch (PrintFileWriteException | DepositUnprintable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DepositUnprintable(depositId, e);
        }
    }

    @FunctionalInterface
    private interface DepositWork<T> {
        T run() throws IOException;
    }

    /** Thrown through the print file's writing to stop it: the deposit's pages cannot be reproduced. */
    private static final class DepositUnprintable extends IOException {
        final long depositId;

        DepositUnprintable(long depositId, Exception cause) {
            super(cause);
            this.depositId = depositId;
        }

        /**
         * What went wrong, for the administrators: the print file's own finding, or the failure's kind and where it
         * was raised (the message of a parser's failure may quote the file, so it is not repeated).
         */
        String why() {
            Throwable cause = getCause();
            if (cause instanceof UnprintablePagesException) {
                return cause.getMessage();
            }
            StackTraceElement[] at = cause.getStackTrace();
            return cause.getClass().getName() + (at.length == 0 ? "" : " at " + at[0]);
        }
    }

    /**
     * A registered letter's addresses, or null when they are not on record (deposited before they were kept, or
     * destroyed with the content) or cannot be opened: its form then says so rather than holding up the lot.
     */
    private RegisteredAddresses addresses(LetterToPrint letter) {
        if (letter.sealedAddresses() == null) {
            LOG.warning(() -> "Registered letter " + letter.sequence() + " of deposit " + letter.depositId()
                    + " has no addresses on record: its form says they are unavailable");
            return null;
        }
        try {
            return seal.open(letter.sealedAddresses());
        } catch (RuntimeException e) {
            LOG.severe(() -> "The addresses of registered letter " + letter.sequence() + " of deposit "
                    + letter.depositId() + " cannot be opened (" + e.getClass().getSimpleName()
                    + "): its form says they are unavailable");
            return null;
        }
    }

    /** Opens each annex from a verified plaintext copy, kept while {@code work} runs. */
    private Void withAnnexes(long depositId, List<SourceFile> annexes, int index, List<PdfReader> opened,
                             AnnexWork work) throws IOException {
        if (index == annexes.size()) {
            return work.apply(opened);
        }
        SourceFile annex = annexes.get(index);
        return store.withPlainCopy(annex.content(), (Path plain) -> {
            opened.add(fromDeposit(depositId, () -> PrintFileWriter.open(plain, annex.analysedPages())));
            return withAnnexes(depositId, annexes, index + 1, opened, work);
        });
    }

    @FunctionalInterface
    private interface AnnexWork {
        Void apply(List<PdfReader> annexes) throws IOException;
    }

    private boolean intact(LetterToPrint letter) {
        try {
            if (!store.intact(letter.file().content())) {
                return false;
            }
            for (SourceFile annex : letter.annexes()) {
                if (!store.intact(annex.content())) {
                    return false;
                }
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
