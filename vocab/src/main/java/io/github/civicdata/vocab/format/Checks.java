package io.github.civicdata.vocab.format;

import io.github.civicdata.core.internal.Dashes;
import io.github.civicdata.vocab.code.CodeExplanation;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.ReferencePeriod;
import io.github.civicdata.vocab.internal.Regexes;
import io.github.civicdata.vocab.code.LocalGovernmentCodes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of each {@link io.github.civicdata.vocab.NamedFormat}. Strict checks scan characters
 * without allocating; suggestions (only computed for invalid values) may allocate. Stateless;
 * thread-safe.
 */
final class Checks {

    private static final Pattern TIME_COLON = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");
    private static final Pattern TIME_KANJI = Pattern.compile("(\\d{1,2})時(?:(\\d{1,2})分)?");
    private static final Pattern TIME_COMPACT = Pattern.compile("(\\d{2})(\\d{2})");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern PHONE_PREFIX = Pattern.compile("(?i)^(?:tel|電話|電話番号|fax)\\s*[:.]?\\s*");
    private static final Map<String, String> UMU = Map.ofEntries(
            Map.entry("有り", "有"), Map.entry("あり", "有"), Map.entry("有る", "有"), Map.entry("ある", "有"),
            Map.entry("○", "有"), Map.entry("〇", "有"), Map.entry("◯", "有"), Map.entry("1", "有"),
            Map.entry("true", "有"), Map.entry("yes", "有"), Map.entry("y", "有"), Map.entry("はい", "有"),
            Map.entry("無し", "無"), Map.entry("なし", "無"), Map.entry("無い", "無"), Map.entry("ない", "無"),
            Map.entry("×", "無"), Map.entry("✕", "無"), Map.entry("0", "無"), Map.entry("false", "無"),
            Map.entry("no", "無"), Map.entry("n", "無"), Map.entry("いいえ", "無"));

    private Checks() {
    }

    // ---- dates and times ----

    static FormatResult isoDate(CharSequence v) {
        int st = Dates.isoDate(v);
        if (st == Dates.OK) {
            return FormatResult.valid();
        }
        int[] out = new int[4];
        String folded = Chars.folded(v, false);
        int w = Dates.parseWareki(folded, out);
        if (w == Dates.OK) {
            Era e = Dates.era(out);
            return FormatResult.Invalid.error("format.iso-date.wareki", Dates.iso(Dates.gregorian(out)), e.kanji());
        }
        if (w != Dates.SYNTAX) {
            return warekiError(w, out);
        }
        if (st == Dates.NO_SUCH_DAY) {
            return FormatResult.Invalid.error("format.date.no-such-day", null);
        }
        LocalDate d = Dates.lenientGregorian(v);
        return FormatResult.Invalid.error("format.iso-date", d == null ? null : Dates.iso(d));
    }

    static FormatResult warekiOrIsoDate(CharSequence v) {
        int st = Dates.isoDate(v);
        if (st == Dates.OK) {
            return FormatResult.valid();
        }
        int[] out = new int[4];
        int w = Dates.parseWareki(v, out);
        if (w == Dates.OK) {
            return new FormatResult.Valid(Optional.of(Dates.iso(Dates.gregorian(out))));
        }
        if (w != Dates.SYNTAX) {
            return warekiError(w, out);
        }
        String folded = Chars.folded(v, false);
        if (!folded.contentEquals(v)) {
            w = Dates.parseWareki(folded, out);
            if (w == Dates.OK) {
                return FormatResult.Invalid.error("format.wareki-or-iso-date", Dates.iso(Dates.gregorian(out)));
            }
        }
        if (st == Dates.NO_SUCH_DAY) {
            return FormatResult.Invalid.error("format.date.no-such-day", null);
        }
        LocalDate d = Dates.lenientGregorian(v);
        return FormatResult.Invalid.error("format.wareki-or-iso-date", d == null ? null : Dates.iso(d));
    }

    private static FormatResult warekiError(int status, int[] out) {
        Era e = Dates.era(out);
        switch (status) {
            case Dates.NO_SUCH_DAY:
                return FormatResult.Invalid.error("format.date.no-such-day", null);
            case Dates.BEFORE_GREGORIAN:
                return FormatResult.Invalid.error("format.wareki.before-gregorian", null,
                        JapaneseDates.FIRST_SUPPORTED_DAY.toString());
            case Dates.BEFORE_ERA:
                return FormatResult.Invalid.error("format.wareki.before-era", Dates.iso(Dates.gregorian(out)),
                        e.kanji(), e.romaji(), e.firstDay().toString());
            case Dates.AFTER_ERA:
                return FormatResult.Invalid.error("format.wareki.after-era", Dates.iso(Dates.gregorian(out)),
                        e.kanji(), e.romaji(), e.lastDay().map(LocalDate::toString).orElse(""));
            default:
                throw new IllegalStateException("status " + status);
        }
    }

