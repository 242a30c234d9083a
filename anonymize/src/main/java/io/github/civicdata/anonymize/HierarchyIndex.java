package io.github.civicdata.anonymize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hierarchy's rows as integers, computed once per {@link Hierarchy} and cached there: per level,
 * an id for every row (equal labels, equal ids; dense in order of first appearance), the label of
 * each id and the number of leaves (rows) under it. Problems map data values to these ids with
 * array reads instead of hashing labels again on every search. Immutable.
 */
final class HierarchyIndex {

    /** ids[level][row]. */
    final int[][] ids;
    /** labels[level][id]. */
    final String[][] labels;
    /** leaves[level][id]. */
    final int[][] leaves;

    HierarchyIndex(List<List<String>> rows) {
        int levels = rows.isEmpty() ? 0 : rows.get(0).size();
        ids = new int[levels][rows.size()];
        labels = new String[levels][];
        leaves = new int[levels][];
        for (int l = 0; l < levels; l++) {
            Map<String, Integer> seen = new HashMap<>();
            List<String> lab = new ArrayList<>();
            List<Integer> count = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                String g = rows.get(r).get(l);
                Integer id = seen.get(g);
                if (id == null) {
                    id = lab.size();
                    seen.put(g, id);
                    lab.add(g);
                    count.add(0);
                }
                ids[l][r] = id;
                count.set(id, count.get(id) + 1);
            }
            labels[l] = lab.toArray(new String[0]);
            leaves[l] = count.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
