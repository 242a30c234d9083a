package io.github.civicdata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON configuration file strictly: UTF-8 (a byte-order mark is skipped), at most
 * {@link #MAX_BYTES} bytes, nesting at most {@link #MAX_DEPTH} arrays and objects, numbers of at
 * most {@link #MAX_NUMBER_LENGTH} characters, strings of at most {@link #MAX_STRING_LENGTH}
 * characters, and no member name twice in one object (a later duplicate would silently replace the
 * earlier one: issue 9, a duplicate {@code "氏名": {"role": "insensitive"}} published the names).
 *
 * <p>Every refusal is a {@link UserException} with exit code 2 naming the file and the line (both
 * lines for a duplicate member). Messages never quote the file's content beyond a member name: a
 * file that is not JSON at all (a path given by mistake) is not echoed. Not API.
 */
final class ConfigJson {

    /** The largest configuration read, in bytes (1 MiB; configurations are a few kilobytes). */
    static final int MAX_BYTES = 1 << 20;

    /** The deepest nesting of arrays and objects (the anonymisation configuration needs 5). */
    static final int MAX_DEPTH = 32;

    /** The longest number, in characters. */
    static final int MAX_NUMBER_LENGTH = 100;

    /** The longest string, in characters. */
    static final int MAX_STRING_LENGTH = 64 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1) // the scan names the line first
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    /** For the scan: duplicates are found there, with both lines. */
    private static final JsonFactory SCAN = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    /** For the tree: duplicate detection again, as a second line of defence. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** Quoted text in a parser message ({@code Unrecognized token 'xyz'}): never echoed. */
    private static final Pattern QUOTED = Pattern.compile("'([^']{2,})'");

    private ConfigJson() {
    }

    /**
     * Reads and parses a configuration file.
     *
     * @param file the file
     * @return the JSON tree (never null)
     * @throws UserException exit 3 if the file cannot be read, exit 2 if it breaks a rule above
     */
    static JsonNode read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw UserException.usage("anonymize.config-too-large", file, size, MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw UserException.unreadable("cli.file-not-found", file);
        } catch (IOException e) {
            throw UserException.unreadable("cli.file-unreadable", file, String.valueOf(e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) { // grew while being read, or a device
            throw UserException.usage("anonymize.config-too-large", file, (long) bytes.length, MAX_BYTES);
        }
        return parse(decode(file, bytes), file);
    }

    /** UTF-8 text without its byte-order mark; invalid bytes are refused with their offset. */
    static String decode(Path file, byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            throw UserException.usage("anonymize.config-encoding", file, (long) in.position());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses text: first a streaming pass for duplicates and depth, then the tree. */
    static JsonNode parse(String text, Path file) {
        try {
            scan(text, file);
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw UserException.usage("anonymize.config-empty", file);
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            throw UserException.usage("anonymize.config-limit", file, line(loc), column(loc), MAX_NUMBER_LENGTH,
                    MAX_STRING_LENGTH);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw UserException.usage("anonymize.config-json", file, line(loc), column(loc),
                    withoutQuotedText(e.getOriginalMessage()));
        } catch (IOException e) {
            throw UserException.unreadable("cli.file-unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    /** Duplicate member names (with the line of each occurrence) and nesting depth. */
    private static void scan(String text, Path file) throws IOException {
        Deque<Map<String, Integer>> objects = new ArrayDeque<>();
        int depth = 0;
        try (JsonParser p = SCAN.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            throw UserException.usage("anonymize.config-too-deep", file, line(p.currentTokenLocation()),
                                    MAX_DEPTH);
                        }
                        objects.push(t == JsonToken.START_OBJECT ? new HashMap<>() : Map.of());
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        objects.pop();
                    }
                    case FIELD_NAME -> {
                        int line = line(p.currentTokenLocation());
                        Integer first = objects.peek().putIfAbsent(p.currentName(), line);
                        if (first != null) {
                            throw UserException.usage("anonymize.config-duplicate-key", file, p.currentName(), first, line,
                                    pointer(p));
                        }
                    }
                    default -> {
                        // values
                    }
                }
            }
        }
    }

    /** The JSON pointer of the object holding the current member. */
    private static String pointer(JsonParser p) {
        StringBuilder sb = new StringBuilder();
        JsonStreamContext c = p.getParsingContext().getParent();
        Deque<String> parts = new ArrayDeque<>();
        while (c != null && !c.inRoot()) {
            if (c.inObject()) {
                parts.push(escape(String.valueOf(c.getCurrentName())));
            } else if (c.inArray()) {
                parts.push(String.valueOf(c.getCurrentIndex()));
            }
            c = c.getParent();
        }
        parts.forEach(s -> sb.append('/').append(s));
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** A JSON pointer reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }

    /** The parser's message with quoted content replaced (a non-JSON file is never echoed). */
    static String withoutQuotedText(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String q = m.group(1);
            boolean keyword = q.equals("null") || q.equals("true") || q.equals("false");
            m.appendReplacement(sb, Matcher.quoteReplacement(keyword ? m.group() : "'…'"));
        }
        m.appendTail(sb);
        return sb.toString().replace('\n', ' ');
    }
}
