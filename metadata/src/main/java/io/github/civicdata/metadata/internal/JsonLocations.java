package io.github.civicdata.metadata.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line and column where each JSON pointer of a well-formed document starts (the member name
 * for object members, the value for array elements), so that findings made on the parsed tree
 * can name the line and column of the file too.
 *
 * <p>Not API. Immutable after construction and thread-safe.
 *
 * <pre>{@code
 * JsonLocations locs = JsonLocations.of(bytes);
 * List<Finding> located = locs.locate(findings);
 * }</pre>
 */
public final class JsonLocations {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, long[]> positions;

    private JsonLocations(Map<String, long[]> positions) {
        this.positions = positions;
    }

    /**
     * Scans a document; a document that does not parse gives whatever was seen before the error.
     *
     * @param content the JSON bytes
     * @return the positions
     */
    public static JsonLocations of(byte[] content) {
        Map<String, long[]> map = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String ptr;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ptr = p.getParsingContext().getParent() == null
                            ? "" : p.getParsingContext().getParent().pathAsPointer().toString();
                } else {
                    ptr = p.getParsingContext().pathAsPointer().toString();
                }
                JsonLocation loc = p.currentTokenLocation();
                map.putIfAbsent(ptr, new long[] {loc.getLineNr(), loc.getColumnNr()});
            }
        } catch (IOException e) {
            // keep what was seen
        }
        return new JsonLocations(map);
    }

    /**
     * Adds the line and column of each finding's pointer (or of its nearest ancestor that exists
     * in the document) to findings that have a pointer but no line.
     *
     * @param findings the findings
     * @return the findings with lines and columns
     */
    public List<Finding> locate(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Location l = f.location();
            if (l.pointer().isEmpty() || l.line().isPresent()) {
                out.add(f);
                continue;
            }
            String ptr = l.pointer().get();
            long[] pos = positions.get(ptr);
            while (pos == null && !ptr.isEmpty()) {
                ptr = ptr.substring(0, Math.max(0, ptr.lastIndexOf('/')));
                pos = positions.get(ptr);
            }
            if (pos == null || pos[0] < 1) {
                out.add(f);
                continue;
            }
            Location.Builder b = l.toBuilder().line(pos[0]);
            if (pos[1] >= 1 && pos[1] <= Integer.MAX_VALUE) {
                b.column((int) pos[1]);
            }
            out.add(new Finding(f.ruleId(), f.severity(), b.build(), f.messageKey(), f.arguments(), f.value(),
                    f.suggestion()));
        }
        return out;
    }
}
