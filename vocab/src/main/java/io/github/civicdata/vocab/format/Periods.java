package io.github.civicdata.vocab.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * The check of {@link io.github.civicdata.vocab.NamedFormat#ISO_INTERVAL}: one ISO 8601 time
 * interval (ISO 8601-1:2019 §5.5.4 "time interval").
 *
 * <p>Accepted, each end a complete calendar date {@code YYYY-MM-DD} or a date and time
 * {@code YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]}:
 * <ul>
 *   <li>{@code start/end} ({@code 2024-06-01/2024-07-31}); the end may not be before the start;</li>
 *   <li>{@code start/duration} and {@code duration/end} ({@code 2024-04-01/P1Y}, {@code P3M/2024-03-31}),
 *       the duration {@code PnYnMnWnDTnHnMnS} with at least one component;</li>
 *   <li>an open end written {@code ..} ({@code 2024-10-01/..}, {@code ../2024-03-31}), the notation of
 *       ISO 8601-2:2019 (extensions) that DCAT and EDTF use for an open period; not both ends open.</li>
 * </ul>
 * Not accepted (a finding, never silently passed): a single date (not an interval), two durations,
 * abbreviated ends ({@code 2024-06-01/07-31}, valid ISO 8601 but rarely read by other tools),
 * reduced precision ({@code 2024-06/2024-07}), and anything else. A suggestion is given only where it
 * keeps the meaning: full-width characters folded, or {@code ～} between two complete dates in order
 * written as {@code /}. Stateless.
 */
final class Periods {

    private static final Pattern DURATION = Pattern.compile(
            "P(?=[0-9]|T[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]+)?S)?)?");

    private static final int NONE = 0;
    private static final int OPEN = 1;
    private static final int DATE = 2;
    private static final int DATETIME = 3;
    private static final int DURATION_PART = 4;

    private Periods() {
    }

    static FormatResult interval(CharSequence v) {
        String s = v.toString();
        FormatResult r = strict(s);
        if (r.isValid()) {
            return r;
        }
        FormatResult.Invalid bad = (FormatResult.Invalid) r;
        String folded = Chars.folded(s, true);
        if (!folded.equals(s) && strict(folded).isValid()) {
            return FormatResult.Invalid.error(bad.messageKey(), folded, bad.arguments().toArray());
        }
        String tilde = tildeRange(folded);
        if (tilde != null) {
            return FormatResult.Invalid.error("format.interval", tilde);
        }
        return bad;
    }

    /** Whether the text is one well-formed interval (no folding, no suggestion). */
    static boolean isInterval(CharSequence v) {
        return strict(v.toString()).isValid();
    }

    private static FormatResult strict(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            int k = kind(s);
            return FormatResult.Invalid.error(k == DATE || k == DATETIME ? "format.interval.single" : "format.interval",
                    null);
        }
        if (s.indexOf('/', slash + 1) >= 0) {
            return FormatResult.Invalid.error("format.interval", null);
        }
        String a = s.substring(0, slash);
        String b = s.substring(slash + 1);
        int ka = kind(a);
        int kb = kind(b);
        if (ka == NONE || kb == NONE || (ka == OPEN && kb == OPEN) || (ka == DURATION_PART && kb == DURATION_PART)
                || (ka == OPEN && kb == DURATION_PART) || (ka == DURATION_PART && kb == OPEN)) {
            return FormatResult.Invalid.error("format.interval", null);
        }
        if ((ka == DATE || ka == DATETIME) && (kb == DATE || kb == DATETIME) && reversed(a, ka, b, kb)) {
            return FormatResult.Invalid.error("format.interval.reversed", null);
        }
        return FormatResult.valid();
    }

    private static int kind(String p) {
        if (p.equals("..")) {
            return OPEN;
        }
        if (Dates.isoDate(p) == Dates.OK) {
            return DATE;
        }
        if (Dates.isIsoDateTime(p)) {
            return DATETIME;
        }
        if (p.length() > 1 && p.charAt(0) == 'P' && DURATION.matcher(p).matches()) {
            return DURATION_PART;
        }
        return NONE;
    }

    private static boolean reversed(String a, int ka, String b, int kb) {
        LocalDate da = LocalDate.parse(a.substring(0, 10));
        LocalDate db = LocalDate.parse(b.substring(0, 10));
        if (!da.equals(db) || ka != DATETIME || kb != DATETIME) {
            return db.isBefore(da);
        }
        try {
            TemporalAccessor ta = DateTimeFormatter.ISO_DATE_TIME.parse(a);
            TemporalAccessor tb = DateTimeFormatter.ISO_DATE_TIME.parse(b);
            boolean offsets = ta.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    && tb.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS);
            if (offsets) {
                return OffsetDateTime.from(tb).isBefore(OffsetDateTime.from(ta));
            }
            return LocalDateTime.from(tb).isBefore(LocalDateTime.from(ta));
        } catch (java.time.DateTimeException e) {
            return false; // e.g. 24:00, which Dates accepts as the end of a day: not reversed on that day
        }
    }

    /** {@code 2024-06-01～2024-07-31} with both dates complete and in order, as {@code 2024-06-01/2024-07-31}. */
    private static String tildeRange(String s) {
        int t = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '～' || c == '〜' || c == '~') {
                if (t >= 0) {
                    return null;
                }
                t = i;
            }
        }
        if (t < 0) {
            return null;
        }
        String a = s.substring(0, t).strip();
        String b = s.substring(t + 1).strip();
        String joined = a + "/" + b;
        int ka = kind(a);
        int kb = kind(b);
        return (ka == DATE || ka == DATETIME) && (kb == DATE || kb == DATETIME) && strict(joined).isValid()
                ? joined : null;
    }
}
