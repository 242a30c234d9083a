package io.github.civicdata.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.metadata.internal.JsonLocations;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the JSON form of records: syntax, schema, binding, then the record checks. */
final class JsonRecordReader extends JsonFileReader {

    JsonRecordReader(Optional<RecordChecks> checks, long maxBytes, StrictJson.Limits limits) {
        super(checks, maxBytes, limits, MetadataRules.FILE_UNREADABLE, MetadataRules.FILE_TOO_LARGE,
                MetadataRules.JSON_SYNTAX, MetadataRules.SCHEMA, MetadataRules.INVALID_VALUE);
    }

    @Override
    RecordReadResult fromTree(JsonNode tree, byte[] content, String source) {
        JsonLocations locations = JsonLocations.of(content);
        List<Finding> findings = new ArrayList<>(JsonSchemaCheck.validate(tree, source));
        Optional<DatasetRecord> record = Optional.empty();
        if (findings.isEmpty()) {
            JsonRecordCodec.Binder binder = new JsonRecordCodec.Binder(source);
            record = binder.bind(tree);
            findings.addAll(binder.findings());
        }
        if (record.isPresent() && checks.isPresent()) {
            checks.get().check(record.get(), source).forEach(f -> findings.add(inFileOrder(f, tree)));
        }
        return new RecordReadResult(source, record.stream().toList(), sorted(locations.locate(findings)), rules);
    }

    /**
     * Points a finding on an element of a list the record keeps sorted (the inventory's data items)
     * at the element's place in the file: the record's index is not the file's.
     */
    static Finding inFileOrder(Finding f, JsonNode tree) {
        Optional<String> ptr = f.location().pointer();
        if (ptr.isEmpty() || f.value().isEmpty()) {
            return f;
        }
        int slash = ptr.get().lastIndexOf('/');
        JsonNode list = tree.at(ptr.get().substring(0, slash));
        if (!list.isArray() || !ptr.get().substring(slash + 1).chars().allMatch(Character::isDigit)
                || f.value().get().equals(tree.at(ptr.get()).textValue())) {
            return f;
        }
        for (int i = 0; i < list.size(); i++) {
            if (f.value().get().equals(list.get(i).textValue())) {
                Location moved = Location.pointer(f.location().source(), ptr.get().substring(0, slash + 1) + i);
                return new Finding(f.ruleId(), f.severity(), moved, f.messageKey(), f.arguments(), f.value(),
                        f.suggestion());
            }
        }
        return f;
    }

    /** Orders findings by line and column (findings without a line first), keeping the order of ties. */
    static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingLong((Finding f) -> f.location().line().orElse(0))
                .thenComparingInt(f -> f.location().column().orElse(0)));
        return out;
    }

    record Parsed(Optional<JsonNode> tree, List<Finding> findings) {
    }

    /** Parses JSON into a tree, or one {@code metadata.json-syntax} finding with line and column. */
    static Parsed parse(StrictJson json, byte[] content, String source) {
        StrictJson.Outcome o = json.read(content);
        if (o.tree().isPresent()) {
            return new Parsed(o.tree(), List.of());
        }
        return new Parsed(Optional.empty(), List.of(finding(o.problem().orElseThrow(), content, source)));
    }

    /** The finding of a JSON problem; the setting named for a limit is the reader builder's. */
    static Finding finding(StrictJson.Problem problem, byte[] content, String source) {
        Finding.Builder b = MetadataRules.finding(MetadataRules.JSON_SYNTAX);
        Location.Builder loc = problem.at().addTo(Location.builder(source));
        if (problem instanceof StrictJson.Empty) {
            return b.messageKey(MetadataRules.JSON_SYNTAX + ".empty").location(Location.of(source)).build();
        } else if (problem instanceof StrictJson.Encoding) {
            String guess = EncodingDetector.detect(content).label();
            if (guess.equals("UTF-8")) {
                b.messageKey(MetadataRules.JSON_SYNTAX + ".invalid-bytes")
                        .args(problem.at().byteOffset(), problem.at().line());
            } else {
                b.messageKey(MetadataRules.JSON_SYNTAX + ".encoding")
                        .args(guess, problem.at().byteOffset(), problem.at().line());
            }
        } else if (problem instanceof StrictJson.DuplicateKey d) {
            loc.pointer(d.pointer());
            b.messageKey(MetadataRules.JSON_SYNTAX + ".duplicate").args(d.key(), d.first().line(), d.at().line());
        } else if (problem instanceof StrictJson.TooDeep d) {
            b.messageKey(MetadataRules.JSON_SYNTAX + ".too-deep").args(d.depth(), d.limit());
        } else if (problem instanceof StrictJson.NumberTooLong n) {
            b.messageKey(MetadataRules.JSON_SYNTAX + ".number-too-long").args(n.length(), n.limit());
        } else if (problem instanceof StrictJson.Syntax x) {
            b.args(x.detail());
        }
        return b.location(loc.build()).build();
    }
}
