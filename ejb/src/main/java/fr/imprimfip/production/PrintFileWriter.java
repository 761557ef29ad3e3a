package fr.imprimfip.production;

import static fr.imprimfip.production.UnreadableSourceException.reading;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.BarcodeDatamatrix;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.registered.RegisteredNumber;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.SendingType;

/**
 * Writes the print-ready file of a lot: a cover sheet, then each letter's pages followed by its annexes, every
 * letter starting on a new sheet (duplex: a blank back is added after an odd page count). The front of every sheet
 * carries the sheet mark the inserter reads, a Data Matrix with a readable line next to it, in the zone the charter
 * keeps clear at the bottom left of each page: {@code IFP;<lot>;<letter>;<sheet>;<sheets>}.
 * <p>
 * A registered letter with acknowledgement of receipt is followed by its registered-mail form, one sheet that does
 * not go in the envelope (marked {@code IFP;<lot>;<letter>;R;1}): the proof of deposit on the front, the
 * acknowledgement of receipt on the back, each with the registered number as text and as a Code 128 barcode, the
 * recipient's address and the return address where the acknowledgement comes back.
 * <p>
 * The file is written as it goes ({@link StreamingPdfWriter}), so that the heap does not grow with the lot: the
 * sheets the platform draws itself (cover, forms) are drawn with OpenPDF on their own and copied in like the letters.
 */
final class PrintFileWriter implements Closeable {

    /** The largest file parsed whole before its pages are taken (see {@link #open(Path)}). */
    static final long FULL_PARSE_LIMIT = 32L << 20;

    /** Millimetres to PDF points. */
    private static final float MM = 72f / 25.4f;
    private static final float MARK_X = 10 * MM;
    private static final float MARK_Y = 4 * MM;
    private static final float MARK_SIZE = 7 * MM;
    private static final float FORM_TOP = PageSize.A4.getHeight() - 25 * MM;
    private static final int[] SQUARE_SIDES = {10, 12, 14, 16, 18, 20, 22, 24, 26, 32, 36, 40, 44, 48};
    /** The data codewords each of {@link #SQUARE_SIDES} holds (ISO/IEC 16022, ECC 200). */
    private static final int[] SQUARE_CAPACITIES = {3, 5, 8, 12, 18, 22, 30, 36, 44, 62, 86, 114, 144, 174};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(BusinessCalendar.PARIS);

    private final StreamingPdfWriter writer;
    private final BaseFont font;

