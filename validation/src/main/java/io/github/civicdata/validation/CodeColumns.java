package io.github.civicdata.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Columns that hold codes or identifiers rather than quantities or choices, judged by their name:
 * {@code 施設ID}, {@code 区CD}, {@code 郵便番号}, {@code 団体コード}, {@code No}, {@code SSID},
 * {@code prefCode}, {@code 電話番号}, {@code URL}. Digits in such a column are not numbers (no
 * "number stored as text"), and values that differ only by case, hyphen or underscore are
 * different values (no L2-04).
 *
 * <p>Stateless and thread-safe.
 */
final class CodeColumns {

    private CodeColumns() {
    }

    /** Japanese parts of a name that mark a code or identifier column. */
    private static final String[] JAPANESE = {"コード", "番号", "郵便", "電話", "ファクス", "ファックス", "メール",
        "ホームページ", "アカウント", "パスワード", "識別子", "品番", "型番", "№"};

    /** English words (whole words of the name, camelCase split) that mark one. */
    private static final Set<String> WORDS = Set.of("id", "ids", "cd", "code", "codes", "no", "ssid",
            "url", "uri", "mail", "email", "account", "password", "tel", "phone", "fax", "zip", "postal", "postcode",
            "key", "uuid", "isbn");

    /** Whether the column's name says it holds codes or identifiers. */
    static boolean byName(String name) {
        String n = Normalizer.normalize(Cells.trim(name), Normalizer.Form.NFKC);
        if (n.isEmpty()) {
            return false;
        }
        for (String j : JAPANESE) {
            if (n.contains(j)) {
                return true;
            }
        }
        // ASCII words: split at anything that is not an ASCII letter and at lower-to-upper steps
        int i = 0;
        while (i < n.length()) {
            if (!isAsciiLetter(n.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            i++;
            while (i < n.length() && isAsciiLetter(n.charAt(i))
                    && !(Character.isUpperCase(n.charAt(i)) && Character.isLowerCase(n.charAt(i - 1)))) {
                i++;
            }
            if (WORDS.contains(n.substring(s, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
