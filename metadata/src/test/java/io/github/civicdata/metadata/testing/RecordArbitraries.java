package io.github.civicdata.metadata.testing;

import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.Checksum;
import io.github.civicdata.metadata.ChecksumAlgorithm;
import io.github.civicdata.metadata.ContactPoint;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.Frequency;
import io.github.civicdata.metadata.InventoryCategory;
import io.github.civicdata.metadata.InventoryEntry;
import io.github.civicdata.metadata.KnownLicense;
import io.github.civicdata.metadata.License;
import io.github.civicdata.metadata.LicenseUrl;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.OpenDataCandidacy;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.StatisticalField;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.metadata.TemporalCoverage;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of valid records (Japanese text, every optional field sometimes absent), shared with
 * other modules' tests through core's test-jar (the DCAT round trip of {@code civicdata-vocab}).
 *
 * <p>Each generator produces only values the records accept: where a generator is narrower than
 * "any string" (data item ids), it is because the record rejects the rest. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * @Provide Arbitrary<DatasetRecord> records() { return RecordArbitraries.records(); }
 * }</pre>
 */
public final class RecordArbitraries {

    private static final String JAPANESE = "あいうえおかきくけこアイウエオカキクケコｱｲｳ漢字公衆便所電話番号市区町村「」、。・ー〜①㈱髙﨑"
            + "ＡＢＣ１２３ 　";

    private RecordArbitraries() {
    }

