package io.github.civicdata.anonymize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymises a table by optimal full-domain generalisation and record suppression: finds the
 * combination of hierarchy levels (one per quasi-identifier) that satisfies every privacy model,
 * suppressing at most the allowed share of records, with the least information loss under the
 * chosen {@link Metric}; then writes the generalised table and reports risk and loss before and
 * after.
 *
 * <p>Identifying attributes are replaced by {@code *}; quasi-identifiers are generalised through
 * their hierarchies; sensitive and insensitive attributes are kept. Records in equivalence classes
 * that violate a model are suppressed (left out of the output and counted; their row numbers are
 * kept for audit when asked), so {@code inputRows = outputRows + suppressedRows} always.
 *
 * <p>The search visits transformations in increasing order of a lower bound of the metric and
 * prunes with monotonicity (predictive tagging of non-anonymous transformations, as Flash and OLA
 * do) and with lower bounds of the metric; see {@link Metric} for the formulas. It returns an
 * optimum (ties are broken towards fewer generalisation steps).
 *
 * <p>An anonymiser is immutable and thread-safe: {@link #anonymize(Table)} may be called from
 * several threads at once. The {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * Anonymizer anonymizer = Anonymizer.builder()
 *         .quasiIdentifier("age", Hierarchy.read(Path.of("age.csv")))
 *         .quasiIdentifier("sex", Hierarchy.read(Path.of("sex.csv")))
 *         .sensitive("diagnosis")
 *         .identifying("name")
 *         .privacyModel(PrivacyModel.kAnonymity(5))
 *         .privacyModel(PrivacyModel.distinctLDiversity("diagnosis", 2))
 *         .suppressionLimit(0.02)
 *         .metric(Metric.LOSS)
 *         .build();
 * AnonymizationResult result = anonymizer.anonymize(Table.read(Path.of("in.csv"), CsvOptions.defaults()));
 * result.output().write(Path.of("out.csv"), CsvOptions.defaults());
 * }</pre>
 */
public final class Anonymizer {

    private static final Logger LOG = LoggerFactory.getLogger(Anonymizer.class);

    private final Map<String, AttributeRole> roles;
    private final Map<String, Hierarchy> hierarchies;
    private final List<PrivacyModel> models;
    private final double suppressionLimit;
    private final Metric metric;
    private final boolean recordSuppressedRows;
    private final double riskThreshold;
    private final int threads;
    private final SearchBudget budget;
    private final Map<String, Pseudonym> pseudonyms;
    private final UniqueDescriptions unique;
    private final PopulationTable population;

    private Anonymizer(Builder b) {
        this.roles = Map.copyOf(b.roles);
        this.hierarchies = Map.copyOf(b.hierarchies);
        this.models = List.copyOf(b.models);
        this.suppressionLimit = b.suppressionLimit;
        this.metric = b.metric;
        this.recordSuppressedRows = b.recordSuppressedRows;
        this.riskThreshold = b.riskThreshold;
        this.threads = b.threads;
        this.budget = b.budget;
        this.pseudonyms = Map.copyOf(b.pseudonyms);
        this.unique = b.unique;
        this.population = b.population;
        this.qiOrder = List.copyOf(b.qiOrder);
        this.sensitiveOrder = List.copyOf(b.sensitiveOrder);
    }

    private final List<String> qiOrder;
    private final List<String> sensitiveOrder;

    /**
     * @return a new builder (metric {@link Metric#LOSS}, no suppression)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the quasi-identifiers in the order they were declared
     */
    public List<String> quasiIdentifiers() {
        return qiOrder;
    }

    /**
     * @return the privacy models
     */
    public List<PrivacyModel> privacyModels() {
        return models;
    }

    /**
     * @return the suppression limit (share of records that may be suppressed)
     */
    public double suppressionLimit() {
        return suppressionLimit;
    }

    /**
     * @return the metric optimised
     */
    public Metric metric() {
        return metric;
    }

    /**
     * @return the search budget
     */
    public SearchBudget searchBudget() {
        return budget;
    }

    /**
     * Anonymises a table.
     *
     * @param table the input
     * @return the output table, chosen transformation, suppressed records, risk and loss
     * @throws AnonymizationException if a configured column is missing from the table, a value is
     *     not covered by its hierarchy, k exceeds the number of rows, the search space is too
     *     large, or no transformation satisfies the models within the suppression limit
     */
    public AnonymizationResult anonymize(Table table) {
        Objects.requireNonNull(table, "table");
        for (String col : roles.keySet()) {
            if (!table.sourceHeader().contains(col)) {
                throw AnonymizationException.config("anon.config.unknown-column", col, table.source());
            }
        }
        long t0 = System.nanoTime();
        Problem p = problem(table);
        LatticeSearch s = runSearch(p);
        long searchNanos = System.nanoTime() - t0;
        if (s.best() == null) {
            throw AnonymizationException.config("anon.no-solution", table.rowCount(),
                    String.valueOf(suppressionLimit), p.maxSuppressed);
        }
        LOG.debug("search ({}): {} transformations checked of {}, {} groups touched, {} ms",
                s.heuristic() ? "heuristic" : "optimal", s.checks(), p.latticeSize(), s.evaluator().groupsTouched,
                searchNanos / 1_000_000);
        return AnonymizationResult.build(this, table, p, s, searchNanos, recordSuppressedRows, riskThreshold);
    }

    /**
     * Anonymises a table by local recoding instead of full-domain generalisation: Mondrian
     * multidimensional partitioning (LeFevre et al. 2006), for high-dimensional data where one
     * level per quasi-identifier for the whole table loses too much. The same privacy models are
     * checked on every partition; numeric quasi-identifiers are released as ranges, the others as
     * hierarchy labels; nothing is suppressed, and the suppression limit and the metric are not
     * used (Mondrian does not search for an optimum). Loss, DM* and AECS are reported with the
     * definitions of full-domain generalisation. Surrogate pseudonyms are replaced but their
     * mapping is not kept (use keyed hashing to be able to link them).
     *
     * @param table the input (in memory)
     * @return the released table, its classes and its loss
     * @throws AnonymizationException if a configured column is missing, a value is not covered by
     *     its hierarchy, or the whole table does not satisfy the models
     */
    public LocalRecodingResult anonymizeLocally(Table table) {
        Objects.requireNonNull(table, "table");
        for (String col : roles.keySet()) {
            if (!table.header().contains(col)) {
                throw AnonymizationException.config("anon.config.unknown-column", col, table.source());
            }
        }
        long t0 = System.nanoTime();
        Problem p = problem(table);
        List<Hierarchy> qis = new ArrayList<>();
        for (String q : qiOrder) {
            qis.add(hierarchies.get(q));
        }
        Mondrian m = new Mondrian(p, qis);
        List<Mondrian.Part> parts = m.partition();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return LocalRecodingResult.of(this, table, p, m, parts, millis);
    }

    Pseudonym pseudonym(String column) {
        return pseudonyms.get(column);
    }

    /**
     * Finds the optimal transformation only (no output table, no risk): what benchmarks time.
     *
     * @param table the input
     * @return the chosen level per quasi-identifier, in declaration order, then the metric value
     * @throws AnonymizationException as {@link #anonymize(Table)}
     */
    public SearchOutcome search(Table table) {
        Problem p = problem(table);
        LatticeSearch s = runSearch(p);
        if (s.best() == null) {
            throw AnonymizationException.config("anon.no-solution", table.rowCount(),
                    String.valueOf(suppressionLimit), p.maxSuppressed);
        }
        return new SearchOutcome(levels(p, s.best()), s.bestValue(), s.checks(), s.lowerBound(), s.optimal());
    }

    /** The optimal search when the lattice is within the budget's limit, else the heuristic one. */
    LatticeSearch runSearch(Problem p) {
        if (p.latticeSize() <= budget.optimalLimit()) {
            Search s = new Search(p, threads);
            s.run();
            return s;
        }
        HeuristicSearch h = new HeuristicSearch(p, budget, HEURISTIC_SEED);
        h.run();
        return h;
    }

    /** The genetic search's seed: a fixed seed, so a search limited by checks is repeatable. */
    static final long HEURISTIC_SEED = 17;

    /**
     * The optimum by exhaustive search over every transformation (for audits and tests; slow on
     * large lattices).
     *
     * @param table the input
     * @return the optimum found by checking every transformation
     * @throws AnonymizationException as {@link #anonymize(Table)}
     */
    public SearchOutcome exhaustiveSearch(Table table) {
        Problem p = problem(table);
        Search s = new Search(p);
        s.exhaustive();
        if (s.bestNode == null) {
            throw AnonymizationException.config("anon.no-solution", table.rowCount(),
                    String.valueOf(suppressionLimit), p.maxSuppressed);
        }
        return new SearchOutcome(levels(p, s.bestNode), s.bestValue, s.checked, s.bestValue, true);
    }

    /**
     * The outcome of a search: chosen levels, the metric's value there, transformations checked,
     * and the lower bound of the metric the search proved over all transformations. For the optimal
     * search the bound equals the value; for the heuristic search (lattices above
     * {@link SearchBudget#optimalLimit()}) {@code value − lowerBound} is the optimality gap.
     *
     * @param levels quasi-identifier → level (0 = original), in declaration order
     * @param value the metric's value of the transformation found
     * @param checked number of transformations checked
     * @param lowerBound no transformation has a smaller value
     * @param optimal whether the transformation is proven optimal
     */
    public record SearchOutcome(Map<String, Integer> levels, double value, long checked, double lowerBound,
            boolean optimal) {
        /**
         * Copies the levels.
         */
        public SearchOutcome {
            levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        }
    }

    static Map<String, Integer> levels(Problem p, int[] node) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int q = 0; q < p.qiCount; q++) {
            m.put(p.qiNames[q], node[q]);
        }
        return m;
    }

    Problem problem(Table table) {
        // a sensitive attribute's hierarchy that no model uses is still checked against the data
        List<String> modelled = modelledSensitive();
        for (String s : sensitiveOrder) {
            if (hierarchies.containsKey(s) && !modelled.contains(s)) {
                Problem.rowsOf(hierarchies.get(s), Encoded.of(table, List.of(s)), 0, true);
            }
        }
        return problem(Encoded.of(table, encodedColumns()));
    }

    /** The problem for data encoded as {@link #encodedColumns()} says. */
    Problem problem(Encoded data) {
        List<Hierarchy> qis = new ArrayList<>();
        for (String q : qiOrder) {
            qis.add(hierarchies.get(q));
        }
        Map<String, Hierarchy> sensH = new LinkedHashMap<>();
        for (String s : sensitiveOrder) {
            if (hierarchies.containsKey(s)) {
                sensH.put(s, hierarchies.get(s));
            }
        }
        return new Problem(data, qis, modelledSensitive(), sensH, models, suppressionLimit, metric);
    }

    /** The columns the search reads, in order: quasi-identifiers, then sensitive attributes a model protects. */
    List<String> encodedColumns() {
        List<String> columns = new ArrayList<>(qiOrder);
        columns.addAll(modelledSensitive());
        return columns;
    }

    /** Sensitive attributes some privacy model protects, in declaration order. */
    private List<String> modelledSensitive() {
        List<String> out = new ArrayList<>();
        for (String s : sensitiveOrder) {
            for (PrivacyModel m : models) {
                if (m.sensitiveAttribute().filter(s::equals).isPresent()) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * @return the population table for the journalist risk, if one was given
     */
    public Optional<PopulationTable> population() {
        return Optional.ofNullable(population);
    }

    Hierarchy hierarchy(String column) {
        return hierarchies.get(column);
    }

    /** The detector of unusual descriptions: the one configured, else the defaults with this k. */
    UniqueDescriptions uniqueDescriptions(int k) {
        if (unique != null) {
            return unique;
        }
        return UniqueDescriptions.builder().k(Math.max(2, k)).sensitive(java.util.Set.copyOf(sensitiveOrder)).build();
    }

    /**
     * What the release does with each column of the table, for the chosen transformation; the
     * pseudonym mappers of this run are added to {@code mappers}.
     */
    Map<String, Release.Action> actions(Problem p, int[] node, Map<String, PseudonymMapper> mappers) {
        Map<String, Release.Action> out = new LinkedHashMap<>();
        roles.forEach((column, role) -> {
            switch (role) {
                case IDENTIFYING -> out.put(column, new Release.Star());
                case DELETED -> out.put(column, new Release.Delete());
                case PSEUDONYMISED -> {
                    PseudonymMapper m = new PseudonymMapper(pseudonyms.get(column));
                    mappers.put(column, m);
                    out.put(column, new Release.Pseudonym(m));
                }
                case QUASI_IDENTIFYING -> {
                    int q = qiOrder.indexOf(column);
                    out.put(column, new Release.Generalise(p.gen[q][node[q]], p.labels[q][node[q]]));
                }
                default -> {
                    // sensitive and insensitive attributes are kept
                }
            }
        });
        return out;
    }

    Map<String, AttributeRole> roles() {
        return roles;
    }

    /** Builds an {@link Anonymizer}; not thread-safe. */
    public static final class Builder {
        private final Map<String, AttributeRole> roles = new LinkedHashMap<>();
        private final Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        private final List<String> qiOrder = new ArrayList<>();
        private final List<String> sensitiveOrder = new ArrayList<>();
        private final List<PrivacyModel> models = new ArrayList<>();
        private final Map<String, Pseudonym> pseudonyms = new LinkedHashMap<>();
        private double suppressionLimit;
        private Metric metric = Metric.LOSS;
        private boolean recordSuppressedRows;
        private double riskThreshold = RiskProfile.DEFAULT_THRESHOLD;
        private int threads = 1;
        private SearchBudget budget = SearchBudget.defaults();
        private UniqueDescriptions unique;
        private PopulationTable population;

        private Builder() {
        }

        /**
         * @param population counts of the population by quasi-identifier values, for the journalist
         *     risk of the output (every quasi-identifier must be a column of it)
         * @return this builder
         */
        public Builder population(PopulationTable population) {
            this.population = Objects.requireNonNull(population, "population");
            return this;
        }

        /**
         * @param detector how unusual descriptions (特異な記述等) in the released records are found
         *     (default: values held by fewer than k records, 0.5 % / 99.5 % percentiles, limit 100
         *     for 年齢 / age, values of sensitive attributes never shown)
         * @return this builder
         */
        public Builder uniqueDescriptions(UniqueDescriptions detector) {
            this.unique = Objects.requireNonNull(detector, "detector");
            return this;
        }

        /**
         * @param budget the largest lattice searched optimally, and the time and checks the
         *     heuristic search may take above it (default {@link SearchBudget#defaults()})
         * @return this builder
         */
        public Builder searchBudget(SearchBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        private void role(String column, AttributeRole role) {
            Objects.requireNonNull(column, "column");
            AttributeRole prev = roles.putIfAbsent(column, role);
            if (prev != null) {
                throw AnonymizationException.config("anon.config.duplicate-attribute", column,
                        prev.configName(), role.configName());
            }
            if (role == AttributeRole.QUASI_IDENTIFYING) {
                qiOrder.add(column);
            } else if (role == AttributeRole.SENSITIVE) {
                sensitiveOrder.add(column);
            }
        }

        /**
         * Declares a quasi-identifier and its hierarchy.
         *
         * @param column the column name
         * @param hierarchy its generalisation hierarchy
         * @return this builder
         * @throws AnonymizationException if the column already has a role
         */
        public Builder quasiIdentifier(String column, Hierarchy hierarchy) {
            Objects.requireNonNull(hierarchy, "hierarchy");
            role(column, AttributeRole.QUASI_IDENTIFYING);
            hierarchies.put(column, hierarchy);
            return this;
        }

        /**
         * Declares a sensitive attribute.
         *
         * @param column the column name
         * @return this builder
         */
        public Builder sensitive(String column) {
            role(column, AttributeRole.SENSITIVE);
            return this;
        }

        /**
         * Declares a sensitive attribute with a hierarchy (needed for hierarchical t-closeness).
         *
         * @param column the column name
         * @param hierarchy its hierarchy
         * @return this builder
         */
        public Builder sensitive(String column, Hierarchy hierarchy) {
            Objects.requireNonNull(hierarchy, "hierarchy");
            role(column, AttributeRole.SENSITIVE);
            hierarchies.put(column, hierarchy);
            return this;
        }

        /**
         * Declares an identifying attribute (replaced by {@code *}).
         *
         * @param column the column name
         * @return this builder
         */
        public Builder identifying(String column) {
            role(column, AttributeRole.IDENTIFYING);
            return this;
        }

        /**
         * Declares a column replaced by a pseudonym in the output.
         *
         * @param column the column name
         * @param method keyed hash or surrogate
         * @return this builder
         */
        public Builder pseudonymised(String column, Pseudonym method) {
            Objects.requireNonNull(method, "method");
            role(column, AttributeRole.PSEUDONYMISED);
            pseudonyms.put(column, method);
            return this;
        }

        /**
         * Declares a column left out of the output (e.g. 個人識別符号 such as My Number).
         *
         * @param column the column name
         * @return this builder
         */
        public Builder deleted(String column) {
            role(column, AttributeRole.DELETED);
            return this;
        }

        /**
         * Declares an insensitive attribute (kept; the default for columns not declared).
         *
         * @param column the column name
         * @return this builder
         */
        public Builder insensitive(String column) {
            role(column, AttributeRole.INSENSITIVE);
            return this;
        }

        /**
         * Adds a privacy model.
         *
         * @param model the model
         * @return this builder
         */
        public Builder privacyModel(PrivacyModel model) {
            models.add(Objects.requireNonNull(model, "model"));
            return this;
        }

        /**
         * @param limit share of records that may be suppressed, in [0, 1)
         * @return this builder
         * @throws AnonymizationException if out of range
         */
        public Builder suppressionLimit(double limit) {
            if (!(limit >= 0 && limit < 1)) {
                throw AnonymizationException.config("anon.config.suppression-limit", String.valueOf(limit));
            }
            this.suppressionLimit = limit;
            return this;
        }

        /**
         * @param metric the information-loss metric to minimise
         * @return this builder
         */
        public Builder metric(Metric metric) {
            this.metric = Objects.requireNonNull(metric, "metric");
            return this;
        }

        /**
         * @param record whether to keep the row numbers of suppressed records (for audit)
         * @return this builder
         */
        public Builder recordSuppressedRows(boolean record) {
            this.recordSuppressedRows = record;
            return this;
        }

        /**
         * @param threshold the re-identification risk above which a record counts as at risk (default 0.2)
         * @return this builder
         */
        public Builder riskThreshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw AnonymizationException.config("anon.config.threshold", String.valueOf(threshold));
            }
            this.riskThreshold = threshold;
            return this;
        }

        /**
         * @param threads the number of threads the search may use (default 1). More threads check
         *     candidates speculatively in parallel: on Adult this pays only on an otherwise idle
         *     machine, so measure before raising it. The optimum's value does not depend on it.
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Checks the whole configuration and builds the anonymiser.
         *
         * @return the anonymiser
         * @throws AnonymizationException if there is no quasi-identifier or no privacy model, or a
         *     model names an attribute not declared sensitive
         */
        public Anonymizer build() {
            if (qiOrder.isEmpty()) {
                throw AnonymizationException.config("anon.config.no-quasi-identifier");
            }
            if (models.isEmpty()) {
                throw AnonymizationException.config("anon.config.no-model");
            }
            for (PrivacyModel m : models) {
                m.sensitiveAttribute().ifPresent(a -> {
                    if (roles.get(a) != AttributeRole.SENSITIVE) {
                        throw AnonymizationException.config("anon.config.model-not-sensitive", a);
                    }
                });
            }
            if (population != null) {
                PopulationTable.requireColumns(population, qiOrder);
            }
            return new Anonymizer(this);
        }
    }

}
