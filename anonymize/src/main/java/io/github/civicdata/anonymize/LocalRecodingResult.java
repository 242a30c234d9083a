package io.github.civicdata.anonymize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of local recoding ({@link Anonymizer#anonymizeLocally(Table)}, Mondrian
 * partitioning): the released table, its classes and its information loss under the same
 * definitions as full-domain generalisation ({@link Metric}). No record is suppressed.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalRecodingResult {

    private final Table output;
    private final int partitions;
    private final long classes;
    private final long minClassSize;
    private final Map<String, Double> loss;
    private final Map<String, Double> lossPerAttribute;
    private final long millis;

    LocalRecodingResult(Table output, int partitions, long classes, long minClassSize, Map<String, Double> loss,
            Map<String, Double> lossPerAttribute, long millis) {
        this.output = output;
        this.partitions = partitions;
        this.classes = classes;
        this.minClassSize = minClassSize;
        this.loss = Collections.unmodifiableMap(new LinkedHashMap<>(loss));
        this.lossPerAttribute = Collections.unmodifiableMap(new LinkedHashMap<>(lossPerAttribute));
        this.millis = millis;
    }

    /**
     * @return the released table: the input's columns (deleted ones left out), quasi-identifiers
     *     recoded per partition (a numeric range {@code [min, max]} or a hierarchy label),
     *     identifying columns {@code *}, pseudonymised columns replaced, every record kept
     */
    public Table output() {
        return output;
    }

    /**
     * @return the partitions Mondrian made
     */
    public int partitions() {
        return partitions;
    }

    /**
     * @return the equivalence classes of the output (partitions released with the same values merge)
     */
    public long classes() {
        return classes;
    }

    /**
     * @return the smallest class
     */
    public long minClassSize() {
        return minClassSize;
    }

    /**
     * @param metric a metric
     * @return its value for the output ({@code loss}, {@code discernibility}, {@code aecs}; entropy is not computed)
     * @throws IllegalArgumentException for {@link Metric#ENTROPY}
     */
    public double loss(Metric metric) {
        Double v = loss.get(metric.configName());
        if (v == null) {
            throw new IllegalArgumentException("not computed for local recoding: " + metric);
        }
        return v;
    }

    /**
     * @return Loss of each quasi-identifier (Iyengar's loss, as {@link AnonymizationResult} reports it)
     */
    public Map<String, Double> lossPerAttribute() {
        return lossPerAttribute;
    }

    /**
     * @return the time partitioning took, in milliseconds (encoding included, output excluded)
     */
    public long millis() {
        return millis;
    }

    /**
     * @param locale {@link java.util.Locale#JAPANESE} or any other locale for English
     * @return a one-line summary: records, partitions, classes, smallest class, Loss, DM*, AECS
     */
    public String summary(java.util.Locale locale) {
        return io.github.civicdata.core.Messages.get().format(locale, "anon.summary.local", output.rowCount(),
                partitions, classes, minClassSize, AnonymizationResult.fmt(loss.get("loss")),
                AnonymizationResult.fmt(loss.get("discernibility")), AnonymizationResult.fmt(loss.get("aecs")))
                + System.lineSeparator();
    }

    /**
     * @return JSON-ready members for a report: {@code transformation} ({@code local}),
     *     {@code inputRows}, {@code outputRows}, {@code suppressedRows} (0), {@code partitions},
     *     {@code classes}, {@code minClassSize}, {@code loss}, {@code lossPerAttribute}, {@code millis}
     */
    public Map<String, Object> reportMembers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transformation", "local");
        m.put("inputRows", output.rowCount());
        m.put("outputRows", output.rowCount());
        m.put("suppressedRows", 0);
        m.put("partitions", partitions);
        m.put("classes", classes);
        m.put("minClassSize", minClassSize);
        m.put("loss", loss);
        m.put("lossPerAttribute", lossPerAttribute);
        m.put("millis", millis);
        return m;
    }

    /** Builds the result from a partitioning. */
    static LocalRecodingResult of(Anonymizer a, Table table, Problem p, Mondrian m, List<Mondrian.Part> parts,
            long millis) {
        int qn = p.qiCount;
        List<List<String>> labels = new ArrayList<>(parts.size());
        double[] leafLoss = new double[qn];
        for (Mondrian.Part pt : parts) {
            List<String> l = new ArrayList<>(qn);
            for (int q = 0; q < qn; q++) {
                l.add(m.label(q, pt.from(), pt.to()));
                if (p.domain[q] > 1) {
                    leafLoss[q] += pt.size() * (double) (m.coveredBy(q, pt.from(), pt.to()) - 1) / (p.domain[q] - 1);
                }
            }
            labels.add(List.copyOf(l));
        }
        Map<List<String>, Long> cls = Mondrian.classes(labels, parts);
        long dm = 0;
        long min = Long.MAX_VALUE;
        for (long s : cls.values()) {
            dm += s * s;
            min = Math.min(min, s);
        }
        Map<String, Double> per = new LinkedHashMap<>();
        double logSum = 0;
        for (int q = 0; q < qn; q++) {
            double lq = p.n == 0 ? 0 : leafLoss[q] / p.n;
            per.put(p.qiNames[q], lq);
            logSum += Math.log1p(lq);
        }
        Map<String, Double> loss = new LinkedHashMap<>();
        loss.put(Metric.LOSS.configName(), qn == 0 ? 0 : Math.expm1(logSum / qn));
        loss.put(Metric.DISCERNIBILITY.configName(), (double) dm);
        loss.put(Metric.AECS.configName(), cls.isEmpty() ? 0 : (double) p.n / cls.size());
        return new LocalRecodingResult(output(a, table, p, m, parts, labels), parts.size(), cls.size(),
                cls.isEmpty() ? 0 : min, loss, per, millis);
    }

    private static Table output(Anonymizer a, Table table, Problem p, Mondrian m, List<Mondrian.Part> parts,
            List<List<String>> labels) {
        int[] partOf = m.partOfTuple(parts);
        List<String> header = table.header();
        Map<String, AttributeRole> roles = a.roles();
        List<Integer> kept = new ArrayList<>();
        List<String> outHeader = new ArrayList<>();
        int[] qiOf = new int[header.size()];
        PseudonymMapper[] mapper = new PseudonymMapper[header.size()];
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            AttributeRole role = roles.getOrDefault(name, AttributeRole.INSENSITIVE);
            qiOf[c] = -1;
            if (role == AttributeRole.DELETED) {
                continue;
            }
            if (role == AttributeRole.QUASI_IDENTIFYING) {
                qiOf[c] = java.util.Arrays.asList(p.qiNames).indexOf(name);
            } else if (role == AttributeRole.PSEUDONYMISED) {
                mapper[c] = new PseudonymMapper(a.pseudonym(name));
            }
            kept.add(c);
            outHeader.add(name);
        }
        Table.Builder b = Table.builder(outHeader);
        String[] row = new String[outHeader.size()];
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> l = labels.get(partOf[p.tuples.rowTuple[r]]);
            int o = 0;
            for (int c : kept) {
                AttributeRole role = roles.getOrDefault(header.get(c), AttributeRole.INSENSITIVE);
                String v;
                if (qiOf[c] >= 0) {
                    v = l.get(qiOf[c]);
                } else if (role == AttributeRole.IDENTIFYING) {
                    v = HierarchyBuilders.TOP;
                } else if (mapper[c] != null) {
                    v = mapper[c].apply(table.value(r, c));
                } else {
                    v = table.value(r, c);
                }
                row[o++] = v;
            }
            b.addRow(List.of(row));
        }
        return b.build();
    }
}
