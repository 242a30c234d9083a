package io.github.civicdata.anonymize;

/** A finished search over the lattice of transformations: optimal ({@link Search}) or heuristic ({@link HeuristicSearch}). */
interface LatticeSearch {

    /** The best transformation found, or null if none satisfies the models. */
    int[] best();

    /** Its metric value. */
    double bestValue();

    /** Transformations checked. */
    long checks();

    /** A lower bound of the metric over every transformation (equal to the best value when optimal). */
    double lowerBound();

    /** Whether the best transformation is proven optimal. */
    boolean optimal();

    /** Whether the heuristic search ran. */
    boolean heuristic();

    /** The evaluator (its cache may be dropped afterwards). */
    Evaluator evaluator();
}
