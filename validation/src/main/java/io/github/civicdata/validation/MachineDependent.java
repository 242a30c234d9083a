package io.github.civicdata.validation;

import io.github.civicdata.core.Severity;
import io.github.civicdata.core.internal.Dashes;
import java.text.Normalizer;

/**
 * The L1-08 reading of one value: which machine-dependent characters it holds, which class
 * decides the wording, and the portable form to suggest, made so that the suggestion reads
 * exactly as the value does, or no suggestion with the reason.
 *
 * <ul>
 *   <li>Half-width katakana become full-width; a sound mark ({@code ﾞ ﾟ}) joins the kana before
 *       it, or, with nothing to join into a JIS X 0208 character ({@code うﾞ} would be {@code ゔ}),
 *       there is no suggestion.
 *   <li>{@code ｰ}, {@code −} and {@code －} are read by their neighbours
 *       ({@link Dashes#resolve}): {@code ﾌｧｰｽﾄ}/{@code ファ−スト} → {@code ファースト},
 *       {@code 932ｰ7} → {@code 932-7}; where the neighbours do not tell, no suggestion.
 *   <li>A circled number next to a digit keeps its boundary: {@code ①６月２日} →
 *       {@code (1)６月２日}, never {@code 1６月２日}; elsewhere {@code 第②図書館} → {@code 第2図書館}.
 *   <li>Other CP932 symbols and era ligatures take their compatibility form ({@code ㈱} →
 *       {@code (株)}, {@code ㍻} → {@code 平成}) unless it would run into a neighbouring letter
 *       or digit ({@code ⅠⅡ} would read {@code III}): then no suggestion.
 *   <li>{@code ¥} (U+00A5) becomes the JIS yen sign {@code ￥}; control characters are removed
 *       (those that separate like a space become one).
 *   <li>Characters without a standard equivalent (extension kanji, characters outside JIS,
 *       外字, {@code 〜 ～ ― ‖}) leave the value without a suggestion: a suggestion is only made
 *       when it fixes every character the finding names.
 * </ul>
 *
 * <p>Extension kanji (髙, 﨑 …) in a column of names or addresses are proper nouns, kept as
 * written: they are an info there, and rank below every other class.
 *
 * <p>Stateless and thread-safe.
 */
final class MachineDependent {

    /**
     * The analysis of one value.
     *
     * @param key the message key
     * @param severity the severity of the variant, or null for the rule's
     * @param chars the characters found, for the message
     * @param suggestion the portable form, or null
     * @param args the message arguments
     */
    record Result(String key, Severity severity, String chars, String suggestion, Object[] args) {
    }

    private MachineDependent() {
    }

