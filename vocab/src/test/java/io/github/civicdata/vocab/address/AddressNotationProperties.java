package io.github.civicdata.vocab.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link AddressNotation#of} is a one-pass scanner (issue 16: no regular expression per cell); it
 * must answer exactly what the regular expressions it replaced answer. The reference below is the
 * earlier implementation, kept here as the specification; values are drawn from the characters
 * that matter (digits of both widths, kanji numerals, the dashes, 丁目・番地・番・号, white space) and a
 * few others, so that every kind is reached (the statistics show it).
 */
class AddressNotationProperties {

    private static final String DIGIT = "0-9０-９";
    private static final String KANSUJI = "一二三四五六七八九十百千〇";
    private static final Pattern UNIT = Pattern.compile("[" + DIGIT + KANSUJI + "]+\\s*(丁目|番地|番|号)");
    private static final Pattern HALF = Pattern.compile("[0-9]+(-[0-9]+)+");
    private static final Pattern OTHER = Pattern.compile("[" + DIGIT + "]+([-－‐‑‒–—―−ーｰ][" + DIGIT + "]+)+");
    private static final Pattern KANJI_CHOME = Pattern.compile("[" + KANSUJI + "]+丁目");

    /** The earlier, regular-expression implementation. */
    static AddressNotation reference(String value, boolean fullAddress) {
        String s = value;
        if (fullAddress) {
            Matcher m = KANJI_CHOME.matcher(s);
            int end = -1;
            while (m.find()) {
                end = m.end();
            }
            if (end >= 0) {
                s = s.substring(end);
            }
        }
        boolean units = UNIT.matcher(s).find();
        boolean half = HALF.matcher(s).find();
        boolean other = !half && OTHER.matcher(s).find();
        if (units && (half || other)) {
            return AddressNotation.MIXED;
        }
        if (units) {
            return AddressNotation.UNITS;
        }
        if (half) {
            return AddressNotation.HYPHEN;
        }
        return other ? AddressNotation.FULL_WIDTH : AddressNotation.NONE;
    }

    @Provide
    Arbitrary<String> addresses() {
        // digits and hyphens more often than the rest, so that runs such as 1-2 are common
        String chars = "01230123９１0-1-2-3-９-一二三十〇－‐‑‒–—―−ーｰ丁目番地号丁目番 \t\u3000\n甲町東京都区a";
        return Arbitraries.of(chars.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new))
                .list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void scannerAnswersWhatTheRegularExpressionsAnswer(@ForAll("addresses") String value, @ForAll boolean whole) {
        AddressNotation expected = reference(value, whole);
        Statistics.collect(expected);
        assertThat(AddressNotation.of(value, whole)).as("%s (whole address: %s)", value, whole).isEqualTo(expected);
        // a CharSequence other than a String gives the same answer
        assertThat(AddressNotation.of(new StringBuilder(value), whole)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void anyTextAnswersLikeTheRegularExpressions(@ForAll String value, @ForAll boolean whole) {
        assertThat(AddressNotation.of(value, whole)).as(value).isEqualTo(reference(value, whole));
    }
}
