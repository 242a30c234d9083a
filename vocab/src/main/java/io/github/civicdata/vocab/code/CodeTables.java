package io.github.civicdata.vocab.code;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The current code lists (the ABR 都道府県マスター and 市区町村マスター as {@link CodeData#parseCurrent()}
 * reads them) in a precomputed binary form, {@value #RESOURCE} beside the CSV files, and the framing
 * and string tables it shares with {@link RecordTables} (the records with their history). Reading
 * the form costs a few milliseconds of a cold JVM where parsing the CSV files costs tens: the
 * start-up of every {@code validate} with a code column. Not API.
 *
 * <p>The CSV files stay the source. The forms are made from them ({@link #encode(CodeData)},
 * {@link RecordTables#encode(Map)}, or {@link #main(String[])}); {@code CodeTablesTest} regenerates
 * them in memory and fails when a committed file differs (its message gives {@link #REGENERATE}).
 * Each form also records the length and CRC-32 of every CSV file it was made from, and is read only
 * after comparing them with the CSV files on the class path: a CSV file edited without regenerating
 * the forms (even in a build that skips the tests) fails at once instead of giving stale codes. A
 * damaged or truncated form (CRC-32 of its payload, lengths, counts, indexes) fails with an
 * {@link IllegalStateException}; it never gives other data.
 *
 * <p>Frame (big-endian): a magic number, the version, for each source file its length and CRC-32,
 * the payload's length and CRC-32, the payload. Every payload starts with two string tables, the
 * strings of Latin-1 characters only (codes, romanised names; decoded without a per-character loop)
 * and the others, each as count, each string's length in chars, byte length, and the bytes of all
 * its strings one after the other (ISO-8859-1, UTF-8); a string's index (u16) counts through both
 * tables, {@code 0xFFFF} for a missing optional string. The payload of {@value #RESOURCE} goes on with
 * the prefectures (count; per prefecture six string indexes and its first and last day as epoch
 * days) and the municipalities (count; per entry the string indexes of code, name, reading,
 * romanised name, prefecture code and county, the kind's ordinal (u8), the string index of the
 * city's code, first and last day). A missing day is {@link CodeData#NO_DATE}.
 */
final class CodeTables {

    /** The current lists' resource, in {@link CodeData#DATA}. */
    static final String RESOURCE = "current-codes.bin";
    /** The command that regenerates both forms from the CSV files. */
    static final String REGENERATE = "mvn -B -q -o -pl vocab -am test -Dtest=CodeTablesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";
    /** A missing optional string. */
    static final int NONE = 0xFFFF;

    private static final int MAGIC = 0x43444331; // "CDC1"
    private static final int VERSION = 1;
    /** Six string indexes, the kind, the city's index, two days. */
    private static final int MUNICIPALITY_BYTES = 6 * 2 + 1 + 2 + 2 * 4;
    static final String[] SOURCES = {CodeData.PREFECTURES, CodeData.CITIES};

    private CodeTables() {
    }

    /**
     * Writes both forms as made from the shipped CSV files into a directory (what the test's
     * {@code -Dgolden.update=true} does), e.g. {@code java -cp core/target/classes:vocab/target/classes
     * io.github.civicdata.vocab.code.CodeTables vocab/src/main/resources/io/github/civicdata/vocab/data/codes}.
     *
     * @param args the directory to write to
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CodeTables <directory>");
        }
        Files.write(Path.of(args[0], RESOURCE), encode(CodeData.parseCurrent()));
        Files.write(Path.of(args[0], RecordTables.RESOURCE), RecordTables.encode(CodeData.parseCurrent().parseRecords()));
    }

    /**
     * Reads the shipped form of the current lists, checked against the shipped CSV files.
     *
     * @return the current lists
     * @throws IllegalStateException if the form is missing, damaged, or not made from the CSV files
     */
    static CodeData read() {
        return decode(bytes(RESOURCE), bytes(SOURCES));
    }

    /** The bytes of a shipped code data file. */
    static byte[] bytes(String name) {
        try (InputStream in = CodeTables.class.getResourceAsStream(CodeData.DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CodeData.DATA + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[][] bytes(String[] names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = bytes(names[i]);
        }
        return out;
    }

    /** The form of {@code data}, made from the shipped CSV files. */
    static byte[] encode(CodeData data) {
        Set<String> all = new LinkedHashSet<>();
        for (Prefecture p : data.prefectures) {
            all.addAll(prefectureStrings(p));
        }
        for (Municipality m : data.municipalities) {
            all.add(m.code());
            all.add(m.name());
            m.nameKana().ifPresent(all::add);
            m.nameRoman().ifPresent(all::add);
            all.add(m.prefectureCode());
            m.county().ifPresent(all::add);
            m.cityCode().ifPresent(all::add);
        }
        Map<String, Integer> strings = index(all);
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream b = new DataOutputStream(payload);
            writeStrings(b, strings);
            b.writeInt(data.prefectures.size());
            for (int i = 0; i < data.prefectures.size(); i++) {
                for (String s : prefectureStrings(data.prefectures.get(i))) {
                    b.writeShort(strings.get(s));
                }
                b.writeInt(data.prefectureFrom[i]);
                b.writeInt(data.prefectureUntil[i]);
            }
            b.writeInt(data.municipalities.size());
            for (int i = 0; i < data.municipalities.size(); i++) {
                Municipality m = data.municipalities.get(i);
                b.writeShort(strings.get(m.code()));
                b.writeShort(strings.get(m.name()));
                b.writeShort(optional(strings, m.nameKana()));
                b.writeShort(optional(strings, m.nameRoman()));
                b.writeShort(strings.get(m.prefectureCode()));
                b.writeShort(optional(strings, m.county()));
                b.writeByte(m.kind().ordinal());
                b.writeShort(optional(strings, m.cityCode()));
                b.writeInt(data.municipalityFrom[i]);
                b.writeInt(data.municipalityUntil[i]);
            }
            return frame(MAGIC, bytes(SOURCES), payload.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static List<String> prefectureStrings(Prefecture p) {
        return List.of(p.code(), p.localGovernmentCode(), p.name(), p.nameKana(), p.nameEn(), p.iso3166());
    }

    /**
     * Reads a form of the current lists made from the CSV files whose bytes are {@code sources}.
     *
     * @throws IllegalStateException if the form is damaged or was made from other CSV files
     */
    static CodeData decode(byte[] bin, byte[][] sources) {
        Input in = unframe(RESOURCE, MAGIC, bin, SOURCES, sources);
        try {
            return payload(in);
        } catch (RuntimeException e) {
            throw unreadable(RESOURCE, e);
        }
    }

    private static CodeData payload(Input in) {
        String[] strings = readStrings(in);
        int np = in.count();
        List<Prefecture> prefectures = new ArrayList<>(np);
        int[] pFrom = new int[np];
        int[] pUntil = new int[np];
        for (int i = 0; i < np; i++) {
            prefectures.add(new Prefecture(in.str(strings), in.str(strings), in.str(strings), in.str(strings),
                    in.str(strings), in.str(strings)));
            pFrom[i] = in.i32();
            pUntil[i] = in.i32();
        }
        // the municipalities are most of the work: fixed-size entries read in place, no call per field
        int nm = in.count();
        byte[] b = in.b;
        int at = in.take(Math.multiplyExact(nm, MUNICIPALITY_BYTES));
        List<Municipality> municipalities = new ArrayList<>(nm);
        int[] mFrom = new int[nm];
        int[] mUntil = new int[nm];
        Municipality.Kind[] kinds = Municipality.Kind.values();
        for (int i = 0; i < nm; i++, at += MUNICIPALITY_BYTES) {
            // an index past the table throws ArrayIndexOutOfBoundsException, reported as damage by decode
            String code = strings[(b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF)];
            String name = strings[(b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF)];
            int kana = (b[at + 4] & 0xFF) << 8 | (b[at + 5] & 0xFF);
            int roman = (b[at + 6] & 0xFF) << 8 | (b[at + 7] & 0xFF);
            String pref = strings[(b[at + 8] & 0xFF) << 8 | (b[at + 9] & 0xFF)];
            int county = (b[at + 10] & 0xFF) << 8 | (b[at + 11] & 0xFF);
            Municipality.Kind kind = kinds[b[at + 12] & 0xFF];
            int city = (b[at + 13] & 0xFF) << 8 | (b[at + 14] & 0xFF);
            municipalities.add(new Municipality(code, name, optional(strings, kana), optional(strings, roman), pref,
                    optional(strings, county), kind, optional(strings, city)));
            mFrom[i] = (b[at + 15] & 0xFF) << 24 | (b[at + 16] & 0xFF) << 16 | (b[at + 17] & 0xFF) << 8
                    | (b[at + 18] & 0xFF);
            mUntil[i] = (b[at + 19] & 0xFF) << 24 | (b[at + 20] & 0xFF) << 16 | (b[at + 21] & 0xFF) << 8
                    | (b[at + 22] & 0xFF);
        }
        in.end();
        return new CodeData(prefectures, pFrom, pUntil, municipalities, mFrom, mUntil);
    }

    // ---- shared by both forms ----

    /** The index of each string: the Latin-1 strings first, then the others, each in the given order. */
    static Map<String, Integer> index(Collection<String> all) {
        if (all.size() >= NONE) {
            throw new IllegalStateException("too many strings for the code tables: " + all.size());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String s : all) {
            if (isLatin1(s)) {
                index.put(s, index.size());
            }
        }
        for (String s : all) {
            if (!isLatin1(s)) {
                index.put(s, index.size());
            }
        }
        return index;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    static int optional(Map<String, Integer> strings, Optional<String> s) {
        return s.isEmpty() ? NONE : strings.get(s.get());
    }

    /** Both string tables of {@code strings} (as made by {@link #index(Collection)}). */
    static void writeStrings(DataOutputStream p, Map<String, Integer> strings) throws IOException {
        List<String> latin1 = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String s : strings.keySet()) {
            (isLatin1(s) ? latin1 : other).add(s);
        }
        writeTable(p, latin1, StandardCharsets.ISO_8859_1);
        writeTable(p, other, StandardCharsets.UTF_8);
    }

    private static void writeTable(DataOutputStream p, List<String> strings, Charset charset) throws IOException {
        p.writeInt(strings.size());
        StringBuilder all = new StringBuilder();
        for (String s : strings) {
            if (s.length() > 0xFFFF) {
                throw new IllegalStateException("string too long for the code tables: " + s.length());
            }
            p.writeShort(s.length());
            all.append(s);
        }
        byte[] bytes = all.toString().getBytes(charset);
        if (!new String(bytes, charset).contentEquals(all)) {
            // an unpaired surrogate would be written as '?': refuse rather than change a name
            throw new IllegalStateException("a string of the code tables cannot be encoded in " + charset);
        }
        p.writeInt(bytes.length);
        p.write(bytes);
    }

    /** The strings of both tables, by index. */
    static String[] readStrings(Input in) {
        String[] latin1 = readTable(in, StandardCharsets.ISO_8859_1);
        String[] other = readTable(in, StandardCharsets.UTF_8);
        String[] strings = Arrays.copyOf(latin1, latin1.length + other.length);
        System.arraycopy(other, 0, strings, latin1.length, other.length);
        return strings;
    }

    private static String[] readTable(Input in, Charset charset) {
        int n = in.count();
        byte[] b = in.b;
        int lengths = in.take(Math.multiplyExact(n, 2));
        int bytes = in.count();
        String all = new String(b, in.take(bytes), bytes, charset);
        String[] strings = new String[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int length = (b[lengths + 2 * i] & 0xFF) << 8 | (b[lengths + 2 * i + 1] & 0xFF);
            if (length > all.length() - at) {
                throw new IllegalStateException("string table shorter than its lengths");
            }
            strings[i] = all.substring(at, at + length);
            at += length;
        }
        if (at != all.length()) {
            throw new IllegalStateException("string table longer than its lengths");
        }
        return strings;
    }

    static Optional<String> optional(String[] strings, int index) {
        return index == NONE ? Optional.empty() : Optional.of(strings[index]);
    }

    /** Magic, version, the sources' lengths and CRC-32, the payload's length and CRC-32, the payload. */
    static byte[] frame(int magic, byte[][] sources, byte[] payload) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(out);
            o.writeInt(magic);
            o.writeInt(VERSION);
            for (byte[] src : sources) {
                o.writeInt(src.length);
                o.writeInt(crc(src, 0, src.length));
            }
            o.writeInt(payload.length);
            o.writeInt(crc(payload, 0, payload.length));
            o.write(payload);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * Checks a form's frame against the bytes of the source files it must have been made from.
     *
     * @return a reader at the start of the payload
     * @throws IllegalStateException if the frame is damaged or the form was made from other files
     */
    static Input unframe(String resource, int magic, byte[] bin, String[] names, byte[][] sources) {
        Input in = new Input(resource, bin);
        if (bin.length < 8 || in.i32() != magic) {
            throw damaged(resource, "not this code table file");
        }
        int version = in.i32();
        if (version != VERSION) {
            throw damaged(resource, "version " + version + ", expected " + VERSION);
        }
        for (int i = 0; i < names.length; i++) {
            int length = in.i32();
            int crc = in.i32();
            if (length != sources[i].length || crc != crc(sources[i], 0, sources[i].length)) {
                throw new IllegalStateException(CodeData.DATA + resource + " was not made from " + names[i]
                        + " as shipped; regenerate it: " + REGENERATE);
            }
        }
        int length = in.i32();
        int crc = in.i32();
        if (length != bin.length - in.pos) {
            throw damaged(resource, "payload of " + (bin.length - in.pos) + " bytes, expected " + length);
        }
        if (crc != crc(bin, in.pos, length)) {
            throw damaged(resource, "CRC-32 of the payload does not match");
        }
        return in;
    }

    /** What a payload's reader threw, as damage (the CRC matched: the writer and reader disagree). */
    static IllegalStateException unreadable(String resource, RuntimeException e) {
        if (e instanceof IllegalStateException && e.getMessage() != null
                && e.getMessage().startsWith(CodeData.DATA + resource)) {
            return (IllegalStateException) e; // already says what is wrong
        }
        IllegalStateException x = damaged(resource, "unreadable payload: " + e);
        x.initCause(e);
        return x;
    }

    static IllegalStateException damaged(String resource, String why) {
        return new IllegalStateException(CodeData.DATA + resource + " is damaged (" + why + "); regenerate it: "
                + REGENERATE);
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    /** A bounds-checked big-endian reader over a form's bytes. */
    static final class Input {
        final String resource;
        final byte[] b;
        int pos;

        Input(String resource, byte[] b) {
            this.resource = resource;
            this.b = b;
        }

        /** Skips {@code n} bytes and returns where they start. */
        int take(int n) {
            if (n < 0 || n > b.length - pos) {
                throw damaged(resource, "truncated at byte " + pos);
            }
            int at = pos;
            pos += n;
            return at;
        }

        int u8() {
            return b[take(1)] & 0xFF;
        }

        int u16() {
            int at = take(2);
            return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
        }

        int i32() {
            int at = take(4);
            return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        }

        /** A count or byte length: not negative and not more than the bytes left. */
        int count() {
            int n = i32();
            if (n < 0 || n > b.length - pos) {
                throw damaged(resource, "count " + n + " at byte " + (pos - 4));
            }
            return n;
        }

        String str(String[] strings) {
            return strings[u16()];
        }

        /** Checks that the payload was read to its last byte. */
        void end() {
            if (pos != b.length) {
                throw damaged(resource, (b.length - pos) + " bytes after the end");
            }
        }
    }
}
