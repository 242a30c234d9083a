package io.github.civicdata.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.internal.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Validates a JSON tree against the published JSON Schema with Everit and turns every violation
 * into a bilingual finding of rule {@code metadata.schema} with a JSON pointer.
 *
 * <p>Schemas are loaded from the jar only: the schema client refuses every URL that is not one of
 * ours, so validation never touches the network.
 */
final class JsonSchemaCheck {

    static final String BASE = "https://civicdata.github.io/schemas/metadata/";
    static final String RESOURCE_DIR = "/io/github/civicdata/metadata/";
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*)]");
    private static final Pattern EXPECTED_FOUND = Pattern.compile("expected type: (\\S+), found: (\\S+)");

    private static final class Holder {
        static final Schema DATASET_RECORD = load(MetadataSchema.DATASET_RECORD);
    }

    private JsonSchemaCheck() {
    }

    private static Schema load(MetadataSchema which) {
        JSONObject raw = new JSONObject(new JSONTokener(which.text()));
        SchemaClient client = url -> {
            if (url.startsWith(BASE)) {
                String name = url.substring(BASE.length());
                InputStream in = JsonSchemaCheck.class.getResourceAsStream(RESOURCE_DIR + name);
                if (in != null) {
                    return in;
                }
            }
            throw new UncheckedIOException(new IOException("schema not bundled (no remote loading): " + url));
        };
        return SchemaLoader.builder()
                .schemaClient(client)
                .schemaJson(raw)
                .draftV7Support()
                .build()
                .load()
                .build();
    }

    /**
     * Validates a document against the dataset record schema.
     *
     * @return one finding per violating pointer (empty when the document is valid)
     */
    static List<Finding> validate(JsonNode tree, String source) {
        Object subject = toOrgJson(tree);
        try {
            Holder.DATASET_RECORD.validate(subject);
            return List.of();
        } catch (ValidationException e) {
            List<ValidationException> leaves = new ArrayList<>();
            flatten(e, leaves);
            Map<String, Finding> byPointer = new LinkedHashMap<>();
            for (ValidationException leaf : leaves) {
                Finding f = toFinding(leaf, tree, source);
                String ptr = f.location().pointer().orElse("");
                Finding prev = byPointer.get(ptr);
                if (prev == null || (prev.messageKey().equals("metadata.schema.pattern")
                        && f.messageKey().startsWith("metadata.schema.expected."))) {
                    byPointer.put(ptr, f);
                }
            }
            return List.copyOf(byPointer.values());
        }
    }

    private static void flatten(ValidationException e, List<ValidationException> out) {
        if (e.getCausingExceptions().isEmpty()) {
            out.add(e);
        } else {
            e.getCausingExceptions().forEach(c -> flatten(c, out));
        }
    }

    private static Finding toFinding(ValidationException e, JsonNode tree, String source) {
        String ptr = e.getPointerToViolation() == null ? "" : e.getPointerToViolation();
        if (ptr.startsWith("#")) {
            ptr = ptr.substring(1);
        }
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String msg = e.getErrorMessage() == null ? String.valueOf(e.getMessage()) : e.getErrorMessage();
        Schema violated = e.getViolatedSchema();
        Finding.Builder b = MetadataRules.finding(MetadataRules.SCHEMA);
        JsonNode at = tree.at(ptr.isEmpty() ? "" : ptr);
        Optional<String> shown = at.isValueNode() && !at.isNull() ? Optional.of(at.asText()) : Optional.empty();
        switch (keyword) {
            case "required" -> {
                String name = bracketed(msg);
                ptr = ptr + Fields.pointer(name);
                b.messageKey("metadata.schema.required").args(name);
            }
            case "additionalProperties" -> {
                String name = bracketed(msg);
                ptr = ptr + Fields.pointer(name);
                b.messageKey("metadata.schema.unknown-member").args(name);
                if (violated instanceof ObjectSchema os) {
                    closest(name, os.getPropertySchemas().keySet()).ifPresent(b::suggestion);
                }
                shown = Optional.empty();
            }
            case "type" -> {
                Matcher m = EXPECTED_FOUND.matcher(msg);
                String expected = m.find() ? jsonType(m.group(1)) : "?";
                String found = jsonType(jsonTypeOf(at));
                b.messageKey("metadata.schema.type").args(expected, found);
            }
            case "enum" -> {
                Collection<Object> allowed = violated instanceof EnumSchema es ? es.getPossibleValues() : List.of();
                TreeSet<String> sorted = new TreeSet<>();
                allowed.forEach(a -> sorted.add(String.valueOf(a)));
                b.messageKey("metadata.schema.enum").args(shown.orElse(""), String.join(", ", sorted));
                if (ptr.endsWith("/" + Fields.ACCRUAL_PERIODICITY) || ptr.endsWith("/" + Fields.UPDATE_CYCLE)) {
                    shown.flatMap(Frequency::parse).ifPresent(f -> b.suggestion(f.code()));
                }
            }
            case "pattern", "format", "minLength", "maxLength" -> {
                Object tag = violated == null ? null : violated.getUnprocessedProperties().get("x-civicdata-expected");
                if (tag != null) {
                    b.messageKey("metadata.schema.expected." + tag).args(shown.orElse(""));
                    if ("lgcode".equals(tag) && shown.isPresent() && shown.get().strip().matches("[0-9]{5}")) {
                        b.suggestion(LocalGovernmentCode.parse(shown.get()).value());
                    }
                } else if (keyword.equals("maxLength")) {
                    b.messageKey("metadata.schema.too-long").args(shown.map(String::length).orElse(0));
                } else {
                    b.messageKey("metadata.schema.pattern").args(shown.orElse(""));
                }
            }
            case "minimum" -> b.messageKey("metadata.schema.minimum").args(shown.orElse(""));
            case "minProperties", "minItems" -> b.messageKey("metadata.schema.empty");
            default -> b.messageKey("metadata.schema.other").args(keyword, msg);
        }
        shown.ifPresent(b::value);
        return b.location(Location.pointer(source, ptr)).build();
    }

    private static String bracketed(String msg) {
        Matcher m = BRACKETED.matcher(msg);
        return m.find() ? m.group(1) : msg;
    }

    private static String jsonType(String everitType) {
        return switch (everitType) {
            case "String" -> "string";
            case "JSONObject" -> "object";
            case "JSONArray" -> "array";
            case "Boolean" -> "boolean";
            case "Integer", "Long", "BigInteger" -> "integer";
            case "Number", "Double", "BigDecimal", "Float" -> "number";
            case "Null" -> "null";
            default -> everitType.toLowerCase(Locale.ROOT);
        };
    }

    private static String jsonTypeOf(JsonNode n) {
        if (n.isObject()) {
            return "JSONObject";
        } else if (n.isArray()) {
            return "JSONArray";
        } else if (n.isTextual()) {
            return "String";
        } else if (n.isBoolean()) {
            return "Boolean";
        } else if (n.isIntegralNumber()) {
            return "Integer";
        } else if (n.isNumber()) {
            return "Number";
        } else if (n.isNull()) {
            return "Null";
        }
        return "missing";
    }

    /** The allowed member name closest to a misspelt one (edit distance at most 3). */
    static Optional<String> closest(String name, Collection<String> allowed) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        allowed.stream().filter(a -> !a.startsWith("$"))
                .forEach(a -> byLowerCase.putIfAbsent(a.toLowerCase(Locale.ROOT), a));
        return EditDistance.closest(name.toLowerCase(Locale.ROOT), byLowerCase.keySet(), 3).map(byLowerCase::get);
    }

    static Object toOrgJson(JsonNode n) {
        if (n.isObject()) {
            JSONObject o = new JSONObject();
            n.fields().forEachRemaining(e -> o.put(e.getKey(), toOrgJson(e.getValue())));
            return o;
        } else if (n.isArray()) {
            JSONArray a = new JSONArray();
            n.forEach(x -> a.put(toOrgJson(x)));
            return a;
        } else if (n.isTextual()) {
            return n.textValue();
        } else if (n.isBoolean()) {
            return n.booleanValue();
        } else if (n.isNumber()) {
            return n.numberValue();
        }
        return JSONObject.NULL;
    }
}
