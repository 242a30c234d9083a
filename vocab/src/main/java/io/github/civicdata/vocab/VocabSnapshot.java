package io.github.civicdata.vocab;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The resolved standard vocabulary as one binary file ({@value #RESOURCE} beside {@code items.json}),
 * so that {@link Vocabulary#standard()} needs neither Jackson nor the JSON and CSV parsing, the
 * column resolution and the GIF examples' checks of the source files on every start.
 *
 * <p>The JSON and CSV files stay the single source of truth: the snapshot is generated from the
 * vocabulary they build ({@code Vocabulary.loadStandardFromSources()}), and
 * {@code VocabSnapshotTest} regenerates it and fails when the committed file differs (regenerate with
 * the command in {@link #REGENERATE}).
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): the magic {@code CVSN}, the format version, the
 * payload's length and its CRC-32, then the payload: a table of every distinct string (their
 * lengths in chars, then all of them as one UTF-8 block, decoded in one call), then
 * the items in definition order, the templates (each column naming its item by index), the
 * Japanese and English header aliases by item id, and (format 2) the loose and the English header
 * key of every spelling the header indexes hold (spelling, key; sorted by spelling): the keys need
 * NFKC, and normalising a few hundred spellings at every start cost more than reading them.
 * Numbers are unsigned varints; a string is its index in the table; an absent optional value is 0 and a present one its index + 1. Enum constants
 * are stored by name. A damaged, truncated or outdated file fails with an
 * {@link IllegalStateException}, never with a vocabulary of other content. Stateless; thread-safe.
 */
final class VocabSnapshot {

    /** The file name, in {@code io/github/civicdata/vocab/data/}. */
    static final String RESOURCE = "vocabulary.bin";
    /** How to regenerate the committed file (from the repository root). */
    static final String REGENERATE = "mvn -B -q -o -pl vocab -am test -Dtest=VocabSnapshotTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";

    private static final int MAGIC = 0x4356534E; // "CVSN"
    /** The format version: 2 added the header keys of the spellings. */
    static final int FORMAT = 2;
    private static final int HEADER_BYTES = 16;

    private VocabSnapshot() {
    }

    /**
     * What the snapshot holds: every item in definition order, every template, and the header
     * aliases by item id.
     */
    record Content(List<DataItem> items, List<DatasetTemplate> templates, Map<String, List<String>> ja,
            Map<String, List<String>> en) {
    }

    /**
     * A snapshot as read: its content, and the normalised header keys ({@link HeaderKeys#loose},
     * {@link HeaderKeys#english}) of every spelling the vocabulary's header indexes hold, as they were
     * when the snapshot was made, so that building the indexes normalises nothing.
     */
    record Loaded(Content content, HeaderMatcher.KeyCache keys) {
    }

    // ------------------------------------------------------------------ writing

    /**
     * The snapshot of a vocabulary's content; the same content always gives the same bytes.
     *
     * @throws IllegalArgumentException if a template column's item is not one of the items
     */
    static byte[] write(Content c) {
        HeaderMatcher.KeyCache keys = Vocabulary.spellingKeys(c);
        Strings strings = new Strings();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(body)) {
            Map<DataItem, Integer> itemIndex = new HashMap<>();
            varint(out, c.items().size());
            for (DataItem i : c.items()) {
                itemIndex.putIfAbsent(i, itemIndex.size());
                writeItem(out, strings, i);
            }
            varint(out, c.templates().size());
            for (DatasetTemplate t : c.templates()) {
                writeTemplate(out, strings, itemIndex, t);
            }
            writeAliases(out, strings, c.ja());
            writeAliases(out, strings, c.en());
            writeKeys(out, strings, keys.loose);
            writeKeys(out, strings, keys.english);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream(body.size() + (1 << 16));
        try (DataOutputStream out = new DataOutputStream(payload)) {
            // the lengths (in chars), then every string in one UTF-8 block: decoded in one call when read
            varint(out, strings.list.size());
            StringBuilder all = new StringBuilder();
            for (String s : strings.list) {
                varint(out, s.length());
                all.append(s);
            }
            byte[] b = all.toString().getBytes(StandardCharsets.UTF_8);
            varint(out, b.length);
            out.write(b);
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] p = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(p);
        ByteArrayOutputStream file = new ByteArrayOutputStream(p.length + HEADER_BYTES);
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(p.length);
            out.writeInt((int) crc.getValue());
            out.write(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    /** The table of distinct strings, in order of first use. */
    private static final class Strings {
        final Map<String, Integer> index = new HashMap<>();
        final List<String> list = new ArrayList<>();

        int of(String s) {
            Integer i = index.get(s);
            if (i == null) {
                i = list.size();
                index.put(s, i);
                list.add(s);
            }
            return i;
        }
    }

    private static void writeItem(DataOutputStream out, Strings s, DataItem i) throws IOException {
        str(out, s, i.id());
        str(out, s, i.name());
        strs(out, s, i.aliases());
        str(out, s, i.nameEn());
        str(out, s, i.definition());
        str(out, s, i.datatype().name());
        FormatConstraints f = i.constraints();
        opt(out, s, f.format().map(Enum::name));
        opt(out, s, f.pattern());
        strs(out, s, f.enumeration());
        opt(out, s, f.minimum().map(BigDecimal::toString));
        opt(out, s, f.maximum().map(BigDecimal::toString));
        varint(out, f.maxLength().isPresent() ? f.maxLength().getAsInt() : 0); // maxLength >= 1
        opt(out, s, f.separator());
        opt(out, s, i.example());
        opt(out, s, i.imiPath());
        opt(out, s, i.imiIri());
        opt(out, s, i.gifPath());
    }

    private static void writeTemplate(DataOutputStream out, Strings s, Map<DataItem, Integer> items,
            DatasetTemplate t) throws IOException {
        str(out, s, t.id());
        str(out, s, t.version());
        str(out, s, t.name());
        str(out, s, t.nameEn());
        opt(out, s, t.number());
        str(out, s, t.edition());
        str(out, s, t.confidence().name());
        out.writeBoolean(t.complete());
        str(out, s, t.description());
        str(out, s, t.source());
        str(out, s, t.licence());
        varint(out, t.columns().size());
        for (TemplateColumn c : t.columns()) {
            Integer item = items.get(c.item());
            if (item == null) {
                throw new IllegalArgumentException(t.key() + ": column " + c.header() + " names item "
                        + c.item().id() + ", which is not one of the vocabulary's items");
            }
            str(out, s, c.header());
            varint(out, item);
            str(out, s, c.obligation().name());
            out.writeBoolean(c.unique());
            opt(out, s, c.description());
            opt(out, s, c.example());
            str(out, s, c.provenance().name());
        }
        out.writeBoolean(t.companion().isPresent());
        if (t.companion().isPresent()) {
            str(out, s, t.companion().get().template());
            str(out, s, t.companion().get().key());
        }
    }

    private static void writeAliases(DataOutputStream out, Strings s, Map<String, List<String>> aliases)
            throws IOException {
        Map<String, List<String>> sorted = new TreeMap<>(aliases);
        varint(out, sorted.size());
        for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
            str(out, s, e.getKey());
            strs(out, s, e.getValue());
        }
    }

    private static void writeKeys(DataOutputStream out, Strings s, Map<String, String> keys) throws IOException {
        Map<String, String> sorted = new TreeMap<>(keys);
        varint(out, sorted.size());
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            str(out, s, e.getKey());
            str(out, s, e.getValue());
        }
    }

    private static void str(DataOutputStream out, Strings s, String v) throws IOException {
        varint(out, s.of(v));
    }

    private static void opt(DataOutputStream out, Strings s, Optional<String> v) throws IOException {
        varint(out, v.isPresent() ? s.of(v.get()) + 1 : 0);
    }

    private static void strs(DataOutputStream out, Strings s, List<String> v) throws IOException {
        varint(out, v.size());
        for (String x : v) {
            str(out, s, x);
        }
    }

    private static void varint(DataOutputStream out, int v) throws IOException {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        while (v >= 0x80) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the shipped snapshot.
     *
     * @throws IllegalStateException if it is missing, damaged or of another format version
     */
    static Loaded readResource() {
        String path = "/io/github/civicdata/vocab/data/" + RESOURCE;
        byte[] bytes;
        try (InputStream in = VocabSnapshot.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (a build error; regenerate it with "
                        + REGENERATE + ")");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return load(bytes, path);
    }

    /**
     * Reads a snapshot.
     *
     * @param bytes the file's content
     * @param name the file's name, for messages
     * @throws IllegalStateException if the bytes are not a complete, undamaged snapshot of this
     *     format version
     */
    static Content read(byte[] bytes, String name) {
        return load(bytes, name).content();
    }

    /**
     * Reads a snapshot with its header keys.
     *
     * @param bytes the file's content
     * @param name the file's name, for messages
     * @throws IllegalStateException if the bytes are not a complete, undamaged snapshot of this
     *     format version
     */
    static Loaded load(byte[] bytes, String name) {
        if (bytes.length < HEADER_BYTES || intAt(bytes, 0) != MAGIC) {
            throw damaged(name, "not a vocabulary snapshot");
        }
        int format = intAt(bytes, 4);
        if (format != FORMAT) {
            throw damaged(name, "format version " + format + ", expected " + FORMAT);
        }
        int length = intAt(bytes, 8);
        if (length != bytes.length - HEADER_BYTES) {
            throw damaged(name, "payload of " + (bytes.length - HEADER_BYTES) + " bytes, the header says " + length);
        }
        CRC32 check = new CRC32();
        check.update(bytes, HEADER_BYTES, length);
        if ((int) check.getValue() != intAt(bytes, 12)) {
            throw damaged(name, "checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, HEADER_BYTES, length));
        Loaded c;
        try {
            c = new Reader(in, bytes).content();
            if (in.available() != 0) {
                throw new IOException(in.available() + " bytes after the content");
            }
        } catch (IOException | RuntimeException e) {
            // the checksum matched: a file written by another version of this class
            throw damaged(name, e.toString());
        }
        return c;
    }

    private static int intAt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static IllegalStateException damaged(String name, String why) {
        return new IllegalStateException("vocabulary snapshot " + name + " is damaged or outdated: " + why
                + "; regenerate it with " + REGENERATE);
    }

    /** Reads the payload after the header; every index is checked (an array bound). */
    private static final class Reader {
        private final DataInputStream in;
        private final byte[] buf;
        private String[] strings;

        Reader(DataInputStream in, byte[] buf) {
            this.in = in;
            this.buf = buf;
        }

        Loaded content() throws IOException {
            int n = varint();
            if (n > in.available()) {
                throw new IOException(n + " strings in " + in.available() + " bytes");
            }
            int[] lengths = new int[n];
            for (int i = 0; i < n; i++) {
                lengths[i] = varint();
            }
            int bytes = varint();
            int at = buf.length - in.available();
            if (bytes > in.available()) {
                throw new IOException("the strings run past the end");
            }
            String all = new String(buf, at, bytes, StandardCharsets.UTF_8);
            in.skipNBytes(bytes);
            strings = new String[n];
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (lengths[i] > all.length() - from) {
                    throw new IOException("string " + i + " runs past the end");
                }
                strings[i] = all.substring(from, from + lengths[i]);
                from += lengths[i];
            }
            if (from != all.length()) {
                throw new IOException((all.length() - from) + " chars after the strings");
            }
            int itemCount = varint();
            DataItem[] items = new DataItem[itemCount];
            Map<String, DataItem> byId = new LinkedHashMap<>();
            for (int i = 0; i < itemCount; i++) {
                items[i] = item();
                byId.put(items[i].id(), items[i]);
            }
            int templateCount = varint();
            List<DatasetTemplate> templates = new ArrayList<>(templateCount);
            for (int i = 0; i < templateCount; i++) {
                templates.add(template(items));
            }
            Map<String, List<String>> ja = aliases();
            Map<String, List<String>> en = aliases();
            List<DataItem> itemList = new ArrayList<>(byId.values());
            if (itemList.size() != itemCount) {
                throw new IOException("an item id occurs twice");
            }
            HeaderMatcher.KeyCache keys = new HeaderMatcher.KeyCache();
            keys(keys.loose);
            keys(keys.english);
            return new Loaded(new Content(Collections.unmodifiableList(itemList), templates, ja, en), keys);
        }

        private DataItem item() throws IOException {
            String id = str();
            String name = str();
            List<String> aliases = strs();
            String nameEn = str();
            String definition = str();
            Datatype datatype = Datatype.valueOf(str());
            String format = opt();
            String pattern = opt();
            List<String> enumeration = strs();
            String min = opt();
            String max = opt();
            int maxLength = varint();
            String separator = opt();
            FormatConstraints c = new FormatConstraints(
                    format == null ? Optional.empty() : Optional.of(NamedFormat.valueOf(format)),
                    Optional.ofNullable(pattern), enumeration,
                    min == null ? Optional.empty() : Optional.of(new BigDecimal(min)),
                    max == null ? Optional.empty() : Optional.of(new BigDecimal(max)),
                    maxLength == 0 ? OptionalInt.empty() : OptionalInt.of(maxLength), Optional.ofNullable(separator));
            return new DataItem(id, name, aliases, nameEn, definition, datatype, c, Optional.ofNullable(opt()),
                    Optional.ofNullable(opt()), Optional.ofNullable(opt()), Optional.ofNullable(opt()));
        }

        private DatasetTemplate template(DataItem[] items) throws IOException {
            String id = str();
            String version = str();
            String name = str();
            String nameEn = str();
            Optional<String> number = Optional.ofNullable(opt());
            String edition = str();
            Confidence confidence = Confidence.valueOf(str());
            boolean complete = in.readBoolean();
            String description = str();
            String source = str();
            String licence = str();
            int n = varint();
            List<TemplateColumn> columns = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String header = str();
                DataItem item = items[varint()];
                Obligation obligation = Obligation.valueOf(str());
                boolean unique = in.readBoolean();
                Optional<String> desc = Optional.ofNullable(opt());
                Optional<String> example = Optional.ofNullable(opt());
                columns.add(new TemplateColumn(header, item, obligation, unique, desc, example,
                        Provenance.valueOf(str())));
            }
            Optional<DatasetTemplate.Companion> companion = Optional.empty();
            if (in.readBoolean()) {
                companion = Optional.of(new DatasetTemplate.Companion(str(), str()));
            }
            return new DatasetTemplate(id, version, name, nameEn, number, edition, confidence, complete, description,
                    source, licence, columns, companion);
        }

        private Map<String, List<String>> aliases() throws IOException {
            int n = varint();
            Map<String, List<String>> m = new HashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(str(), strs());
            }
            return m;
        }

        private void keys(Map<String, String> into) throws IOException {
            int n = varint();
            for (int i = 0; i < n; i++) {
                into.put(str(), str());
            }
        }

        private String str() throws IOException {
            return strings[varint()];
        }

        private String opt() throws IOException {
            int i = varint();
            return i == 0 ? null : strings[i - 1];
        }

        private List<String> strs() throws IOException {
            int n = varint();
            if (n == 0) {
                return List.of();
            }
            String[] a = new String[n];
            for (int i = 0; i < n; i++) {
                a[i] = str();
            }
            return List.of(a);
        }

        private int varint() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = in.readUnsignedByte();
                v |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    if (v < 0) {
                        throw new IOException("number out of range");
                    }
                    return v;
                }
            }
            throw new IOException("number too long");
        }
    }
}
