package io.github.civicdata.benchmarks.anonymize;

import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.HierarchyBuilders;
import io.github.civicdata.anonymize.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic resident register, deterministic for a seed: the generated benchmark of issue 17.
 * It mimics the second public benchmark the ARX comparison used (30,000 rows, 8 quasi-identifiers,
 * two of them with 8,000–23,000 distinct values at level 0, a 23,040-transformation lattice), and
 * scales to millions of rows and 24 columns for the memory benchmarks.
 *
 * <p>Columns (24): {@code id} (unique), {@code name}, {@code phone} (identifying);
 * {@code zip} (7 digits, about 12,000 codes under 100 three-digit prefixes, skewed),
 * {@code birth} (ISO day, 1930–2009), {@code age} (from the birth date on 2025-01-01),
 * {@code sex}, {@code nationality} (10, mostly JP), {@code marital} (6), {@code education} (16),
 * {@code occupation} (20), {@code town} (200 under 20 municipalities), {@code household} (1–8),
 * {@code income} (0–19,990 in steps of 10), {@code care} (要介護度, 8), {@code diagnosis} (30),
 * {@code employer} (500), {@code blood} (4), {@code language} (8), {@code vehicle} (2),
 * {@code pension} (about 1,000), {@code visits} (0–50), {@code remarks} (100), {@code updated}
 * (a day of 2024).
 *
 * <p>The 8-QI benchmark ({@link #QI8}): zip (masking 1–4 digits: 6 levels), birth (day, month,
 * year, decade, *: 5), age (10- and 20-year bands: 4), occupation and education (groups of 4 and 8
 * / 2 and 4: 4 each), marital (groups of 3: 3), sex and nationality (2 each): 23,040
 * transformations. The 9-QI set ({@link #QI9}) adds town (town, municipality, *): 69,120.
 *
 * <p>Command line: {@code SyntheticPopulation <dir> <rows> [seed] [columns]} writes
 * {@code population.csv} (UTF-8, comma) and, for the QIs, ARX-format hierarchy files
 * {@code hierarchy_<column>.csv}, plus {@code config-qi8.json} and {@code config-qi9.json} for the
 * CLI. With {@code columns} = 9 only the 9 QIs are written (the 10 M-row run).
 */
public final class SyntheticPopulation {

    /** The default seed of the published figures. */
    public static final long SEED = 20_261_207L;

    /** The 24 columns. */
    public static final List<String> COLUMNS = List.of("id", "name", "phone", "zip", "birth", "age", "sex",
            "nationality", "marital", "education", "occupation", "town", "household", "income", "care", "diagnosis",
            "employer", "blood", "language", "vehicle", "pension", "visits", "remarks", "updated");

    /** Quasi-identifiers of the 8-QI benchmark. */
    public static final List<String> QI8 = List.of("zip", "birth", "age", "occupation", "education", "marital", "sex",
            "nationality");

    /**
     * 20 quasi-identifiers (QI9 and 11 more columns, generalised by {@link #hierarchy}'s generic
     * ordered hierarchy: values in order, groups of 2, then of 8, then *): the high-dimensional
     * problem of the heuristic search's budget table (about 2.9 × 10^11 transformations).
     */
    public static final List<String> QI20 = List.of("zip", "birth", "age", "occupation", "education", "marital", "sex",
            "nationality", "town", "household", "income", "care", "diagnosis", "employer", "blood", "language",
            "vehicle", "pension", "visits", "remarks");

    /** The 9 quasi-identifiers of the 10 M-row run (QI8 and town). */
    public static final List<String> QI9 = List.of("zip", "birth", "age", "occupation", "education", "marital", "sex",
            "nationality", "town");

    private static final String[] NATIONALITY = {"JP", "CN", "KR", "VN", "PH", "BR", "NP", "ID", "US", "TH"};
    private static final String[] MARITAL = {"未婚", "既婚", "離別", "死別", "事実婚", "不詳"};
    private static final String[] CARE = {"なし", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"};
    private static final String[] BLOOD = {"A", "O", "B", "AB"};
    private static final LocalDate REFERENCE = LocalDate.of(2025, 1, 1);
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2010, 1, 1).toEpochDay() - FIRST_BIRTH.toEpochDay());

    private final SplittableRandom rnd;
    private final int[] zipCodes;
    private final double[] zipWeights;
    private final long row0;

    /**
     * @param seed the seed (same seed, same rows)
     */
    public SyntheticPopulation(long seed) {
        this.rnd = new SplittableRandom(seed);
        // 100 prefixes × 120 codes; prefixes and codes skewed (Zipf-like)
        zipCodes = new int[12_000];
        zipWeights = new double[12_000];
        SplittableRandom z = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double total = 0;
        for (int p = 0; p < 100; p++) {
            int prefix = 100 + z.nextInt(900);
            for (int c = 0; c < 120; c++) {
                int i = p * 120 + c;
                zipCodes[i] = prefix * 10_000 + z.nextInt(10_000);
                total += 1.0 / Math.pow(p + 1, 0.5) / Math.pow(c + 1, 0.6);
                zipWeights[i] = total;
            }
        }
        for (int i = 0; i < zipWeights.length; i++) {
            zipWeights[i] /= total;
        }
        this.row0 = 1;
    }

    private int pick(double[] cumulative) {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int skewed(int n, double s) {
        // inverse-power sampling: small indices more likely
        double u = rnd.nextDouble();
        return Math.min(n - 1, (int) (n * Math.pow(u, 1 + s)));
    }

    /**
     * The next record, all 24 columns.
     *
     * @param index the 0-based record number (for the id)
     * @param out filled with the cells
     */
    public void next(long index, String[] out) {
        LocalDate birth = FIRST_BIRTH.plusDays(rnd.nextInt(BIRTH_DAYS));
        int age = birth.until(REFERENCE).getYears();
        out[0] = String.format("P%09d", row0 + index);
        out[1] = "氏名" + Integer.toString(rnd.nextInt(2_000_000), 36);
        out[2] = String.format("0%d0-%04d-%04d", 7 + rnd.nextInt(3), rnd.nextInt(10_000), rnd.nextInt(10_000));
        out[3] = String.format("%07d", zipCodes[pick(zipWeights)]);
        out[4] = birth.toString();
        out[5] = Integer.toString(age);
        out[6] = rnd.nextInt(100) < 49 ? "M" : "F";
        out[7] = NATIONALITY[rnd.nextInt(100) < 95 ? 0 : 1 + rnd.nextInt(NATIONALITY.length - 1)];
        out[8] = MARITAL[age < 20 ? 0 : skewed(MARITAL.length, 1.0)];
        out[9] = "学歴" + skewed(16, 0.5);
        out[10] = "職業" + (age < 15 || age > 80 ? 0 : skewed(20, 0.3));
        int town = skewed(200, 0.8);
        out[11] = "町" + town;
        out[12] = Integer.toString(1 + skewed(8, 1.5));
        out[13] = Integer.toString(10 * skewed(2_000, 1.2));
        out[14] = CARE[age < 65 ? 0 : skewed(CARE.length, 1.0)];
        out[15] = "D" + skewed(30, 0.8);
        out[16] = "事業所" + rnd.nextInt(500);
        out[17] = BLOOD[skewed(4, 0.3)];
        out[18] = "L" + skewed(8, 2);
        out[19] = rnd.nextBoolean() ? "有" : "無";
        out[20] = Integer.toString(1_000 * skewed(1_000, 0.5));
        out[21] = Integer.toString(skewed(51, 1));
        out[22] = "備考" + skewed(100, 2);
        out[23] = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(366)).toString();
    }

    /**
     * A table of generated records.
     *
     * @param rows number of records
     * @param seed the seed
     * @param columns the columns to keep (in this order)
     * @return the table
     */
    public static Table table(int rows, long seed, List<String> columns) {
        SyntheticPopulation g = new SyntheticPopulation(seed);
        int[] idx = indexes(columns);
        Table.Builder b = Table.builder(columns);
        String[] all = new String[COLUMNS.size()];
        String[] cells = new String[columns.size()];
        for (int r = 0; r < rows; r++) {
            g.next(r, all);
            for (int i = 0; i < idx.length; i++) {
                cells[i] = all[idx[i]];
            }
            b.addRow(cells);
        }
        return b.build();
    }

    private static int[] indexes(List<String> columns) {
        int[] idx = new int[columns.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = COLUMNS.indexOf(columns.get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("no column " + columns.get(i));
            }
        }
        return idx;
    }

    /**
     * The hierarchy of a quasi-identifier of {@link #QI9} over the given values.
     *
     * @param column the column
     * @param values its distinct values
     * @return the hierarchy
     */
    public static Hierarchy hierarchy(String column, List<String> values) {
        return switch (column) {
            case "zip" -> Hierarchy.masking().maskRight(1, 2, 3, 4).build(values);
            case "birth" -> Hierarchy.dates().build(values);
            case "age" -> Hierarchy.intervals().width(10).width(20).build(values);
            case "occupation" -> Hierarchy.ordered(numbered("職業", 20)).groupSize(4).groupSize(2).build();
            case "education" -> Hierarchy.ordered(numbered("学歴", 16)).groupSize(2).groupSize(2).build();
            case "marital" -> Hierarchy.ordered(List.of(MARITAL)).groupSize(3).build();
            case "sex" -> Hierarchy.of(List.of(List.of("M", HierarchyBuilders.TOP), List.of("F", HierarchyBuilders.TOP)));
            case "nationality" -> {
                List<List<String>> rows = new ArrayList<>();
                for (String n : NATIONALITY) {
                    rows.add(List.of(n, HierarchyBuilders.TOP));
                }
                yield Hierarchy.of(rows);
            }
            case "town" -> {
                List<List<String>> rows = new ArrayList<>();
                for (int t = 0; t < 200; t++) {
                    rows.add(List.of("町" + t, "市" + (t / 10), HierarchyBuilders.TOP));
                }
                yield Hierarchy.of(rows);
            }
            default -> {
                // any other column: its values in order (numerically when all are numbers), groups of 2, of 8, then *
                List<String> order = new ArrayList<>(new java.util.TreeSet<>(values));
                if (order.stream().allMatch(v -> v.matches("-?\\d{1,15}"))) {
                    order.sort(java.util.Comparator.comparingLong(Long::parseLong));
                }
                if (order.size() < 2) {
                    throw new IllegalArgumentException("not a quasi-identifier: " + column);
                }
                yield Hierarchy.ordered(order).groupSize(2).groupSize(4).build();
            }
        };
    }

    private static List<String> numbered(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    /**
     * An anonymiser builder with the given quasi-identifiers and their hierarchies for a table.
     *
     * @param table the data
     * @param qis the quasi-identifiers
     * @return the builder (add models, suppression, metric)
     */
    public static Anonymizer.Builder builder(Table table, List<String> qis) {
        Anonymizer.Builder b = Anonymizer.builder();
        for (String q : qis) {
            b.quasiIdentifier(q, hierarchy(q, table.distinctValues(table.columnIndex(q).getAsInt())));
        }
        return b;
    }

    /**
     * Writes the data set, hierarchies and CLI configurations.
     *
     * @param args directory, rows, optional seed, optional column count (24 or 9)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticPopulation <dir> <rows> [seed] [24|9]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        List<String> columns = args.length > 3 && args[3].equals("9") ? QI9 : COLUMNS;
        Files.createDirectories(dir);
        int[] idx = indexes(columns);
        SyntheticPopulation g = new SyntheticPopulation(seed);
        Map<String, LinkedHashSet<String>> distinct = new LinkedHashMap<>();
        for (String q : QI9) {
            distinct.put(q, new LinkedHashSet<>());
        }
        String[] all = new String[COLUMNS.size()];
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve("population.csv"), StandardCharsets.UTF_8),
                1 << 16)) {
            w.write(String.join(",", columns));
            w.write("\r\n");
            StringBuilder sb = new StringBuilder(256);
            for (long r = 0; r < rows; r++) {
                g.next(r, all);
                sb.setLength(0);
                for (int i = 0; i < idx.length; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(all[idx[i]]);
                }
                sb.append("\r\n");
                w.write(sb.toString());
                for (String q : QI9) {
                    distinct.get(q).add(all[COLUMNS.indexOf(q)]);
                }
            }
        }
        for (String q : QI9) {
            Hierarchy h = hierarchy(q, new ArrayList<>(distinct.get(q)));
            try (Writer w = Files.newBufferedWriter(dir.resolve("hierarchy_" + q + ".csv"), StandardCharsets.UTF_8)) {
                for (List<String> row : h.rows()) {
                    w.write(String.join(";", row));
                    w.write("\n");
                }
            }
        }
        for (List<String> qis : List.of(QI8, QI9)) {
            StringBuilder cfg = new StringBuilder("{\"attributes\": {");
            boolean first = true;
            for (String c : columns) {
                String role = qis.contains(c) ? "quasi-identifying" : List.of("id", "name", "phone").contains(c)
                        ? "identifying" : List.of("care", "diagnosis").contains(c) ? "sensitive" : "insensitive";
                cfg.append(first ? "" : ",").append("\n  \"").append(c).append("\": {\"role\": \"").append(role)
                        .append('"');
                if (qis.contains(c)) {
                    cfg.append(", \"hierarchy\": \"hierarchy_").append(c).append(".csv\"");
                }
                cfg.append('}');
                first = false;
            }
            cfg.append("},\n \"privacy\": [{\"model\": \"k-anonymity\", \"k\": 5}],\n \"suppressionLimit\": 0.02,")
                    .append(" \"metric\": \"loss\"}\n");
            Files.writeString(dir.resolve("config-qi" + qis.size() + ".json"), cfg.toString(), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + rows + " rows x " + columns.size() + " columns to " + dir);
    }
}
