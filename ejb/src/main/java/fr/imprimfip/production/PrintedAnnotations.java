package fr.imprimfip.production;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

/**
 * The annotations of a page that are printed with it, as PDF viewers print them (ISO 32000-1, 12.5.3 and 12.5.5): those
 * flagged to print and not hidden, each drawn from its normal appearance, fitted to its rectangle. A form filled in
 * with a PDF viewer keeps its values in such annotations, outside the page's content: without them the letter would
 * be printed with its fields empty.
 */
final class PrintedAnnotations {

    private static final int HIDDEN = 1 << 1;
    private static final int PRINT = 1 << 2;

    /** An appearance stream of the source file, and the matrix that fits it to its annotation's rectangle. */
    record Printed(PRIndirectReference appearance, double[] matrix) {
    }

    private PrintedAnnotations() {
    }

    static List<Printed> of(PdfDictionary page) {
        List<Printed> printed = new ArrayList<>();
        if (!(PdfReader.getPdfObjectRelease(page.get(PdfName.ANNOTS)) instanceof PdfArray annotations)) {
            return printed;
        }
        for (PdfObject element : annotations.getElements()) {
            if (PdfReader.getPdfObjectRelease(element) instanceof PdfDictionary annotation) {
                Printed one = printed(annotation);
                if (one != null) {
                    printed.add(one);
                }
            }
        }
        return printed;
    }

    private static Printed printed(PdfDictionary annotation) {
        int flags = PdfReader.getPdfObjectRelease(annotation.get(PdfName.F)) instanceof PdfNumber f ? f.intValue() : 0;
        if ((flags & PRINT) == 0 || (flags & HIDDEN) != 0) {
            return null;
        }
        PRIndirectReference appearance = normalAppearance(annotation);
        double[] rectangle = numbers(annotation.get(PdfName.RECT), 4);
        if (appearance == null || rectangle == null
                || !(PdfReader.getPdfObjectRelease(appearance) instanceof PRStream stream)) {
            return null;
        }
        double[] box = numbers(stream.get(PdfName.BBOX), 4);
        double[] own = numbers(stream.get(PdfName.MATRIX), 6);
        if (box == null) {
            return null;
        }
        double[] fitted = fitted(box, own == null ? new double[] {1, 0, 0, 1, 0, 0} : own, rectangle);
        return fitted == null ? null : new Printed(appearance, fitted);
    }

    /** The normal appearance, or the one its state names when it has several (a check box on or off). */
    private static PRIndirectReference normalAppearance(PdfDictionary annotation) {
        if (!(PdfReader.getPdfObjectRelease(annotation.get(PdfName.AP)) instanceof PdfDictionary appearances)) {
            return null;
        }
        PdfObject normal = appearances.get(PdfName.N);
        if (PdfReader.getPdfObjectRelease(normal) instanceof PdfDictionary states && !(states instanceof PRStream)) {
            if (!(PdfReader.getPdfObjectRelease(annotation.get(PdfName.AS)) instanceof PdfName state)) {
                return null;
            }
            normal = states.get(state);
        }
        return normal instanceof PRIndirectReference reference ? reference : null;
    }

    /**
     * The matrix that maps the appearance's box, as its own matrix turns it, onto the annotation's rectangle (the
     * appearance's own matrix is applied by the form itself); null when either is empty.
     */
    static double[] fitted(double[] box, double[] own, double[] rectangle) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double x = box[corner < 2 ? 0 : 2];
            double y = box[corner % 2 == 0 ? 1 : 3];
            double tx = own[0] * x + own[2] * y + own[4];
            double ty = own[1] * x + own[3] * y + own[5];
            minX = Math.min(minX, tx);
            minY = Math.min(minY, ty);
            maxX = Math.max(maxX, tx);
            maxY = Math.max(maxY, ty);
        }
        double left = Math.min(rectangle[0], rectangle[2]);
        double bottom = Math.min(rectangle[1], rectangle[3]);
        double width = Math.abs(rectangle[2] - rectangle[0]);
        double height = Math.abs(rectangle[3] - rectangle[1]);
        if (maxX - minX <= 0 || maxY - minY <= 0 || width <= 0 || height <= 0) {
            return null;
        }
        double sx = width / (maxX - minX);
        double sy = height / (maxY - minY);
        return new double[] {sx, 0, 0, sy, left - minX * sx, bottom - minY * sy};
    }

    private static double[] numbers(PdfObject value, int count) {
        if (!(PdfReader.getPdfObjectRelease(value) instanceof PdfArray array) || array.size() != count) {
            return null;
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            if (!(PdfReader.getPdfObjectRelease(array.getPdfObject(i)) instanceof PdfNumber number)) {
                return null;
            }
            numbers[i] = number.doubleValue();
        }
        return numbers;
    }
}
