package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.internal.KeyIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSVW run: locates and reads the metadata ("Locating Metadata", "Creating Annotated Tables"),
 * links the foreign keys, processes each table in order, and finally resolves the foreign-key
 * references. Problems are findings in the run's report; an error in the metadata stops the run
 * before the tables are read.
 *
 * <p>Not thread-safe: one per call of {@link CsvwProcessor}.
 */
final class Run {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");

    /** A key index that a foreign key of another table needs from this table. */
    record KeyRequest(List<String> columns, KeyIndex index) {
    }

    /** A foreign key with the referenced table found. */
    record LinkedForeignKey(List<String> columns, int referencedTable, KeyRequest target, Metadata.ForeignKey desc) {
    }

    private record Pending(LinkedForeignKey fk, List<String> key, Location where) {
    }

    final Problems problems;
    final Fetcher fetcher;
    final Names names;
    final int maxFindingsPerColumn;
    final int maxKeys;
    final int maxRowChars;
    private final MetadataReader reader;
    private boolean embeddedOnly;
    private Metadata.Group group;
    private final Map<Integer, List<KeyRequest>> requests = new HashMap<>();
    private final Map<Integer, List<LinkedForeignKey>> foreignKeys = new HashMap<>();
    private final Map<Integer, RowBuilder.KeyIndexHolder> primaryKeys = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private long rows;
    private int tables;

    Run(Problems problems, CsvwResolver resolver, Names names, int maxFindingsPerColumn, int maxKeys, int maxRowChars) {
        this.problems = problems;
        this.names = names;
        this.fetcher = new Fetcher(resolver, problems, names);
        this.reader = new MetadataReader(fetcher, problems, names);
        this.maxFindingsPerColumn = maxFindingsPerColumn;
        this.maxKeys = maxKeys;
        this.maxRowChars = maxRowChars;
    }

    boolean embeddedOnly() {
        return embeddedOnly;
    }

    /** Runs the whole process; rows go to the sink. */
    CsvwResult process(CsvwInput input, Annotated.Sink sink) {
        Optional<Metadata.Group> g = locate(input);
        Report.Builder rb = problems.report();
        if (g.isEmpty() || problems.metadataErrors() > 0) {
            return new CsvwResult(rb.build(), 0, 0, false);
        }
        group = g.get();
        link();
        if (problems.metadataErrors() > 0) {
            return new CsvwResult(rb.build(), 0, 0, false);
        }
        sink.startGroup(new Annotated.Group(group.id(), group.annotations()));
        for (int i = 0; i < group.tables().size(); i++) {
            Metadata.Table t = group.tables().get(i);
            new TableRun(this, group, t, i).run(t.suppressOutput() ? Annotated.NONE : sink);
        }
        sink.endGroup();
        resolveReferences();
        return new CsvwResult(rb.build(), tables, rows, true);
    }

    void tableRows(int index, long n) {
        tables++;
        rows += n;
    }

    // ---- locating metadata

    private Optional<Metadata.Group> locate(CsvwInput input) {
        if (input.metadataUrl().isPresent()) {
            String murl = input.metadataUrl().get();
            Optional<Metadata.Group> um = load(murl, problems);
            if (um.isEmpty() || input.tabularUrl().isEmpty()) {
                return um;
            }
            String turl = input.tabularUrl().get();
            if (!describes(um.get(), turl)) {
                List<Metadata.Table> ts = um.get().tables();
                if (input.applyToTabular() && ts.size() == 1) {
                    problems.add(CsvwRules.METADATA_LOCATION, "csvw.metadata.location.applied",
                            Location.of(names.of(murl)), null, names.of(ts.get(0).url()), names.of(turl));
                    return Optional.of(um.get().withTables(List.of(ts.get(0).withUrl(turl))));
                }
                problems.add(CsvwRules.METADATA_LOCATION, Severity.INFO, "csvw.metadata.location.user",
                        Location.of(names.of(murl)), null, names.of(turl));
            }
            return um;
        }
        String turl = input.tabularUrl().orElseThrow();
        Optional<Fetcher.Found> table = fetcher.require(turl, Location.of(names.of(turl)));
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        List<String> links = table.get().resource().links();
        for (int i = links.size() - 1; i >= 0; i--) {
            describedBy(links.get(i), turl).ifPresent(candidates::add);
        }
        for (String c : candidates) {
            Optional<Metadata.Group> m = tryLocated(c, turl);
            if (m.isPresent()) {
                return m;
            }
        }
        String noFragment = Urls.withoutFragment(turl);
        for (String template : fetcher.resolver().siteWideLocations(noFragment)) {
            String expanded = UriTemplate.of(template.strip()).expand(v -> v.equals("url") ? noFragment : null);
            Optional<Metadata.Group> m = tryLocated(Urls.resolve(noFragment, expanded), turl);
            if (m.isPresent()) {
                return m;
            }
        }
        embeddedOnly = true;
        Metadata.Table t = new Metadata.Table(turl, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                false, Optional.empty(), Metadata.Inherited.NONE, names.of(turl), "");
        return Optional.of(new Metadata.Group(Optional.empty(), List.of(), List.of(t), Optional.empty(),
                Optional.empty(), Optional.empty(), Metadata.Inherited.NONE, names.of(turl)));
    }

