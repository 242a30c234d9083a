package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the values of the property kinds that several description objects share: inherited
 * properties, natural language properties ({@code titles}), link properties, and common
 * properties with their JSON-LD restrictions and normalisation ("Metadata Vocabulary", 5.1, 5.8,
 * 6.1).
 *
 * <p>Stateless and thread-safe.
 */
final class PropertyValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern BCP47 = Pattern.compile(
            "(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?"
            + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
            + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-x(?:-[A-Za-z0-9]{1,8})+)?"
            + "|x(?:-[A-Za-z0-9]{1,8})+"
            + "|en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay"
            + "|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min"
            + "|zh-min-nan|zh-xiang)");
    private static final Set<String> DIRECTIONS = Set.of("ltr", "rtl", "auto", "inherit");

    private PropertyValues() {
    }

    /** Whether {@code tag} is a well-formed BCP 47 language tag. */
    static boolean isLanguage(String tag) {
        return BCP47.matcher(tag).matches();
    }

    /**
     * Reads an inherited property into {@code out}; an invalid value is a warning and left out.
     */
    static void inherited(Metadata.Prop prop, JsonNode v, String ptr, DocContext ctx, Map<Metadata.Prop, Object> out) {
        switch (prop) {
            case NULL -> {
                if (v.isTextual()) {
                    out.put(prop, List.of(v.asText()));
                } else if (v.isArray()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < v.size(); i++) {
                        if (v.get(i).isTextual()) {
                            values.add(v.get(i).asText());
                        } else {
                            ctx.warn(Problems.child(ptr, i), "csvw.metadata.property.null", DocContext.show(v.get(i)));
                        }
                    }
                    out.put(prop, List.copyOf(values));
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.null", DocContext.show(v));
                }
            }
            case DEFAULT -> {
                if (v.isTextual()) {
                    out.put(prop, v.asText());
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.string", prop.key, DocContext.show(v));
                }
            }
            case SEPARATOR -> {
                if (v.isTextual()) {
                    out.put(prop, v.asText());
                } else if (v.isNull()) {
                    out.put(prop, Metadata.NULL);
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.string-or-null", prop.key, DocContext.show(v));
                }
            }
            case LANG -> {
                if (v.isTextual() && isLanguage(v.asText())) {
                    out.put(prop, v.asText());
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.language", prop.key, DocContext.show(v));
                }
            }
            case DATATYPE -> DatatypeReader.read(v, ptr, ctx).ifPresent(d -> out.put(prop, d));
            case REQUIRED, ORDERED -> {
                if (v.isBoolean()) {
                    out.put(prop, v.asBoolean());
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.boolean", prop.key, DocContext.show(v));
                }
            }
            case TEXT_DIRECTION -> {
                if (v.isTextual() && DIRECTIONS.contains(v.asText())) {
                    out.put(prop, v.asText());
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.one-of", prop.key, DocContext.show(v),
                            "ltr, rtl, auto, inherit");
                }
            }
            case ABOUT_URL, PROPERTY_URL, VALUE_URL -> {
                if (v.isTextual()) {
                    out.put(prop, UriTemplate.of(v.asText()));
                } else {
                    ctx.warn(ptr, "csvw.metadata.property.template", prop.key, DocContext.show(v));
                    out.put(prop, UriTemplate.of(""));
                }
            }
        }
    }

    /**
     * Reads a natural language property into a language map; invalid parts are warnings and left
     * out (an invalid value as a whole gives an empty map).
     */
    static Map<String, List<String>> naturalLanguage(JsonNode v, String ptr, DocContext ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String lang = ctx.language() == null ? "und" : ctx.language();
        if (v.isTextual()) {
            out.put(lang, List.of(v.asText()));
        } else if (v.isArray()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (v.get(i).isTextual()) {
                    values.add(v.get(i).asText());
                } else {
                    ctx.warn(Problems.child(ptr, i), "csvw.metadata.property.title", DocContext.show(v.get(i)));
                }
            }
            out.put(lang, values);
        } else if (v.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = Problems.child(ptr, e.getKey());
                if (!isLanguage(e.getKey())) {
                    ctx.warn(p, "csvw.metadata.property.language", "titles", e.getKey());
                    continue;
                }
                List<String> values = new ArrayList<>();
                JsonNode x = e.getValue();
                if (x.isTextual()) {
                    values.add(x.asText());
                } else if (x.isArray()) {
                    for (int i = 0; i < x.size(); i++) {
                        if (x.get(i).isTextual()) {
                            values.add(x.get(i).asText());
                        } else {
                            ctx.warn(Problems.child(p, i), "csvw.metadata.property.title", DocContext.show(x.get(i)));
                        }
                    }
                } else {
                    ctx.warn(p, "csvw.metadata.property.title", DocContext.show(x));
                }
                out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(values);
            }
        } else {
            ctx.warn(ptr, "csvw.metadata.property.title", DocContext.show(v));
        }
        return out;
    }

    /** Reads a link property: the resolved URL, or a warning and the empty string's resolution. */
    static String link(String key, JsonNode v, String ptr, DocContext ctx) {
        if (!v.isTextual()) {
            ctx.warn(ptr, "csvw.metadata.property.link", key, DocContext.show(v));
            return ctx.resolve("");
        }
        return ctx.resolve(v.asText());
    }

    /**
     * Checks and normalises the value of a common property or of {@code notes}: strings become
     * value objects (with the default language), {@code @id}s are expanded and resolved; a value
     * outside the JSON-LD restrictions is an error.
     */
    static JsonNode common(JsonNode v, String ptr, DocContext ctx) {
        if (v.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (int i = 0; i < v.size(); i++) {
                out.add(common(v.get(i), Problems.child(ptr, i), ctx));
            }
            return out;
        }
        if (v.isTextual()) {
            ObjectNode o = NODES.objectNode();
            o.put("@value", v.asText());
            if (ctx.language() != null) {
                o.put("@language", ctx.language());
            }
            return o;
        }
        if (!v.isObject()) {
            return v;
        }
        if (v.has("@value")) {
            valueObject(v, ptr, ctx);
            return v;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode x = e.getValue();
            String p = Problems.child(ptr, k);
            switch (k) {
                case "@id" -> {
                    if (!x.isTextual() || x.asText().startsWith("_:")) {
                        ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.blank-id", DocContext.show(x));
                    } else {
                        out.put(k, ctx.resolve(Vocab.expand(x.asText())));
                    }
                }
                case "@type" -> {
                    List<JsonNode> types = new ArrayList<>();
                    if (x.isArray()) {
                        x.forEach(types::add);
                    } else {
                        types.add(x);
                    }
                    for (JsonNode t : types) {
                        if (!t.isTextual() || t.asText().startsWith("_:") || !validType(t.asText())) {
                            ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.node-type",
                                    DocContext.show(t));
                        }
                    }
                    out.set(k, x);
                }
                default -> {
                    if (k.startsWith("@") || k.startsWith("_:")) {
                        ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.keyword", k);
                    } else {
                        out.set(k, common(x, p, ctx));
                    }
                }
            }
        }
        return out;
    }

    private static void valueObject(JsonNode v, String ptr, DocContext ctx) {
        for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!k.equals("@value") && !k.equals("@type") && !k.equals("@language")) {
                ctx.error(CsvwRules.METADATA_STRUCTURE, Problems.child(ptr, k), "csvw.metadata.structure.value-key", k);
            }
        }
        if (v.has("@type") && v.has("@language")) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, ptr, "csvw.metadata.structure.value-type-language");
        }
        JsonNode value = v.get("@value");
        if (!(value.isTextual() || value.isNumber() || value.isBoolean())) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, Problems.child(ptr, "@value"), "csvw.metadata.structure.value",
                    DocContext.show(value));
        }
        JsonNode lang = v.get("@language");
        if (lang != null && !lang.isNull() && !(lang.isTextual() && isLanguage(lang.asText()))) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, Problems.child(ptr, "@language"),
                    "csvw.metadata.structure.value-language", DocContext.show(lang));
        }
        JsonNode type = v.get("@type");
        if (type != null && (!type.isTextual() || type.asText().startsWith("_:") || !validType(type.asText()))) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, Problems.child(ptr, "@type"), "csvw.metadata.structure.value-type",
                    DocContext.show(type));
        }
    }

    /** A {@code @type}: a term of the context, a prefixed name with a predefined prefix, or an absolute URL. */
    private static boolean validType(String t) {
        if (Vocab.isTerm(t)) {
            return true;
        }
        int colon = t.indexOf(':');
        if (colon > 0 && Vocab.prefix(t.substring(0, colon)).isPresent()) {
            return true;
        }
        return Urls.isAbsolute(t) && !t.contains(" ");
    }

    /** Reads a boolean atomic property: the value, or a warning and empty. */
    static Optional<Boolean> bool(String key, JsonNode v, String ptr, DocContext ctx) {
        if (v.isBoolean()) {
            return Optional.of(v.asBoolean());
        }
        ctx.warn(ptr, "csvw.metadata.property.boolean", key, DocContext.show(v));
        return Optional.empty();
    }
}
