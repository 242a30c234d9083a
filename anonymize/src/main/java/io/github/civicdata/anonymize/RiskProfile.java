package io.github.civicdata.anonymize;

/**
 * The re-identification risk of a table through its quasi-identifiers, estimated from the sample
 * itself (no population table): records are grouped into equivalence classes of equal
 * quasi-identifier values, and a record in a class of size {@code f} is re-identified with
 * probability {@code 1/f}.
 *
 * <ul>
 * <li>prosecutor risk (the attacker knows the person is in the data): highest {@code 1/min f},
 * average {@code classes / records} (El Emam and Dankar, JAMIA 2008);</li>
 * <li>journalist risk (the attacker does not know whether the person is in the data): with a
 * {@link PopulationTable}, a record in a class that stands for {@code F} people of the population
 * is re-identified with probability {@code 1/F}: highest {@code 1/min F}, average
 * {@code Σ f/F / records} (El Emam and Dankar, JAMIA 2008); without a population table the sample
 * stands for the population and both equal the prosecutor risks, as in ARX
 * ({@link #populationBased()} says which);</li>
 * <li>marketer risk (expected share of records re-identified when every record is attacked):
 * {@code classes / records};</li>
 * <li>records at risk: records whose risk {@code 1/f} exceeds the threshold, and their share;
 * sample uniques: records alone in their class.</li>
 * </ul>
 * Suppressed records are not part of a released table and are not counted. An empty table has
 * zero risk.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RiskProfile r = RiskProfile.of(table, List.of("age", "sex", "zip"), 0.2);
 * System.out.println(r.prosecutorMax() + " " + r.sampleUniques());
 * }</pre>
 *
 * @param records records counted
 * @param classes equivalence classes
 * @param minClassSize size of the smallest class (0 for an empty table)
 * @param prosecutorMax highest prosecutor risk
 * @param prosecutorAverage average prosecutor risk
 * @param journalist highest journalist risk
 * @param marketer marketer risk
 * @param threshold the risk threshold for records at risk
 * @param recordsAtRisk records whose risk exceeds the threshold
 * @param shareAtRisk {@code recordsAtRisk / records}
 * @param sampleUniques records in classes of size 1
 * @param journalistAverage average journalist risk
 * @param populationBased whether the journalist risks come from a population table
 */
public record RiskProfile(long records, long classes, long minClassSize, double prosecutorMax,
        double prosecutorAverage, double journalist, double marketer, double threshold, long recordsAtRisk,
        double shareAtRisk, long sampleUniques, double journalistAverage, boolean populationBased) {

    /** The default risk threshold: 0.2, i.e. records in classes of fewer than 5. */
    public static final double DEFAULT_THRESHOLD = 0.2;

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a count is negative or a risk outside [0, 1]
     */
    public RiskProfile {
        if (records < 0 || classes < 0 || minClassSize < 0 || recordsAtRisk < 0 || sampleUniques < 0) {
            throw new IllegalArgumentException("negative count");
        }
        for (double d : new double[] {prosecutorMax, prosecutorAverage, journalist, marketer, shareAtRisk, threshold,
            journalistAverage}) {
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("risk out of [0,1]: " + d);
            }
        }
    }

    /**
     * The risk profile of class sizes.
     *
     * @param sizes the size of every equivalence class (each at least 1)
     * @param threshold the risk threshold in [0, 1]
     * @return the profile
     */
    static RiskProfile ofClassSizes(int[] sizes, int count, double threshold) {
        long records = 0;
        long min = Long.MAX_VALUE;
        long atRisk = 0;
        long uniques = 0;
        for (int i = 0; i < count; i++) {
            int s = sizes[i];
            records += s;
            min = Math.min(min, s);
            if (1.0 / s > threshold) {
                atRisk += s;
            }
            if (s == 1) {
                uniques++;
            }
        }
        if (records == 0) {
            return new RiskProfile(0, 0, 0, 0, 0, 0, 0, threshold, 0, 0, 0, 0, false);
        }
        double max = 1.0 / min;
        double avg = (double) count / records;
        return new RiskProfile(records, count, min, max, avg, max, avg, threshold, atRisk,
                (double) atRisk / records, uniques, avg, false);
    }

    /**
     * This profile with journalist risks from population counts.
     *
     * @param classSizes the sample size of every class
     * @param populationSizes the population size of every class (each at least the sample size)
     * @return the profile with {@link #journalist()} = max 1/F and {@link #journalistAverage()} = Σ f/F / records
     */
    RiskProfile withPopulation(int[] classSizes, long[] populationSizes, int count) {
        if (records == 0) {
            return new RiskProfile(0, 0, 0, 0, 0, 0, 0, threshold, 0, 0, 0, 0, true);
        }
        long minF = Long.MAX_VALUE;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            minF = Math.min(minF, populationSizes[i]);
            sum += (double) classSizes[i] / populationSizes[i];
        }
        return new RiskProfile(records, classes, minClassSize, prosecutorMax, prosecutorAverage, 1.0 / minF, marketer,
                threshold, recordsAtRisk, shareAtRisk, sampleUniques, sum / records, true);
    }

    /**
     * Measures the risk of a table through the given quasi-identifier columns (values compared as
     * they are).
     *
     * @param table the table
     * @param quasiIdentifiers the column names
     * @param threshold the risk threshold in [0, 1]
     * @return the profile
     * @throws AnonymizationException if a column is unknown
     */
    public static RiskProfile of(Table table, java.util.List<String> quasiIdentifiers, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw AnonymizationException.config("anon.config.threshold", String.valueOf(threshold));
        }
        int[] sizes = Classes.sizes(table, quasiIdentifiers);
        return ofClassSizes(sizes, sizes.length, threshold);
    }
}
