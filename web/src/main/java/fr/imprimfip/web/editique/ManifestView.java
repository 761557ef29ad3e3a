package fr.imprimfip.web.editique;

import java.util.List;

import fr.imprimfip.production.PrintLotCatalog;

/** A lot's manifest: the lot, and each letter with where it starts in the print file. */
public record ManifestView(PrintLotView lot, List<PrintLotCatalog.ManifestLine> letters) {

    static ManifestView of(PrintLotCatalog.Manifest manifest) {
        return new ManifestView(PrintLotView.of(manifest.lot()), manifest.letters());
    }
}
