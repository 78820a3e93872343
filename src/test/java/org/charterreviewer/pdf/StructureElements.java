package org.charterreviewer.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** A tagged PDF's structure elements read back, depth first: the order a screen reader follows. */
public final class StructureElements {

    private StructureElements() {
    }

    public static List<PDStructureElement> inReadingOrder(PDDocument document) {
        List<PDStructureElement> elements = new ArrayList<>();
        collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), elements);
        return elements;
    }

    private static void collect(List<Object> kids, List<PDStructureElement> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element.getKids(), into);
            }
        }
    }
}
