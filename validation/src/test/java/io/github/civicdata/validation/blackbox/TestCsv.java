package io.github.civicdata.validation.blackbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer for tests that edit files cell by cell: records with the
 * physical line each starts on. Written apart from the validator's tokenizer on purpose.
 */
final class TestCsv {

    /** One record: its fields and the 1-based line it starts on. */
    record Row(List<String> fields, long line) {
        Row {
            fields = new ArrayList<>(fields);
        }
    }

    private TestCsv() {
    }

    static List<Row> parse(String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        long line = 1;
        long start = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
                        line++;
                    }
                    cur.append(c);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                fields.add(cur.toString());
                cur.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(cur.toString());
                rows.add(new Row(fields, start));
                fields = new ArrayList<>();
                cur.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any || cur.length() > 0) {
            fields.add(cur.toString());
            rows.add(new Row(fields, start));
        }
        return rows;
    }

    static String write(List<Row> rows, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            for (int i = 0; i < r.fields().size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                String f = r.fields().get(i);
                if (f.indexOf('"') >= 0 || f.indexOf(delimiter) >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                    sb.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(f);
                }
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }
}
