package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Gets documents through the {@link CsvwResolver}, turning what can go wrong into findings: a URL
 * the resolver does not fetch ({@code csvw.remote}), a document that is missing or unreadable
 * ({@code csvw.unreadable}), metadata that is not JSON ({@code csvw.metadata.syntax}).
 *
 * <p>Not thread-safe: one per run.
 */
final class Fetcher {

    /** A document that was found: its URL and what the resolver said about it. */
    record Found(String url, CsvwResource resource) {
    }

    private final CsvwResolver resolver;
    private final Problems problems;
    private final Names names;

    Fetcher(CsvwResolver resolver, Problems problems, Names names) {
        this.resolver = resolver;
        this.problems = problems;
        this.names = names;
    }

    CsvwResolver resolver() {
        return resolver;
    }

    /**
     * Looks a document up without reporting its absence (for locating metadata).
     *
     * @return the document, or empty when it is not there, not fetched, or unreadable
     */
    Optional<Found> probe(String url) {
        String u = Urls.withoutFragment(url);
        if (!resolver.fetches(u)) {
            return Optional.empty();
        }
        try {
            return resolver.resolve(u).map(r -> new Found(u, r));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Gets a document that must be there, reporting why not at {@code where}.
     *
     * @return the document, or empty (a finding was added)
     */
    Optional<Found> require(String url, Location where) {
        String u = Urls.withoutFragment(url);
        if (!resolver.fetches(u)) {
            problems.add(CsvwRules.REMOTE, CsvwRules.REMOTE, where, null, u);
            return Optional.empty();
        }
        try {
            Optional<CsvwResource> r = resolver.resolve(u);
            if (r.isEmpty()) {
                problems.add(CsvwRules.UNREADABLE, "csvw.unreadable.not-found", where, null, names.of(u));
                return Optional.empty();
            }
            return Optional.of(new Found(u, r.get()));
        } catch (IOException e) {
            problems.add(CsvwRules.UNREADABLE, CsvwRules.UNREADABLE, where, null, names.of(u), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Reads a found document as JSON; syntax errors and limits are findings on the document.
     *
     * @return the JSON, or empty (a finding was added)
     */
    Optional<JsonNode> json(Found doc) {
        String name = names.of(doc.url());
        try (InputStream in = doc.resource().opener().open()) {
            return Optional.of(JsonDocs.read(in));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            Location where = line > 0 ? Location.builder(name).line(line).build() : Location.of(name);
            problems.add(CsvwRules.METADATA_SYNTAX, CsvwRules.METADATA_SYNTAX, where, null, e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(CsvwRules.UNREADABLE, CsvwRules.UNREADABLE, Location.of(name), null, name,
                    String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }
}
