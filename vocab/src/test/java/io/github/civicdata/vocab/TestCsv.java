package io.github.civicdata.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small quote-aware CSV reader for test resources (records as header → value maps). */
public final class TestCsv {

    private TestCsv() {
    }

    public static List<Map<String, String>> read(String resource) throws IOException {
        try (InputStream in = TestCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (q) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        q = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    q = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    f.append(c);
                }
            }
            if (f.length() > 0 || !row.isEmpty()) {
                row.add(f.toString());
                rows.add(row);
            }
            List<String> header = rows.get(0);
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    m.put(header.get(k), k < r.size() ? r.get(k) : "");
                }
                out.add(m);
            }
            return out;
        }
    }
}
