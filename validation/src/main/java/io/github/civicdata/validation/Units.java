package io.github.civicdata.validation;

import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * Whether a column name states the unit that a cell carries, so that the number alone keeps its
 * meaning. L2-01 suggests the bare number only then; otherwise the unit would be lost, and the
 * column first needs the unit in its name (L3-04).
 *
 * <ul>
 *   <li>A known unit in brackets or after 単位 ({@code 人口（人）}, {@code 金額[千円]},
 *       {@code 面積 単位:㎡}) is the column's unit: a cell with that unit becomes its number; a cell with a multiple of
 *       it ({@code 3千人} under {@code （人）}) becomes the number multiplied out
 *       ({@code 3000}); any other unit gets no suggestion.
 *   <li>Without such a unit, a name that contains the cell's unit, not after a multiplier,
 *       states it ({@code 人数} for {@code 12人}); one that contains the base of a multiple states
 *       it multiplied out ({@code 人口} for {@code 3千人} → {@code 3000}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class Units {

    /** Multiples of a base unit written in cells: unit, base, factor. */
    private static final String[][] SCALED = {
        {"百万円", "円", "1000000"}, {"千円", "円", "1000"}, {"万円", "円", "10000"},
        {"千人", "人", "1000"}, {"万人", "人", "10000"}
    };

    /** Every unit of {@link Cells#UNITS}, NFKC. */
    private static final java.util.Set<String> KNOWN;

    static {
        java.util.Set<String> k = new java.util.HashSet<>();
        for (String u : Cells.UNITS) {
            k.add(Normalizer.normalize(u, Normalizer.Form.NFKC));
        }
        KNOWN = java.util.Set.copyOf(k);
    }

    private Units() {
    }

    /**
     * The number to suggest for a cell whose number is {@code number} and unit {@code unit}, in a
     * column named {@code header}, or null when the name does not state the unit.
     *
     * @param header the column name
     * @param number the plain number (ASCII, optional minus and decimal point)
     * @param unit the unit found after the number
     * @return the number in the column's unit, or null
     */
    static String inColumnUnit(String header, String number, String unit) {
        String h = nfkc(header);
        String u = nfkc(unit);
        String stated = bracketed(h);
        if (stated != null && !KNOWN.contains(stated)) {
            stated = null; // brackets that hold no unit (人口（令和2年）): the name is read as a whole
        }
        String[] scaled = scaled(u);
        if (stated != null) {
            if (stated.equals(u)) {
                return number;
            }
            if (scaled != null && stated.equals(nfkc(scaled[1]))) {
                return multiply(number, scaled[2]);
            }
            return null;
        }
        if (containsUnit(h, u)) {
            return number;
        }
        if (scaled != null && containsUnit(h, nfkc(scaled[1]))) {
            return multiply(number, scaled[2]);
        }
        return null;
    }

    /** Whether the column name states the unit (the number alone then keeps its meaning). */
    static boolean stated(String header, String unit) {
        return inColumnUnit(header, "1", unit) != null;
    }

    /** The unit a name states in brackets or after 単位 (NFKC), or null. */
    private static String bracketed(String h) {
        int u = h.indexOf("単位");
        if (u >= 0) {
            String rest = h.substring(u + 2).replaceAll("^[\\s:：は=]+", "");
            int end = 0;
            while (end < rest.length() && ")]】）」 　,、".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            return end > 0 ? rest.substring(0, end) : null;
        }
        String t = h.strip();
        if (t.isEmpty()) {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        int open;
        if (last == ')') {
            open = t.lastIndexOf('(');
        } else if (last == ']') {
            open = t.lastIndexOf('[');
        } else if (last == '】') {
            open = t.lastIndexOf('【');
        } else {
            return null;
        }
        if (open < 0) {
            return null;
        }
        String in = t.substring(open + 1, t.length() - 1).strip();
        return in.isEmpty() ? null : in;
    }

    private static boolean containsUnit(String h, String u) {
        int from = 0;
        while (true) {
            int i = h.indexOf(u, from);
            if (i < 0) {
                return false;
            }
            if (i == 0 || "千万百十億".indexOf(h.charAt(i - 1)) < 0) {
                return true;
            }
            from = i + 1;
        }
    }

    private static String[] scaled(String u) {
        for (String[] s : SCALED) {
            if (s[0].equals(u)) {
                return s;
            }
        }
        return null;
    }

    private static String multiply(String number, String factor) {
        return new BigDecimal(number).multiply(new BigDecimal(factor)).stripTrailingZeros().toPlainString();
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
