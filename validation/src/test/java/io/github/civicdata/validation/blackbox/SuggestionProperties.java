package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A suggestion never changes the meaning of a value: for values generated in each class of
 * characters (katakana runs full- and half-width, digit runs, dash-like characters between them,
 * circled and Roman numerals, CP932 symbols, spaces, control characters …), numbers with units,
 * separators and marks, dates in 和暦 and Western notations, and region codes, every suggestion the
 * validator makes reads as the value ({@link Reading}) and, applied, leaves no finding of the same
 * rule on the cell ({@link SuggestionCheck}). The statistics show how many tries had a suggestion
 * to check; a coverage check keeps the generators from drifting into values without any.
 */
class SuggestionProperties {

    /** A value in a column: the column name, its type (for the filler rows) and the value. */
    record Cell(String header, String context, String value) {
    }

    @Property
    void suggestionsForTextKeepTheReading(@ForAll("text") Cell c) {
        check(c);
    }

    @Property
    void suggestionsForNumbersKeepTheAmount(@ForAll("numbers") Cell c) {
        check(c);
    }

    @Property
    void suggestionsForDatesKeepTheDay(@ForAll("dates") Cell c) {
        check(c);
    }

    @Property
    void suggestionsForCodesKeepTheMunicipality(@ForAll("codes") Cell c) {
        check(c);
    }

    private static void check(Cell c) {
        String text = SuggestionCasesTest.file(c.header(), c.context(), c.value());
        SuggestionCheck.Outcome o = SuggestionCheck.check(SuggestionCasesTest.ALL, "generated.csv", text);
        int n = o.checked().values().stream().mapToInt(Integer::intValue).sum();
        Statistics.label("suggestions").collect(n > 0 ? "checked" : "none");
        Statistics.label("suggestions").coverage(k -> k.check("checked").percentage(p -> p >= 10));
        for (Map.Entry<String, Integer> e : o.checked().entrySet()) {
            Statistics.label("kind").collect(e.getKey());
        }
        assertThat(o.problems()).as(c.toString()).isEmpty();
    }

    // ------------------------------------------------------------------ text

    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモャュョァィッガギグパピプヴンー";
    private static final String HALF_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓｬｭｮｧｨｯﾝﾞﾟｰ･";
    private static final String HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもゃゅょっん";
    private static final String KANJI = "東京都高松市大町丸亀番地図書館保健所第号棟期";
    private static final String DIGITS = "0123456789";
    private static final String WIDE_DIGITS = "０１２３４５６７８９";
    private static final String LATIN = "ABCXabcx";
    private static final String WIDE_LATIN = "ＡＢＣａｂｃ";
    private static final String DASHES = "-‐‑‒–—―−﹣－ｰー";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅰⅱⅲⅳⅴ";
    private static final String SYMBOLS = "㈱㈲№℡㎏㎝㎡㍉㌔㍻㍼∮∑";
    private static final String MISC = "¥〜～・()、.／";

    private static Arbitrary<String> run(String chars, int max) {
        return Arbitraries.strings().withChars(chars.toCharArray()).ofMinLength(1).ofMaxLength(max);
    }

