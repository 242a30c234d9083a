package io.github.civicdata.vocab.export;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.NamedFormat;
import java.util.List;
import java.util.Optional;

/**
 * Regular expressions approximating the named formats for schema languages. They are written
 * without anchors and without escapes beyond the common subset of ECMAScript, Java and XML Schema
 * regular expressions (literal non-ASCII characters, no look-around, no {@code \d}), so that the
 * same text can serve JSON Schema and CSVW (anchored with {@code ^…$}) and Table Schema (XML
 * Schema style, implicitly anchored). Check digits and era boundaries cannot be expressed:
 * the Java checks in {@code io.github.civicdata.vocab.format} are stricter.
 */
final class Patterns {

    private static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}(T([01][0-9]|2[0-4]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?"
            + "(Z|[+\\-][0-9]{2}:[0-9]{2})?)?";
    private static final String DURATION = "P[0-9YMWDTHS.,]+";
    /** One ISO 8601 interval: start/end (either end may be {@code ..}), start/duration, duration/end. */
    static final String INTERVAL = "(" + DATE_TIME + "|\\.\\.)/(" + DATE_TIME + "|\\.\\.)|" + DATE_TIME + "/" + DURATION
            + "|" + DURATION + "/" + DATE_TIME;

    private Patterns() {
    }

    static Optional<String> of(NamedFormat f) {
        switch (f) {
            case ISO_DATE:
                return Optional.of("[0-9]{4}-[0-9]{2}-[0-9]{2}");
            case TIME_HHMM:
                return Optional.of("([01][0-9]|2[0-3]):[0-5][0-9]");
            case ISO_TIME:
                return Optional.of("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+\\-][0-9]{2}:[0-9]{2})?");
            case ISO_DATETIME:
                return Optional.of("[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?"
                        + "(Z|[+\\-][0-9]{2}:[0-9]{2})?");
            case PHONE:
                return Optional.of(io.github.civicdata.vocab.internal.Regexes.GIF_PHONE);
            case POSTAL_CODE:
                return Optional.of("[0-9]{3}-?[0-9]{4}");
            case KATAKANA:
                return Optional.of("[ァ-ヺ・ーヽヾ　 ０-９]*");
            case UMU:
                return Optional.of("有|無");
            case LOCAL_GOVERNMENT_CODE:
                return Optional.of("[0-9]{6}");
            case CORPORATE_NUMBER:
                return Optional.of("[0-9]{13}");
            case URI:
                return Optional.of("[hH][tT][tT][pP][sS]?://[^\\s\"<>]+");
            case EMAIL:
                return Optional.of("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            case HALF_WIDTH:
                return Optional.of("[ -~]*");
            case LATITUDE:
            case LONGITUDE:
                return Optional.of("-?[0-9]+(\\.[0-9]+)?");
            case ISO_INTERVAL:
                return Optional.of(INTERVAL);
            case WAREKI_OR_ISO_DATE:
            default:
                return Optional.empty();
        }
    }

    /** The item's own pattern without the anchors that Java's {@code matches()} makes redundant. */
    static Optional<String> own(DataItem item) {
        return item.constraints().pattern().map(Patterns::unanchor);
    }

    static String unanchor(String p) {
        String s = p;
        if (s.startsWith("^")) {
            s = s.substring(1);
        }
        if (s.endsWith("$") && !s.endsWith("\\$")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The pattern to publish for the item: its own pattern if it has one (the more specific,
     * user-given constraint), else its format's pattern; unanchored.
     */
    static Optional<String> best(DataItem item) {
        Optional<String> own = own(item);
        if (own.isPresent()) {
            return own;
        }
        Optional<String> format = item.constraints().format().flatMap(Patterns::of);
        return format.isPresent() || item.datatype() != io.github.civicdata.vocab.Datatype.PERIOD ? format
                : Optional.of(INTERVAL);
    }

    /** Alternation of literal values, regex metacharacters escaped. */
    static String alternation(List<String> values) {
        List<String> parts = new java.util.ArrayList<>();
        for (String v : values) {
            StringBuilder sb = new StringBuilder();
            for (char c : v.toCharArray()) {
                if ("\\^$.|?*+()[]{}-".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            parts.add(sb.toString());
        }
        return String.join("|", parts);
    }

    static String anchored(String p) {
        return "^(" + p + ")$";
    }
}
