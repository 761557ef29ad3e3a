package fr.imprimfip.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * is ever printed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrintLotComposer {

    static final String TAMPERED = "Le fichier stocké est altéré et ne sera pas imprimé ; déposez-le à nouveau.";
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

    private void compose(long lotId) {
        LotPlan plan = lots.plan(lotId);
        if (plan == null) {
            return;
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
        LotPlan checked = leftOut ? lots.plan(lotId) : plan;
        Map<Integer, Integer> firstPages = new HashMap<>();
        int[] pages = new int[1];
        try {
            StoredContent file = store.storeWritten(out -> {
                try (PrintFileWriter writer = new PrintFileWriter(out, store.directories().work())) {
                    PrintLot lot = checked.lot();
                    writer.coverSheet(lot.reference(), lot.key(), lot.createdAt(), lot.letters(), lot.sheets());
                    writeLetters(writer, checked.lot().reference(), checked.byDeposit(), firstPages);
                    pages[0] = writer.pages();
                }
            });
            lots.recordComposed(lotId, file, pages[0], firstPages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the print file of lot " + plan.lot().reference(), e);
        }
        LOG.info(() -> "Print lot " + plan.lot().reference() + " composed: " + firstPages.size() + " letters, "
                + pages[0] + " pages");
    }

    private void writeLetters(PrintFileWriter writer, String lotReference, Map<Long, List<LetterToPrint>> byDeposit,
                              Map<Integer, Integer> firstPages) throws IOException {
        for (List<LetterToPrint> letters : byDeposit.values()) {
            LetterToPrint first = letters.get(0);
            store.withPlainCopy(first.file(), plain -> withAnnexes(first.annexes(), 0, new ArrayList<>(), annexes -> {
                PdfReader file = PrintFileWriter.open(plain);
                try {
                    for (LetterToPrint letter : letters) {
                        firstPages.put(letter.sequence(), writer.pages() + 1);
                        writer.letter(lotReference, letter.sequence(), file, letter.firstPage(),
                                letter.pageCount(), annexes);
                        if (letter.registeredNumber() != null) {
                            writer.registeredForm(lotReference, letter.sequence(),
                                    RegisteredNumber.parse(letter.registeredNumber()), addresses(letter));
                        }
                    }
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
    private Void withAnnexes(List<StoredContent> annexes, int index, List<PdfReader> opened, AnnexWork work)
            throws IOException {
        if (index == annexes.size()) {
            return work.apply(opened);
        }
        return store.withPlainCopy(annexes.get(index), (Path plain) -> {
            opened.add(PrintFileWriter.open(plain));
            return withAnnexes(annexes, index + 1, opened, work);
        });
    }

    @FunctionalInterface
    private interface AnnexWork {
        Void apply(List<PdfReader> annexes) throws IOException;
    }

    private boolean intact(LetterToPrint letter) {
        try {
            if (!store.intact(letter.file())) {
                return false;
            }
            for (StoredContent annex : letter.annexes()) {
                if (!store.intact(annex)) {
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
