package io.github.civicdata.anonymize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape rules every {@link Hierarchy} is checked against when it is made, whatever its source
 * (file, rows, builder). Messages name the source, lines and levels, never a value: the same
 * hierarchy type serves sensitive attributes.
 *
 * <ol>
 *   <li>at least one row, every row as long as the first ({@code anon.hierarchy.empty},
 *       {@code anon.hierarchy.depth});</li>
 *   <li>level 0 is the data value itself, so every original value has exactly one row
 *       ({@code anon.hierarchy.duplicate});</li>
 *   <li>monotone: a value at level {@code i} becomes the same value at level {@code i + 1} in
 *       every row ({@code anon.hierarchy.not-monotone});</li>
 *   <li>a generalised value (level 1 and above) is never the original value of another row:
 *       otherwise generalised data reads as that other original value, and {@code 男;女} /
 *       {@code 女;男} swaps the values of every row ({@code anon.hierarchy.generalised-is-original}).
 *       A row may keep its own value at higher levels ({@code 90+;90+;*}). Hierarchies re-rooted
 *       with {@link Hierarchy#fromLevel(int)} are exempt: their original values are already
 *       generalised values of a checked hierarchy;</li>
 *   <li>a tree: a value has one parent whatever the level it appears at
 *       ({@code anon.hierarchy.two-parents}), and following parents never comes back to a value
 *       ({@code anon.hierarchy.cycle}). A value kept unchanged from one level to the next is not a
 *       parent of itself.</li>
 * </ol>
 *
 * <p>Not API; stateless.
 */
final class HierarchyShape {

    private HierarchyShape() {
    }

    /**
     * Checks the rows and returns the row index of every original value.
     *
     * @param source the hierarchy's name for messages
     * @param rows the rows, leaf first
     * @param lines the source line of each row, or null (then row {@code i} is line {@code i + 1})
     * @param derived whether the rows come from an already checked hierarchy ({@code fromLevel})
     * @return original value → row index
     * @throws AnonymizationException (configuration) naming the first rule broken
     */
    static Map<String, Integer> check(String sourceName, List<List<String>> rows, List<Long> lines, boolean derived) {
        Name source = new Name(sourceName);
        if (rows.isEmpty()) {
            throw AnonymizationException.config("anon.hierarchy.empty", source);
        }
        int levels = rows.get(0).size();
        Map<String, Integer> leafRow = new HashMap<>(rows.size() * 2);
        List<Map<String, Integer>> up = new ArrayList<>();
        for (int l = 0; l + 1 < levels; l++) {
            up.add(new HashMap<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() != levels) {
                throw AnonymizationException.config("anon.hierarchy.depth", source, line(lines, i), levels, r.size());
            }
            Integer prev = leafRow.putIfAbsent(r.get(0), i);
            if (prev != null) {
                throw AnonymizationException.config("anon.hierarchy.duplicate", source, line(lines, i), line(lines, prev));
            }
            for (int l = 0; l + 1 < levels; l++) {
                Integer seen = up.get(l).putIfAbsent(r.get(l), i);
                if (seen != null && !rows.get(seen).get(l + 1).equals(r.get(l + 1))) {
                    throw AnonymizationException.config("anon.hierarchy.not-monotone", source, line(lines, i), l,
                            l + 1, line(lines, seen));
                }
            }
        }
        if (!derived) {
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = rows.get(i);
                for (int l = 1; l < levels; l++) {
                    Integer other = leafRow.get(r.get(l));
                    if (other != null && other != i) {
                        throw AnonymizationException.config("anon.hierarchy.generalised-is-original", source,
                                line(lines, i), l, line(lines, other));
                    }
                }
            }
        }
        checkTree(source, rows, lines, levels);
        return leafRow;
    }

    /**
     * The source name as a message argument: a file path, shown whole (string arguments are cut at
     * 80 characters as user values are, which would cut off the file name).
     */
    private record Name(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where an edge value → parent was first seen. */
    private record Edge(String parent, int row, int level) {
    }

    private static void checkTree(Name source, List<List<String>> rows, List<Long> lines, int levels) {
        Map<String, Edge> parent = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            for (int l = 0; l + 1 < levels; l++) {
                String v = r.get(l);
                String p = r.get(l + 1);
                if (v.equals(p)) {
                    continue;
                }
                Edge e = parent.putIfAbsent(v, new Edge(p, i, l));
                if (e != null && !e.parent().equals(p)) {
                    throw AnonymizationException.config("anon.hierarchy.two-parents", source, line(lines, i), l,
                            line(lines, e.row()), e.level());
                }
            }
        }
        // every value has at most one parent: walk each chain once, colouring values on the way
        Map<String, Integer> state = new HashMap<>(); // 1 on the current walk, 2 done
        for (String start : parent.keySet()) {
            List<String> walk = new ArrayList<>();
            String v = start;
            while (v != null && !state.containsKey(v)) {
                state.put(v, 1);
                walk.add(v);
                Edge e = parent.get(v);
                v = e == null ? null : e.parent();
            }
            if (v != null && state.get(v) == 1) {
                Edge e = parent.get(v);
                throw AnonymizationException.config("anon.hierarchy.cycle", source, line(lines, e.row()), e.level());
            }
            for (String w : walk) {
                state.put(w, 2);
            }
        }
    }

    private static long line(List<Long> lines, int row) {
        return lines == null ? row + 1L : lines.get(row);
    }
}
