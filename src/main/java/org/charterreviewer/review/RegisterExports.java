package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.storage.AtomicFileWriter;

/**
 * The CSV registers councils publish: schools holding charter status now, and pledge signatories
 * who consented to publication. UTF-8 with a byte order mark so Excel shows accents; written under
 * a temporary name and moved into place, so a half-written register never replaces a good one. Every
 * cell is quoted and formula triggers are neutralised ({@link FormulaSafeCell}).
 */
public final class RegisterExports {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ReviewService reviews;
    private final CharterCatalog charters;

    public RegisterExports(ReviewService reviews, CharterCatalog charters) {
        this.reviews = reviews;
        this.charters = charters;
    }

    /** Writes the awards register; returns the number of schools in it. */
    public int writeAwardsRegister(Path out) {
        List<ReviewSummary> awards = reviews.currentAwards();
        write(out, List.of(tr("register.school"), tr("register.urn"), tr("register.charter"),
                tr("register.awardName"), tr("register.awardLevel"), tr("register.awardedOn"), tr("register.validUntil")),
                printer -> {
                    for (ReviewSummary award : awards) {
                        printer.printRecord(text(award.schoolName()), text(award.schoolUrn()), text(award.charterTitle()),
                                text(awardName(award)), text(award.awardLevel()), text(award.awardedOn()),
                                text(award.validUntil()));
                    }
                });
        return awards.size();
    }

    /** Writes the register of consenting pledge signatories; returns the number of signatories in it. */
    public int writeSignatories(Path out) {
        List<PublishedSignatory> signatories = reviews.publishableSignatories();
        write(out, List.of(tr("register.name"), tr("register.role"), tr("register.organisation"),
                tr("register.signedOn")), printer -> {
                    for (PublishedSignatory published : signatories) {
                        PledgeSignatory s = published.signatory();
                        printer.printRecord(text(s.name()), text(s.role()), text(s.organisation()), text(s.signedOn()));
                    }
                });
        return signatories.size();
    }

    private String awardName(ReviewSummary award) {
        return charters.find(award.charterId(), award.charterVersion()).map(StoredCharter::charter)
                .map(c -> c.certificate() == null ? c.title() : c.certificate().awardName())
                .orElse(award.charterTitle());
    }

    /** Every cell goes through here, so no value can reach a spreadsheet as a formula. */
    private static String text(Object value) {
        return FormulaSafeCell.of(value == null ? "" : value.toString());
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void write(Path out, List<String> header, Rows rows) {
        try {
            AtomicFileWriter.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                writer.write(BYTE_ORDER_MARK);
                try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                        .setQuoteMode(QuoteMode.ALL).setHeader(header.toArray(String[]::new)).get())) {
                    rows.print(printer);
                }
            });
        } catch (IOException e) {
            throw new InvalidInputException(tr("register.cannotWrite", out), e);
        }
    }
}