    /**
     * Texts of 1 to 41 characters: Japanese (full- and half-width), ASCII letters, digits and
     * punctuation, tab, LF, CR, a surrogate pair; never blank.
     */
    public static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings()
                .withChars(JAPANESE)
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(" -_.,:;!?'\"<>&/\\#%@=+*()[]{}\n\t\r")
                .ofMinLength(1).ofMaxLength(40);
        // 𠮷 (U+20BB7) is a surrogate pair: appended whole, never split
        return Combinators.combine(plain, Arbitraries.of("", "", "\uD842\uDFB7")).as(String::concat)
                .filter(s -> !s.isBlank());
    }

    /** One-line texts (no tab, LF or CR). */
    public static Arbitrary<String> line() {
        return text().map(s -> s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')).filter(s -> !s.isBlank());
    }

    /** Tokens without whitespace (identifiers, template ids), sometimes with Japanese letters or only dots. */
    public static Arbitrary<String> token() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("-_.")
                .withChars("公衆トイレ").ofMinLength(1).ofMaxLength(30);
    }

    /**
     * Data item ids: the vocabulary's form, lower-case ASCII words joined by single hyphens, up to
     * {@link InventoryEntry#MAX_ITEM_ID_LENGTH} characters.
     */
    public static Arbitrary<String> itemId() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> longest = Arbitraries.strings().withCharRange('a', 'z')
                .ofLength(InventoryEntry.MAX_ITEM_ID_LENGTH);
        Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(4).map(w -> String.join("-", w));
        return Arbitraries.frequencyOf(Tuple.of(20, words), Tuple.of(1, longest));
    }

    /** Local government codes with valid check digits. */
    public static Arbitrary<LocalGovernmentCode> code() {
        return Arbitraries.integers().between(1000, 47999)
                .map(i -> LocalGovernmentCode.parse(String.format("%05d", i)));
    }

    /** Dates from 1950 to 2100. */
    public static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** https URLs, some with Japanese path characters, some with "." and ".." segments. */
    public static Arbitrary<URI> url() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("-_.")
                        .withChars("データ").ofMaxLength(10),
                Arbitraries.of(".", ".."));
        return segment.list().ofMaxSize(4)
                .map(p -> URI.create("https://www.city.example.lg.jp/" + String.join("/", p)));
    }

    /** Japanese text with an optional English text. */
    public static Arbitrary<BilingualText> bilingual() {
        return Combinators.combine(text(), text().optional()).as(BilingualText::new);
    }

    /** Distributions with every optional part sometimes absent. */
    public static Arbitrary<Distribution> distribution() {
        Arbitrary<String> format = Arbitraries.of("CSV", "XLSX", "JSON", "GEOJSON", "PDF", "ZIP", "TXT", "RDF_TURTLE", "X-CUSTOM");
        Arbitrary<Optional<String>> media = Arbitraries.of("text/csv", "application/json", "application/vnd.ms-excel",
                "application/geo+json").optional();
        Arbitrary<Optional<Checksum>> checksum = Arbitraries.of(ChecksumAlgorithm.values())
                .flatMap(a -> Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(a.hexLength())
                        .map(h -> Checksum.of(a, h)))
                .optional();
        Arbitrary<OptionalLong> size = Arbitraries.longs().between(0, Long.MAX_VALUE).optional()
                .map(o -> o.map(OptionalLong::of).orElse(OptionalLong.empty()));
        Arbitrary<Optional<String>> enc = Arbitraries.of("UTF-8", "Shift_JIS", "windows-31j", "EUC-JP").optional();
        return Combinators.combine(line().optional(), text().optional(), format, media, url().optional(),
                url().optional(), size, enc).as((t, d, f, m, dl, ac, s, e) -> new Object[] {t, d, f, m, dl, ac, s, e})
                .flatMap(parts -> Combinators.combine(Arbitraries.of(true, false).optional(), checksum).as((bom, sum) -> {
                    @SuppressWarnings("unchecked")
                    Distribution dist = new Distribution((Optional<String>) parts[0], (Optional<String>) parts[1],
                            (String) parts[2], (Optional<String>) parts[3], (Optional<URI>) parts[4],
                            (Optional<URI>) parts[5], (OptionalLong) parts[6], (Optional<String>) parts[7], bom, sum);
                    return dist;
                }));
    }

    /** Inventory entries with every optional part sometimes absent. */
    public static Arbitrary<InventoryEntry> inventory() {
        return Combinators.combine(line(), line().optional(), Arbitraries.of(InventoryCategory.values()),
                itemId().list().ofMaxSize(5), Arbitraries.of(true, false), Arbitraries.of(DisclosureLevel.values()),
                Arbitraries.of(Frequency.values()).optional(), line().optional())
                .as((dep, sys, cat, items, pd, dis, cyc, ret) -> new Object[] {dep, sys, cat, items, pd, dis, cyc, ret})
                .flatMap(p -> Combinators.combine(Arbitraries.of(OpenDataCandidacy.values()), text().optional())
                        .as((cand, reason) -> {
                            @SuppressWarnings("unchecked")
                            InventoryEntry e = new InventoryEntry((String) p[0], (Optional<String>) p[1],
                                    (InventoryCategory) p[2], (List<String>) p[3], (Boolean) p[4],
                                    (DisclosureLevel) p[5], (Optional<Frequency>) p[6], (Optional<String>) p[7], cand,
                                    reason);
                            return e;
                        }));
    }

    /** Known licences or licence URLs. */
    public static Arbitrary<License> license() {
        return Arbitraries.oneOf(Arbitraries.of(KnownLicense.values()).map(l -> (License) l),
                url().map(u -> (License) new LicenseUrl(URI.create(u + "/terms"))));
    }

    /** Contact points with every optional part sometimes absent. */
    public static Arbitrary<ContactPoint> contact() {
        return Combinators.combine(line(), Arbitraries.of("opendata@city.example.lg.jp", "a.b@example.jp").optional(),
                Arbitraries.of("03-1234-5678", "+81-3-1234-5678", "0120(00)1234").optional(), url().optional())
                .as(ContactPoint::new);
    }

    /** Temporal coverages (start not after end). */
    public static Arbitrary<TemporalCoverage> temporal() {
        return Combinators.combine(date().optional(), date().optional())
                .as(TemporalCoverage::new)
                .ignoreException(IllegalArgumentException.class);
    }

    /** Valid dataset records with every optional field sometimes absent. */
    public static Arbitrary<DatasetRecord> records() {
        Arbitrary<Publisher> publisher = Combinators.combine(code(), line().optional()).as(Publisher::new);
        Arbitrary<Object[]> first = Combinators.combine(token(), bilingual(), bilingual().optional(), publisher,
                contact().optional(), line().list().ofMaxSize(4), Arbitraries.of(StatisticalField.values()).list()
                        .ofMaxSize(3), license().optional())
                .as((id, t, d, p, c, k, th, l) -> new Object[] {id, t, d, p, c, k, th, l});
        Arbitrary<Object[]> second = Combinators.combine(date().optional(), date().optional(),
                Arbitraries.of(Frequency.values()).optional(), code().list().ofMaxSize(3), temporal().optional(),
                Combinators.combine(token(), templateVersion()).as(TemplateRef::of).list()
                        .ofMaxSize(2), url().optional(), distribution().list().ofMaxSize(3))
                .as((i, m, f, s, tc, ct, lp, ds) -> new Object[] {i, m, f, s, tc, ct, lp, ds});
        Arbitrary<Object[]> third = Combinators.combine(inventory().optional(),
                Arbitraries.maps(Arbitraries.of("ckan:/author", "ckan:/resources/0/created", "ckan:extras:備考", "note"),
                        text()).ofMaxSize(3))
                .as((inv, ex) -> new Object[] {inv, ex});
        return Combinators.combine(first, second, third).as(RecordArbitraries::assemble);
    }

    /**
     * Template versions; {@code .} and {@code ..} are legal versions whose IRI path segments are
     * dot segments (the writer must escape them).
     */
    public static Arbitrary<String> templateVersion() {
        return Arbitraries.of("1.0", "3.09", "2024", "2026-08", ".", "..");
    }

    @SuppressWarnings("unchecked")
    private static DatasetRecord assemble(Object[] a, Object[] b, Object[] c) {
        return new DatasetRecord((String) a[0], (BilingualText) a[1], (Optional<BilingualText>) a[2],
                (Publisher) a[3], (Optional<ContactPoint>) a[4], (List<String>) a[5],
                (List<StatisticalField>) a[6], (Optional<License>) a[7], (Optional<LocalDate>) b[0],
                (Optional<LocalDate>) b[1], (Optional<Frequency>) b[2], (List<LocalGovernmentCode>) b[3],
                (Optional<TemporalCoverage>) b[4], (List<TemplateRef>) b[5], (Optional<URI>) b[6],
                (List<Distribution>) b[7], (Optional<InventoryEntry>) c[0], (Map<String, String>) c[1]);
    }
}
