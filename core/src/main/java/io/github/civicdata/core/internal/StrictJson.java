package io.github.civicdata.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one way civicdata reads JSON it did not write: UTF-8 only (an invalid byte is a problem with
 * its offset and line, never a U+FFFD), no duplicate member names (the problem names both lines),
 * a nesting limit checked while streaming (so a deeply nested file never reaches a recursive
 * parser), a limit on the length of numbers (a 10,000-digit number costs quadratic time to convert),
 * one value per document, and floating-point numbers kept exactly as {@link java.math.BigDecimal}
 * (so {@code 1e400} is neither infinity nor an error). Not part of the public API: each reader
 * turns a {@link Problem} into its own finding or exception.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StrictJson json = StrictJson.of(StrictJson.Limits.DEFAULT);
 * StrictJson.Outcome o = json.read(bytes);
 * if (o.problem().isPresent()) { ... } else { JsonNode tree = o.tree().get(); }
 * }</pre>
 */
public final class StrictJson {

    /** The default nesting limit: arrays and objects inside each other, 64 deep. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default limit on the characters of one number (Jackson's default too). */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

    /**
     * The limits of one reader.
     *
     * @param maxNestingDepth the deepest nesting of arrays and objects accepted, at least 1
     * @param maxNumberLength the most characters of one number, at least 1
     */
    public record Limits(int maxNestingDepth, int maxNumberLength) {
        /** The defaults. */
        public static final Limits DEFAULT = new Limits(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_NUMBER_LENGTH);

        /**
         * @throws IllegalArgumentException if a limit is below 1 (or the depth is the largest int)
         */
        public Limits {
            if (maxNestingDepth < 1 || maxNestingDepth == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxNestingDepth must be >= 1: " + maxNestingDepth);
            }
            if (maxNumberLength < 1) {
                throw new IllegalArgumentException("maxNumberLength must be >= 1: " + maxNumberLength);
            }
        }
    }

    /** What is wrong with a JSON text; {@link #at()} is where (line 1, column 1 when nothing better is known). */
    public sealed interface Problem {
        /**
         * @return where the problem is
         */
        TextPosition at();

        /**
         * @return an English description, for messages that are not localised (exceptions)
         */
        String describe();
    }

    /**
     * The text is empty or white space only.
     *
     * @param at the start
     */
    public record Empty(TextPosition at) implements Problem {
        @Override
        public String describe() {
            return "the file is empty";
        }
    }

    /**
     * A byte that is not valid UTF-8.
     *
     * @param at the first invalid byte
     */
    public record Encoding(TextPosition at) implements Problem {
        @Override
        public String describe() {
            return "not UTF-8: invalid byte at offset " + at.byteOffset() + " (line " + at.line() + ")";
        }
    }

    /**
     * Not well-formed JSON.
     *
     * @param at where the parser stopped
     * @param detail the parser's description (English, first line)
     */
    public record Syntax(TextPosition at, String detail) implements Problem {
        @Override
        public String describe() {
            return detail + " (line " + at.line() + ", column " + at.column() + ")";
        }
    }

    /**
     * A member name used twice in one object.
     *
     * @param at the second occurrence
     * @param key the name
     * @param first the first occurrence
     * @param pointer the JSON pointer of the member
     */
    public record DuplicateKey(TextPosition at, String key, TextPosition first, String pointer) implements Problem {
        @Override
        public String describe() {
            return "member \"" + key + "\" appears twice in the same object (lines " + first.line() + " and "
                    + at.line() + ")";
        }
    }

    /**
     * Arrays and objects nested deeper than the limit.
     *
     * @param at where the nesting passed the limit
     * @param depth the deepest nesting in the file
     * @param limit the limit
     */
    public record TooDeep(TextPosition at, int depth, int limit) implements Problem {
        @Override
        public String describe() {
            return "nested " + depth + " levels deep, more than the limit of " + limit + " (line " + at.line() + ")";
        }
    }

    /**
     * A number longer than the limit.
     *
     * @param at the number
     * @param length its length in characters
     * @param limit the limit
     */
    public record NumberTooLong(TextPosition at, int length, int limit) implements Problem {
        @Override
        public String describe() {
            return "a number has " + length + " characters, more than the limit of " + limit + " (line "
                    + at.line() + ")";
        }
    }

