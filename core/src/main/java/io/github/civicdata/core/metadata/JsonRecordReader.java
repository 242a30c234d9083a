package io.github.civicdata.core.metadata;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.metadata.internal.JsonLocations;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the JSON form of records: syntax, schema, binding, then the record checks. */
final class JsonRecordReader extends JsonFileReader {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    JsonRecordReader(Optional<RecordChecks> checks, long maxBytes) {
        super(checks, maxBytes, MetadataRules.FILE_UNREADABLE, MetadataRules.FILE_TOO_LARGE,
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

    /** Parses JSON into a tree, or a syntax finding with line and column. */
    static Parsed parse(byte[] content, String source) {
        if (isBlank(content)) {
            return new Parsed(Optional.empty(), List.of(MetadataRules.finding(MetadataRules.JSON_SYNTAX)
                    .messageKey(MetadataRules.JSON_SYNTAX + ".empty").location(Location.of(source)).build()));
        }
        long bad = firstInvalidUtf8(content);
        if (bad >= 0) {
            String label = EncodingDetector.detect(content).label();
            return new Parsed(Optional.empty(), List.of(MetadataRules.finding(MetadataRules.JSON_SYNTAX)
                    .messageKey(MetadataRules.JSON_SYNTAX + ".encoding")
                    .location(Location.builder(source).byteOffset(bad).build())
                    .args(label, bad).build()));
        }
        try {
            JsonNode tree = STRICT.readTree(content);
            if (tree == null || tree.isMissingNode()) {
                return new Parsed(Optional.empty(), List.of(MetadataRules.finding(MetadataRules.JSON_SYNTAX)
                        .messageKey(MetadataRules.JSON_SYNTAX + ".empty").location(Location.of(source)).build()));
            }
            return new Parsed(Optional.of(tree), List.of());
        } catch (JsonProcessingException e) {
            return new Parsed(Optional.empty(), List.of(syntaxFinding(e, source)));
        } catch (IOException e) {
            return new Parsed(Optional.empty(), List.of(MetadataRules.finding(MetadataRules.JSON_SYNTAX)
                    .location(Location.of(source)).args(String.valueOf(e.getMessage())).build()));
        }
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    static long firstInvalidUtf8(byte[] content) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = dec.flush(out);
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return (b & 0xFF) == 0xEF && content.length == 3; // a lone UTF-8 BOM
            }
        }
        return true;
    }

    private static Finding syntaxFinding(JsonProcessingException e, String source) {
        Location.Builder loc = Location.builder(source);
        JsonLocation l = e.getLocation();
        if (l != null) {
            if (l.getLineNr() >= 1) {
                loc.line(l.getLineNr());
            }
            if (l.getColumnNr() >= 1) {
                loc.column(l.getColumnNr());
            }
            if (l.getByteOffset() >= 0) {
                loc.byteOffset(l.getByteOffset());
            }
        }
        String detail = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
        Matcher dup = DUPLICATE.matcher(detail);
        Finding.Builder b = MetadataRules.finding(MetadataRules.JSON_SYNTAX).location(loc.build());
        if (e instanceof StreamReadException && dup.find()) {
            b.messageKey(MetadataRules.JSON_SYNTAX + ".duplicate").args(dup.group(1));
        } else {
            b.args(firstLine(detail));
        }
        return b.build();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
