package io.github.civicdata.core.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Detects the character encoding of Japanese text files: UTF-8 (with or without BOM), UTF-16
 * (with BOM), Shift_JIS / CP932, EUC-JP and ISO-2022-JP.
 *
 * <p>The detector reads from the start of the input until it has decisive evidence (at least
 * {@value #DECISIVE_CHARACTERS} multi-byte characters, or an invalid sequence that rules a
 * candidate out) or until the sample limit ({@value #DEFAULT_SAMPLE_LIMIT} bytes by default). A
 * file whose first lines are ASCII is therefore judged by its first Japanese text, not assumed to
 * be UTF-8.
 *
 * <p>The rule for UTF-8: input that is valid UTF-8 and holds at least one multi-byte sequence is
 * UTF-8, whatever characters it decodes to (kanji, 𠮷 and other characters outside the Basic
 * Multilingual Plane, emoji, accented Latin letters). Shift_JIS and EUC-JP text is almost never
 * valid UTF-8: their lead bytes 0x81–0x9F and 0xA1–0xBF are UTF-8 continuation bytes, and a
 * legacy sequence that happens to be valid UTF-8 must be followed by another one, and so on for
 * every character. Only when the bytes are not valid UTF-8 (Latin-1 {@code café}, CP932, EUC-JP)
 * is a legacy encoding considered: the one that decodes cleanly, the one with more common
 * Japanese text when both do, UTF-8 again when a few damaged sequences sit in plausible UTF-8
 * Japanese that no legacy encoding reads credibly, and otherwise the candidate with the fewest
 * invalid sequences ({@link DetectedEncoding.Evidence#BEST_GUESS}).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * DetectedEncoding enc = EncodingDetector.detect(Path.of("aed.csv"));
 * System.out.println(enc.label() + (enc.bom() ? " with BOM" : ""));
 * }</pre>
 */
public final class EncodingDetector {

    /** Default number of bytes read at most when looking for evidence. */
    public static final int DEFAULT_SAMPLE_LIMIT = 1 << 20;

    /** Number of clean multi-byte characters after which a candidate is accepted. */
    public static final int DECISIVE_CHARACTERS = 64;

    /** CP932 (Microsoft's Shift_JIS), used to decode every Shift_JIS file. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** EUC-JP. */
    public static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** ISO-2022-JP. */
    public static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    private EncodingDetector() {
    }

    /**
     * Detects the encoding of a file, reading at most {@link #DEFAULT_SAMPLE_LIMIT} bytes.
     *
     * @param file the file
     * @return the judgement
     * @throws IOException if the file cannot be read
     */
    public static DetectedEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in, DEFAULT_SAMPLE_LIMIT);
        }
    }

    /**
     * Detects the encoding of a stream, reading at most {@code sampleLimit} bytes from it (the
     * stream is not closed and is left positioned after the bytes read).
     *
     * @param in the stream
     * @param sampleLimit the most bytes to read
     * @return the judgement
     * @throws IOException if the stream cannot be read
     */
    public static DetectedEncoding detect(InputStream in, int sampleLimit) throws IOException {
        if (sampleLimit < 4) {
            throw new IllegalArgumentException("sampleLimit must be >= 4: " + sampleLimit);
        }
        byte[] buf = new byte[Math.min(sampleLimit, 64 * 1024)];
        int len = 0;
        while (len < sampleLimit) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(sampleLimit, buf.length * 2));
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                return judge(buf, len, true);
            }
            len += n;
            if (len >= 4 && decisive(buf, len)) {
                break;
            }
        }
        return judge(buf, len, false);
    }

    /**
     * Detects the encoding of a byte array that holds a whole input or its beginning.
     *
     * @param bytes the bytes
     * @param length how many bytes of the array to look at
     * @param complete whether these are all the bytes of the input (a multi-byte sequence cut at
     *     the end of an incomplete sample is not held against a candidate)
     * @return the judgement
     */
    public static DetectedEncoding detect(byte[] bytes, int length, boolean complete) {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length out of range: " + length);
        }
        return judge(bytes, length, complete);
    }

    /**
     * Detects the encoding of a complete byte array.
     *
     * @param bytes every byte of the input
     * @return the judgement
     */
    public static DetectedEncoding detect(byte[] bytes) {
        return judge(bytes, bytes.length, true);
    }

    /**
     * The length of a UTF-8 or UTF-16 byte-order mark at the start of {@code bytes}.
     *
     * @param bytes the bytes
     * @param length how many bytes are valid
     * @return 3, 2 or 0
     */
    public static int bomLength(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
            return 2;
        }
        return 0;
    }

    static String labelOf(Charset cs) {
        String n = cs.name();
        if (n.equals("windows-31j")) {
            return "CP932";
        }
        return n;
    }

    private static boolean decisive(byte[] b, int len) {
        if (bomLength(b, len) > 0) {
            return true;
        }
        Scan u = scanUtf8(b, len, false);
        Scan s = scanSjis(b, len, false);
        Scan e = scanEuc(b, len, false);
        int alive = (u.invalid == 0 ? 1 : 0) + (s.invalid == 0 ? 1 : 0) + (e.invalid == 0 ? 1 : 0);
        if (alive == 0) {
            return true;
        }
        if (alive == 1) {
            return u.multibyte + s.multibyte + e.multibyte > 0;
        }
        return Math.max(u.multibyte, Math.max(s.multibyte, e.multibyte)) >= DECISIVE_CHARACTERS;
    }

    private static DetectedEncoding judge(byte[] b, int len, boolean complete) {
        int bom = bomLength(b, len);
        if (bom == 3) {
            return new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8", true, 3, DetectedEncoding.Evidence.BOM);
        }
        if (bom == 2) {
            boolean le = (b[0] & 0xFF) == 0xFF;
            Charset cs = le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new DetectedEncoding(cs, cs.name(), true, 2, DetectedEncoding.Evidence.BOM);
        }
        boolean ascii = true;
        boolean esc2022 = false;
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (c == 0x1B && i + 2 < len && b[i + 1] == '$' && (b[i + 2] == 'B' || b[i + 2] == '@')) {
                esc2022 = true;
            }
        }
        if (ascii) {
            if (esc2022) {
                return new DetectedEncoding(ISO_2022_JP, "ISO-2022-JP", false, 0,
                        DetectedEncoding.Evidence.VALID_MULTIBYTE);
            }
            return new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8", false, 0, DetectedEncoding.Evidence.ASCII_ONLY);
        }
        Scan u = scanUtf8(b, len, complete);
        Scan s = confirmed(scanSjis(b, len, complete), b, len, complete, WINDOWS_31J);
        Scan e = confirmed(scanEuc(b, len, complete), b, len, complete, EUC_JP);
        DetectedEncoding utf8 = new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8", false, 0,
                DetectedEncoding.Evidence.VALID_MULTIBYTE);
        DetectedEncoding sjis = new DetectedEncoding(WINDOWS_31J, s.extension ? "CP932" : "Shift_JIS", false, 0,
                DetectedEncoding.Evidence.VALID_MULTIBYTE);
        DetectedEncoding euc = new DetectedEncoding(EUC_JP, "EUC-JP", false, 0,
                DetectedEncoding.Evidence.VALID_MULTIBYTE);
        // Valid UTF-8 with a multi-byte sequence is UTF-8, whatever it decodes to (issue 9: 𠮷 or an
        // emoji alone was read as Shift_JIS because it is not "plausible Japanese").
        if (u.invalid == 0 && u.multibyte > 0) {
            return utf8;
        }
        // UTF-8 with a few damaged sequences stays UTF-8 when the rest is plausible Japanese and
        // the other candidates decode into implausible text (UTF-8 read as Shift_JIS gives half-width
        // katakana): the damage is then reported where it is instead of the whole file being misread.
        if (u.invalid > 0 && u.multibyte >= 8 && u.invalid * 5L <= u.multibyte
                && u.plausible * 10L >= u.multibyte * 9L && !credible(s) && !credible(e)) {
            return new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8", false, 0,
                    DetectedEncoding.Evidence.BEST_GUESS);
        }
        if (s.invalid == 0 && e.invalid == 0) {
            // Both decode: the reading with more common Japanese wins. A tie goes to Shift_JIS:
            // ASCII with half-width katakana words (ﾃｱﾄﾘ) is also valid EUC-JP when the kana come
            // in pairs, and reads there as kanji only, while EUC-JP text with kana or punctuation
            // reads as Shift_JIS half-width punctuation, which is not plausible. Municipal files
            // are far more often CP932 than EUC-JP.
            return ratio(e) > ratio(s) ? euc : sjis;
        }
        if (s.invalid == 0) {
            return sjis;
        }
        if (e.invalid == 0) {
            return euc;
        }
        // Nothing decodes cleanly: choose the fewest invalid sequences, preferring UTF-8, then CP932.
        DetectedEncoding.Evidence guess = DetectedEncoding.Evidence.BEST_GUESS;
        if (u.invalid <= s.invalid && u.invalid <= e.invalid) {
            return new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8", false, 0, guess);
        }
        if (s.invalid <= e.invalid) {
            return new DetectedEncoding(WINDOWS_31J, s.extension ? "CP932" : "Shift_JIS", false, 0, guess);
        }
        return new DetectedEncoding(EUC_JP, "EUC-JP", false, 0, guess);
    }

    /**
     * A legacy candidate whose byte structure is clean is also decoded with the JDK's own tables:
     * a structurally valid pair in an unassigned row (Shift_JIS lead 0x85, 0xEB; EUC-JP rows
     * 0xA9–0xAF) cannot be decoded by the readers that use the judgement, so it rules the
     * candidate out here rather than failing later as "invalid bytes".
     */
    private static Scan confirmed(Scan scan, byte[] b, int len, boolean complete, Charset cs) {
        if (scan.invalid == 0 && scan.multibyte > 0 && !decodes(b, len, complete, cs)) {
            scan.invalid = 1;
        }
        return scan;
    }

    /** Whether the JDK decodes the bytes without a malformed or unmappable sequence. */
    private static boolean decodes(byte[] b, int len, boolean complete, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, len);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, complete);
            if (r.isError()) {
                return false;
            }
            if (!r.isOverflow()) {
                break; // underflow: everything decoded (a sequence cut at the end of a sample is left over)
            }
            out.clear();
        }
        if (complete) {
            out.clear();
            return !d.flush(out).isError();
        }
        return true;
    }

    /** Few invalid sequences and mostly common Japanese characters. */
    private static boolean credible(Scan s) {
        return s.multibyte > 0 && s.invalid * 5L <= s.multibyte && ratio(s) >= 0.8;
    }

    private static double ratio(Scan s) {
        return s.multibyte == 0 ? 0 : (double) s.plausible / s.multibyte;
    }

    /** Counts for one candidate encoding. */
    private static final class Scan {
        int multibyte;
        int invalid;
        /** Multi-byte characters that are common in Japanese text (kana, kanji, full-width forms). */
        int plausible;
        boolean extension;
    }

    private static Scan scanUtf8(byte[] b, int len, boolean complete) {
        Scan r = new Scan();
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int cp;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
            } else {
                r.invalid++;
                i++;
                continue;
            }
            if (i + need >= len) {
                if (!complete) {
                    break; // cut at the end of the sample
                }
                r.invalid++;
                break;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int t = b[i + k] & 0xFF;
                if ((t & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (t & 0x3F);
            }
            if (ok && ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))) {
                ok = false;
            }
            if (!ok) {
                r.invalid++;
                i++;
                continue;
            }
            r.multibyte++;
            if (plausibleJapanese(cp)) {
                r.plausible++;
            }
            i += need + 1;
        }
        return r;
    }

    private static boolean plausibleJapanese(int cp) {
        return (cp >= 0x3000 && cp <= 0x30FF) // CJK punctuation, hiragana, katakana
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
                || (cp >= 0xFF01 && cp <= 0xFF9F) // full-width forms, half-width katakana
                || (cp >= 0x2010 && cp <= 0x2312) // general punctuation, arrows, math (※, ～, −)
                || (cp >= 0x2460 && cp <= 0x24FF) // circled numbers
                || (cp >= 0x3200 && cp <= 0x33FF) // enclosed CJK, compatibility (㈱, ㍻)
                || cp == 0x00A9 || cp == 0x00B0 || cp == 0x00D7 || cp == 0x00F7;
    }

    private static Scan scanSjis(byte[] b, int len, boolean complete) {
        Scan r = new Scan();
        int i = 0;
        int prevKana = 0; // the half-width katakana just before, 0 after anything else
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                prevKana = 0;
                i++;
                continue;
            }
            if (c >= 0xA1 && c <= 0xDF) { // half-width katakana
                r.multibyte++;
                // a kana word has at least two letters; UTF-8 read as Shift_JIS leaves single ones
                // between double-byte characters
                int next = i + 1 < len ? b[i + 1] & 0xFF : 0;
                boolean run = prevKana != 0 || (next >= 0xA1 && next <= 0xDF);
                if (run && plausibleHalfWidthKana(c, prevKana)) {
                    r.plausible++;
                }
                prevKana = c;
                i++;
                continue;
            }
            prevKana = 0;
            boolean lead = (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC);
            if (!lead) {
                r.invalid++;
                i++;
                continue;
            }
            if (i + 1 >= len) {
                if (complete) {
                    r.invalid++;
                }
                break;
            }
            int t = b[i + 1] & 0xFF;
            if (t < 0x40 || t == 0x7F || t > 0xFC) {
                r.invalid++;
                i++;
                continue;
            }
            r.multibyte++;
            // 0x82 hiragana/digits/latin, 0x83 katakana, 0x81 punctuation, 0x88-0x9F and 0xE0-0xEA kanji
            if (c <= 0x83 || (c >= 0x88 && c <= 0x9F) || (c >= 0xE0 && c <= 0xEA)) {
                r.plausible++;
            }
            if (c == 0x87 || c == 0xED || c == 0xEE || c >= 0xFA) {
                r.extension = true; // NEC special characters, NEC-selected and IBM extensions
                r.plausible++;
            }
            i += 2;
        }
        return r;
    }

    /**
     * Whether a half-width katakana byte of a run of them reads as part of a katakana word: a letter
     * (ｦ, ｱ … ﾝ), or a small letter, long-vowel mark (ｰ) or voicing mark (ﾞ ﾟ) after a letter that
     * takes it.
     * Half-width punctuation (｡ ｢ ｣ ､ ･) does not count: EUC-JP kana and punctuation read as
     * Shift_JIS turn into exactly those bytes (0xA1 … 0xA5), kana text does not.
     */
    private static boolean plausibleHalfWidthKana(int c, int prev) {
        boolean prevKana = prev >= 0xA6 && prev <= 0xDF;
        if (c == 0xA6 || (c >= 0xB1 && c <= 0xDD)) {
            return true;
        }
        if ((c >= 0xA7 && c <= 0xAF) || c == 0xB0) { // ｧ … ｯ, ｰ
            return prevKana;
        }
        if (c == 0xDE) { // ﾞ after ｳ, ｶ … ﾄ, ﾊ … ﾎ
            return prev == 0xB3 || (prev >= 0xB6 && prev <= 0xC4) || (prev >= 0xCA && prev <= 0xCE);
        }
        if (c == 0xDF) { // ﾟ after ﾊ … ﾎ
            return prev >= 0xCA && prev <= 0xCE;
        }
        return false; // ｡ ｢ ｣ ､ ･
    }

    private static Scan scanEuc(byte[] b, int len, boolean complete) {
        Scan r = new Scan();
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            if (c == 0x8E) {
                need = 1;
            } else if (c == 0x8F) {
                need = 2;
            } else if (c >= 0xA1 && c <= 0xFE) {
                need = 1;
            } else {
                r.invalid++;
                i++;
                continue;
            }
            if (i + need >= len) {
                if (complete) {
                    r.invalid++;
                }
                break;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int t = b[i + k] & 0xFF;
                if (c == 0x8E ? (t < 0xA1 || t > 0xDF) : (t < 0xA1 || t > 0xFE)) {
                    ok = false;
                }
            }
            if (!ok) {
                r.invalid++;
                i++;
                continue;
            }
            r.multibyte++;
            // 0xA4 hiragana, 0xA5 katakana, 0xA1 punctuation, 0xB0-0xF4 kanji
            if (c == 0xA1 || c == 0xA4 || c == 0xA5 || (c >= 0xB0 && c <= 0xF4)) {
                r.plausible++;
            }
            i += need + 1;
        }
        return r;
    }
}
