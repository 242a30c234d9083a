package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.NamedFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16, item 2: the compiled check of an item ({@link ItemCheck}) answers a value in one pass
 * ({@link ItemCheck#valid}) and gives the reasons only for the values it refuses; its result must be
 * exactly the full check in order ({@link ItemCheck#reasons}, the checker as it was), on random items
 * (every datatype, a named format or none, enumerations, simple and regular-expression patterns,
 * bounds with up to 17 digits, lengths) and random values spelled to hit both sides of each test:
 * numbers with 0–20 digits, signs, points, bounds' neighbours, dates, times, enumeration members
 * and near misses, kana, surrogates.
 */
class ItemCheckProperties {

    private static final FormatChecks CHECKS = FormatChecks.standard();

    @Property(tries = 3000)
    void sameResultAsTheFullCheck(@ForAll("items") DataItem item, @ForAll("values") List<String> values,
            @ForAll long seed) {
        ValueChecker checker = CHECKS.checker(item);
        if (FormatChecks.acceptsEverything(checker)) {
            Statistics.label("kind").collect("accepts everything");
            return;
        }
        ItemCheck one = (ItemCheck) checker;
        Statistics.label("kind").collect(kindName(one.kind()));
        List<String> all = new ArrayList<>(values);
        all.addAll(spelled(item, new Random(seed)));
        for (String v : all) {
            FormatResult expected = v.isEmpty() ? FormatResult.valid() : one.reasons(v);
            Statistics.label("value").collect(expected.isValid() ? "valid" : "invalid");
            assertThat(one.check(v)).as("%s on '%s'", item.constraints(), v).isEqualTo(expected);
            if (!v.isEmpty()) {
                assertThat(one.valid(v)).as("%s on '%s'", item.constraints(), v).isEqualTo(expected.isValid());
                // the same through a CharSequence that is not a String
                assertThat(one.check(new StringBuilder(v))).isEqualTo(expected);
            }
        }
    }

    /**
     * Numbers against bounds, where the one-pass reading replaces a syntax check and a second reading: integer
     * and decimal items with a minimum, a maximum or both, and values that are mostly numbers near them.
     */
    @Property(tries = 3000)
    void numbersAgainstBounds(@ForAll("numberItems") DataItem item, @ForAll("numbers") List<String> values,
            @ForAll long seed) {
        ItemCheck one = (ItemCheck) CHECKS.checker(item);
        List<String> all = new ArrayList<>(values);
        all.addAll(spelled(item, new Random(seed)));
        for (String v : all) {
            FormatResult expected = v.isEmpty() ? FormatResult.valid() : one.reasons(v);
            Statistics.label("result").collect(expected instanceof FormatResult.Invalid bad ? bad.messageKey() : "valid");
            assertThat(one.check(v)).as("%s on '%s'", item.constraints(), v).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<DataItem> numberItems() {
        Arbitrary<BigDecimal> bound = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of("0", "-1", "1", "20", "46", "122", "154", "1.5", "-0.5", "99999999999999999",
                        "0.000000000000001", "12345678901234.5", "0.1", "0.30000000000000004").map(BigDecimal::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(6));
        return Combinators.combine(Arbitraries.of(Datatype.INTEGER, Datatype.DECIMAL), bound, bound)
                .filter((t, lo, hi) -> lo != null || hi != null)
                .as((t, lo, hi) -> {
                    FormatConstraints.Builder b = FormatConstraints.builder();
                    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                        b.minimum(hi).maximum(lo);
                    } else {
                        if (lo != null) {
                            b.minimum(lo);
                        }
                        if (hi != null) {
                            b.maximum(hi);
                        }
                    }
                    return item(t, b.build());
                });
    }

    @Provide
    Arbitrary<List<String>> numbers() {
        Arbitrary<String> plain = Combinators.combine(Arbitraries.of("", "", "", "-"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18), Arbitraries.of("", "."),
                Arbitraries.strings().numeric().ofMaxLength(18)).as((s, w, p, f) -> s + w + (p.isEmpty() ? "" : p + f));
        Arbitrary<String> small = Arbitraries.bigDecimals().between(new BigDecimal("-2000"), new BigDecimal("2000"))
                .ofScale(6).map(BigDecimal::toPlainString);
        Arbitrary<String> odd = Arbitraries.of("-", ".", "-.5", "5.", "1.2.3", "1e3", "+1", "１", "1 ", "--1", "0x10",
                "00", "-0", "-0.000", "000.5");
        return Arbitraries.oneOf(plain, small, small, odd).list().ofMinSize(1).ofMaxSize(12);
    }

    @Example
    void boundsAtTheEdges() {
        DataItem lat = item(Datatype.DECIMAL, FormatConstraints.builder().minimum(new BigDecimal("20"))
                .maximum(new BigDecimal("46")).build());
        ItemCheck c = (ItemCheck) CHECKS.checker(lat);
        for (String v : new String[] {"20", "20.0", "19.999999999999999", "46", "46.000000000000001", "-0", "45.9",
            "46.00000000000001", "35.600000", "0035.6", "-20", ".5", "5.", "-", "1.2.3", "１２"}) {
            assertThat(c.check(v)).as(v).isEqualTo(c.reasons(v));
        }
    }

    @Provide
    Arbitrary<DataItem> items() {
        Arbitrary<Datatype> type = Arbitraries.of(Datatype.STRING, Datatype.STRING, Datatype.INTEGER, Datatype.INTEGER,
                Datatype.DECIMAL, Datatype.DECIMAL, Datatype.DATE, Datatype.TIME, Datatype.DATETIME, Datatype.URI);
        Arbitrary<NamedFormat> format = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(null),
                Arbitraries.of(NamedFormat.ISO_DATE, NamedFormat.ISO_TIME, NamedFormat.TIME_HHMM,
                        NamedFormat.ISO_DATETIME, NamedFormat.LATITUDE, NamedFormat.KATAKANA, NamedFormat.EMAIL,
                        NamedFormat.HALF_WIDTH, NamedFormat.POSTAL_CODE));
        Arbitrary<List<String>> enumeration = Arbitraries.oneOf(Arbitraries.just(List.of()),
                Arbitraries.just(List.of()), Arbitraries.of("1", "2", "10", "-1", "1.5", "true", "false", "有", "無",
                        "2024-01-01", "09:00", "ア", "Ab", "").list().ofMaxSize(6));
        Arbitrary<String> pattern = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(null),
                Arbitraries.of("[0-9]{6}", "[ァ-ヶー]+", "[0-9-]+", "\\d{1,3}", "-?[0-9]+(\\.[0-9]+)?", "1.*",
                        "[0-9]+", "\\d{4}-\\d{2}-\\d{2}", "a|b|1", ".{0,3}", "[A-Z]{2}[0-9]+"));
        Arbitrary<BigDecimal> bound = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of("0", "-1", "1", "20", "46", "1.5", "-0.5", "99999999999999999", "0.000000000000001",
                        "12345678901234.5").map(BigDecimal::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3));
        Arbitrary<Integer> maxLength = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(1, 8));
        return Combinators.combine(type, format, enumeration, pattern, bound, bound, maxLength)
                .as((t, f, e, p, lo, hi, len) -> {
                    FormatConstraints.Builder b = FormatConstraints.builder().enumeration(e);
                    if (f != null) {
                        b.format(f);
                    }
                    if (p != null) {
                        b.pattern(p);
                    }
                    BigDecimal min = lo;
                    BigDecimal max = hi;
                    if (min != null && max != null && min.compareTo(max) > 0) {
                        BigDecimal x = min;
                        min = max;
                        max = x;
                    }
                    if (min != null) {
                        b.minimum(min);
                    }
                    if (max != null) {
                        b.maximum(max);
                    }
                    if (len > 0) {
                        b.maxLength(len);
                    }
                    return item(t, b.build());
                });
    }

    private static DataItem item(Datatype t, FormatConstraints c) {
        return DataItem.builder("prop", "prop", "prop").datatype(t).constraints(c).build();
    }

    @Provide
    Arbitrary<List<String>> values() {
        Arbitrary<String> numbers = Combinators.combine(Arbitraries.of("", "", "-", "+", "--"),
                Arbitraries.strings().numeric().ofMaxLength(20), Arbitraries.of("", "", ".", "..", "e"),
                Arbitraries.strings().numeric().ofMaxLength(18)).as((s, w, p, f) -> s + w + p + f);
        Arbitrary<String> near = Arbitraries.of("20", "46", "19.99", "46.0001", "0", "-0", "-0.0", "1", "1.5", "1.50",
                "-1", "-0.5", "0.5", "1000", "-1000", "999.999", "99999999999999999", "0.000000000000001",
                "0.0000000000000009", "12345678901234.5", "12345678901234.50", "12345678901234.49", "１２", "1,000",
                " 1", "1 ");
        Arbitrary<String> dates = Arbitraries.of("2024-01-01", "2024-02-30", "2024-13-01", "2024-1-1", "09:00",
                "9:00", "24:00", "09:00:00", "09:00:60", "23:59", "2024-01-01T09:00", "2024-01-01T09:00:00Z",
                "2024-01-01 09:00", "令和6年1月1日", "R6.1.1");
        Arbitrary<String> text = Arbitraries.of("true", "false", "TRUE", "有", "無", "あり", "ア", "アイウ", "ｱｲ", "あい",
                "Ab", "ab", "AB12", "132195", "03-3430-1234", "x@example.jp", "https://example.jp/", "123-4567",
                "1234567", "𠮷野家", "\uD800", "ア ー", "1\n2", "abcdefghij");
        Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '~').withChars('ア', 'ー', '１', '．', '\u3000')
                .ofMaxLength(12);
        return Arbitraries.oneOf(numbers, numbers, near, dates, text, any).list().ofMinSize(1).ofMaxSize(12);
    }

    /** Values spelled from the item's own constraints: its enumeration, its bounds and their neighbours. */
    private static List<String> spelled(DataItem item, Random rnd) {
        List<String> out = new ArrayList<>(item.constraints().enumeration());
        for (String e : item.constraints().enumeration()) {
            if (!e.isEmpty()) {
                out.add(e + "x");
                out.add(e.substring(0, e.length() - 1));
            }
        }
        for (BigDecimal b : new BigDecimal[] {item.constraints().minimum().orElse(null),
            item.constraints().maximum().orElse(null)}) {
            if (b != null) {
                out.add(b.toPlainString());
                out.add(b.add(BigDecimal.ONE.movePointLeft(1 + rnd.nextInt(16))).toPlainString());
                out.add(b.subtract(BigDecimal.ONE.movePointLeft(1 + rnd.nextInt(16))).toPlainString());
                out.add(b.stripTrailingZeros().toPlainString());
            }
        }
        return out;
    }

    private static String kindName(byte kind) {
        return switch (kind) {
            case ItemCheck.NONE -> "string";
            case ItemCheck.INTEGER -> "integer (one pass)";
            case ItemCheck.DECIMAL -> "decimal (one pass)";
            case ItemCheck.DATE, ItemCheck.TIME, ItemCheck.DATETIME, ItemCheck.HHMM -> "date/time (direct)";
            default -> "named format (through its check)";
        };
    }
}
