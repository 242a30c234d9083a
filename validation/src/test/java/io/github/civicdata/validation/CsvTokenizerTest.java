package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    record Rec(long line, List<String> fields, List<Integer> flags, int terminator, int recordFlags) {
    }

    static List<Rec> parse(String text, int chunk, int maxColumns, int maxField, int maxLine) throws IOException {
        int[] pos = {0};
        CsvTokenizer t = new CsvTokenizer((dst, off, len) -> {
            if (pos[0] >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), text.length() - pos[0]);
            text.getChars(pos[0], pos[0] + n, dst, off);
            pos[0] += n;
            return n;
        }, ',');
        RecordView r = new RecordView(maxColumns, maxField, maxLine);
        List<Rec> out = new ArrayList<>();
        while (t.next(r)) {
            List<String> f = new ArrayList<>();
            List<Integer> fl = new ArrayList<>();
            for (int i = 0; i < r.size; i++) {
                f.add(r.text(i));
                fl.add(r.flags[i]);
            }
            out.add(new Rec(r.line, f, fl, r.terminator, r.recordFlags));
        }
        return out;
    }

    static List<Rec> parse(String text) throws IOException {
        return parse(text, 1 << 16, 100, 1000, 10000);
    }

    @Test
    void plainQuotedAndEscaped() throws IOException {
        List<Rec> r = parse("a,b,c\r\n\"x,y\",\"he said \"\"hi\"\"\",\r\n");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(r.get(1).fields()).containsExactly("x,y", "he said \"hi\"", "");
        assertThat(r.get(1).flags().get(0) & RecordView.F_QUOTED).isNotZero();
        assertThat(r.get(1).terminator()).isEqualTo(RecordView.T_CRLF);
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() throws IOException {
        List<Rec> r = parse("h1,h2\n\"a\nb\r\nc\",d\ne,f");
        assertThat(r).extracting(Rec::line).containsExactly(1L, 2L, 5L);
        assertThat(r.get(1).fields().get(0)).isEqualTo("a\nb\r\nc");
        assertThat(r.get(1).flags().get(0) & RecordView.F_NEWLINE).isNotZero();
        assertThat(r.get(2).terminator()).isEqualTo(RecordView.T_EOF);
    }

    @Test
    void blankLinesAreRecordsAndTheFinalNewlineIsNot() throws IOException {
        List<Rec> r = parse("a\n\n\nb\n");
        assertThat(r).extracting(x -> x.fields().get(0)).containsExactly("a", "", "", "b");
        assertThat(parse("")).isEmpty();
        assertThat(parse("\n")).hasSize(1);
    }

    @Test
    void quotingProblemsAreFlaggedNotFatal() throws IOException {
        List<Rec> r = parse("a\"b,\"c\"d,\"open\nrest");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).fields()).containsExactly("a\"b", "cd", "open\nrest");
        assertThat(r.get(0).flags().get(0) & RecordView.F_STRAY_QUOTE).isNotZero();
        assertThat(r.get(0).flags().get(1) & RecordView.F_AFTER_QUOTE).isNotZero();
        assertThat(r.get(0).flags().get(2) & RecordView.F_UNTERMINATED).isNotZero();
    }

    @Test
    void tinyBuffersGiveTheSameRecords() throws IOException {
        String text = "名称,\"住所\r\n２丁目\",電話\r\n\"a\"\"b\",,\"\"\r\nlast,\"q\"\r\r\nx";
        assertThat(parse(text, 1, 100, 1000, 10000)).isEqualTo(parse(text));
        assertThat(parse(text, 3, 100, 1000, 10000)).isEqualTo(parse(text));
    }

    @Test
    void crOnlyAndMixedTerminatorsAreCounted() throws IOException {
        int[] pos = {0};
        String text = "a\rb\nc\r\nd";
        CsvTokenizer t = new CsvTokenizer((dst, off, len) -> {
            if (pos[0] >= text.length()) {
                return -1;
            }
            dst[off] = text.charAt(pos[0]++);
            return 1;
        }, ',');
        RecordView r = new RecordView(10, 100, 100);
        int n = 0;
        while (t.next(r)) {
            n++;
        }
        assertThat(n).isEqualTo(4);
        assertThat(t.terminators[RecordView.T_CR]).isEqualTo(1);
        assertThat(t.terminators[RecordView.T_LF]).isEqualTo(1);
        assertThat(t.terminators[RecordView.T_CRLF]).isEqualTo(1);
        assertThat(t.firstTerminatorLine[RecordView.T_LF]).isEqualTo(2);
    }

    @Test
    void limitsTruncateAndFlagButKeepParsing() throws IOException {
        List<Rec> r = parse("abcdefghij,x\n1,2,3,4,5\nok,ok\n", 4, 3, 5, 100);
        assertThat(r).hasSize(3);
        assertThat(r.get(0).fields().get(0)).isEqualTo("abcde");
        assertThat(r.get(0).flags().get(0) & RecordView.F_TRUNCATED).isNotZero();
        assertThat(r.get(1).fields()).containsExactly("1", "2", "3");
        assertThat(r.get(1).recordFlags() & RecordView.R_TOO_MANY_COLUMNS).isNotZero();
        assertThat(r.get(2).fields()).containsExactly("ok", "ok");
        List<Rec> longLine = parse("aaaa,bbbb,cccc\n", 4, 10, 100, 6);
        assertThat(longLine.get(0).recordFlags() & RecordView.R_LINE_TOO_LONG).isNotZero();
    }
}
