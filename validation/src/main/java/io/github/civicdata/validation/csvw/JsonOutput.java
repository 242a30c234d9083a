package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the annotated tables as JSON, as "Generating JSON from Tabular Data on the Web" specifies:
 * standard mode (an object with the group's annotations and its tables, each with its rows and what
 * they describe) or minimal mode (an array of the objects the rows describe), objects nested when a
 * cell's value URL names another subject of the same row. Notes and common properties are copied
 * by the specification's "JSON-LD to JSON" rules. Streams through Jackson's generator: one row in
 * memory at a time.
 *
 * <p>Not thread-safe: one per conversion.
 */
final class JsonOutput implements Annotated.Sink {

    private static final String RDFS_COMMENT = "rdfs:comment";

    private final JsonGenerator gen;
    private final boolean minimal;
    private final List<JsonNode> deferredComments = new ArrayList<>();

    JsonOutput(Writer out, boolean minimal) {
        try {
            this.gen = JsonDocs.MAPPER.getFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gen.useDefaultPrettyPrinter();
        gen.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        this.minimal = minimal;
    }

    @FunctionalInterface
    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startGroup(Annotated.Group g) {
        io(() -> {
            if (minimal) {
                gen.writeStartArray();
                return;
            }
            gen.writeStartObject();
            if (g.id().isPresent()) {
                gen.writeStringField("@id", g.id().get());
            }
            for (Metadata.Annotation a : g.annotations()) {
                gen.writeFieldName(a.name());
                jsonLd(a.value());
            }
            gen.writeArrayFieldStart("tables");
        });
    }

    @Override
    public void startTable(Annotated.Table t) {
        if (minimal) {
            return;
        }
        io(() -> {
            gen.writeStartObject();
            if (t.id().isPresent()) {
                gen.writeStringField("@id", t.id().get());
            }
            gen.writeStringField("url", t.url());
            deferredComments.clear();
            for (Metadata.Annotation a : t.annotations()) {
                if (a.name().equals(RDFS_COMMENT)) {
                    deferredComments.add(a.value());
                    continue;
                }
                gen.writeFieldName(a.name());
                jsonLd(a.value());
            }
            gen.writeArrayFieldStart("row");
        });
    }

    @Override
    public void endTable(List<String> comments) {
        if (minimal) {
            return;
        }
        io(() -> {
            gen.writeEndArray();
            List<Object> all = new ArrayList<>();
            for (JsonNode c : deferredComments) {
                if (c.isArray()) {
                    c.forEach(all::add);
                } else {
                    all.add(c);
                }
            }
            all.addAll(comments);
            if (!all.isEmpty()) {
                gen.writeFieldName(RDFS_COMMENT);
                if (all.size() > 1) {
                    gen.writeStartArray();
                }
                for (Object o : all) {
                    if (o instanceof JsonNode n) {
                        jsonLd(n);
                    } else {
                        gen.writeString((String) o);
                    }
                }
                if (all.size() > 1) {
                    gen.writeEndArray();
                }
            }
            gen.writeEndObject();
        });
    }

    @Override
    public void endGroup() {
        io(() -> {
            if (minimal) {
                gen.writeEndArray();
            } else {
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.flush();
        });
    }

    @Override
    public void row(Annotated.Row r) {
        io(() -> {
            List<Map<String, Object>> roots = objects(r);
            if (minimal) {
                for (Map<String, Object> o : roots) {
                    write(o);
                }
                return;
            }
            gen.writeStartObject();
            gen.writeStringField("url", Urls.withoutFragment(r.tableUrl()) + "#row=" + r.sourceNumber());
            gen.writeNumberField("rownum", r.number());
            if (!r.titles().isEmpty()) {
                gen.writeFieldName("titles");
                if (r.titles().size() == 1) {
                    gen.writeString(r.titles().get(0).value());
                } else {
                    gen.writeStartArray();
                    for (Annotated.Title t : r.titles()) {
                        gen.writeString(t.value());
                    }
                    gen.writeEndArray();
                }
            }
            gen.writeArrayFieldStart("describes");
            for (Map<String, Object> o : roots) {
                write(o);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    /** A value of an object: a JSON primitive, a nested object, or the value URL a nesting may replace. */
    private record Entry(String name, Object value, String valueUrl) {
    }

    /** "Generating Objects" and "Generating Nested Objects" for one row. */
    private static List<Map<String, Object>> objects(Annotated.Row r) {
        List<String> subjects = new ArrayList<>();
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        Map<String, Integer> urlCount = new HashMap<>();
        for (Annotated.Cell c : r.cells()) {
            if (c.valueUrl() != null) {
                urlCount.merge(c.valueUrl(), 1, Integer::sum);
            }
        }
        for (Annotated.Cell c : r.cells()) {
            String key = c.aboutUrl() == null ? "" : c.aboutUrl();
            boolean hasValue = c.valueUrl() != null || !c.values().isEmpty();
            if (!entries.containsKey(key)) {
                entries.put(key, new ArrayList<>());
            }
            if (!hasValue) {
                continue;
            }
            if (!subjects.contains(key)) {
                subjects.add(key);
            }
            String name = c.propertyUrl() != null ? Vocab.compact(c.propertyUrl()) : Urls.decode(c.name());
            if (c.valueUrl() != null) {
                String v = "@type".equals(name) ? Vocab.compact(c.valueUrl()) : c.valueUrl();
                entries.get(key).add(new Entry(name, v, c.valueUrl()));
            } else if (c.list()) {
                List<Object> items = new ArrayList<>();
                for (Annotated.Value v : c.values()) {
                    items.add(json(v));
                }
                entries.get(key).add(new Entry(name, items, null));
            } else {
                entries.get(key).add(new Entry(name, json(c.values().get(0)), null));
            }
        }
        // nesting: a subject whose @id is the (unique) value URL of another subject's cell goes inside it
        Map<String, String> parent = new HashMap<>();
        List<String> roots = new ArrayList<>();
        java.util.Set<String> inForest = new java.util.HashSet<>();
        Map<String, Map<Integer, String>> replace = new HashMap<>();
        for (String s : subjects) {
            if (inForest.add(s)) {
                roots.add(s);
            }
            List<Entry> es = entries.get(s);
            for (int k = 0; k < es.size(); k++) {
                String vurl = es.get(k).valueUrl();
                if (vurl == null || urlCount.getOrDefault(vurl, 0) != 1 || vurl.equals(s)) {
                    continue;
                }
                if (!subjects.contains(vurl) || vurl.isEmpty()) {
                    continue;
                }
                if (root(s, parent).equals(vurl)) {
                    continue;
                }
                if (inForest.contains(vurl)) {
                    if (!roots.contains(vurl)) {
                        continue;
                    }
                    roots.remove(vurl);
                } else {
                    inForest.add(vurl);
                }
                parent.put(vurl, s);
                replace.computeIfAbsent(s, x -> new HashMap<>()).put(k, vurl);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String s : roots) {
            out.add(build(s, entries, replace, new java.util.HashSet<>()));
        }
        return out;
    }

    private static String root(String s, Map<String, String> parent) {
        String r = s;
        int guard = 0;
        while (parent.containsKey(r) && guard++ < 10_000) {
            r = parent.get(r);
        }
        return r;
    }

    private static Map<String, Object> build(String s, Map<String, List<Entry>> entries,
            Map<String, Map<Integer, String>> replace, java.util.Set<String> path) {
        path.add(s);
        Map<String, Object> o = new LinkedHashMap<>();
        if (!s.isEmpty()) {
            o.put("@id", s);
        }
        List<Entry> es = entries.getOrDefault(s, List.of());
        Map<Integer, String> rep = replace.getOrDefault(s, Map.of());
        for (int k = 0; k < es.size(); k++) {
            Entry e = es.get(k);
            Object v = e.value();
            String child = rep.get(k);
            if (child != null && !path.contains(child)) {
                v = build(child, entries, replace, path);
            }
            add(o, e.name(), v);
        }
        path.remove(s);
        return o;
    }

    /** Adds a name-value pair, merging repeated names into one flat array. */
    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> o, String name, Object v) {
        Object old = o.get(name);
        if (old == null) {
            o.put(name, v);
            return;
        }
        List<Object> merged = new ArrayList<>();
        if (old instanceof List<?> l && !(old instanceof MergedList)) {
            merged.addAll(l);
        } else if (old instanceof MergedList m) {
            merged.addAll(m.items);
        } else {
            merged.add(old);
        }
        if (v instanceof List<?> l) {
            merged.addAll(l);
        } else {
            merged.add(v);
        }
        o.put(name, new MergedList(merged));
    }

    private record MergedList(List<Object> items) {
    }

    private static Object json(Annotated.Value v) {
        switch (v.json()) {
            case NUMBER:
                try {
                    return new BigDecimal(v.literal().startsWith("+") ? v.literal().substring(1) : v.literal());
                } catch (NumberFormatException e) {
                    return v.literal();
                }
            case BOOLEAN:
                return Boolean.valueOf(v.literal());
            default:
                return v.literal();
        }
    }

    @SuppressWarnings("unchecked")
    private void write(Object o) throws IOException {
        if (o instanceof Map<?, ?> m) {
            gen.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                gen.writeFieldName(e.getKey());
                write(e.getValue());
            }
            gen.writeEndObject();
        } else if (o instanceof MergedList m) {
            write(m.items());
        } else if (o instanceof List<?> l) {
            gen.writeStartArray();
            for (Object x : l) {
                write(x);
            }
            gen.writeEndArray();
        } else if (o instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (o instanceof Boolean b) {
            gen.writeBoolean(b);
        } else {
            gen.writeString(String.valueOf(o));
        }
    }

    /** "JSON-LD to JSON" of csv2json for notes and common properties. */
    private void jsonLd(JsonNode v) throws IOException {
        if (v.isArray()) {
            gen.writeStartArray();
            for (JsonNode x : v) {
                jsonLd(x);
            }
            gen.writeEndArray();
        } else if (v.isObject() && v.has("@value")) {
            gen.writeTree(v.get("@value"));
        } else if (v.isObject() && v.size() == 1 && v.has("@id")) {
            gen.writeString(v.get("@id").asText());
        } else if (v.isObject()) {
            gen.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                gen.writeFieldName(e.getKey());
                if (e.getKey().equals("@type")) {
                    JsonNode t = e.getValue();
                    if (t.isArray()) {
                        gen.writeStartArray();
                        for (JsonNode x : t) {
                            gen.writeString(Vocab.compact(Vocab.expand(x.asText())));
                        }
                        gen.writeEndArray();
                    } else {
                        gen.writeString(Vocab.compact(Vocab.expand(t.asText())));
                    }
                } else {
                    jsonLd(e.getValue());
                }
            }
            gen.writeEndObject();
        } else {
            gen.writeTree(v);
        }
    }
}
