package fr.imprimfip.charter;

import java.util.List;

/**
 * What one pass over a page found: the business reference on it (if any), the lines in the window, its findings;
 * the reference and the lines as {@link PrintedText}.
 */
public record PageRead(int pageNumber, String reference, List<String> windowLines, List<Finding> findings) {
}