    static FormatResult timeHhMm(CharSequence v) {
        if (Dates.isHhMm(v)) {
            return FormatResult.valid();
        }
        String s = Chars.folded(v, false);
        if (s.equals("24:00") || s.equals("24:00:00")) {
            return FormatResult.Invalid.error("format.time-hhmm.24", null);
        }
        return FormatResult.Invalid.error("format.time-hhmm", lenientTime(s, false));
    }

    static FormatResult isoTime(CharSequence v) {
        if (Dates.isIsoTime(v)) {
            return FormatResult.valid();
        }
        return FormatResult.Invalid.error("format.iso-time", lenientTime(Chars.folded(v, false), true));
    }

    static FormatResult isoDateTime(CharSequence v) {
        if (Dates.isIsoDateTime(v)) {
            return FormatResult.valid();
        }
        String s = Chars.folded(v, false);
        String suggestion = null;
        if (s.length() >= 16 && s.charAt(10) == ' ') {
            String t = s.substring(0, 10) + 'T' + s.substring(11);
            if (Dates.isIsoDateTime(t)) {
                suggestion = t;
            }
        } else if (Dates.isIsoDateTime(s)) {
            suggestion = s;
        }
        return FormatResult.Invalid.error("format.iso-datetime", suggestion);
    }

    private static String lenientTime(String s, boolean keepSeconds) {
        int h;
        int m;
        int sec = -1;
        Matcher mc = TIME_COLON.matcher(s);
        Matcher mk = TIME_KANJI.matcher(s);
        Matcher mp = TIME_COMPACT.matcher(s);
        if (mc.matches()) {
            h = Integer.parseInt(mc.group(1));
            m = Integer.parseInt(mc.group(2));
            if (mc.group(3) != null) {
                sec = Integer.parseInt(mc.group(3));
            }
        } else if (mk.matches()) {
            h = Integer.parseInt(mk.group(1));
            m = mk.group(2) == null ? 0 : Integer.parseInt(mk.group(2));
        } else if (mp.matches()) {
            h = Integer.parseInt(mp.group(1));
            m = Integer.parseInt(mp.group(2));
        } else {
            return null;
        }
        if (h > 23 || m > 59 || sec > 59) {
            return null;
        }
        if (sec > 0 && !keepSeconds) {
            return null;
        }
        String hm = String.format(Locale.ROOT, "%02d:%02d", h, m);
        return keepSeconds && sec >= 0 ? hm + String.format(Locale.ROOT, ":%02d", sec) : hm;
    }

    // ---- numbers ----