    private static Arbitrary<String> segment() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, run(KATAKANA, 4)),
                net.jqwik.api.Tuple.of(6, run(HALF_KANA, 4)),
                net.jqwik.api.Tuple.of(3, run(HIRAGANA, 3)),
                net.jqwik.api.Tuple.of(3, run(KANJI, 3)),
                net.jqwik.api.Tuple.of(6, run(DIGITS, 4)),
                net.jqwik.api.Tuple.of(3, run(WIDE_DIGITS, 3)),
                net.jqwik.api.Tuple.of(2, run(LATIN, 3)),
                net.jqwik.api.Tuple.of(1, run(WIDE_LATIN, 2)),
                net.jqwik.api.Tuple.of(8, run(DASHES, 1)),
                net.jqwik.api.Tuple.of(5, run(CIRCLED, 2)),
                net.jqwik.api.Tuple.of(3, run(ROMAN, 2)),
                net.jqwik.api.Tuple.of(3, run(SYMBOLS, 1)),
                net.jqwik.api.Tuple.of(3, run(MISC, 1)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(" ", "\u3000", "  ", " \u3000")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("髙", "﨑")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\u000B", "\u0001", "\u00A0", "\u200B", "\n")));
    }

    @Provide
    Arbitrary<Cell> text() {
        Arbitrary<String> value = segment().list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of("名称", "備考", "カナ", "住所", "番地"), value)
                .as((h, v) -> new Cell(h, "text", v));
    }

    // ------------------------------------------------------------------ numbers

    @Provide
    Arbitrary<Cell> numbers() {
        Arbitrary<String> digits = Arbitraries.integers().between(0, 9_999_999).map(i -> Integer.toString(i));
        Arbitrary<String> amount = Combinators.combine(digits, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of("", ".5", ".25")).as((d, sep, wide, frac) -> {
                    String s = sep ? group(d) : d;
                    s = s + frac;
                    return wide ? widen(s) : s;
                });
        Arbitrary<String> value = Combinators.combine(Arbitraries.of("", "", "", "約"),
                Arbitraries.of("", "", "", "△", "▲", "−", "－", "-", "+"), amount,
                Arbitraries.of("", "", "人", "千人", "万人", "円", "千円", "万円", "百万円", "%", "％", "kg", " 人"),
                Arbitraries.of("", "", "", "※", "※1", "*", "²", "(注1)"))
                .as((p, s, a, u, f) -> p + s + a + u + f);
        return Combinators.combine(Arbitraries.of("人数", "人口", "人口（千人）", "人口（人）", "金額", "金額（円）",
                "金額（千円）", "割合（%）", "重量"), value).as((h, v) -> new Cell(h, "number", v));
    }

    private static String group(String d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(d.charAt(i));
        }
        return sb.toString();
    }

    private static String widen(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == ',' ? '，' : c == '.' ? '．' : c);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ dates

    @Provide
    Arbitrary<Cell> dates() {
        Arbitrary<String> wareki = Combinators.combine(Arbitraries.of("令和", "平成", "昭和", "R", "H", "S", "r"),
                Arbitraries.integers().between(1, 64), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 31), Arbitraries.of("年月日", ".", "/", "-", "年度", "年"))
                .as((e, y, m, d, sep) -> {
                    String yy = y == 1 && e.length() == 2 && d % 3 == 0 ? "元" : Integer.toString(y);
                    return switch (sep) {
                        case "年月日" -> e + yy + "年" + m + "月" + d + "日";
                        case "年度", "年" -> e + yy + sep;
                        default -> e + yy + sep + m + sep + d;
                    };
                });
        Arbitrary<String> western = Combinators.combine(Arbitraries.integers().between(1950, 2035),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
                Arbitraries.of("/", ".", "-", "年月日", "m/d/y", "md"))
                .as((y, m, d, sep) -> switch (sep) {
                    case "年月日" -> y + "年" + m + "月" + d + "日";
                    case "m/d/y" -> m + "/" + d + "/" + y;
                    case "md" -> m + "月" + d + "日";
                    default -> y + sep + m + sep + d;
                });
        Arbitrary<String> value = Combinators.combine(Arbitraries.oneOf(wareki, western), Arbitraries.of(true, false))
                .as((v, wide) -> wide ? widen(v) : v);
        return Combinators.combine(Arbitraries.of("日付", "開催日", "調査年月日"), value)
                .as((h, v) -> new Cell(h, "date", v));
    }

    // ------------------------------------------------------------------ codes

    private static final List<String> CODES = List.of("011002", "012025", "131016", "132195", "372013", "092011",
            "130001", "271004", "401005", "473014");

    @Provide
    Arbitrary<Cell> codes() {
        Arbitrary<String> value = Combinators.combine(Arbitraries.of(CODES), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 9)).as((code, how, d) -> {
                    List<String> forms = new ArrayList<>();
                    forms.add(code.substring(0, 5)); // 5-digit form
                    forms.add(code.replaceFirst("^0", "")); // lost leading zero
                    forms.add(code.substring(0, 5) + d); // any check digit
                    forms.add(code.substring(0, 2)); // prefecture code
                    forms.add(code.substring(1, 2)); // one digit
                    forms.add(widen(code));
                    forms.add(code.substring(0, 4));
                    return forms.get(how);
                });
        return value.map(v -> new Cell("団体コード", "code", v));
    }
}