    /**
     * The parsed document, or what is wrong with it.
     *
     * @param tree the document when there is no problem
     * @param problem the problem
     */
    public record Outcome(Optional<JsonNode> tree, Optional<Problem> problem) {
        /**
         * @throws NullPointerException if a part is null
         */
        public Outcome {
            Objects.requireNonNull(tree, "tree");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final Limits limits;
    private final JsonFactory scanner;
    private final JsonFactory strict;

    private StrictJson(Limits limits) {
        this.limits = limits;
        // Jackson's own limits sit just above ours, so that our scan sees the breach and can say where
        // and by how much; names and strings are bounded by the file size limit of each reader.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth() + 1)
                .maxNumberLength(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .build();
        this.scanner = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.strict = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * @param limits the limits
     * @return a reader with these limits
     */
    public static StrictJson of(Limits limits) {
        return new StrictJson(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * @return the limits
     */
    public Limits limits() {
        return limits;
    }

    /**
     * Checks a document without building a tree: encoding, syntax, duplicates, nesting, numbers.
     *
     * @param content the bytes
     * @return the first problem, or empty when the document is acceptable
     */
    public Optional<Problem> check(byte[] content) {
        OptionalLong bad = TextPosition.firstInvalid(content, StandardCharsets.UTF_8);
        if (bad.isPresent()) {
            return Optional.of(new Encoding(TextPosition.ofOffset(content, bad.getAsLong(), StandardCharsets.UTF_8)));
        }
        if (isBlank(content)) {
            return Optional.of(new Empty(new TextPosition(1, 1, 0)));
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                // never valid in JSON text; and Jackson would take NULs for UTF-16 or UTF-32 and decode those
                return Optional.of(new Syntax(TextPosition.ofOffset(content, i, StandardCharsets.UTF_8),
                        "a NUL byte (0x00); JSON files must be UTF-8 text, not UTF-16 or UTF-32"));
            }
        }
        try (JsonParser p = scanner.createParser(content)) {
            return scan(p, content);
        } catch (JsonProcessingException e) {
            return Optional.of(new Syntax(position(e.getLocation(), content), detail(e)));
        } catch (IOException e) {
            return Optional.of(new Syntax(new TextPosition(1, 1, 0), firstLine(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Checks a document, then reads it into a tree (floating-point numbers as {@code BigDecimal},
     * trailing zeros kept).
     *
     * @param content the bytes
     * @return the tree or the problem
     */
    public Outcome read(byte[] content) {
        Optional<Problem> problem = check(content);
        if (problem.isPresent()) {
            return new Outcome(Optional.empty(), problem);
        }
        try {
            JsonNode tree;
            try (JsonParser p = strict.createParser(content)) {
                if (p.nextToken() == null) {
                    return new Outcome(Optional.empty(), Optional.of(new Empty(new TextPosition(1, 1, 0))));
                }
                tree = tree(p, JsonNodeFactory.instance);
                if (p.nextToken() != null) { // not reached: check(...) has said so
                    return new Outcome(Optional.empty(), Optional.of(new Syntax(
                            position(p.currentTokenLocation(), content), "more content after the end of the JSON value")));
                }
            }
            return new Outcome(Optional.of(tree), Optional.empty());
        } catch (JsonProcessingException e) {
            return new Outcome(Optional.empty(), Optional.of(new Syntax(position(e.getLocation(), content), detail(e))));
        } catch (IOException | NumberFormatException | ArithmeticException e) {
            return new Outcome(Optional.empty(), Optional.of(
                    new Syntax(new TextPosition(1, 1, 0), firstLine(String.valueOf(e.getMessage())))));
        }
    }

    /**
     * The value at the parser's current token as a tree, the same tree Jackson's {@code ObjectMapper.readTree}
     * gives with {@code USE_BIG_DECIMAL_FOR_FLOATS} and trailing zeros kept (integers as int, long or big
     * integer nodes by size, floating-point numbers as decimal nodes), without starting an
     * {@code ObjectMapper}: its configuration, serializers and deserializers cost about a tenth of a second
     * of every start that reads a schema (StrictJsonTreeProperties compares the two). Called after
     * {@link #check}, so duplicates, depth and numbers are already known to be fine.
     */
    private static JsonNode tree(JsonParser p, JsonNodeFactory f) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, f, t);
        }
        // a loop with a stack of its own, not recursion (as Jackson's tree reader): a document nested as
        // deep as the limits allow is read on any thread's stack
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? f.objectNode() : f.arrayNode();
        ContainerNode<?> current = root;
        String name = null;
        while (true) {
            t = p.nextToken();
            if (t == null) {
                throw new IOException("unexpected end of input"); // not reached: check(...) has said so
            }
            switch (t) {
                case FIELD_NAME -> name = p.currentName();
                case END_OBJECT, END_ARRAY -> {
                    if (open.isEmpty()) {
                        return root;
                    }
                    current = open.pop();
                }
                case START_OBJECT, START_ARRAY -> {
                    ContainerNode<?> child = t == JsonToken.START_OBJECT ? f.objectNode() : f.arrayNode();
                    add(current, name, child);
                    open.push(current);
                    current = child;
                }
                default -> add(current, name, scalar(p, f, t));
            }
        }
    }

    private static void add(ContainerNode<?> container, String name, JsonNode value) {
        if (container instanceof ObjectNode o) {
            o.set(name, value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonNodeFactory f, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    private Optional<Problem> scan(JsonParser p, byte[] content) throws IOException {
        Deque<Map<String, Long>> objects = new ArrayDeque<>();
        JsonToken t = p.nextToken();
        if (t == null) {
            return Optional.of(new Empty(new TextPosition(1, 1, 0)));
        }
        boolean rootDone = false;
        while (t != null) {
            if (rootDone) {
                return Optional.of(new Syntax(position(p.currentTokenLocation(), content),
                        "more content after the end of the JSON value"));
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    int depth = p.getParsingContext().getNestingDepth();
                    if (depth > limits.maxNestingDepth()) {
                        return Optional.of(new TooDeep(position(p.currentTokenLocation(), content), maxDepth(content),
                                limits.maxNestingDepth()));
                    }
                    if (t == JsonToken.START_OBJECT) {
                        objects.push(new HashMap<>());
                    }
                }
                case END_OBJECT -> objects.pop();
                case FIELD_NAME -> {
                    JsonLocation here = p.currentTokenLocation();
                    Long first = objects.element().putIfAbsent(p.currentName(), here.getByteOffset());
                    if (first != null) {
                        return Optional.of(new DuplicateKey(position(here, content), p.currentName(),
                                TextPosition.ofOffset(content, Math.max(0, first), StandardCharsets.UTF_8),
                                p.getParsingContext().pathAsPointer().toString()));
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    int length = p.getTextLength();
                    if (length > limits.maxNumberLength()) {
                        return Optional.of(new NumberTooLong(position(p.currentTokenLocation(), content), length,
                                limits.maxNumberLength()));
                    }
                    // converts now, so that a number Java cannot hold (an exponent beyond int) is a
                    // syntax problem here rather than an exception later
                    try {
                        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                            p.getDecimalValue();
                        } else {
                            p.getNumberValue();
                        }
                    } catch (NumberFormatException | ArithmeticException e) {
                        return Optional.of(new Syntax(position(p.currentTokenLocation(), content),
                                "the number " + Values.truncate(p.getText()) + " cannot be represented (exponent out of range)"));
                    }
                }
                default -> {
                    // strings, literals, END_ARRAY: nothing to check
                }
            }
            rootDone = p.getParsingContext().inRoot();
            t = p.nextToken();
        }
        return Optional.empty();
    }

    /** Whether the text is white space only, after a UTF-8 byte order mark if there is one. */
    private static boolean isBlank(byte[] c) {
        int from = c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = from; i < c.length; i++) {
            if (c[i] != ' ' && c[i] != '\t' && c[i] != '\r' && c[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * The deepest nesting of arrays and objects in a JSON text, counting brackets outside strings;
     * without recursion or allocation, so it can measure a file that is too deep to parse.
     *
     * @param content the bytes
     * @return the depth (0 for a scalar)
     */
    public static int maxDepth(byte[] content) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                max = Math.max(max, ++depth);
            } else if ((b == ']' || b == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** The exact line and character column of a parser location (Jackson counts columns in bytes). */
    private static TextPosition position(JsonLocation l, byte[] content) {
        if (l == null) {
            return new TextPosition(1, 1, 0);
        }
        if (l.getByteOffset() >= 0) {
            return TextPosition.ofOffset(content, l.getByteOffset(), StandardCharsets.UTF_8);
        }
        return new TextPosition(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), 0);
    }

    private static String detail(JsonProcessingException e) {
        String d = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
        return firstLine(d);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
