package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * L2-04: a choice column that writes the same choice in several ways (有/有り/あり/○, full- and
 * half-width, spacing, {@code 紙・布} and {@code 紙布}, dashes of different shapes).
 *
 * <p>Only choice-like columns are looked at: a few short values, each used on average at least
 * twice, in a column that is neither numeric nor a code or identifier column (by name, see
 * {@link CodeColumns}, or because most of its values look like identifiers). Values that differ
 * only by case, hyphen or underscore where one of them looks like an identifier are different
 * values: {@code Free_Wi-Fi} and {@code free-wifi} are two networks, not two spellings.
 *
 * <p>The dash family (U+002D, U+2010–U+2015, U+2212, U+FF0D, and U+30FC ー) counts as one character, so {@code A-1}, {@code A−1}, {@code A－1} and
 * {@code Aー1} are one choice; after a kana every dash is the long vowel mark, so {@code センタ−}
 * and {@code センター} are one choice too.
 *
 * <p>Stateless and thread-safe.
 */
final class ChoiceColumns {

    /** Most distinct choices (after normalisation) of a choice column. */
    static final int MAX_CHOICES = 20;
    /** Longest value of a choice column, in characters. */
    static final int MAX_LENGTH = 30;

    private ChoiceColumns() {
    }

    /** Emits the L2-04 finding of one column, if any. */
    static void check(ColumnProfile c, String name, Location at, Emitter out) {
        if (c.distinct.overflow() || c.distinct.size() < 2 || c.type == ColumnProfile.NUMERIC
                || c.type == ColumnProfile.CODE || CodeColumns.byName(name)) {
            return;
        }
        List<DistinctCounter.Entry> entries = c.distinct.entries();
        long total = 0;
        int identifiers = 0;
        for (DistinctCounter.Entry e : entries) {
            total += e.count();
            if (e.value().length() > MAX_LENGTH) {
                return; // free text, not a choice
            }
            if (identifierLike(e.value())) {
                identifiers++;
            }
        }
        if (entries.size() > MAX_CHOICES || total <= entries.size() || identifiers * 2 > entries.size()) {
            return; // too many values, none repeated, or identifiers
        }
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (DistinctCounter.Entry e : entries) {
            byKey.computeIfAbsent(choiceKey(e.value()), k -> new ArrayList<>()).add(e.value());
        }
        if (total < 2L * byKey.size()) {
            return; // choices used once each on average: not a choice column
        }
        for (List<String> variants : byKey.values()) {
            if (variants.size() > 1 && variants.stream().noneMatch(ChoiceColumns::identifierLike)) {
                out.emit(out.make(RuleIds.L2_04, RuleIds.L2_04, null, at, null, null, out.hidesValues() ? "…"
                        : "「" + String.join("」「", variants.subList(0, Math.min(6, variants.size()))) + "」"));
                return;
            }
        }
    }

    /**
     * An identifier rather than a word: ASCII without spaces, with an underscore, a digit after a
     * letter, or upper case after lower case ({@code Free_Wi-Fi}, {@code AP01}, {@code CityWiFi}).
     */
    static boolean identifierLike(String v) {
        String t = Cells.trim(v);
        if (t.length() < 2) {
            return false;
        }
        boolean marker = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > 0x7E || c == ' ') {
                return false;
            }
            if (c == '_' || c == '@' || c == '/' || c == '.'
                    || (i > 0 && Character.isDigit(c) && Character.isLetter(t.charAt(i - 1)))
                    || (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1)))) {
                marker = true;
            }
        }
        return marker;
    }

    /** The spelling-independent form of a choice: NFKC, lower case, no spaces, dashes, ・ or _; 有/無 words unified. */
    static String choiceKey(String v) {
        String n = Normalizer.normalize(v, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isDash(c)) {
                // after a kana a dash is a long vowel (センタ− is センター); elsewhere every dash is one
                // character, left out like spacing (A-1, A−1, Aー1, A1)
                if (i > 0 && lengthensKana(n.charAt(i - 1))) {
                    sb.append('ー');
                }
                continue;
            }
            if (!Character.isWhitespace(c) && c != '・' && c != '_') {
                sb.append(c);
            }
        }
        String k = sb.toString();
        return switch (k) {
            case "有", "有り", "あり", "アリ", "○", "〇", "◯", "はい", "yes", "y", "true", "該当", "該当あり" -> "<yes>";
            case "無", "無し", "なし", "ナシ", "×", "✕", "いいえ", "no", "n", "false", "非該当", "該当なし" -> "<no>";
            default -> k;
        };
    }

    /** The dash family: - ‐ ‑ ‒ – — ― − － and ー. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFF0D' || c == '\u30FC';
    }

    /** A kana (or a long vowel mark after one) that ー lengthens. */
    private static boolean lengthensKana(char c) {
        return (c >= '\u3041' && c <= '\u309F') || (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC';
    }
}
