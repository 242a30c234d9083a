package io.github.civicdata.vocab.gif;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the property names of the shipped IMI コア語彙 2.4.2 Turtle file without an RDF parser: the
 * file declares each property as a line {@code ic:名前} followed by {@code a owl:ObjectProperty} or
 * {@code a owl:DatatypeProperty}. A test compares the result with Jena's reading of the same file.
 * Not API.
 */
final class ImiCore {

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
}
