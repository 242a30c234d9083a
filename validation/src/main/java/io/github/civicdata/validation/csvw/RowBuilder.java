package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the strings of one row into the cells of the annotated table: "Parsing Cells" (whitespace,
 * default, null, separator, datatype and format, constraints), then the about, property and value
 * URLs from the URI templates with the row's values, the row titles, and the primary and foreign
 * keys of the row.
 *
 * <p>Not thread-safe: one per table.
 */
final class RowBuilder {

    /** The parsed value of one cell. */
    private record Parsed(List<Annotated.Value> values, boolean list, boolean isNull) {
    }

    private final Run run;
    private final Metadata.Table table;
    private final List<Col> columns;
    private final String source;
    private final String tableUrl;
    private final Map<String, Col> byName = new HashMap<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{2,}");

    RowBuilder(Run run, Metadata.Table table, List<Col> columns, String source) {
        this.run = run;
        this.table = table;
        this.columns = columns;
        this.source = source;
        this.tableUrl = table.url();
        for (Col c : columns) {
            if (c.explicitName) {
                byName.putIfAbsent(c.name, c);
            }
        }
    }

    Annotated.Row row(List<String> cells, long number, long sourceNumber, long line, TableRun t, int skipColumns) {
        int n = columns.size();
        Parsed[] parsed = new Parsed[n];
        for (int i = 0; i < n; i++) {
            Col c = columns.get(i);
            String raw = c.virtual || i >= cells.size() ? "" : cells.get(i);
            Supplier<Location> where = () -> Location.cell(source, line, number, c.number, c.header());
            parsed[i] = parse(c, raw, where, t);
        }
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Col c = columns.get(i);
            Parsed p = parsed[i];
            Object v;
            if (p.isNull()) {
                v = null;
            } else if (p.list()) {
                List<String> items = new ArrayList<>();
                for (Annotated.Value x : p.values()) {
                    items.add(x.literal());
                }
                v = items;
            } else {
                v = p.values().isEmpty() ? null : p.values().get(0).literal();
            }
            vars.putIfAbsent(c.name, v);
        }
        vars.put("_row", String.valueOf(number));
        vars.put("_sourceRow", String.valueOf(sourceNumber));
        List<Annotated.Cell> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Col c = columns.get(i);
            if (c.suppressOutput) {
                continue;
            }
            Parsed p = parsed[i];
            Function<String, Object> local = v -> switch (v) {
                case "_column" -> String.valueOf(c.number);
                case "_sourceColumn" -> c.virtual ? null : String.valueOf(c.sourceNumber);
                case "_name" -> Urls.decode(c.name);
                default -> vars.get(v);
            };
            String about = url(c.aboutUrl, local);
            String property = url(c.propertyUrl, local);
            String value = p.isNull() && !c.virtual ? null : url(c.valueUrl, local);
            out.add(new Annotated.Cell(c.name, about, property, value, p.values(), p.list(), c.ordered));
        }
        keys(parsed, number, line, t);
        return new Annotated.Row(tableUrl, number, sourceNumber, titles(parsed), out);
    }

    private String url(UriTemplate t, Function<String, Object> vars) {
        if (t == null) {
            return null;
        }
        String expanded = t.expand(vars);
        return Urls.resolve(tableUrl, Vocab.expandPrefixed(expanded));
    }

    private Parsed parse(Col c, String raw, Supplier<Location> where, TableRun t) {
        String base = c.datatype.base;
        String s = raw;
        if (!Datatypes.keepsWhitespace(base)) {
            s = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        }
        if (!Datatypes.keepsSpaces(base)) {
            s = SPACES.matcher(s.strip()).replaceAll(" ");
        }
        if (s.isEmpty()) {
            s = c.dflt;
        }
        if (c.separator != null) {
            if (s.isEmpty()) {
                if (c.required) {
                    t.cellProblem(CsvwRules.REQUIRED, CsvwRules.REQUIRED, where.get(), c.number, raw);
                }
                return new Parsed(List.of(), true, false);
            }
            if (c.nulls.contains(s)) {
                return new Parsed(List.of(), true, true);
            }
            List<Annotated.Value> values = new ArrayList<>();
            for (String item : split(s, c.separator)) {
                String x = "string".equals(base) || "anyAtomicType".equals(base) ? item : item.strip();
                if (x.isEmpty()) {
                    x = c.dflt;
                }
                if (c.nulls.contains(x)) {
                    continue;
                }
                values.add(value(c, x, where, t));
            }
            return new Parsed(values, true, false);
        }
        if (c.nulls.contains(s)) {
            if (c.required) {
                t.cellProblem(CsvwRules.REQUIRED, CsvwRules.REQUIRED, where.get(), c.number, raw);
            }
            return new Parsed(List.of(), false, true);
        }
        return new Parsed(List.of(value(c, s, where, t)), false, false);
    }

    private static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private Annotated.Value value(Col c, String s, Supplier<Location> where, TableRun t) {
        Datatype d = c.datatype;
        Datatype.Parsed p = d.parse(s);
        boolean stringy = "string".equals(d.base) || !c.typed;
        String lang = stringy && !"und".equals(c.lang) ? c.lang : null;
        if (!p.valid()) {
            t.cellProblem(p.rule(), p.key(), where.get(), c.number, s, p.args());
            return new Annotated.Value(s, lang != null ? Vocab.RDF + "langString" : Vocab.XSD + "string", lang,
                    Annotated.JsonKind.STRING);
        }
        String iri = d.iri();
        if (lang != null && d.id == null) {
            iri = Vocab.RDF + "langString";
        } else {
            lang = null;
        }
        Datatypes.Family f = Datatypes.family(d.base);
        Annotated.JsonKind kind = f == Datatypes.Family.BOOLEAN ? Annotated.JsonKind.BOOLEAN
                : (f == Datatypes.Family.DECIMAL || f == Datatypes.Family.FLOATING) && isFinite(p.literal())
                        ? Annotated.JsonKind.NUMBER : Annotated.JsonKind.STRING;
        return new Annotated.Value(p.literal(), iri, lang, kind);
    }

    private static boolean isFinite(String literal) {
        return !literal.equals("NaN") && !literal.endsWith("INF");
    }

    private List<Annotated.Title> titles(Parsed[] parsed) {
        Metadata.Schema schema = run.schemaOf(table);
        if (schema == null || schema.rowTitles().isEmpty()) {
            return List.of();
        }
        List<Annotated.Title> out = new ArrayList<>();
        for (String name : schema.rowTitles()) {
            Col c = byName.get(name);
            if (c == null) {
                continue;
            }
            for (Annotated.Value v : parsed[c.number - 1].values()) {
                out.add(new Annotated.Title(v.literal(), v.lang() == null ? "und" : v.lang()));
            }
        }
        return out;
    }

    private void keys(Parsed[] parsed, long number, long line, TableRun t) {
        Metadata.Schema schema = run.schemaOf(table);
        if (schema == null) {
            return;
        }
        if (!schema.primaryKey().isEmpty()) {
            List<String> key = key(schema.primaryKey(), parsed, true);
            if (key != null) {
                KeyIndexHolder pk = run.primaryKey(t.index(), schema.primaryKey());
                if (!pk.index().add(key, number)) {
                    t.cellProblem(CsvwRules.PRIMARY_KEY, CsvwRules.PRIMARY_KEY, Location.row(source, line, number), 0,
                            String.join(", ", key), String.join(", ", schema.primaryKey()),
                            pk.index().firstRow(key));
                } else if (pk.index().full()) {
                    pk.reportFull(run, source);
                }
            }
        }
        for (Run.KeyRequest req : run.keyRequests(t.index())) {
            List<String> key = key(req.columns(), parsed, true);
            if (key != null) {
                req.index().add(key, number);
            }
        }
        List<Run.LinkedForeignKey> fks = run.foreignKeys(t.index());
        for (Run.LinkedForeignKey fk : fks) {
            // a null referencing cell references no row: a violation, as the W3C suite (test034) has it
            List<String> key = key(fk.columns(), parsed, true);
            if (key != null) {
                run.reference(fk, key, Location.row(source, line, number));
            }
        }
    }

    /** The values of named columns, or null when one of them is null (no key then). */
    private List<String> key(List<String> names, Parsed[] parsed, boolean nullAsEmpty) {
        List<String> key = new ArrayList<>(names.size());
        for (String name : names) {
            Col c = byName.get(name);
            if (c == null) {
                return null;
            }
            Parsed p = parsed[c.number - 1];
            if (p.isNull() || p.values().isEmpty()) {
                if (!nullAsEmpty) {
                    return null;
                }
                key.add("");
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (Annotated.Value v : p.values()) {
                if (sb.length() > 0) {
                    sb.append('\u001f');
                }
                sb.append(v.literal());
            }
            key.add(sb.toString());
        }
        return key;
    }

    /** A key index with the finding made once when it fills up. */
    static final class KeyIndexHolder {
        private final io.github.civicdata.validation.internal.KeyIndex index;
        private boolean reported;

        KeyIndexHolder(int max) {
            this.index = new io.github.civicdata.validation.internal.KeyIndex(max);
        }

        io.github.civicdata.validation.internal.KeyIndex index() {
            return index;
        }

        void reportFull(Run run, String source) {
            if (!reported) {
                reported = true;
                run.problems.add(CsvwRules.PRIMARY_KEY, io.github.civicdata.core.Severity.WARNING, "csvw.primary-key.limit",
                        Location.of(source), null, run.maxKeys);
            }
        }
    }
}
