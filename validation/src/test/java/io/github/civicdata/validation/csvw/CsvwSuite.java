package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C CSVW test suite, offline: the manifests and files copied under {@code csvw-tests/} (see
 * SOURCES.md there), and a {@link CsvwResolver} that plays the suite's web server. Every URL under
 * {@value #BASE} is the file of the same path; a query string is ignored as a static server would
 * (the file is {@code text/csv} or {@code application/json} by its extension); the action of a test
 * carries the test's {@code httpLink} as its {@code Link} header; and the site-wide configuration
 * is that of www.w3.org ({@code /.well-known/csvm}: {@code {+url}-metadata.json},
 * {@code csv-metadata.json}, {@code {+url}.json}, {@code csvm.json}, as tests 259 and 260 state).
 * Nothing is fetched from the network.
 */
final class CsvwSuite {

    static final String BASE = "http://www.w3.org/2013/csvw/tests/";

    /** The lines of https://www.w3.org/.well-known/csvm that tests 259 and 260 rely on. */
    static final List<String> W3C_SITE_WIDE = List.of("{+url}-metadata.json", "csv-metadata.json", "{+url}.json",
            "csvm.json");

    /** One test of a manifest. */
    record Entry(String id, String type, String name, String action, Optional<String> result,
            Optional<String> metadata, boolean minimal, Optional<String> httpLink) {

        String actionUrl() {
            return BASE + action;
        }

        /** The action is a metadata file (the run starts from it) rather than a CSV file. */
        boolean startsFromMetadata() {
            return action.endsWith(".json");
        }

        CsvwInput input() {
            if (startsFromMetadata()) {
                return new CsvwInput(Optional.empty(), Optional.of(actionUrl()), false);
            }
            return new CsvwInput(Optional.of(actionUrl()), metadata.map(m -> BASE + m), false);
        }
    }

    /**
     * The tests of the three manifests that do not pass, keyed {@code validation#test123},
     * {@code rdf#test123} or {@code json#test123}, with the reason: the one place that lists them
     * (docs/validation.md repeats it). Empty: every test passes.
     */
    static final Map<String, String> NOT_PASSING = Map.of();

    private CsvwSuite() {
    }

    static Path root() {
        try {
            return Path.of(CsvwSuite.class.getResource("/csvw-tests/manifest-validation.jsonld").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Entry> manifest(String name) throws IOException {
        JsonNode m = new ObjectMapper().readTree(root().resolve(name).toFile());
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : m.get("entries")) {
            JsonNode opt = e.path("option");
            out.add(new Entry(e.get("id").asText().substring(e.get("id").asText().indexOf('#') + 1),
                    e.get("type").asText().replace("csvt:", ""), e.get("name").asText(), e.get("action").asText(),
                    Optional.ofNullable(e.get("result")).map(JsonNode::asText),
                    Optional.ofNullable(opt.get("metadata")).map(JsonNode::asText), opt.path("minimal").asBoolean(false),
                    Optional.ofNullable(e.get("httpLink")).map(JsonNode::asText)));
        }
        return out;
    }

    /** The suite's web server, offline, for one test. */
    static CsvwResolver resolver(Entry entry) {
        Path root = root();
        return new CsvwResolver() {
            @Override
            public boolean fetches(String url) {
                return url.startsWith(BASE);
            }

            @Override
            public Optional<CsvwResource> resolve(String url) {
                String path = url.substring(BASE.length());
                int q = path.indexOf('?');
                if (q >= 0) {
                    path = path.substring(0, q);
                }
                Path p = root.resolve(path).normalize();
                if (!p.startsWith(root) || !Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                CsvwResource r = CsvwResource.of(p);
                String name = p.getFileName().toString();
                if (name.endsWith(".csv")) {
                    r = r.withContentType("text/csv");
                } else if (name.endsWith(".tsv")) {
                    r = r.withContentType("text/tab-separated-values");
                } else if (name.endsWith(".json") || name.endsWith(".jsonld")) {
                    r = r.withContentType("application/json");
                }
                if (url.equals(entry.actionUrl()) && entry.httpLink().isPresent()) {
                    r = r.withLinks(List.of(entry.httpLink().get()));
                }
                return Optional.of(r);
            }

            @Override
            public List<String> siteWideLocations(String url) {
                return W3C_SITE_WIDE;
            }
        };
    }

    static CsvwProcessor processor(Entry e) {
        return CsvwProcessor.builder().resolver(resolver(e)).minimal(e.minimal()).maxFindings(10_000)
                .maxFindingsPerColumn(0).build();
    }

    static long count(CsvwResult r, Severity s) {
        return r.report().count(s);
    }

    /** The findings of a result as short lines, for failure messages. */
    static String describe(CsvwResult r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.report().findings()) {
            sb.append("\n  ").append(f.severity().id()).append(' ').append(f.ruleId()).append(' ')
                    .append(f.messageKey()).append(' ').append(f.arguments()).append(" @ ")
                    .append(f.location().source()).append(f.location().pointer().map(p -> " " + p).orElse(""))
                    .append(f.location().row().isPresent() ? " row " + f.location().row().getAsLong() : "");
        }
        return sb.toString();
    }

    /** Counts pass/fail by test type, in insertion order. */
    static final class Tally {
        final Map<String, int[]> byType = new LinkedHashMap<>();

        void add(String type, boolean pass) {
            int[] c = byType.computeIfAbsent(type, t -> new int[2]);
            c[pass ? 0 : 1]++;
        }

        int passed() {
            return byType.values().stream().mapToInt(c -> c[0]).sum();
        }

        int total() {
            return byType.values().stream().mapToInt(c -> c[0] + c[1]).sum();
        }

        String table(String title) {
            StringBuilder sb = new StringBuilder(title).append('\n');
            for (Map.Entry<String, int[]> e : byType.entrySet()) {
                sb.append(String.format("  %-28s %4d / %4d%n", e.getKey(), e.getValue()[0],
                        e.getValue()[0] + e.getValue()[1]));
            }
            sb.append(String.format("  %-28s %4d / %4d%n", "total", passed(), total()));
            return sb.toString();
        }
    }
}
