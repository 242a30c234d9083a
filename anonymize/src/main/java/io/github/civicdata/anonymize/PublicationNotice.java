package io.github.civicdata.anonymize;

import io.github.civicdata.core.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The text to publish when 匿名加工情報 is created (公表事項): the items of personal information
 * it contains, grouped by what was done to them, in Japanese and English, written from the
 * anonymisation's configuration.
 *
 * <p>A business that creates 匿名加工情報 must publish the items of information about individuals
 * it contains (個人情報の保護に関する法律 第43条第3項; how: 施行規則 第36条, e.g. on its web
 * site, without delay). For 行政機関等匿名加工情報 (local governments since 2023-04-01, 法第5章第5節)
 * the overview recorded in the 個人情報ファイル簿 names the number of data subjects and the
 * items; {@link Sector#PUBLIC} adds the number of records released. The notice names items only:
 * how they were generalised (levels, hierarchies) is 加工方法等情報, which must be kept safe
 * (法第43条第2項, 施行規則 第35条), so it is deliberately left out.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PublicationNotice n = PublicationNotice.of(anonymizer, table.header(),
 *         new PublicationNotice.Details("住民基本台帳（令和6年度）", Optional.of("熊本市"),
 *                 Optional.of(LocalDate.of(2024, 4, 1)), PublicationNotice.Sector.PUBLIC));
 * Files.writeString(Path.of("notice.txt"), n.text());
 * }</pre>
 */
public final class PublicationNotice {

    /** Who creates the 匿名加工情報. */
    public enum Sector {
        /** A business (個人情報取扱事業者, 法第43条). */
        PRIVATE,
        /** A national or local government body (行政機関等匿名加工情報, 法第5章第5節). */
        PUBLIC
    }

    /**
     * What the notice says besides the items.
     *
     * @param dataset the name of the data set
     * @param organisation who created it, if to be named
     * @param date when it was created, if to be named
     * @param sector private business or government body
     */
    public record Details(String dataset, Optional<String> organisation, Optional<LocalDate> date, Sector sector) {
        /**
         * Validates the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Details {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(sector, "sector");
        }
    }

    private final Details details;
    private final List<String> generalised;
    private final List<String> kept;
    private final List<String> pseudonymised;
    private final Optional<Long> subjects;

    private PublicationNotice(Details details, List<String> generalised, List<String> kept, List<String> pseudonymised,
            Optional<Long> subjects) {
        this.details = details;
        this.generalised = List.copyOf(generalised);
        this.kept = List.copyOf(kept);
        this.pseudonymised = List.copyOf(pseudonymised);
        this.subjects = subjects;
    }

    /**
     * The notice for an anonymiser applied to a table with the given header: quasi-identifiers are
     * "generalised", sensitive and insensitive columns (also those not configured) "as they are",
     * pseudonymised columns "replaced by pseudonyms"; identifying and deleted columns contain no
     * information and are not items.
     *
     * @param anonymizer the configuration
     * @param header the columns of the input, in order
     * @param details the data set and who created it
     * @return the notice
     */
    public static PublicationNotice of(Anonymizer anonymizer, List<String> header, Details details) {
        return of(anonymizer, header, details, Optional.empty());
    }

    /**
     * The notice for a finished anonymisation, with the number of records released (for
     * {@link Sector#PUBLIC}: 本人の数).
     *
     * @param anonymizer the configuration
     * @param header the columns of the input, in order
     * @param details the data set and who created it
     * @param result the anonymisation
     * @return the notice
     */
    public static PublicationNotice of(Anonymizer anonymizer, List<String> header, Details details,
            AnonymizationResult result) {
        return of(anonymizer, header, details, Optional.of(result.outputRows()));
    }

    private static PublicationNotice of(Anonymizer anonymizer, List<String> header, Details details,
            Optional<Long> subjects) {
        List<String> g = new ArrayList<>();
        List<String> k = new ArrayList<>();
        List<String> ps = new ArrayList<>();
        for (String column : header) {
            AttributeRole role = anonymizer.roles().getOrDefault(column, AttributeRole.INSENSITIVE);
            switch (role) {
                case QUASI_IDENTIFYING -> g.add(column);
                case SENSITIVE, INSENSITIVE -> k.add(column);
                case PSEUDONYMISED -> ps.add(column);
                default -> {
                    // identifying (every cell *) and deleted columns carry no information
                }
            }
        }
        return new PublicationNotice(details, g, k, ps, subjects);
    }

    /**
     * @param locale {@link Locale#JAPANESE} or any other locale for English
     * @return the notice in one language (lines end with \n)
     */
    public String text(Locale locale) {
        Messages msg = Messages.get();
        boolean ja = "ja".equals(locale.getLanguage());
        String sep = ja ? "、" : ", ";
        StringBuilder sb = new StringBuilder();
        sb.append(msg.format(locale, details.sector() == Sector.PUBLIC ? "anon.notice.title-public" : "anon.notice.title"))
                .append('\n').append('\n');
        if (details.organisation().isPresent() && details.date().isPresent()) {
            LocalDate d = details.date().get();
            String date = ja ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
            sb.append(msg.format(locale, "anon.notice.created-by", details.organisation().get(), date)).append('\n');
        } else if (details.organisation().isPresent()) {
            sb.append(msg.format(locale, "anon.notice.created-by-undated", details.organisation().get())).append('\n');
        }
        sb.append(msg.format(locale, "anon.notice.dataset", details.dataset())).append('\n').append('\n');
        sb.append(msg.format(locale, "anon.notice.items")).append('\n');
        item(sb, msg, locale, "anon.notice.generalised", generalised, sep);
        item(sb, msg, locale, "anon.notice.kept", kept, sep);
        item(sb, msg, locale, "anon.notice.pseudonymised", pseudonymised, sep);
        if (details.sector() == Sector.PUBLIC && subjects.isPresent()) {
            sb.append('\n').append(msg.format(locale, "anon.notice.subjects", subjects.get())).append('\n');
        }
        sb.append('\n').append(msg.format(locale, details.sector() == Sector.PUBLIC ? "anon.notice.basis-public"
                : "anon.notice.basis")).append('\n');
        return sb.toString();
    }

    /** One line per group; the list joined in full (never truncated like message arguments). */
    private static void item(StringBuilder sb, Messages msg, Locale locale, String key, List<String> columns, String sep) {
        if (!columns.isEmpty()) {
            sb.append(msg.format(locale, key)).append(String.join(sep, columns)).append('\n');
        }
    }

    /**
     * @return the notice in Japanese, then in English
     */
    public String text() {
        return text(Locale.JAPANESE) + "\n---\n\n" + text(Locale.ENGLISH);
    }

    /**
     * @return the generalised items (quasi-identifiers), in the input's order
     */
    public List<String> generalisedItems() {
        return generalised;
    }

    /**
     * @return the items contained as they are
     */
    public List<String> keptItems() {
        return kept;
    }

    /**
     * @return the items replaced by pseudonyms
     */
    public List<String> pseudonymisedItems() {
        return pseudonymised;
    }
}
