package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.protection.ErasedFile;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.protection.ErasureResult;

/** Prints what a deletion will take (before) and what it took (after), for the delete and retention commands. */
final class ErasurePlanOutput {

    private ErasurePlanOutput() {
    }

    static void print(PrintWriter out, ErasurePlan plan) {
        if (plan.schoolId() != null) {
            out.println(tr("cli.erase.school", plan.schoolName(), plan.schoolId()));
        }
        for (ErasedReview review : plan.reviews()) {
            out.println(tr(review.wholeReview() ? "cli.erase.review" : "cli.erase.reviewFiles",
                    review.reviewId().toString(), review.schoolName(), review.charterName(),
                    review.visitDate() == null ? "-" : Dates.day(review.visitDate()), review.revisions()));
            for (ErasedFile file : review.files()) {
                out.println(tr(file.contentKept() ? "cli.erase.fileKept" : "cli.erase.file", file.name(),
                        kilobytes(file.sizeBytes())));
            }
        }
        out.println(tr("cli.erase.total", plan.schoolId() == null ? 0 : 1, plan.wholeReviews(), plan.files(),
                kilobytes(plan.bytesFreed())));
    }

    static void printDone(PrintWriter out, ErasureResult result) {
        out.println(tr("cli.erase.done", result.reviewsDeleted(), result.contentDeleted(),
                kilobytes(result.fileBytesBefore()), kilobytes(result.fileBytesAfter())));
        out.println(tr("cli.erase.backupsNote"));
    }

    static Map<String, Object> json(ErasurePlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (plan.schoolId() != null) {
            root.put("schoolId", plan.schoolId());
            root.put("schoolName", plan.schoolName());
        }
        List<Map<String, Object>> reviews = plan.reviews().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reviewId", r.reviewId().toString());
            row.put("schoolId", r.schoolId());
            row.put("schoolName", r.schoolName());
            row.put("charter", r.charter());
            row.put("charterName", r.charterName());
            row.put("visitDate", r.visitDate() == null ? null : r.visitDate().toString());
            row.put("revisions", r.revisions());
            row.put("wholeReview", r.wholeReview());
            row.put("files", r.files().stream().map(f -> {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("name", f.name());
                file.put("sizeBytes", f.sizeBytes());
                file.put("sha256", f.sha256());
                file.put("contentKept", f.contentKept());
                return file;
            }).toList());
            return row;
        }).toList();
        root.put("reviews", reviews);
        root.put("wholeReviews", plan.wholeReviews());
        root.put("files", plan.files());
        root.put("bytesFreed", plan.bytesFreed());
        return root;
    }

    /** Sizes in whole kilobytes, rounded up so a small file does not show as 0. */
    static long kilobytes(long bytes) {
        return bytes <= 0 ? 0 : (bytes + 1023) / 1024;
    }
}
