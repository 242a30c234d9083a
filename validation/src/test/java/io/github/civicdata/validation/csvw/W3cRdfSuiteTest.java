package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Severity;
import io.github.civicdata.rdf.csvw.CsvwRdfWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The W3C CSVW RDF manifest ({@code manifest-rdf.jsonld}, 270 tests), offline through
 * {@link CsvwSuite}: the converter's triples must be isomorphic (Jena) to the expected Turtle,
 * parsed against the action's URL; a test "with warnings" must also give a warning, a negative
 * test an error; no test may give an error and output.
 */
class W3cRdfSuiteTest {

    /** At least 95 % of 270. */
    private static final int TARGET = 257;

    @Test
    void rdfManifest() throws Exception {
        CsvwSuite.Tally tally = new CsvwSuite.Tally();
        List<String> failures = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int entries = 0;
        for (CsvwSuite.Entry e : CsvwSuite.manifest("manifest-rdf.jsonld")) {
            entries++;
            StringBuilder nt = new StringBuilder();
            CsvwResult r = CsvwSuite.processor(e).toRdf(e.input(), t -> nt.append(t.toNTriples()).append('\n'));
            long errors = CsvwSuite.count(r, Severity.ERROR);
            long warnings = CsvwSuite.count(r, Severity.WARNING);
            String why = "";
            boolean pass;
            if (e.type().equals("NegativeRdfTest")) {
                pass = errors > 0;
                why = pass ? "" : "no error";
            } else {
                boolean same = isomorphic(nt.toString(), e);
                boolean warned = !e.type().equals("ToRdfTestWithWarnings") || warnings > 0;
                pass = errors == 0 && same && warned;
                why = (errors > 0 ? " errors" : "") + (same ? "" : " graph differs") + (warned ? "" : " no warning");
                if (!same && errors == 0) {
                    why += diff(nt.toString(), e);
                }
            }
            tally.add(e.type(), pass);
            String id = "rdf#" + e.id();
            if (!pass) {
                String line = e.id() + " " + e.type() + " " + e.name() + ":" + why + CsvwSuite.describe(r);
                failures.add(line);
                if (!CsvwSuite.NOT_PASSING.containsKey(id)) {
                    unexpected.add(line);
                }
            } else if (CsvwSuite.NOT_PASSING.containsKey(id)) {
                unexpected.add(id + " passes now: take it off CsvwSuite.NOT_PASSING and docs/validation.md");
            }
        }
        System.out.println(tally.table("W3C CSVW RDF manifest"));
        failures.forEach(System.out::println);
        assertThat(entries).isEqualTo(270);
        assertThat(unexpected).as("results that differ from CsvwSuite.NOT_PASSING").isEmpty();
        assertThat(tally.passed()).isGreaterThanOrEqualTo(TARGET);
    }

    static boolean isomorphic(String ntriples, CsvwSuite.Entry e) throws Exception {
        try (InputStream a = new ByteArrayInputStream(ntriples.getBytes(StandardCharsets.UTF_8));
                InputStream b = Files.newInputStream(CsvwSuite.root().resolve(e.result().orElseThrow()))) {
            return CsvwRdfWriter.isomorphic(a, "NTRIPLES", b, "TURTLE", e.actionUrl());
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static String diff(String ntriples, CsvwSuite.Entry e) throws Exception {
        try (InputStream a = new ByteArrayInputStream(ntriples.getBytes(StandardCharsets.UTF_8));
                InputStream b = Files.newInputStream(CsvwSuite.root().resolve(e.result().orElseThrow()))) {
            List<String> got = CsvwRdfWriter.lines(a, "NTRIPLES", e.actionUrl());
            List<String> want = CsvwRdfWriter.lines(b, "TURTLE", e.actionUrl());
            List<String> missing = new ArrayList<>();
            for (String w : want) {
                if (!w.contains("_:") && !got.contains(w)) {
                    missing.add(w);
                }
            }
            List<String> extra = new ArrayList<>();
            for (String g : got) {
                if (!g.contains("_:") && !want.contains(g)) {
                    extra.add(g);
                }
            }
            return " (" + got.size() + " triples, expected " + want.size() + ")\n    missing " + head(missing)
                    + "\n    extra " + head(extra);
        } catch (IllegalArgumentException ex) {
            return " (" + ex.getMessage() + ")";
        }
    }

    private static String head(List<String> l) {
        return l.size() <= 4 ? l.toString() : l.subList(0, 4) + " … " + (l.size() - 4) + " more";
    }
}
