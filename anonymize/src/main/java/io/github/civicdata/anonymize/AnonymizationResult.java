package io.github.civicdata.anonymize;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an {@link Anonymizer} produced: the output table, the chosen level per quasi-identifier,
 * the suppressed records, every loss metric and the risk before and after, as values, as a JSON
 * report ({@link #toJson()}) and as a text summary ({@link #summary(Locale)}).
 *
 * <p>{@code inputRows() == outputRows() + suppressedRows()} always.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AnonymizationResult r = anonymizer.anonymize(table);
 * r.output().write(Path.of("out.csv"), CsvOptions.defaults());
 * Files.writeString(Path.of("report.json"), r.toJson());
 * System.out.println(r.summary(Locale.JAPANESE));
 * }</pre>
 */
public final class AnonymizationResult {

    /** Rule ids of the findings in {@link #report()}. */
    static final RuleInfo SUPPRESSED = RuleInfo.of("anon.suppressed", Severity.INFO);
    static final RuleInfo GENERALISED = RuleInfo.of("anon.generalised", Severity.INFO);
    static final RuleInfo RISK_ABOVE = RuleInfo.of("anon.risk-above-threshold", Severity.WARNING);
    static final RuleInfo REPLACED = RuleInfo.of("anon.replaced", Severity.INFO);

    private final String source;
    private final Release release;
    private final Map<String, PseudonymMapper> pseudonyms;
    private final Map<String, AttributeRole> roles;
    private final List<UniqueDescriptions.Description> unique;
    private final long populationUnmatched;
    private final long populationSmaller;
    private volatile Table output;
    private final long inputRows;
    private final long blankLines;
    private final long suppressedRows;
    private final int[] suppressedRowNumbers;
    private final boolean rowNumbersRecorded;
    private final Map<String, Integer> levels;
    private final Map<String, Integer> heights;
    private final Metric metric;
    private final Map<String, Double> loss;
    private final Map<String, Double> lossPerAttribute;
    private final RiskProfile before;
    private final RiskProfile after;
    private final long checked;
    private final boolean heuristic;
    private final boolean optimal;
    private final double lowerBound;
    private final double bestValue;
    private final long latticeSize;
    private final long searchMillis;
    private final List<PrivacyModel> models;
    private final double suppressionLimit;
    private final int classes;
    private final Report report;

    private AnonymizationResult(Builder b) {
        this.source = b.source;
        this.release = b.release;
        this.pseudonyms = b.pseudonyms;
        this.roles = b.roles;
        this.unique = List.copyOf(b.unique);
        this.populationUnmatched = b.populationUnmatched;
        this.populationSmaller = b.populationSmaller;
        this.inputRows = b.inputRows;
        this.blankLines = b.blankLines;
        this.suppressedRows = b.suppressedRows;
        this.suppressedRowNumbers = b.suppressedRowNumbers;
        this.rowNumbersRecorded = b.rowNumbersRecorded;
        this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(b.levels));
        this.heights = Collections.unmodifiableMap(new LinkedHashMap<>(b.heights));
        this.metric = b.metric;
        this.loss = Collections.unmodifiableMap(new LinkedHashMap<>(b.loss));
        this.lossPerAttribute = Collections.unmodifiableMap(new LinkedHashMap<>(b.lossPerAttribute));
        this.before = b.before;
        this.after = b.after;
        this.checked = b.checked;
        this.heuristic = b.heuristic;
        this.optimal = b.optimal;
        this.lowerBound = b.lowerBound;
        this.bestValue = b.bestValue;
        this.latticeSize = b.latticeSize;
        this.searchMillis = b.searchMillis;
        this.models = b.models;
        this.suppressionLimit = b.suppressionLimit;
        this.classes = b.classes;
        this.report = buildReport();
        if (inputRows != release.kept() + suppressedRows) {
            throw new IllegalStateException("rows lost: " + inputRows + " != " + release.kept() + " + " + suppressedRows);
        }
    }

    /** The released classes' journalist risk from the population table (generalised to the released levels). */
    private static RiskProfile populationRisk(Anonymizer a, Problem p, Evaluator ev, int[] node, RiskProfile after,
            int[] afterSizes, int good, Builder b) {
        PopulationTable pop = a.population().orElseThrow();
        List<String> qis = a.quasiIdentifiers();
        List<Hierarchy> hs = new java.util.ArrayList<>();
        for (String q : qis) {
            hs.add(a.hierarchy(q));
        }
        long[] unmatched = new long[1];
        Map<List<String>, Long> byValues = pop.byReleasedValues(qis, hs, node, unmatched);
        long[] f = new long[good];
        int i = 0;
        long smaller = 0;
        for (int c = 0; c < ev.classes; c++) {
            if (ev.cBad[c]) {
                continue;
            }
            List<String> key = new java.util.ArrayList<>(qis.size());
            int rep = ev.cRep[c];
            for (int q = 0; q < qis.size(); q++) {
                key.add(p.labels[q][node[q]][p.gen[q][node[q]][p.tuples.code(rep, q)]]);
            }
            long pf = byValues.getOrDefault(key, 0L);
            if (pf < afterSizes[i]) {
                // the population table has fewer people than the sample: count the sample (conservative)
                smaller++;
                pf = afterSizes[i];
            }
            f[i++] = pf;
        }
        b.populationUnmatched = unmatched[0];
        b.populationSmaller = smaller;
        return after.withPopulation(afterSizes, f, good);
    }

    private static final class Builder {
        String source;
        Release release;
        Map<String, PseudonymMapper> pseudonyms = new LinkedHashMap<>();
        Map<String, AttributeRole> roles;
        List<UniqueDescriptions.Description> unique = new java.util.ArrayList<>();
        long populationUnmatched;
        long populationSmaller;
        long inputRows;
        long blankLines;
        long suppressedRows;
        int[] suppressedRowNumbers = new int[0];
        boolean rowNumbersRecorded;
        Map<String, Integer> levels;
        Map<String, Integer> heights = new LinkedHashMap<>();
        Metric metric;
        Map<String, Double> loss = new LinkedHashMap<>();
        Map<String, Double> lossPerAttribute = new LinkedHashMap<>();
        RiskProfile before;
        RiskProfile after;
        long checked;
        boolean heuristic;
        boolean optimal;
        double lowerBound;
        double bestValue;
        long latticeSize;
        long searchMillis;
        List<PrivacyModel> models;
        double suppressionLimit;
        int classes;
    }

    static AnonymizationResult build(Anonymizer a, Table table, Problem p, LatticeSearch s, long searchNanos,
            boolean recordRows, double threshold) {
        int[] node = s.best();
        // reuse the search's evaluator (its cache is dropped): memory for one evaluator only
        Evaluator ev = s.evaluator();
        ev.clearCache();
        int[] zero = new int[p.qiCount];
        ev.evaluate(zero);
        RiskProfile before = RiskProfile.ofClassSizes(ev.cSize, ev.classes, threshold);
        int[] tupleClass = ev.tupleClasses(node);
        int[] rowTuple = p.tuples.rowTuple;
        int n = p.n;
        long[] suppressedBits = new long[(n >>> 6) + 1];
        int suppressed = 0;
        int[] supRows = new int[recordRows ? Math.max(0, (int) ev.suppressed) : 0];
        for (int r = 0; r < n; r++) {
            if (ev.cBad[tupleClass[rowTuple[r]]]) {
                suppressedBits[r >>> 6] |= 1L << r;
                if (recordRows) {
                    supRows[suppressed] = r + 1;
                }
                suppressed++;
            }
        }
        Builder b = new Builder();
        b.source = table.source();
        // roles in the file's column order (the anonymiser's map has no order), for replacements()
        Map<String, AttributeRole> ordered = new LinkedHashMap<>();
        for (String column : table.sourceHeader()) {
            AttributeRole role = a.roles().get(column);
            if (role != null) {
                ordered.put(column, role);
            }
        }
        b.roles = java.util.Collections.unmodifiableMap(ordered);
        b.release = new Release(table, a.actions(p, node, b.pseudonyms), suppressedBits);
        // 特異な記述等 left in what is released
        UniqueDescriptions detector = a.uniqueDescriptions(p.k);
        for (int c = 0; c < table.columnCount(); c++) {
            Object[] vc = b.release.releasedCounts(c);
            if (vc != null) {
                b.unique.addAll(detector.detect(table.header().get(c), (String[]) vc[0], (long[]) vc[1]));
            }
        }
        b.inputRows = n;
        b.blankLines = table.blankLines();
        b.suppressedRows = suppressed;
        b.suppressedRowNumbers = supRows;
        b.rowNumbersRecorded = recordRows;
        b.levels = Anonymizer.levels(p, node);
        for (int q = 0; q < p.qiCount; q++) {
            b.heights.put(p.qiNames[q], p.levels[q] - 1);
        }
        b.metric = p.metric;
        // every metric for the chosen transformation
        double[] perAttr = ev.lossPerAttribute(node);
        b.loss.put("loss", Problem.geometric(perAttr));
        b.loss.put("discernibility", (double) ev.dm);
        int good = 0;
        for (int c = 0; c < ev.classes; c++) {
            if (!ev.cBad[c]) {
                good++;
            }
        }
        long aecsClasses = good + (suppressed > 0 ? 1 : 0);
        b.loss.put("aecs", aecsClasses == 0 ? n : (double) n / aecsClasses);
        b.loss.put("averageClassSize", good == 0 ? 0 : (double) (n - suppressed) / good);
        b.loss.put("entropy", ev.entropyValue(node));
        double lm = 0;
        for (int q = 0; q < p.qiCount; q++) {
            b.lossPerAttribute.put(p.qiNames[q], perAttr[q]);
            lm += perAttr[q];
        }
        b.loss.put("lmMean", p.qiCount == 0 ? 0 : lm / p.qiCount);
        b.classes = good;
        // risk before: classes of the original quasi-identifier values
        b.before = before;
        int[] afterSizes = new int[good];
        int i = 0;
        for (int c = 0; c < ev.classes; c++) {
            if (!ev.cBad[c]) {
                afterSizes[i++] = ev.cSize[c];
            }
        }
        b.after = RiskProfile.ofClassSizes(afterSizes, good, threshold);
        if (a.population().isPresent()) {
            b.after = populationRisk(a, p, ev, node, b.after, afterSizes, good, b);
        }
        b.checked = s.checks();
        b.heuristic = s.heuristic();
        b.optimal = s.optimal();
        b.lowerBound = s.lowerBound();
        b.bestValue = s.bestValue();
        b.latticeSize = p.latticeSize();
        b.searchMillis = searchNanos / 1_000_000;
        b.models = a.privacyModels();
        b.suppressionLimit = a.suppressionLimit();
        return new AnonymizationResult(b);
    }

    /**
     * The anonymised table, built on first use: the columns of the table given to
     * {@link Anonymizer#anonymize(Table)} in its order and with its delimiter, deleted columns left
     * out. For a table read with only some columns ({@link Table#read(Path, CsvOptions, java.util.Collection)})
     * use {@link #writeOutput(Path, CsvOptions, OutputStream, CsvOptions)} to release every column of
     * the file.
     *
     * @return the anonymised table
     */
    public Table output() {
        Table t = output;
        if (t == null) {
            t = release.table();
            output = t;
        }
        return t;
    }

    /**
     * Releases a CSV file without holding it in memory: reads {@code input} again (the file the
     * anonymised table was read from) and writes each record as it is read, with the input's header
     * and column order (deleted columns left out), quasi-identifiers generalised, identifying
     * attributes replaced by {@code *}, pseudonymised attributes replaced, suppressed records left
     * out. Every value of the columns the anonymisation read is compared with the first reading.
     *
     * @param input the CSV file the anonymised table was read from
     * @param readOptions the options it was read with
     * @param out where the CSV goes (UTF-8; flushed, not closed)
     * @param writeOptions delimiter (default: the input's) and formula protection of the output
     * @return the number of records written ({@link #outputRows()})
     * @throws AnonymizationException of kind {@code INPUT} if the file cannot be read or differs from
     *     what was anonymised (another row count, another value in a column that was read)
     * @throws UncheckedIOException if writing fails
     */
    public long writeOutput(Path input, CsvOptions readOptions, OutputStream out, CsvOptions writeOptions) {
        return release.write(input, readOptions, out, writeOptions);
    }

    /**
     * @return the number of input records
     */
    public long inputRows() {
        return inputRows;
    }

    /**
     * @return the number of records in the output
     */
    public long outputRows() {
        return release.kept();
    }

    /**
     * @return the number of blank lines skipped when the input was read ({@link Table#blankLines()});
     *     they are not records
     */
    public long blankLines() {
        return blankLines;
    }

    /**
     * @return the number of suppressed records
     */
    public long suppressedRows() {
        return suppressedRows;
    }

    /**
     * @return the 1-based data-row numbers of the suppressed records, if recording was asked for
     *     ({@link Anonymizer.Builder#recordSuppressedRows(boolean)}); empty otherwise
     */
    public List<Integer> suppressedRowNumbers() {
        return Arrays.stream(suppressedRowNumbers).boxed().toList();
    }

    /**
     * @return the chosen level per quasi-identifier (0 = original), in declaration order
     */
    public Map<String, Integer> levels() {
        return levels;
    }

    /**
     * @return the metric that was optimised
     */
    public Metric metric() {
        return metric;
    }

    /**
     * @return every loss metric of the output: {@code loss}, {@code discernibility}, {@code aecs},
     *     {@code entropy} (see {@link Metric}), {@code averageClassSize} ((N − |S|)/classes) and
     *     {@code lmMean} (unweighted mean of the per-attribute loss)
     */
    public Map<String, Double> loss() {
        return loss;
    }

    /**
     * @return Iyengar's loss per quasi-identifier (suppressed records counting 1)
     */
    public Map<String, Double> lossPerAttribute() {
        return lossPerAttribute;
    }

    /**
     * @return the risk of the input through the quasi-identifiers
     */
    public RiskProfile riskBefore() {
        return before;
    }

    /**
     * @return the risk of the output
     */
    public RiskProfile riskAfter() {
        return after;
    }

    /**
     * @return the number of equivalence classes in the output
     */
    public int classes() {
        return classes;
    }

    /**
     * @return the size of the smallest class in the output (0 if the output is empty)
     */
    public long minClassSize() {
        return after.minClassSize();
    }

    /**
     * @return the number of transformations the search evaluated
     */
    public long transformationsChecked() {
        return checked;
    }

    /**
     * @return the unusual descriptions (特異な記述等) left in the released records: rare values of
     *     the published columns (fewer than k records), numeric values at or above a limit or beyond
     *     the percentiles; for sensitive columns without values
     */
    public List<UniqueDescriptions.Description> uniqueDescriptions() {
        return unique;
    }

    /**
     * @return the columns not published as they are, in the input's column order: identifying
     *     attributes replaced by {@code *}, pseudonymised and deleted columns (never with values)
     */
    public List<Replacement> replacements() {
        List<Replacement> out = new java.util.ArrayList<>();
        long cells = release.kept();
        roles.forEach((column, role) -> {
            switch (role) {
                case IDENTIFYING -> out.add(new Replacement(column, "star", cells));
                case PSEUDONYMISED -> out.add(new Replacement(column, pseudonyms.get(column).method().method(), cells));
                case DELETED -> out.add(new Replacement(column, "deleted", cells));
                default -> {
                    // published (generalised or as it is)
                }
            }
        });
        return out;
    }

    /**
     * Writes the table from values to surrogates of the columns pseudonymised with
     * {@link Pseudonym#surrogate()} as CSV ({@code column,value,surrogate}, UTF-8): 削除情報等 to be
     * kept apart from the data (個人情報保護法 施行規則 第32条). Complete once the output was produced
     * ({@link #output()} or {@link #writeOutput(Path, CsvOptions, OutputStream, CsvOptions)}).
     *
     * @param out where the table goes (flushed, not closed)
     * @return the number of entries written
     * @throws UncheckedIOException if writing fails
     */
    public long writeMapping(OutputStream out) {
        java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
                .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.CRLF).build(w);
        csv.writeRecord("column", "value", "surrogate");
        long n = 0;
        for (Map.Entry<String, PseudonymMapper> e : pseudonyms.entrySet()) {
            for (Map.Entry<String, String> m : e.getValue().mapping().entrySet()) {
                csv.writeRecord(e.getKey(), m.getKey(), m.getValue());
                n++;
            }
        }
        try {
            csv.flush();
        } catch (java.io.IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return n;
    }

    /**
     * @return whether some column is pseudonymised with surrogates (then a mapping table exists)
     */
    public boolean hasSurrogates() {
        return pseudonyms.values().stream().anyMatch(m -> m.method() instanceof Pseudonym.Surrogate);
    }

    /**
     * @return whether the chosen transformation is proven optimal (always for the optimal search;
     *     for the heuristic search when its bound reached the value within the budget)
     */
    public boolean optimal() {
        return optimal;
    }

    /**
     * @return the lower bound of the optimised metric the search proved over all transformations
     *     (the value itself when optimal); {@code metric value − lowerBound} is the optimality gap
     */
    public double lowerBound() {
        return lowerBound;
    }

    /**
     * @return whether the heuristic search ran (the lattice exceeded {@link SearchBudget#optimalLimit()})
     */
    public boolean heuristic() {
        return heuristic;
    }

    /**
     * @return the number of transformations in the lattice
     */
    public long latticeSize() {
        return latticeSize;
    }

    /**
     * @return the findings as a core {@link Report}: suppressed records, generalised attributes,
     *     records still above the risk threshold
     */
    public Report report() {
        return report;
    }

    private Report buildReport() {
        Report.Builder r = Report.builder().source(SourceInfo.builder(source).rows(inputRows).build())
                .rule(SUPPRESSED).rule(GENERALISED).rule(RISK_ABOVE).rule(REPLACED);
        for (UniqueDescriptions.Description d : unique) {
            String rule = UniqueDescriptions.ruleId(d.kind());
            r.rule(RuleInfo.of(rule, Severity.WARNING));
            r.add(Finding.builder(rule, Severity.WARNING).location(Location.builder(source).header(d.column()).build())
                    .messageKey(UniqueDescriptions.messageKey(d)).args(UniqueDescriptions.messageArgs(d).toArray()).build());
        }
        for (Replacement x : replacements()) {
            r.add(Finding.builder(REPLACED.id(), Severity.INFO).location(Location.builder(source).header(x.column()).build())
                    .args(x.column(), x.method(), x.cells()).build());
        }
        if (suppressedRows > 0) {
            r.add(Finding.builder(SUPPRESSED.id(), Severity.INFO).location(Location.of(source))
                    .args(suppressedRows, inputRows).build());
        }
        levels.forEach((q, l) -> {
            if (l > 0) {
                r.add(Finding.builder(GENERALISED.id(), Severity.INFO).location(Location.builder(source).header(q).build())
                        .args(q, l, heights.get(q)).build());
            }
        });
        if (after.recordsAtRisk() > 0) {
            r.add(Finding.builder(RISK_ABOVE.id(), Severity.WARNING).location(Location.of(source))
                    .args(after.recordsAtRisk(), String.valueOf(after.threshold())).build());
        }
        return r.build();
    }

    /**
     * The anonymisation part of the JSON report, as plain values (strings, numbers, booleans,
     * lists and maps) in a stable order: {@code inputRows}, {@code blankLines} (skipped when the
     * input was read; not records), {@code outputRows},
     * {@code suppressedRows}, {@code suppressedRowNumbers} (when recorded), {@code levels}
     * (quasi-identifier → level, 0 = original), {@code heights}, {@code metric},
     * {@code minClassSize}, {@code classes}, {@code loss} (metric name → value),
     * {@code lossPerAttribute}, {@code risk} ({@code before} and {@code after}, each with
     * {@code prosecutor}, {@code prosecutorAverage}, {@code journalist}, {@code marketer},
     * {@code records}, {@code classes}, {@code minClassSize}, {@code threshold},
     * {@code recordsAtRisk}, {@code shareAtRisk}, {@code sampleUniques}), {@code privacyModels},
     * {@code suppressionLimit} and {@code search}.
     *
     * @return the members, to add to a core JSON report
     */
    public Map<String, Object> reportMembers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputRows", inputRows);
        m.put("blankLines", blankLines);
        m.put("outputRows", outputRows());
        m.put("suppressedRows", suppressedRows);
        if (rowNumbersRecorded) {
            m.put("suppressedRowNumbers", suppressedRowNumbers());
        }
        m.put("levels", levels);
        m.put("heights", heights);
        m.put("metric", metric.configName());
        m.put("minClassSize", minClassSize());
        m.put("classes", classes);
        m.put("loss", loss);
        m.put("lossPerAttribute", lossPerAttribute);
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("before", riskMembers(before));
        risk.put("after", riskMembers(after));
        if (after.populationBased()) {
            risk.put("populationUnmatched", populationUnmatched);
            risk.put("populationSmallerThanSample", populationSmaller);
        }
        m.put("risk", risk);
        List<Map<String, Object>> ms = new java.util.ArrayList<>();
        for (PrivacyModel pm : models) {
            ms.add(modelMembers(pm));
        }
        m.put("privacyModels", ms);
        m.put("suppressionLimit", suppressionLimit);
        List<Map<String, Object>> rep = new java.util.ArrayList<>();
        for (Replacement x : replacements()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("column", x.column());
            e.put("method", x.method());
            e.put("cells", x.cells());
            rep.add(e);
        }
        m.put("replacements", rep);
        List<Map<String, Object>> ud = new java.util.ArrayList<>();
        for (UniqueDescriptions.Description d : unique) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("column", d.column());
            e.put("kind", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            e.put("values", d.values());
            e.put("records", d.records());
            e.put("examples", d.examples());
            d.threshold().ifPresent(t -> e.put("threshold", t));
            d.percentile().ifPresent(p -> e.put("percentile", p));
            ud.add(e);
        }
        m.put("uniqueDescriptions", ud);
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("strategy", heuristic ? "heuristic" : "optimal");
        search.put("transformationsChecked", checked);
        search.put("latticeSize", latticeSize);
        search.put("optimal", optimal);
        search.put("value", bestValue);
        search.put("lowerBound", lowerBound);
        search.put("gap", Math.max(0, bestValue - lowerBound));
        search.put("millis", searchMillis);
        m.put("search", search);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The risk profile as plain JSON-ready values.
     *
     * @param r the profile
     * @return the members
     */
    static Map<String, Object> riskMembers(RiskProfile r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prosecutor", r.prosecutorMax());
        m.put("prosecutorAverage", r.prosecutorAverage());
        m.put("journalist", r.journalist());
        m.put("journalistAverage", r.journalistAverage());
        m.put("populationBased", r.populationBased());
        m.put("marketer", r.marketer());
        m.put("records", r.records());
        m.put("classes", r.classes());
        m.put("minClassSize", r.minClassSize());
        m.put("threshold", r.threshold());
        m.put("recordsAtRisk", r.recordsAtRisk());
        m.put("shareAtRisk", r.shareAtRisk());
        m.put("sampleUniques", r.sampleUniques());
        return m;
    }

    static Map<String, Object> modelMembers(PrivacyModel pm) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (pm instanceof PrivacyModel.KAnonymity k) {
            m.put("model", "k-anonymity");
            m.put("k", k.k());
        } else if (pm instanceof PrivacyModel.DistinctLDiversity d) {
            m.put("model", "distinct-l-diversity");
            m.put("attribute", d.attribute());
            m.put("l", d.l());
        } else if (pm instanceof PrivacyModel.EntropyLDiversity e) {
            m.put("model", "entropy-l-diversity");
            m.put("attribute", e.attribute());
            m.put("l", e.l());
        } else if (pm instanceof PrivacyModel.RecursiveLDiversity r) {
            m.put("model", "recursive-cl-diversity");
            m.put("attribute", r.attribute());
            m.put("c", r.c());
            m.put("l", r.l());
        } else if (pm instanceof PrivacyModel.TCloseness t) {
            m.put("model", t.distance() == PrivacyModel.TCloseness.Distance.EQUAL
                    ? "equal-distance-t-closeness" : "hierarchical-t-closeness");
            m.put("attribute", t.attribute());
            m.put("t", t.t());
        }
        return m;
    }

    /**
     * The report as JSON: the core report members written by
     * {@link io.github.civicdata.core.report.ReportWriter} ({@code tool}, {@code conforms},
     * {@code counts}, {@code sources}, {@code findings}, …) plus {@link #reportMembers()}.
     *
     * @return the JSON text (UTF-8)
     */
    public String toJson() {
        io.github.civicdata.core.report.ReportWriter.Builder b =
                io.github.civicdata.core.report.ReportWriter.builder(io.github.civicdata.core.report.ReportFormat.JSON);
        reportMembers().forEach(b::extra);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            b.build().write(report, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A text summary in one language.
     *
     * @param locale {@link Locale#JAPANESE} or any other locale for English
     * @return the summary, several lines
     */
    public String summary(Locale locale) {
        Messages msg = Messages.get();
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(msg.format(locale, "anon.summary.rows", inputRows, outputRows(), suppressedRows)).append(nl);
        if (blankLines > 0) {
            sb.append(msg.format(locale, "anon.summary.blank-lines", blankLines)).append(nl);
        }
        // one argument per quasi-identifier: message arguments are truncated, the list must not be
        StringBuilder lv = new StringBuilder(msg.format(locale, "anon.summary.levels"));
        String sep = msg.format(locale, "anon.summary.level-separator");
        boolean first = true;
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            lv.append(first ? " " : sep).append(msg.format(locale, "anon.summary.level", e.getKey(), e.getValue(),
                    heights.get(e.getKey())));
            first = false;
        }
        sb.append(lv).append(nl);
        sb.append(msg.format(locale, "anon.summary.classes", classes, minClassSize())).append(nl);
        sb.append(msg.format(locale, "anon.summary.loss", metric.configName(),
                fmt(loss.get("loss")), fmt(loss.get("discernibility")), fmt(loss.get("aecs")),
                fmt(loss.get("entropy")))).append(nl);
        if (heuristic) {
            sb.append(msg.format(locale, optimal ? "anon.summary.heuristic-optimal" : "anon.summary.heuristic",
                    latticeSize, checked, fmt(bestValue), fmt(lowerBound), fmt(Math.max(0, bestValue - lowerBound))))
                    .append(nl);
        }
        sb.append(riskLine(msg, locale, "anon.summary.risk-before", before)).append(nl);
        sb.append(riskLine(msg, locale, "anon.summary.risk-after", after)).append(nl);
        if (after.populationBased()) {
            sb.append(msg.format(locale, "anon.summary.population", fmt(after.journalist()),
                    fmt(after.journalistAverage()))).append(nl);
        }
        return sb.toString();
    }

    static String riskLine(Messages msg, Locale locale, String key, RiskProfile r) {
        return msg.format(locale, key, fmt(r.prosecutorMax()), fmt(r.prosecutorAverage()), fmt(r.journalist()),
                fmt(r.marketer()), r.recordsAtRisk(), fmt(r.threshold()), r.sampleUniques(), r.minClassSize());
    }

    static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.6f", d);
    }
}
