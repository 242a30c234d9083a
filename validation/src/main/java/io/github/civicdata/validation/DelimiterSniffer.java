package io.github.civicdata.validation;

/**
 * Detects the field delimiter of a delimited text file from its first records: comma, tab,
 * semicolon or pipe.
 *
 * <p>The sample is split into records once per candidate, aware of quoting as the tokenizer is (a
 * quote opens a quoted field only at the start of a field; inside it, delimiters and line breaks
 * are data and {@code ""} is a quote). For each candidate, the records that are not blank are
 * counted by their number of fields; the candidate's <em>width</em> is the most frequent number of
 * fields of at least two (the larger on a tie) and its <em>consistency</em> the share of records
 * that have exactly that many. A table's delimiter splits the header and every data row into the
 * same number of fields; a character that merely occurs in values does so irregularly, and title or
 * note rows above the table count against every candidate alike.
 *
 * <p>The candidate with the highest consistency wins, then the wider one, then the expected one
 * (comma, or tab for a {@code .tsv} file), then the order comma, tab, semicolon, pipe. A candidate
 * other than the expected one must reach a consistency of at least one half over at least two
 * records (one when the sample holds one record); otherwise the expected delimiter stays. So a
 * single-column file stays comma-separated even when a few values hold a semicolon.
 *
 * <p>Stateless and thread-safe.
 */
final class DelimiterSniffer {

    /** The delimiters that are detected, in order of preference on a tie. */
    static final char[] CANDIDATES = {',', '\t', ';', '|'};
    /** The most records read per candidate. */
    static final int MAX_RECORDS = 64;
    /** Bytes of the file's start that are decoded for the sample. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private DelimiterSniffer() {
    }

    /** What one candidate gives on the sample. */
    record Score(char delimiter, int width, int support, int records) {
        double consistency() {
            return width < 2 || records == 0 ? 0 : (double) support / records;
        }
    }

    /**
     * @param sample the decoded start of the file
     * @param complete whether the sample is the whole file (else its last record may be cut off
     *     and is ignored)
     * @param expected the delimiter that the file name promises (comma, or tab for .tsv)
     * @return the detected delimiter, {@code expected} when nothing is clearly better
     */
    static char sniff(CharSequence sample, boolean complete, char expected) {
        Score best = null;
        Score expectedScore = score(sample, complete, expected);
        for (char d : order(expected)) {
            Score s = d == expected ? expectedScore : score(sample, complete, d);
            if (best == null || better(s, best)) {
                best = s;
            }
        }
        if (best.delimiter() == expected) {
            return expected;
        }
        int minSupport = best.records() <= 1 ? 1 : 2;
        if (best.consistency() < 0.5 || best.support() < minSupport) {
            return expected;
        }
        return best.delimiter();
    }

    private static boolean better(Score a, Score b) {
        double ca = a.consistency();
        double cb = b.consistency();
        if (ca != cb) {
            return ca > cb;
        }
        return ca > 0 && a.width() > b.width();
    }

    private static char[] order(char expected) {
        char[] o = new char[CANDIDATES.length + 1];
        o[0] = expected;
        int n = 1;
        for (char c : CANDIDATES) {
            if (c != expected) {
                o[n++] = c;
            }
        }
        char[] out = new char[n];
        System.arraycopy(o, 0, out, 0, n);
        return out;
    }

    /** Splits the sample with delimiter {@code d} and scores it. */
    static Score score(CharSequence s, boolean complete, char d) {
        int[] widths = new int[MAX_RECORDS];
        int records = 0;
        int i = 0;
        int n = s.length();
        while (i < n && records < MAX_RECORDS) {
            int fields = 1;
            boolean blank = true;
            boolean fieldStart = true;
            boolean ended = false;
            while (i < n) {
                char c = s.charAt(i);
                if (fieldStart && c == '"') {
                    blank = false;
                    i++;
                    // quoted field: up to the closing quote
                    while (i < n) {
                        char q = s.charAt(i++);
                        if (q == '"') {
                            if (i < n && s.charAt(i) == '"') {
                                i++;
                            } else {
                                break;
                            }
                        }
                    }
                    fieldStart = false;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    i++;
                    if (c == '\r' && i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                    ended = true;
                    break;
                }
                i++;
                if (c == d) {
                    fields++;
                    fieldStart = true;
                    blank = false;
                } else {
                    fieldStart = false;
                    if (!Character.isWhitespace(c) && c != '\u3000') {
                        blank = false;
                    }
                }
            }
            if (!ended && !complete) {
                break; // the last record of a cut-off sample may be cut off itself
            }
            if (!blank) {
                widths[records++] = fields;
            }
        }
        int width = 0;
        int support = 0;
        for (int a = 0; a < records; a++) {
            int w = widths[a];
            if (w < 2) {
                continue;
            }
            int count = 0;
            for (int b = 0; b < records; b++) {
                if (widths[b] == w) {
                    count++;
                }
            }
            if (count > support || (count == support && w > width)) {
                support = count;
                width = w;
            }
        }
        return new Score(d, width, support, records);
    }

    /** A delimiter as people read it in messages: {@code tab}, {@code ","}, {@code ";"}. */
    static String display(char d) {
        return d == '\t' ? "tab" : d == ' ' ? "space" : "\"" + d + "\"";
    }
}
