package org.charterreviewer.charter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A council's co-production charter as data: its own words, the officer's guidance kept apart, the
 * judgement scale, the award rule and the certificate wording. Identified by {@code id} + {@code version}.
 *
 * @param formatVersion the version of the charter file format this was read from
 * @param kind          a scored charter, or a pledge that is signed rather than scored
 * @param source        where the charter's text comes from (publication, web address)
 * @param issuingBody   who issues it; null when the charter does not say (format 2): the signing
 *                      identity's council is used then
 * @param dates         published, review and updated dates as the charter states them (may be "Spring term 2020")
 * @param introduction  paragraphs shown before the sections (preamble, purpose, vision)
 * @param closing       paragraphs shown after the sections
 * @param moderationRequired the charter says (its {@code "moderation": "required"}) that a second
 *                      officer must approve a review before its certificate is issued
 */
public record Charter(
        int formatVersion,
        String id,
        String version,
        CharterKind kind,
        String title,
        String issuingBody,
        Source source,
        Dates dates,
        List<String> introduction,
        List<Section> sections,
        List<String> closing,
        JudgementScale scale,
        AwardRule awardRule,
        CertificateWording certificate,
        boolean moderationRequired) {

    /** A charter that leaves moderation to the council's setting. */
    public Charter(int formatVersion, String id, String version, CharterKind kind, String title, String issuingBody,
            Source source, Dates dates, List<String> introduction, List<Section> sections, List<String> closing,
            JudgementScale scale, AwardRule awardRule, CertificateWording certificate) {
        this(formatVersion, id, version, kind, title, issuingBody, source, dates, introduction, sections, closing,
                scale, awardRule, certificate, false);
    }

    public Charter {
        Objects.requireNonNull(id);
        Objects.requireNonNull(version);
        Objects.requireNonNull(kind);
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
    }

    /** "id@version", the form the command line accepts. */
    public String reference() {
        return id + "@" + version;
    }

    /** Sections whose items are judged (not context only), in order. */
    public List<Section> judgedSections() {
        return sections.stream().filter(s -> !s.contextOnly()).toList();
    }

    /** Every item that is judged, in charter order. */
    public List<Item> judgedItems() {
        return judgedSections().stream().flatMap(s -> s.items().stream()).toList();
    }

    public Stream<Item> allItems() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public Optional<Item> item(String itemId) {
        return allItems().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Section> sectionOf(String itemId) {
        return sections.stream().filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** Where the charter's text comes from. */
    public record Source(String publisher, String url, String note) {
    }

    /** Dates as the charter gives them; free text so that "Spring term 2020" is kept word for word. */
    public record Dates(String published, String review, String updated) {

        /** Dates as format 1 knows them: no updated date. */
        public Dates(String published, String review) {
            this(published, review, null);
        }
    }
}