    /**
     * Analyses a value that holds at least one machine-dependent character.
     *
     * @param text the value
     * @param properNoun whether the column holds names or addresses
     * @return the analysis
     */
    static Result analyse(String text, boolean properNoun) {
        byte dominant = 0;
        int rank = -1;
        StringBuilder chars = new StringBuilder();
        StringBuilder fixed = new StringBuilder(text.length());
        boolean complete = true;
        String unsure = null;
        String subject = null;
        String replacement = null;
        // the dashes replaced by what they mean; every other dash is left as it is, and a
        // replacement beside it must not change how it reads (in ア‐①② the dash is unclear, in ア‐(1)(2) it would read ー)
        java.util.BitSet resolved = new java.util.BitSet();
        int n = text.length();
        int k = 0;
        while (k < n) {
            char c = text.charAt(k);
            byte cls = CharClass.of(c);
            if (!CharClass.isMachineDependent(cls)) {
                fixed.append(c);
                k++;
                continue;
            }
            int j = k + 1;
            if (cls == CharClass.HALFWIDTH_KANA) {
                while (j < n && CharClass.of(text.charAt(j)) == CharClass.HALFWIDTH_KANA) {
                    j++;
                }
            } else if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(text.charAt(j))) {
                j++;
            }
            String run = text.substring(k, j);
            if (chars.length() < 20 && chars.indexOf(run) < 0) {
                if (chars.length() > 0) {
                    chars.append(' ');
                }
                chars.append(cls == CharClass.CONTROL || cls == CharClass.PRIVATE_USE
                        ? String.format("U+%04X", (int) c) : run);
            }
            int r = rank(cls, properNoun);
            if (r > rank) {
                rank = r;
                dominant = cls;
            }
            switch (cls) {
                case CharClass.HALFWIDTH_KANA -> {
                    for (int p = k; p < j; p++) {
                        char h = text.charAt(p);
                        if (h == '\uFF70') {
                            char m = Dashes.resolve(text, p);
                            if (m == Dashes.UNSURE) {
                                if (unsure == null) {
                                    unsure = "L1-08.unsure.dash";
                                    subject = String.valueOf(h);
                                }
                                fixed.append(h);
                            } else {
                                resolved.set(p);
                                fixed.append(m);
                            }
                        } else if (h == '\uFF9E' || h == '\uFF9F') {
                            if (!joinSoundMark(fixed, h == '\uFF9E' ? '\u3099' : '\u309A')) {
                                if (unsure == null) {
                                    unsure = "L1-08.unsure.sound-mark";
                                    subject = String.valueOf(h);
                                }
                                fixed.append(h);
                            }
                        } else {
                            fixed.append(Normalizer.normalize(String.valueOf(h), Normalizer.Form.NFKC));
                        }
                    }
                }
                case CharClass.MAPPING -> {
                    if (c == '\u2212' || c == '\uFF0D') {
                        char m = Dashes.resolve(text, k);
                        if (m == Dashes.UNSURE) {
                            if (unsure == null) {
                                unsure = "L1-08.unsure.dash";
                                subject = run;
                            }
                            fixed.append(c);
                        } else {
                            resolved.set(k);
                            fixed.append(m);
                        }
                    } else if (c == '\u00A5') {
                        fixed.append('\uFFE5'); // the yen sign of JIS X 0208, the same in every converter
                    } else {
                        complete = false; // 〜 ～ ― — ‖ ∥ ¢ £ ¬ ‾: no equivalent that reads the same everywhere
                        fixed.append(run);
                    }
                }
                case CharClass.EXT_SYMBOL, CharClass.ERA -> {
                    String nf = Normalizer.normalize(run, Normalizer.Form.NFKC);
                    if (nf.equals(run) || nf.isEmpty()) {
                        complete = false;
                        fixed.append(run);
                    } else if (isCircledNumber(c)) {
                        char prev = visibleBefore(text, k);
                        char next = visibleAfter(text, j);
                        boolean digitNear = (prev != 0 && endsWithDigit(prev)) || (next != 0 && startsWithDigit(next));
                        fixed.append(digitNear ? "(" + nf + ")" : nf);
                    } else {
                        // neighbours as a reader sees them: zero-width and control characters do not separate
                        char prev = visibleBefore(fixed, fixed.length());
                        char next = visibleAfter(text, j);
                        char before = prev != 0 ? lastOfNfkc(prev) : 0;
                        char after = next != 0 ? firstOfNfkc(next) : 0;
                        if (runsInto(before, nf.charAt(0)) || runsInto(nf.charAt(nf.length() - 1), after)) {
                            if (unsure == null) {
                                unsure = "L1-08.unsure.merge";
                                subject = run;
                                replacement = nf;
                            }
                            fixed.append(run);
                        } else {
                            fixed.append(nf);
                        }
                    }
                }
                case CharClass.CONTROL -> {
                    if (separatesLikeSpace(c) && fixed.length() > 0 && !isSpace(fixed.charAt(fixed.length() - 1))
                            && j < n && !isSpace(text.charAt(j)) && CharClass.of(text.charAt(j)) != CharClass.CONTROL) {
                        fixed.append(' ');
                    }
                }
                default -> {
                    complete = false; // extension kanji, non-JIS, 外字: no standard character reads the same
                    fixed.append(run);
                }
            }
            k = j;
        }
        if (unsure == null) {
            StringBuilder before = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (Dashes.isAmbiguous(text.charAt(i)) && !resolved.get(i)) {
                    before.append(Dashes.resolve(text, i));
                }
            }
            StringBuilder after = new StringBuilder();
            for (int i = 0; i < fixed.length(); i++) {
                if (Dashes.isAmbiguous(fixed.charAt(i))) {
                    after.append(Dashes.resolve(fixed, i));
                    if (after.length() > before.length() || after.charAt(after.length() - 1)
                            != before.charAt(after.length() - 1)) {
                        unsure = "L1-08.unsure.dash";
                        subject = String.valueOf(fixed.charAt(i));
                        break;
                    }
                }
            }
        }
        String s = complete && unsure == null && !fixed.toString().equals(text) ? fixed.toString() : null;
        if (unsure != null) {
            Object[] args = unsure.equals("L1-08.unsure.merge")
                    ? new Object[] {chars.toString(), subject, replacement}
                    : new Object[] {chars.toString(), subject};
            return new Result(unsure, severityOf(dominant, properNoun), chars.toString(), null, args);
        }
        return new Result(keyOf(dominant, properNoun), severityOf(dominant, properNoun), chars.toString(), s,
                new Object[] {chars.toString()});
    }

    /** Whether a column holds proper nouns (names, addresses), judged by its name. */
    static boolean properNounColumn(String header) {
        String h = Normalizer.normalize(Cells.trim(header), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        if (h.isEmpty() || h.contains("カナ") || h.contains("かな") || h.contains("フリガナ") || h.contains("ふりがな")
                || h.contains("kana") || h.contains("英") || h.contains("ローマ字") || h.contains("romaji")
                || h.contains("_en") || h.contains("コード") || h.contains("code") || h.contains("番号")) {
            return false;
        }
        return h.endsWith("名") || h.endsWith("者") || h.contains("名称") || h.contains("氏名") || h.contains("名前") || h.contains("住所")
                || h.contains("所在地") || h.contains("方書") || h.contains("地番") || h.contains("番地")
                || h.contains("所有者") || h.contains("設置者") || h.contains("主催者") || h.contains("管理者")
                || h.contains("事業者") || h.contains("法人") || h.contains("address") || h.equals("name")
                || h.endsWith("name") || h.endsWith("_name") || h.contains("owner");
    }

    private static String keyOf(byte dominant, boolean properNoun) {
        return switch (dominant) {
            case CharClass.HALFWIDTH_KANA -> "L1-08.halfwidth-kana";
            case CharClass.MAPPING -> "L1-08.mapping";
            case CharClass.EXT_KANJI -> properNoun ? "L1-08.extension-kanji.name" : "L1-08.extension-kanji";
            case CharClass.ERA -> "L1-08.era";
            case CharClass.NON_JIS -> "L1-08.non-jis";
            case CharClass.CONTROL -> "L1-08.control";
            case CharClass.PRIVATE_USE -> "L1-08.private-use";
            default -> RuleIds.L1_08;
        };
    }

    private static Severity severityOf(byte dominant, boolean properNoun) {
        return switch (dominant) {
            case CharClass.MAPPING, CharClass.NON_JIS -> Severity.WARNING;
            case CharClass.EXT_KANJI -> properNoun ? Severity.INFO : Severity.WARNING;
            default -> null;
        };
    }

    /** Which class names the finding when a value holds several; proper-noun kanji come last. */
    private static int rank(byte k, boolean properNoun) {
        return switch (k) {
            case CharClass.CONTROL -> 8;
            case CharClass.PRIVATE_USE -> 7;
            case CharClass.EXT_SYMBOL -> 6;
            case CharClass.ERA -> 5;
            case CharClass.HALFWIDTH_KANA -> 4;
            case CharClass.NON_JIS -> 3;
            case CharClass.EXT_KANJI -> properNoun ? 0 : 2;
            case CharClass.MAPPING -> 1;
            default -> -1;
        };
    }

    /** Joins a sound mark to the kana just written (カ + ゙ → ガ); false when it does not join. */
    private static boolean joinSoundMark(StringBuilder fixed, char combining) {
        if (fixed.length() == 0) {
            return false;
        }
        char last = fixed.charAt(fixed.length() - 1);
        String joined = Normalizer.normalize(new String(new char[] {last, combining}), Normalizer.Form.NFC);
        if (joined.length() != 1 || CharClass.of(joined.charAt(0)) != CharClass.OK) {
            return false; // ゔ (う + ﾞ) is not in JIS X 0208: joining would trade one finding for another
        }
        fixed.setCharAt(fixed.length() - 1, joined.charAt(0));
        return true;
    }

    /** ①–⑳ and ㉑–㊿, the circled numbers of CP932 and their neighbours. */
    static boolean isCircledNumber(char c) {
        return (c >= '\u2460' && c <= '\u2473') || (c >= '\u3251' && c <= '\u325F') || (c >= '\u32B1' && c <= '\u32BF');
    }

    private static boolean endsWithDigit(char c) {
        char x = lastOfNfkc(c);
        return x >= '0' && x <= '9';
    }

    private static boolean startsWithDigit(char c) {
        char x = firstOfNfkc(c);
        return x >= '0' && x <= '9';
    }

    private static char firstOfNfkc(char c) {
        if (c < 0x80) {
            return c;
        }
        String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return s.isEmpty() ? c : s.charAt(0);
    }

    private static char lastOfNfkc(char c) {
        if (c < 0x80) {
            return c;
        }
        String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return s.isEmpty() ? c : s.charAt(s.length() - 1);
    }

    /** Whether two characters side by side read as one token (two digits, two Latin letters). */
    /** The nearest character before {@code end} that a reader sees, or 0. */
    private static char visibleBefore(CharSequence s, int end) {
        for (int i = end - 1; i >= 0; i--) {
            byte cls = CharClass.of(s.charAt(i));
            if (cls != CharClass.INVISIBLE && cls != CharClass.CONTROL) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** The nearest character from {@code start} on that a reader sees, or 0. */
    private static char visibleAfter(CharSequence s, int start) {
        for (int i = start; i < s.length(); i++) {
            byte cls = CharClass.of(s.charAt(i));
            if (cls != CharClass.INVISIBLE && cls != CharClass.CONTROL) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static boolean runsInto(char a, char b) {
        return (isDigit(a) && isDigit(b)) || (isLatin(a) && isLatin(b));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isSpace(char c) {
        return Cells.isSpace(c) || c == '\n' || c == '\r';
    }

    /** Control characters that separate text like a space (vertical tab, form feed, separators, NEL). */
    private static boolean separatesLikeSpace(char c) {
        return c == '\u000B' || c == '\u000C' || (c >= '\u001C' && c <= '\u001F') || c == '\u0085';
    }
}