    /** The target of a {@code Link} header value with rel describedby and a JSON media type. */
    private static Optional<String> describedBy(String header, String base) {
        Matcher m = LINK.matcher(header.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String params = m.group(2).toLowerCase(java.util.Locale.ROOT);
        Matcher rel = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?").matcher(params);
        Matcher type = Pattern.compile("type\\s*=\\s*\"?([^\";]+)\"?").matcher(params);
        if (!rel.find() || !List.of(rel.group(1).trim().split("\\s+")).contains("describedby")) {
            return Optional.empty();
        }
        if (type.find()) {
            String t = type.group(1).trim();
            if (!t.equals("application/csvm+json") && !t.equals("application/ld+json") && !t.equals("application/json")) {
                return Optional.empty();
            }
        }
        return Optional.of(Urls.resolve(base, m.group(1)));
    }

    /**
     * Reads located metadata: used only if it describes the table (else a warning); its own
     * problems are reported only when it is used.
     */
    private Optional<Metadata.Group> tryLocated(String url, String tableUrl) {
        Optional<Fetcher.Found> found = fetcher.probe(url);
        if (found.isEmpty() || !jsonType(found.get().resource())) {
            return Optional.empty();
        }
        Problems scratch = new Problems(Report.builder(), problems.validating(), Map.of(), java.util.Set.of(), true);
        Optional<Metadata.Group> trial = loadWith(found.get().url(), scratch);
        if (trial.isEmpty() || !describes(trial.get(), tableUrl)) {
            problems.add(CsvwRules.METADATA_LOCATION, "csvw.metadata.location.not-describing",
                    Location.of(names.of(found.get().url())), null, names.of(tableUrl));
            return Optional.empty();
        }
        return load(found.get().url(), problems);
    }

    /**
     * Whether a located document may be metadata: served as JSON, or without a media type (a local
     * file). A server answers {@code FILE.csv?query-metadata.json} with the CSV file itself.
     */
    private static boolean jsonType(CsvwResource r) {
        if (r.contentType().isEmpty()) {
            return true;
        }
        String t = r.contentType().get().toLowerCase(java.util.Locale.ROOT);
        int semi = t.indexOf(';');
        t = (semi < 0 ? t : t.substring(0, semi)).trim();
        return t.equals("application/json") || t.equals("application/ld+json") || t.equals("application/csvm+json")
                || t.endsWith("+json");
    }

    private Optional<Metadata.Group> load(String url, Problems into) {
        return loadWith(url, into);
    }

    private Optional<Metadata.Group> loadWith(String url, Problems into) {
        Fetcher f = into == problems ? fetcher : new Fetcher(fetcher.resolver(), into, names);
        MetadataReader r = into == problems ? reader : new MetadataReader(f, into, names);
        Optional<Fetcher.Found> found = f.require(url, Location.of(names.of(url)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> json = f.json(found.get());
        return json.flatMap(j -> r.read(found.get().url(), j));
    }

    private static boolean describes(Metadata.Group g, String tableUrl) {
        String want = Urls.normalize(Urls.withoutFragment(tableUrl));
        for (Metadata.Table t : g.tables()) {
            if (Urls.normalize(Urls.withoutFragment(t.url())).equals(want)) {
                return true;
            }
        }
        return false;
    }

    // ---- keys

    Metadata.Schema schemaOf(Metadata.Table t) {
        return t.schema().or(group::schema).orElse(null);
    }

    /** Finds the referenced table of every foreign key and checks the referenced columns. */
    private void link() {
        List<Metadata.Table> ts = group.tables();
        for (int i = 0; i < ts.size(); i++) {
            Metadata.Schema s = schemaOf(ts.get(i));
            if (s == null) {
                continue;
            }
            for (Metadata.ForeignKey fk : s.foreignKeys()) {
                Location where = Problems.pointer(fk.source(), fk.pointer());
                int target = -1;
                if (fk.resource().isPresent()) {
                    String want = Urls.normalize(fk.resource().get());
                    for (int k = 0; k < ts.size(); k++) {
                        if (Urls.normalize(ts.get(k).url()).equals(want)) {
                            target = k;
                            break;
                        }
                    }
                } else {
                    int found = 0;
                    for (int k = 0; k < ts.size(); k++) {
                        Metadata.Schema other = schemaOf(ts.get(k));
                        if (other != null && other.id().isPresent()
                                && other.id().get().equals(fk.schemaReference().get())) {
                            target = k;
                            found++;
                        }
                    }
                    if (found > 1) {
                        problems.add(CsvwRules.METADATA_STRUCTURE, "csvw.metadata.structure.schema-reference-many",
                                where, null, fk.schemaReference().get());
                        continue;
                    }
                }
                if (target < 0) {
                    problems.add(CsvwRules.METADATA_STRUCTURE, "csvw.metadata.structure.reference-table", where, null,
                            fk.resource().orElseGet(() -> fk.schemaReference().get()));
                    continue;
                }
                Metadata.Schema ref = schemaOf(ts.get(target));
                List<String> missing = new ArrayList<>();
                for (String c : fk.referencedColumns()) {
                    if (ref == null || ref.columns().stream().noneMatch(x -> x.name().isPresent() && x.name().get().equals(c))) {
                        missing.add(c);
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add(CsvwRules.METADATA_STRUCTURE, "csvw.metadata.structure.column-reference", where, null,
                            "reference/columnReference", String.join(", ", missing));
                    continue;
                }
                KeyRequest req = request(target, fk.referencedColumns());
                foreignKeys.computeIfAbsent(i, x -> new ArrayList<>())
                        .add(new LinkedForeignKey(fk.columns(), target, req, fk));
            }
        }
    }

    private KeyRequest request(int table, List<String> columns) {
        List<KeyRequest> list = requests.computeIfAbsent(table, x -> new ArrayList<>());
        for (KeyRequest r : list) {
            if (r.columns().equals(columns)) {
                return r;
            }
        }
        KeyRequest r = new KeyRequest(List.copyOf(columns), new KeyIndex(maxKeys));
        list.add(r);
        return r;
    }

    List<KeyRequest> keyRequests(int table) {
        return requests.getOrDefault(table, List.of());
    }

    List<LinkedForeignKey> foreignKeys(int table) {
        return foreignKeys.getOrDefault(table, List.of());
    }

    RowBuilder.KeyIndexHolder primaryKey(int table, List<String> columns) {
        return primaryKeys.computeIfAbsent(table, x -> new RowBuilder.KeyIndexHolder(maxKeys));
    }

    void reference(LinkedForeignKey fk, List<String> key, Location where) {
        if (pending.size() < maxKeys) {
            pending.add(new Pending(fk, key, where));
        } else if (pending.size() == maxKeys) {
            problems.add(CsvwRules.FOREIGN_KEY, Severity.WARNING, "csvw.foreign-key.limit", where, null, maxKeys);
            pending.add(null);
        }
    }

    private void resolveReferences() {
        Map<String, Integer> perSource = new HashMap<>();
        for (Pending p : pending) {
            if (p == null) {
                continue;
            }
            KeyIndex target = p.fk().target().index();
            int n = target.count(p.key());
            if (n == 1 || (n == 0 && target.full())) {
                continue;
            }
            String referenced = names.of(group.tables().get(p.fk().referencedTable()).url());
            int seen = perSource.merge(p.where().source() + "#" + p.fk().desc().pointer(), 1, Integer::sum);
            if (maxFindingsPerColumn > 0 && seen > maxFindingsPerColumn) {
                continue;
            }
            problems.add(CsvwRules.FOREIGN_KEY, n == 0 ? "csvw.foreign-key.missing" : "csvw.foreign-key.many", p.where(),
                    String.join(", ", p.key()), String.join(", ", p.fk().columns()), referenced,
                    String.join(", ", p.fk().target().columns()));
        }
        for (Map.Entry<String, Integer> e : perSource.entrySet()) {
            if (maxFindingsPerColumn > 0 && e.getValue() > maxFindingsPerColumn) {
                String src = e.getKey().substring(0, e.getKey().lastIndexOf('#'));
                problems.add(CsvwRules.FOREIGN_KEY, "csvw.more", Location.of(src), null,
                        e.getValue() - maxFindingsPerColumn, CsvwRules.FOREIGN_KEY);
            }
        }
    }
}