    PrintFileWriter(OutputStream out) throws IOException {
        this(out, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Writes to {@code out}, keeping the file's cross-reference offsets in a temporary file in {@code scratch}. */
    PrintFileWriter(OutputStream out, Path scratch) throws IOException {
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException e) {
            throw new IOException("Cannot load the print file's font", e);
        }
        writer = new StreamingPdfWriter(out, scratch);
    }

    /**
     * A PDF to take pages from. A file up to {@link #FULL_PARSE_LIMIT} is read into the heap and parsed whole at once
     * (its parsed objects take some 2 KB of heap a page, 45 MB for a file of 20,000 pages); a larger one is read
     * object by object through a memory mapping (out of the heap), each page and what it uses read when copied and
     * let go, so that the heap never holds the structure of one whole ({@link StreamingPdfWriter} walks its page tree
     * once, where the reader would walk it from the root for every page).
     */
    static PdfReader open(Path pdf) throws IOException {
        return open(pdf, FULL_PARSE_LIMIT);
    }

    static PdfReader open(Path pdf, long fullParseLimit) throws IOException {
        return Files.size(pdf) <= fullParseLimit ? parsedWhole(pdf) : objectByObject(pdf);
    }

    /**
     * Read, not mapped: the reader never unmaps a file, and a mapping left to the collector keeps the blocks of the
     * deleted plaintext copy allocated on disk. Reading the file is the platform's; parsing it, the file's.
     */
    private static PdfReader parsedWhole(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        return reading(() -> new PdfReader(bytes));
    }

    private static PdfReader objectByObject(Path pdf) throws IOException {
        RandomAccessFileOrArray file = new RandomAccessFileOrArray(pdf.toString(), false, false);
        try {
            return reading(() -> new PdfReader(file, null));
        } catch (IOException | RuntimeException | Error e) {
            file.close();
            throw e;
        }
    }

    /**
     * A deposited file to take pages from, which must have the {@code analysedPages} pages the analysis read in it
     * (0: not on record, the reader's count is taken): a letter's pages are found by their numbers, and one page
     * missing would give a letter its neighbour's. Parsed whole, the reader leaves out a page written inside its
     * parent node (not valid PDF, but read by PDF viewers and by the analysis) and the pages after it, or fails on an
     * object no page uses; the file is then read object by object, whose walk of the page tree keeps such a page.
     *
     * @throws UnreadableSourceException when neither way finds the pages the analysis found, or the file cannot be
     *     parsed
     */
    static PdfReader open(Path pdf, int analysedPages) throws IOException {
        return open(pdf, analysedPages, FULL_PARSE_LIMIT);
    }

    static PdfReader open(Path pdf, int analysedPages, long fullParseLimit) throws IOException {
        if (Files.size(pdf) <= fullParseLimit) {
            UnreadableSourceException failure;
            try {
                PdfReader whole = parsedWhole(pdf);
                if (analysedPages <= 0 || whole.getNumberOfPages() == analysedPages) {
                    return whole;
                }
                whole.close();
                failure = new UnreadableSourceException("parsed whole, the print file's reader finds "
                        + whole.getNumberOfPages() + " pages where the analysis read " + analysedPages);
            } catch (UnreadableSourceException e) {
                failure = e;
            }
            try {
                return checked(objectByObject(pdf), analysedPages);
            } catch (UnreadableSourceException e) {
                failure.addSuppressed(e);
                throw failure;
            }
        }
        return checked(objectByObject(pdf), analysedPages);
    }

    /** A reader of a file read object by object, if it finds the pages the analysis read; closed otherwise. */
    private static PdfReader checked(PdfReader reader, int analysedPages) throws IOException {
        try {
            if (analysedPages > 0 && reader.getNumberOfPages() != analysedPages) {
                throw new UnreadableSourceException("read object by object, the print file's reader finds "
                        + reader.getNumberOfPages() + " pages where the analysis read " + analysedPages);
            }
            if (analysedPages > 0 && !walked(reader)) {
                throw new UnreadableSourceException("read object by object, the file's page tree is not one the"
                        + " print file walks to each of its " + analysedPages + " pages");
            }
            return reader;
        } catch (IOException | RuntimeException | Error e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Whether the page tree of a file read object by object is one the writer walks, finding every page the reader
     * counts (its root's {@code /Count}): otherwise pages would be looked up by the counts of the tree's nodes, which
     * a file may get wrong.
     */
    private static boolean walked(PdfReader reader) throws IOException {
        return reading(() -> PageIndex.of(reader)).numbers() != null;
    }

    /** The first sheet: what the lot is, for the operator who loads it. */
    void coverSheet(String reference, LotKey key, Instant createdAt, int letters, int sheets) throws IOException {
        PdfReader sheet = drawn(canvas -> coverText(canvas, reference, key, createdAt, letters, sheets));
        copyDrawn(sheet, mark("IFP;" + reference + ";000000;0;0", reference + " page de garde"), null);
        blankBack();
    }

    private void coverText(PdfContentByte canvas, String reference, LotKey key, Instant createdAt, int letters,
                           int sheets) {
        float y = PageSize.A4.getHeight() - 40 * MM;
        line(canvas, 16, 20 * MM, y, "IMPRIM'FIP - lot d'impression " + reference);
        String[] lines = {
            "Constitué le " + WHEN.format(createdAt),
            "Papier : " + key.paper() + "    Enveloppe : " + key.envelope(),
            "Envoi : " + key.sendingType().label() + "    Affranchissement : " + key.postageClass(),
            "Plis : " + letters + "    Feuilles (hors page de garde) : " + sheets,
            key.sendingType() == SendingType.LRAR
                    ? "Recommandé avec AR : chaque pli est suivi de son formulaire (1 feuille hors enveloppe)" : "",
        };
        for (String text : lines) {
            y -= 10 * MM;
            line(canvas, 11, 20 * MM, y, text);
        }
    }

    /**
     * One letter of {@code pageCount} pages as the analysis counted them, its annexes included: its own pages from
     * {@code firstPage} in {@code file}, then every page of each annex. Returns the number of sheets written.
     */
    int letter(String lotReference, int sequence, PdfReader file, int firstPage, int pageCount,
               List<PdfReader> annexes) throws IOException {
        int annexPages = annexes.stream().mapToInt(PdfReader::getNumberOfPages).sum();
        int ownPages = pageCount - annexPages;
        if (ownPages < 1 || firstPage < 1 || firstPage + ownPages - 1 > file.getNumberOfPages()) {
            throw new UnreadableSourceException("Letter " + sequence + " of " + lotReference + ": pages " + firstPage
                    + " to " + (firstPage + ownPages - 1) + " are not in its file of " + file.getNumberOfPages()
                    + " pages (" + pageCount + " pages with " + annexPages + " annex pages)");
        }
        int total = pageCount;
        int sheets = (total + 1) / 2;
        int written = 0;
        for (int page = firstPage; page < firstPage + ownPages; page++) {
            copy(file, page, lotReference, sequence, written++, sheets);
        }
        for (PdfReader annex : annexes) {
            for (int page = 1; page <= annex.getNumberOfPages(); page++) {
                copy(annex, page, lotReference, sequence, written++, sheets);
            }
        }
        if (total % 2 == 1) {
            blankBack();
        }
        return sheets;
    }

    /** Said on the form when a registered letter's addresses are not on record (a letter deposited before them). */
    static final String ADDRESS_UNAVAILABLE = "Adresse non disponible : reportez celle du pli";

    /**
     * The registered-mail form of the letter just written: one sheet, outside the envelope's count, the proof of
     * deposit on its front and the acknowledgement of receipt on its back. {@code addresses} may be null (not on
     * record): the form still carries the number, and says the addresses are unavailable.
     */
    void registeredForm(String lotReference, int sequence, RegisteredNumber number, RegisteredAddresses addresses)
            throws IOException {
        String seq = String.format("%06d", sequence);
        PdfReader form = drawn(canvas -> depositProof(canvas, lotReference, seq, number, addresses),
                canvas -> receiptAcknowledgement(canvas, number, addresses));
        copyDrawn(form, mark("IFP;" + lotReference + ";" + seq + ";R;1", lotReference + " pli " + seq
                + " formulaire de recommandé (hors enveloppe)"), null);
    }

    private void depositProof(PdfContentByte canvas, String lotReference, String seq, RegisteredNumber number,
                              RegisteredAddresses addresses) {
        float top = FORM_TOP;
        line(canvas, 14, 20 * MM, top, "LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION");
        line(canvas, 12, 20 * MM, top - 8 * MM, "Preuve de dépôt - à conserver par l'expéditeur");
        float y = numberBlock(canvas, number, top - 20 * MM);
        y = addressBlock(canvas, "Destinataire :", addresses == null ? null : addresses.recipient(), y - 10 * MM);
        y = addressBlock(canvas, "Expéditeur (retour de l'avis de réception) :",
                addresses == null ? null : addresses.returnAddress(), y - 8 * MM);
        line(canvas, 9, 20 * MM, y - 10 * MM, "Lot " + lotReference + ", pli " + seq + " - date de dépôt : cachet"
                + " de La Poste");
    }

    private void receiptAcknowledgement(PdfContentByte canvas, RegisteredNumber number,
                                        RegisteredAddresses addresses) {
        float top = FORM_TOP;
        line(canvas, 14, 20 * MM, top, "AVIS DE RÉCEPTION");
        line(canvas, 12, 20 * MM, top - 8 * MM, "Lettre recommandée - à retourner à l'expéditeur");
        float y = numberBlock(canvas, number, top - 20 * MM);
        y = addressBlock(canvas, "À retourner à :", addresses == null ? null : addresses.returnAddress(),
                y - 10 * MM);
        y = addressBlock(canvas, "Destinataire :", addresses == null ? null : addresses.recipient(), y - 8 * MM);
        y -= 12 * MM;
        line(canvas, 10, 20 * MM, y, "Présenté / avisé le : ____/____/________");
        line(canvas, 10, 20 * MM, y - 8 * MM, "Distribué le : ____/____/________");
        line(canvas, 10, 20 * MM, y - 16 * MM, "Signature du destinataire ou de son mandataire :");
    }

    /** The number as people read it, then as a Code 128 barcode; returns the height below it. */
    private float numberBlock(PdfContentByte canvas, RegisteredNumber number, float y) {
        line(canvas, 16, 20 * MM, y, "N° " + number.spaced() + "   (" + number.format() + ")");
        Barcode128 barcode = new Barcode128();
        barcode.setCodeType(Barcode128.CODE128);
        barcode.setCode(number.format());
        barcode.setX(0.35f * MM);
        barcode.setBarHeight(15 * MM);
        barcode.setFont(null);
        PdfTemplate bars = barcode.createTemplateWithBarcode(canvas, null, null);
        float barsY = y - 5 * MM - bars.getHeight();
        canvas.addTemplate(bars, 20 * MM, barsY);
        return barsY;
    }

    private float addressBlock(PdfContentByte canvas, String title, PostalAddress address, float y) {
        line(canvas, 10, 20 * MM, y, title);
        List<String> lines = address == null ? List.of(ADDRESS_UNAVAILABLE) : address.printedLines();
        for (String text : lines) {
            y -= 5.5f * MM;
            line(canvas, 11, 25 * MM, y, text);
        }
        return y;
    }

    /** Everything taken from {@code reader} is written out; its pages can no longer be copied. */
    void release(PdfReader reader) throws IOException {
        try {
            writer.release(reader);
        } finally {
            reader.close();
        }
    }

    /** The file will be thrown away: closing it writes nothing more. */
    void abandon() {
        writer.abandon();
    }

    int pages() {
        return writer.pages();
    }

    private void copy(PdfReader reader, int page, String lotReference, int sequence, int index, int sheets)
            throws IOException {
        StreamingPdfWriter.SheetMark mark = null;
        if (index % 2 == 0) {
            int sheet = index / 2 + 1;
            String seq = String.format("%06d", sequence);
            mark = mark("IFP;" + lotReference + ";" + seq + ";" + sheet + ";" + sheets,
                    lotReference + " pli " + seq + " feuille " + sheet + "/" + sheets);
        }
        writer.copyPage(reader, page, mark);
    }

    private void blankBack() throws IOException {
        writer.blankPage(PageSize.A4.getWidth(), PageSize.A4.getHeight());
    }

    /** Pages drawn by the platform itself (cover sheet, registered-mail forms), to be copied into the file. */
    private static PdfReader drawn(Drawing... pages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter pdf = PdfWriter.getInstance(document, bytes);
            document.open();
            for (int i = 0; i < pages.length; i++) {
                if (i > 0) {
                    document.newPage();
                }
                pages[i].draw(pdf.getDirectContent());
            }
        } catch (DocumentException e) {
            throw new IOException("Cannot draw a sheet of the print file", e);
        } finally {
            document.close();
        }
        return new PdfReader(bytes.toByteArray());
    }

    /** The pages of a drawn sheet, the first with {@code front}'s mark, the second with {@code back}'s if any. */
    private void copyDrawn(PdfReader sheet, StreamingPdfWriter.SheetMark front, StreamingPdfWriter.SheetMark back)
            throws IOException {
        try {
            for (int page = 1; page <= sheet.getNumberOfPages(); page++) {
                writer.copyPage(sheet, page, page == 1 ? front : back);
            }
        } catch (UnreadableSourceException e) {
            // a sheet the platform drew itself: its failure is the platform's, not a deposit's
            throw new IllegalStateException("A sheet drawn for the print file cannot be copied into it", e);
        } finally {
            release(sheet);
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(PdfContentByte canvas);
    }

    private static StreamingPdfWriter.SheetMark mark(String code, String readable) {
        BarcodeDatamatrix matrix = matrix(code);
        int border = 2 * matrix.getBorder();
        return new StreamingPdfWriter.SheetMark(matrix.getImage(), matrix.getWidth() + border,
                matrix.getHeight() + border, MARK_X, MARK_Y, MARK_SIZE, MARK_X + MARK_SIZE + 2 * MM, MARK_Y + 2 * MM,
                6, readable);
    }

    /**
     * The smallest square Data Matrix holding {@code code}: left to choose, the encoder takes a rectangular symbol
     * (16 by 36 modules, say) for some lengths, whose modules the mark's square would stretch.
     */
    static BarcodeDatamatrix matrix(String code) {
        // no encodation takes fewer than one codeword for two characters (digits in pairs): smaller sizes cannot hold
        // the code, and each size tried runs every encodation
        int fewestCodewords = (code.length() + 1) / 2;
        for (int size = 0; size < SQUARE_SIDES.length; size++) {
            if (SQUARE_CAPACITIES[size] < fewestCodewords) {
                continue;
            }
            BarcodeDatamatrix matrix = new BarcodeDatamatrix();
            matrix.setOptions(BarcodeDatamatrix.DM_AUTO);
            matrix.setWidth(SQUARE_SIDES[size]);
            matrix.setHeight(SQUARE_SIDES[size]);
            try {
                if (matrix.generate(code) == BarcodeDatamatrix.DM_NO_ERROR) {
                    return matrix;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("Sheet mark too long: " + code);
    }

    private void line(PdfContentByte canvas, float fontSize, float x, float y, String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, fontSize);
        canvas.showTextAligned(Element.ALIGN_LEFT, text, x, y, 0);
        canvas.endText();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
