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
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.shared.ContentCipher;
import fr.imprimfip.shared.ContentKey;
import fr.imprimfip.shared.InternalFailure;
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
            try {
                compose(id);
                composed++;
            } catch (RuntimeException e) {
                // the lot stays claimed and is taken again once its claim is stale; the next lots go on meanwhile
                long failed = id;
                LOG.log(Level.SEVERE, e, () -> "Print lot " + failed + " could not be composed; it will be tried"
                        + " again, and the other lots are composed meanwhile");
                tellOnCall(failed, e);
            }
        }
        return composed;
    }

    private void tellOnCall(long lotId, RuntimeException failure) {
        try {
            lots.compositionFailed(lotId, failure);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "The administrators could not be told that print lot " + lotId
                    + " could not be composed");
        }
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
                            + " but is still in it (" + e.why + ")");
                }
                LOG.severe(() -> "The pages of deposit " + e.depositId + " cannot be reproduced in print lot " + lot
                        + " (" + e.why + "): its letters are left out and the lot is composed again without them");
                lots.leaveOutUnprintable(lotId, e.depositId, e.partnerMessage, e.why);
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
                    try {
                        PrintLot lot = plan.lot();
                        writer.coverSheet(lot.reference(), lot.key(), lot.createdAt(), lot.letters(), lot.sheets());
                        writeLetters(writer, lot.reference(), plan.byDeposit(), firstPages);
                        pages[0] = writer.pages();
                    } catch (IOException | RuntimeException | Error e) {
                        writer.abandon();
                        throw e;
                    }
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

    /**
     * Each deposit's letters, from a verified plaintext copy of its file and of each annex. What fails while its
     * files are read ({@link UnreadableSourceException}), or their stored content found altered, is the deposit's
     * doing and stops the file with {@link DepositUnprintable}; anything else (the print file's own writing, a form
     * drawn by the platform) is the platform's, and the lot is composed again later.
     */
    private void writeLetters(PrintFileWriter writer, String lotReference, Map<Long, List<LetterToPrint>> byDeposit,
                              Map<Integer, Integer> firstPages) throws IOException {
        for (Map.Entry<Long, List<LetterToPrint>> deposit : byDeposit.entrySet()) {
            List<LetterToPrint> letters = deposit.getValue();
            LetterToPrint first = letters.get(0);
            List<PdfReader> opened = new ArrayList<>();
            try {
                store.withPlainCopy(first.file().content(), plain -> withAnnexes(first.annexes(), 0, opened, () -> {
                    List<PdfReader> annexes = List.copyOf(opened);
                    PdfReader file = PrintFileWriter.open(plain, first.file().analysedPages());
                    opened.add(file);
                    writeLetters(writer, lotReference, letters, file, annexes, firstPages);
                    return null;
                }));
            } catch (UnreadableSourceException e) {
                throw new DepositUnprintable(deposit.getKey(), e.getMessage(), UNPRINTABLE);
            } catch (ContentCipher.TamperedContentException e) {
                throw new DepositUnprintable(deposit.getKey(), "its stored content fails its integrity check",
                        TAMPERED);
            } finally {
                release(writer, opened);
            }
        }
    }

    private static void release(PrintFileWriter writer, List<PdfReader> opened) {
        for (PdfReader reader : opened) {
            try {
                writer.release(reader);
            } catch (IOException e) {
                LOG.warning(() -> "A deposited file read for a print file could not be closed: " + e);
            }
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
     * Thrown through the print file's writing to stop it: a deposit's pages cannot be reproduced. It carries what
     * went wrong for the administrators ({@code why}, never the file's content) and what the partner is told.
     */
    @InternalFailure
    private static final class DepositUnprintable extends IOException {
        final long depositId;
        final String why;
        final String partnerMessage;

        DepositUnprintable(long depositId, String why, String partnerMessage) {
            super("Deposit " + depositId + ": " + why);
            this.depositId = depositId;
            this.why = why;
            this.partnerMessage = partnerMessage;
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

    /** Opens each annex from a verified plaintext copy into {@code opened}, kept while {@code work} runs. */
    private Void withAnnexes(List<SourceFile> annexes, int index, List<PdfReader> opened, AnnexWork work)
            throws IOException {
        if (index == annexes.size()) {
            return work.run();
        }
        SourceFile annex = annexes.get(index);
        return store.withPlainCopy(annex.content(), (Path plain) -> {
            opened.add(PrintFileWriter.open(plain, annex.analysedPages()));
            return withAnnexes(annexes, index + 1, opened, work);
        });
    }

    @FunctionalInterface
    private interface AnnexWork {
        Void run() throws IOException;
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
