package io.github.civicdata.vocab.gif;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the property names of the shipped IMI コア語彙 2.4.2 Turtle file without an RDF parser: the
 * file declares each property as a line {@code ic:名前} followed by {@code a owl:ObjectProperty} or
 * {@code a owl:DatatypeProperty}. A test compares the result with Jena's reading of the same file.
 * Not API.
 *
 * <p>At run time the names come from {@value #PROPERTIES}, one per line, precomputed from the Turtle
 * file by {@link #properties(String)} (reading and splitting the 189 KB Turtle file cost about 20 ms
 * CPU of every {@code validate} start); {@code CoreDataModelTest} regenerates the list from the Turtle
 * file and fails when the shipped one differs ({@code -Dgolden.update=true} rewrites it).
 */
final class ImiCore {

    /** The precomputed property names, relative to the data directory. */
    static final String PROPERTIES = "imi/imicore242-properties.txt";

    private ImiCore() {
    }

    /** The local names of the {@code ic:} properties. */
    static Set<String> properties(String turtle) {
        Set<String> out = new LinkedHashSet<>();
        String[] lines = turtle.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("ic:")) {
                continue;
            }
            String rest = l.substring(3);
            int sp = rest.indexOf(' ');
            String name = sp < 0 ? rest : rest.substring(0, sp);
            String decl = sp < 0 ? (i + 1 < lines.length ? lines[i + 1].strip() : "") : rest.substring(sp).strip();
            if (decl.startsWith("a owl:ObjectProperty") || decl.startsWith("a owl:DatatypeProperty")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The shipped, precomputed property names ({@value #PROPERTIES}): {@link #properties(String)} of the Turtle file. */
    static Set<String> shipped(String list) {
        return new LinkedHashSet<>(List.of(list.strip().split("\n")));
    }

    /** The text of {@value #PROPERTIES} for the given names: one per line, in order. */
    static String listText(Set<String> names) {
        return String.join("\n", names) + "\n";
    }
}
