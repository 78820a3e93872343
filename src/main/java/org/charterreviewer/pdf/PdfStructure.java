package org.charterreviewer.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a PDF being drawn (tagged PDF, as PDF/UA and PDF/A level A ask): a
 * structure tree under one {@code Document} element, content marked with an MCID per piece and
 * linked to its element, decoration marked as artifacts, annotations linked through object
 * references, and the parent tree that lets a reader go from content back to its element. The
 * order in which elements are added is the reading order.
 */
public final class PdfStructure {

    /** Standard structure types used by the app's PDFs. */
    public static final String DOCUMENT = "Document";
    public static final String PARAGRAPH = "P";
    public static final String FIGURE = "Figure";
    public static final String FORM = "Form";
    public static final String LIST = "L";
    public static final String LIST_ITEM = "LI";
    public static final String LIST_BODY = "LBody";
    public static final String TABLE = "Table";
    public static final String TABLE_ROW = "TR";
    public static final String TABLE_HEADER = "TH";
    public static final String TABLE_CELL = "TD";

    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page, the element each MCID belongs to (the MCID is the index). */
    private final Map<PDPage, List<PDStructureElement>> marked = new LinkedHashMap<>();
    private final List<PDStructureElement> annotationOwners = new ArrayList<>();
    private final List<PDAnnotation> annotations = new ArrayList<>();
    private final List<PDPage> annotationPages = new ArrayList<>();

    public PdfStructure(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = add(root, DOCUMENT);
    }

    /** A heading type by depth: 1 gives {@code H1}. */
    public static String heading(int depth) {
        return "H" + depth;
    }

    /** The {@code Document} element everything else sits in. */
    public PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} after the existing children of {@code parent}. */
    public PDStructureElement add(PDStructureNode parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** A figure with the words a screen reader says instead of showing it. */
    public PDStructureElement figure(PDStructureNode parent, String alternativeText) {
        PDStructureElement figure = add(parent, FIGURE);
        figure.setAlternateDescription(alternativeText);
        return figure;
    }

    /** A table header cell for the column below it. */
    public PDStructureElement columnHeader(PDStructureNode row) {
        PDStructureElement header = add(row, TABLE_HEADER);
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        header.addAttribute(attributes);
        return header;
    }

    /**
     * Starts content on {@code page} that belongs to {@code element}; close it with {@link #end}.
     * Each call gives the content its own MCID, so one element may gather pieces from several pages.
     */
    public void begin(PDPageContentStream stream, PDPage page, PDStructureElement element) {
        List<PDStructureElement> owners = marked.computeIfAbsent(page, p -> new ArrayList<>());
        int mcid = owners.size();
        owners.add(element);
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, MCR);
        reference.setItem(COSName.PG, page.getCOSObject());
        reference.setInt(COSName.MCID, mcid);
        kids(element).add(reference);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        try {
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts decoration (frames, rules, running headers and footers) that a reader skips. */
    public void beginArtifact(PDPageContentStream stream) {
        try {
            stream.beginMarkedContent(COSName.ARTIFACT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends what {@link #begin} or {@link #beginArtifact} started. */
    public void end(PDPageContentStream stream) {
        try {
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links {@code annotation} on {@code page} to {@code element} (a form field to its {@code Form}). */
    public void annotation(PDAnnotation annotation, PDPage page, PDStructureElement element) {
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, OBJR);
        reference.setItem(COSName.OBJ, annotation.getCOSObject());
        reference.setItem(COSName.PG, page.getCOSObject());
        kids(element).add(reference);
        annotations.add(annotation);
        annotationPages.add(page);
        annotationOwners.add(element);
    }

    /**
     * Writes the parent tree once everything is drawn: each page's marked content and each
     * annotation point back to their elements. Pages with annotations are tabbed in structure order.
     */
    public void finish() {
        COSArray numbers = new COSArray();
        int key = 0;
        for (Map.Entry<PDPage, List<PDStructureElement>> page : marked.entrySet()) {
            page.getKey().setStructParents(key);
            COSArray owners = new COSArray();
            page.getValue().forEach(owners::add);
            numbers.add(COSInteger.get(key));
            numbers.add(owners);
            key++;
        }
        for (int i = 0; i < annotations.size(); i++) {
            PDAnnotation annotation = annotations.get(i);
            annotation.setStructParent(key);
            numbers.add(COSInteger.get(key));
            numbers.add(annotationOwners.get(i));
            annotationPages.get(i).getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            key++;
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(key);
    }

    private static COSArray kids(PDStructureElement element) {
        COSDictionary dictionary = element.getCOSObject();
        COSBase existing = dictionary.getDictionaryObject(COSName.K);
        if (existing instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (existing != null) {
            array.add(existing);
        }
        dictionary.setItem(COSName.K, array);
        return array;
    }
}
