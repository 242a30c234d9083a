package io.github.civicdata.validation.csvw;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The character encodings a dialect may name: labels of the WHATWG Encoding Standard (which the
 * CSVW dialect refers to), mapped to Java charsets as that standard decodes them ({@code shift_jis}
 * as {@code windows-31j}, {@code iso-8859-1} and {@code us-ascii} as {@code windows-1252}), and
 * otherwise any name Java knows.
 *
 * <p>Stateless and thread-safe.
 */
final class Encodings {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("utf-8", "UTF-8"), Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("utf-16", "UTF-16LE"), Map.entry("utf-16le", "UTF-16LE"), Map.entry("utf-16be", "UTF-16BE"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"),
            Map.entry("csshiftjis", "windows-31j"), Map.entry("windows-31j", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("euc-jp", "EUC-JP"), Map.entry("iso-2022-jp", "ISO-2022-JP"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("windows-1252", "windows-1252"));

    private Encodings() {
    }

    /**
     * @param label an encoding label, e.g. {@code utf-8}, {@code Shift_JIS}
     * @return the charset, or empty when the label names none
     */
    static Optional<Charset> charset(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        String name = LABELS.get(l);
        try {
            if (name != null) {
                return Optional.of(Charset.forName(name));
            }
            if (Charset.isSupported(l)) {
                return Optional.of(Charset.forName(l));
            }
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Charset utf8() {
        return StandardCharsets.UTF_8;
    }
}
