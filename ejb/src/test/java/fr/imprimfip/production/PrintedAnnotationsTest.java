package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An annotation's appearance is fitted to its rectangle as ISO 32000-1 (12.5.5) says viewers do. */
class PrintedAnnotationsTest {

    private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};

    @Test
    void anAppearanceOfItsRectanglesSizeIsMovedThere() {
        assertArrayEquals(new double[] {1, 0, 0, 1, 50, 60},
                PrintedAnnotations.fitted(new double[] {0, 0, 100, 20}, IDENTITY, new double[] {50, 60, 150, 80}));
    }

    @Test
    void anAppearanceIsScaledToItsRectangleWrittenEitherWay() {
        assertArrayEquals(new double[] {2, 0, 0, 2, 50, 60},
                PrintedAnnotations.fitted(new double[] {0, 0, 50, 10}, IDENTITY, new double[] {150, 80, 50, 60}));
        assertArrayEquals(new double[] {1, 0, 0, 1, 40, 50},
                PrintedAnnotations.fitted(new double[] {10, 10, 110, 30}, IDENTITY, new double[] {50, 60, 150, 80}));
    }

    @Test
    void anAppearanceTurnedByItsOwnMatrixIsFittedAsTurned() {
        // a quarter turn: the box 0 0 100 20 covers x -20..0 and y 0..100 once turned
        assertArrayEquals(new double[] {1, 0, 0, 1, 30, 10}, PrintedAnnotations.fitted(
                new double[] {0, 0, 100, 20}, new double[] {0, 1, -1, 0, 0, 0}, new double[] {10, 10, 30, 110}));
    }

    @Test
    void anEmptyBoxOrRectangleIsNotDrawn() {
        assertNull(PrintedAnnotations.fitted(new double[] {0, 0, 0, 20}, IDENTITY, new double[] {0, 0, 10, 10}));
        assertNull(PrintedAnnotations.fitted(new double[] {0, 0, 10, 20}, IDENTITY, new double[] {5, 5, 5, 10}));
    }
}
