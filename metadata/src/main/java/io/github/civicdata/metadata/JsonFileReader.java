package io.github.civicdata.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.metadata.internal.FileContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the readers of JSON record files share: the {@code .json} file filter, the size limit, the strict
 * syntax check ({@link StrictJson}: UTF-8, no duplicate member, nesting and number limits) and the list of
 * rules a reader may report; subclasses map the parsed tree to a record.
 */
abstract class JsonFileReader implements RecordReader {
    final Optional<RecordChecks> checks;
    private final long maxBytes;
    private final StrictJson json;
    final List<RuleInfo> rules;

    JsonFileReader(Optional<RecordChecks> checks, long maxBytes, StrictJson.Limits limits, String... ruleIds) {
        this.checks = checks;
        this.maxBytes = maxBytes;
        this.json = StrictJson.of(limits);
        List<RuleInfo> r = new ArrayList<>(MetadataRules.of(ruleIds));
        checks.ifPresent(c -> r.addAll(c.rules()));
        this.rules = List.copyOf(r);
    }

    @Override
    public final boolean accepts(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public final RecordReadResult read(Path file) {
        String source = file.toString();
        FileContent c = FileContent.read(file, source, maxBytes);
        if (c.failure().isPresent()) {
            return new RecordReadResult(source, List.of(), List.of(c.failure().get()), rules);
        }
        return read(c.bytes(), source);
    }

    @Override
    public final RecordReadResult read(byte[] content, String source) {
        Objects.requireNonNull(source, "source");
        if (content.length > maxBytes) {
            return new RecordReadResult(source, List.of(), List.of(MetadataRules.finding(MetadataRules.FILE_TOO_LARGE)
                    .location(Location.of(source)).args((long) content.length, maxBytes).build()), rules);
        }
        JsonRecordReader.Parsed parsed = JsonRecordReader.parse(json, content, source);
        if (parsed.tree().isEmpty()) {
            return new RecordReadResult(source, List.of(), parsed.findings(), rules);
        }
        try {
            return fromTree(parsed.tree().get(), content, source);
        } catch (StackOverflowError e) {
            // only with a nesting limit raised far above the default: the schema check recurses
            return new RecordReadResult(source, List.of(), List.of(MetadataRules.finding(MetadataRules.JSON_SYNTAX)
                    .messageKey(MetadataRules.JSON_SYNTAX + ".stack").location(Location.of(source))
                    .args(json.limits().maxNestingDepth()).build()), rules);
        }
    }

    /**
     * Maps a syntactically valid JSON document to records and findings.
     *
     * @param tree the parsed document
     * @param content its bytes (for finding locations)
     * @param source the source name
     * @return the result
     */
    abstract RecordReadResult fromTree(JsonNode tree, byte[] content, String source);
}
