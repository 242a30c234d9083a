package io.github.civicdata.validation;

import java.text.Normalizer;
import java.util.List;

/**
 * Whether the row taken as the header of a table is data, not column names (a file without a
 * header row, L1-05): its cells have the shape of the values below them. A shape is the value
 * with every run of digits written {@code 9}, of Latin letters {@code a}, of kana {@code k} and of
 * kanji {@code K}, spaces left out and the dash family as {@code -}: {@code 087-839-2011} and
 * {@code 0877-23-2111} are both {@code 9-9-9}, {@code 香川県高松市番町1-8-15} is {@code K9-9-9}.
 * Only cells with digits count as evidence (a name such as {@code 名称} has the shape of any
 * kanji value), and years ({@code 2020}, {@code 2020年}, {@code 令和2年度}) are column names of wide
 * tables, not data.
 *
 * <p>Stateless and thread-safe.
 */
final class DataLikeHeader {

    /** Data rows looked at below the header. */
    static final int ROWS = 20;

    private DataLikeHeader() {
    }

    /**
     * How many header cells look like the values of their column.
     *
     * @param names the header cells
     * @param rows the data rows below the header (the head window)
     * @return the number of data-like header cells
     */
    static int count(String[] names, List<RecordView> rows) {
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            String t = Cells.trim(names[i]);
            if (!hasDigit(t) || yearLike(t)) {
                continue;
            }
            String shape = shape(t);
            int seen = 0;
            int same = 0;
            for (int r = 0; r < rows.size() && seen < ROWS; r++) {
                RecordView rec = rows.get(r);
                if (i >= rec.size || rec.isEmpty(i)) {
                    continue;
                }
                seen++;
                if (shape.equals(shape(Cells.trim(rec.text(i))))) {
                    same++;
                }
            }
            if (seen >= 2 && same * 2 >= seen) {
                n++;
            }
        }
        return n;
    }

    static String shape(String v) {
        String s = Normalizer.normalize(v, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k;
            if (c >= '0' && c <= '9') {
                k = '9';
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                k = 'a';
            } else if ((c >= '\u3041' && c <= '\u309F') || (c >= '\u30A0' && c <= '\u30FF' && c != '\u30FC')) {
                k = 'k';
            } else if (Character.isIdeographic(c)) {
                k = 'K';
            } else if (Character.isWhitespace(c)) {
                continue;
            } else if (c == '\u30FC' || c == '\u2212' || (c >= '\u2010' && c <= '\u2015')) {
                k = '-';
            } else {
                k = c;
            }
            if (k != last || (k != '9' && k != 'a' && k != 'k' && k != 'K')) {
                sb.append(k);
            }
            last = k;
        }
        return sb.toString();
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }

    private static boolean yearLike(String t) {
        String s = Normalizer.normalize(t, Normalizer.Form.NFKC);
        if (s.endsWith("年") || s.endsWith("年度") || s.endsWith("月") || s.endsWith("年分") || s.endsWith("月分")) {
            return true;
        }
        if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(s);
            return y >= 1868 && y <= 2100;
        }
        return false;
    }
}