    static boolean isInteger(CharSequence v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            if (!Chars.isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(CharSequence v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < n && Chars.isDigit(v.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        i++;
        int frac = 0;
        while (i < n && Chars.isDigit(v.charAt(i))) {
            i++;
            frac++;
        }
        return frac > 0 && i == n;
    }

    static FormatResult integer(CharSequence v) {
        if (isInteger(v)) {
            return FormatResult.valid();
        }
        String s = numberSuggestion(v);
        return FormatResult.Invalid.error("format.integer", s != null && isInteger(s) ? s : null);
    }

    static FormatResult decimal(CharSequence v) {
        if (isDecimal(v)) {
            return FormatResult.valid();
        }
        String s = numberSuggestion(v);
        return FormatResult.Invalid.error("format.decimal", s != null && isDecimal(s) ? s : null);
    }

    private static String numberSuggestion(CharSequence v) {
        String s = Chars.folded(v, true);
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (s.startsWith(".")) {
            s = "0" + s;
        } else if (s.startsWith("-.")) {
            s = "-0" + s.substring(1);
        }
        return s;
    }

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * Parses a decimal known to be syntactically valid ({@link #isDecimal}). With at most 15 digits
     * (the common case: coordinates, amounts) without a string: the digits as a long, exact below
     * 2^53, divided by an exact power of ten is the correctly rounded double, the same as
     * {@link Double#parseDouble}; longer numbers go through {@code Double.parseDouble}.
     */
    static double parseDecimal(CharSequence v) {
        if (v.length() <= 15 && isInteger(v)) {
            long x = 0;
            int i = v.charAt(0) == '-' ? 1 : 0;
            for (int k = i; k < v.length(); k++) {
                x = x * 10 + (v.charAt(k) - '0');
            }
            return i == 1 ? -x : x;
        }
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (n - i <= 16) {
            long x = 0;
            int digits = 0;
            int frac = -1;
            for (int k = i; k < n; k++) {
                char c = v.charAt(k);
                if (c == '.') {
                    frac = 0;
                } else {
                    x = x * 10 + (c - '0');
                    digits++;
                    if (frac >= 0) {
                        frac++;
                    }
                }
            }
            if (digits <= 15 && frac >= 0) {
                double d = x / EXACT_POWERS[frac];
                return i == 1 ? -d : d;
            }
        }
        return Double.parseDouble(v.toString());
    }

    static FormatResult coordinate(CharSequence v, boolean latitude, double areaMin, double areaMax) {
        String kind = latitude ? "latitude" : "longitude";
        if (!isDecimal(v)) {
            String s = Chars.folded(v, true);
            if (s.endsWith("°")) {
                s = s.substring(0, s.length() - 1);
            }
            return FormatResult.Invalid.error("format." + kind, isDecimal(s) ? s : null);
        }
        double d = parseDecimal(v);
        double limit = latitude ? 90 : 180;
        if (d < -limit || d > limit) {
            return FormatResult.Invalid.error("format." + kind + ".range", null);
        }
        if (d < areaMin || d > areaMax) {
            return FormatResult.Invalid.warning("format." + kind + ".outside-area", null, Double.toString(areaMin),
                    Double.toString(areaMax));
        }
        return FormatResult.valid();
    }

    // ---- contact ----

    /**
     * The telephone notation of the GIF コアデータパーツ 電話番号 (DS-445): half-width digits with
     * hyphens, the area code (市外局番) optionally in brackets ({@code (03)5253-5111}, §1), an
     * international number as {@code +81 (03)5253-5111} (§1), an extension after a space as
     * {@code 内線999} or {@code Ext.999} (§2), several numbers separated by {@code " / "} (§3); and,
     * as before, a leading {@code +} with digits and hyphens ({@code +81-28-635-3043}).
     */
    static final Pattern GIF_PHONE = Pattern.compile(Regexes.GIF_PHONE);

    static boolean isPhone(CharSequence v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (Chars.isDigit(c)) {
                digit = true;
            } else if (!(c == '-' || (c == '+' && i == 0))) {
                // brackets, spaces, 内線: the rest of the GIF notation
                return (c == '(' || c == ' ' || c == '内' || c == 'E') && GIF_PHONE.matcher(v).matches();
            }
        }
        return digit;
    }

    /** Prefixes of Japanese 11-digit numbers (mobile, IP, M2M, free dial 0800). */
    private static final String[] ELEVEN_DIGIT = {"020", "050", "060", "070", "080", "090", "0800"};

    /**
     * A domestic number written as a number, so that its trunk prefix 0 was dropped: 9 digits
     * (a 10-digit number such as 096-328-2018) or 10 digits that become a valid 11-digit number
     * (090…, 050…, 0800…) with the 0 put back. Empty for anything else (a local number without
     * area code, an international number, an extension).
     */
    static Optional<String> phoneWithoutZero(CharSequence v) {
        int n = v.length();
        if (n < 9 || n > 10 || v.charAt(0) < '1' || v.charAt(0) > '9') {
            return Optional.empty();
        }
        for (int i = 0; i < n; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        String restored = "0" + v;
        if (n == 9) {
            return Optional.of(restored);
        }
        for (String p : ELEVEN_DIGIT) {
            if (restored.startsWith(p)) {
                return Optional.of(restored);
            }
        }
        return Optional.empty();
    }

    static FormatResult phone(CharSequence v) {
        Optional<String> restored = phoneWithoutZero(v);
        if (restored.isPresent()) {
            // the 0 was lost when the number was stored as a number: the digits are kept, only the 0 is put back
            return FormatResult.Invalid.error("format.phone.leading-zero", restored.get());
        }
        if (isPhone(v)) {
            return FormatResult.valid();
        }
        String s = PHONE_PREFIX.matcher(Chars.folded(v, true)).replaceFirst("");
        s = s.replace('(', '-').replace(')', '-').replace(' ', '-');
        while (s.contains("--")) {
            s = s.replace("--", "-");
        }
        while (s.startsWith("-")) {
            s = s.substring(1);
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return FormatResult.Invalid.error("format.phone", isPhone(s) ? s : null);
    }

    static boolean isPostal(CharSequence v) {
        int n = v.length();
        if (n == 7) {
            for (int i = 0; i < 7; i++) {
                if (!Chars.isDigit(v.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        if (n == 8 && v.charAt(3) == '-') {
            for (int i = 0; i < 8; i++) {
                if (i != 3 && !Chars.isDigit(v.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static FormatResult postal(CharSequence v) {
        if (isPostal(v)) {
            return FormatResult.valid();
        }
        int n = v.length();
        if ((n == 5 || n == 6) && v.charAt(0) >= '1' && v.charAt(0) <= '9' && allDigits(v.toString())) {
            // 6 digits: a 0NN-NNNN code whose 0 was lost, and nothing else; 5 digits: 00N-NNNN, or an
            // old 5-digit code (NNN-NN, before 1998): the finding only, no suggestion
            return n == 6 ? FormatResult.Invalid.error("format.postal-code.leading-zero", "0" + v)
                    : FormatResult.Invalid.error("format.postal-code.leading-zero-or-old", null);
        }
        String s = Chars.folded(v, true);
        if (s.startsWith("〒")) {
            s = s.substring(1).strip();
        }
        return FormatResult.Invalid.error("format.postal-code", isPostal(s) ? s : null);
    }

    static boolean isEmail(CharSequence v) {
        int n = v.length();
        int at = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c > '~' || c == '"' || c == ',' || c == '<' || c == '>' || c == '(' || c == ')'
                    || c == ';' || c == '\\') {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= 0 || at >= n - 1) {
            return false;
        }
        int dot = -1;
        for (int i = at + 1; i < n; i++) {
            if (v.charAt(i) == '.') {
                if (i == at + 1 || i == n - 1 || v.charAt(i - 1) == '.') {
                    return false;
                }
                dot = i;
            }
        }
        return dot > 0;
    }

    static FormatResult email(CharSequence v) {
        if (isEmail(v)) {
            return FormatResult.valid();
        }
        String s = Chars.folded(v, false);
        return FormatResult.Invalid.error("format.email", isEmail(s) ? s : null);
    }

    static boolean isUri(CharSequence v) {
        int n = v.length();
        int p;
        if (startsWithIgnoreCase(v, "https://")) {
            p = 8;
        } else if (startsWithIgnoreCase(v, "http://")) {
            p = 7;
        } else {
            return false;
        }
        if (n == p || v.charAt(p) == '/') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || c == '"' || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(CharSequence v, String prefix) {
        if (v.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(v.charAt(i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static FormatResult uri(CharSequence v) {
        if (isUri(v)) {
            return FormatResult.valid();
        }
        String s = Chars.folded(v, false);
        return FormatResult.Invalid.error("format.uri", isUri(s) ? s : null);
    }

    // ---- characters ----

    static boolean isHalfWidth(CharSequence v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    static FormatResult halfWidth(CharSequence v) {
        if (isHalfWidth(v)) {
            return FormatResult.valid();
        }
        String s = Chars.folded(v, false);
        return FormatResult.Invalid.error("format.half-width", isHalfWidth(s) ? s : null);
    }

    static boolean isKatakanaChar(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FB' || c == '\u30FC' || c == '\u30FD' || c == '\u30FE'
                || c == '\u3000' || c == ' ' || (c >= '\uFF10' && c <= '\uFF19');
    }

    static boolean isKatakana(CharSequence v) {
        for (int i = 0; i < v.length(); i++) {
            if (!isKatakanaChar(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static FormatResult katakana(CharSequence v) {
        if (isKatakana(v)) {
            return FormatResult.valid();
        }
        boolean half = false;
        boolean hira = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '\uFF65' && c <= '\uFF9F') {
                half = true;
            } else if ((c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E') {
                hira = true;
            }
        }
        // dashes among kana are long-vowel marks (ファ−スト, ﾌｧｰｽﾄ); where the neighbours do not tell, no suggestion
        StringBuilder dashed = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Dashes.isAmbiguous(c)) {
                char m = Dashes.resolve(v, i);
                if (m == Dashes.UNSURE) {
                    return FormatResult.Invalid.error(half ? "format.katakana.half-width" : "format.katakana", null);
                }
                c = m;
            }
            dashed.append(c);
        }
        String n = Normalizer.normalize(dashed, Normalizer.Form.NFKC).strip();
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E') {
                c = (char) (c + 0x60);
            } else if (c >= '0' && c <= '9') {
                c = (char) (c - '0' + '\uFF10');
            }
            sb.append(c);
        }
        String s = sb.toString();
        String key = half ? "format.katakana.half-width" : hira ? "format.katakana.hiragana" : "format.katakana";
        return FormatResult.Invalid.error(key, isKatakana(s) && !s.isEmpty() ? s : null);
    }

    static FormatResult umu(CharSequence v) {
        if (v.length() == 1 && (v.charAt(0) == '有' || v.charAt(0) == '無')) {
            return FormatResult.valid();
        }
        String s = Normalizer.normalize(v, Normalizer.Form.NFKC).strip();
        String sug = s.equals("有") || s.equals("無") ? s : UMU.get(s.toLowerCase(Locale.ROOT));
        return FormatResult.Invalid.error("format.umu", sug);
    }

    // ---- codes ----

    /**
     * A 全国地方公共団体コード: listed, or else explained by {@link CodeLists#explain(CharSequence,
     * ReferencePeriod)}. A former code is an error unless it was in effect during {@code period}
     * (then it is valid); its suggestion is today's code only where the area did not change
     * ({@link CodeLists#sameAreaSuccessor(String)}), since after a merger the old code still says
     * something the new one does not.
     */
    static FormatResult localGovernmentCode(CharSequence v, CodeLists codes, ReferencePeriod period) {
        if (LocalGovernmentCodes.hasValidCheckDigit(v)
                && (period == null ? codes.isListed(v) : codes.isListedDuring(v, period))) {
            return FormatResult.valid();
        }
        CodeExplanation e = codes.explain(v, period);
        String sug = e.normalized().orElse(null);
        Object[] args = e.arguments().toArray();
        switch (e.verdict()) {
            case VALID:
                // listed once full-width digits or surrounding white space are removed
                return FormatResult.Invalid.error("format.lgcode.folded", sug);
            case FORMER_IN_EFFECT:
                return sug != null && sug.contentEquals(v) ? FormatResult.valid()
                        : FormatResult.Invalid.error("format.lgcode.folded", sug);
            case VALID_UNLISTED:
                return FormatResult.Invalid.warning(e.messageKey(), null, args);
            case FIVE_DIGIT_FORM:
                // the 標準地域コード (JIS X 0402) without its check digit: the same municipality, another form
                return FormatResult.Invalid.warning(e.messageKey(), sug, args);
            case WRONG_CHECK_DIGIT:
                // the typo may be in any digit: a corrected check digit could name another municipality
                return FormatResult.Invalid.error(e.messageKey(), null, args);
            case LEADING_ZERO_RESTORED:
                // one digit says too little to name a prefecture in a suggestion
                return FormatResult.Invalid.error(e.messageKey(), v.toString().strip().length() > 1 ? sug : null, args);
            case FORMER:
                return FormatResult.Invalid.error(e.messageKey(),
                        codes.sameAreaSuccessor(e.normalized().orElse("")).orElse(null), args);
            case NOT_YET_IN_EFFECT:
            case NOT_LOCAL_GOVERNMENT:
                return FormatResult.Invalid.error(e.messageKey(), null, args);
            default:
                return FormatResult.Invalid.error(e.messageKey(), sug, args);
        }
    }

    static boolean isCorporateNumber(CharSequence v) {
        if (v.length() != 13) {
            return false;
        }
        for (int i = 0; i < 13; i++) {
            if (!Chars.isDigit(v.charAt(i))) {
                return false;
            }
        }
        return corporateCheckDigit(v) == v.charAt(0) - '0';
    }

    /** 9 − (Σ Pn·Qn mod 9), Pn the n-th digit from the right of the 12-digit base, Qn 1 (odd n) or 2. */
    static int corporateCheckDigit(CharSequence v) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = v.charAt(13 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    static FormatResult corporateNumber(CharSequence v) {
        if (isCorporateNumber(v)) {
            return FormatResult.valid();
        }
        String s = Chars.folded(v, true).replace("-", "").replace(" ", "");
        if (s.length() == 13 && allDigits(s)) {
            if (isCorporateNumber(s)) {
                return FormatResult.Invalid.error("format.corporate-number", s);
            }
            return FormatResult.Invalid.error("format.corporate-number.check-digit", null,
                    Integer.toString(corporateCheckDigit(s)), s.substring(0, 1));
        }
        return FormatResult.Invalid.error("format.corporate-number", null);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
