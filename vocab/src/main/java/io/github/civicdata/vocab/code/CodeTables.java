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
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The current code lists (the ABR 都道府県マスター and 市区町村マスター as {@link CodeData#parseCurrent()}
 * reads them) in a precomputed binary form, {@value #RESOURCE} beside the CSV files. Reading it
 * costs a few milliseconds of a cold JVM where parsing the CSV files costs tens: the start-up of
 * every {@code validate} with a code column. Not API.
 *
 * <p>The CSV files stay the source. The form is made from them by {@link #encode(CodeData)} and
 * {@code CodeTablesTest} regenerates it in memory and fails when the committed file differs (the
 * message gives {@link #REGENERATE}); the form also records the length and CRC-32 of each CSV file
 * it was made from, and {@link #read()} compares them with the CSV files on the class path, so an
 * edited CSV file without a regenerated form fails at once instead of giving stale codes. A damaged
 * or truncated form (CRC-32 of its payload, lengths, indexes) fails with an
 * {@link IllegalStateException}; it never gives other data.
 *
 * <p>Layout (big-endian): magic {@code "CDC1"}, version, for each source file its length and
 * CRC-32, the payload's length and CRC-32, then the payload: two string tables, the strings
 * of Latin-1 characters only (codes, romanised names) and the others, each as count, each string's
 * length in chars, byte length, and the bytes of all its strings one after the other (ISO-8859-1,
 * UTF-8); a string's index counts through both tables; the prefectures
 * (count, then per prefecture six string indexes and its first and last day as epoch days); the
 * municipalities (count, then per entry the string indexes of code, name, reading, romanised name,
 * prefecture code and county, the kind's ordinal, the string index of the city's code, first and
 * last day). A missing optional string is {@code 0xFFFF}, a missing day {@link CodeData#NO_DATE}.
 */
final class CodeTables {

    /** The resource's name, in {@link CodeData#DATA}. */
    static final String RESOURCE = "current-codes.bin";
    /** The command that regenerates the resource from the CSV files. */
    static final String REGENERATE = "mvn -B -q -o -pl vocab -am test -Dtest=CodeTablesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";

    private static final int MAGIC = 0x43444331; // "CDC1"
    private static final int VERSION = 1;
    private static final int NONE = 0xFFFF;
    /** Six string indexes, the kind, the city's index, two days. */
    private static final int MUNICIPALITY_BYTES = 6 * 2 + 1 + 2 + 2 * 4;
    private static final String[] SOURCES = {CodeData.PREFECTURES, CodeData.CITIES};

    private CodeTables() {
    }

    /**
     * Writes the form made from the shipped CSV files (what the test's {@code -Dgolden.update=true}
     * does): {@code java -cp core/target/classes:vocab/target/classes
     * io.github.civicdata.vocab.code.CodeTables vocab/src/main/resources/io/github/civicdata/vocab/data/codes/current-codes.bin}.
     *
     * @param args the file to write
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CodeTables <output file>");
        }
        Files.write(Path.of(args[0]), encode(CodeData.parseCurrent()));
    }

    /**
     * Reads the shipped form, checked against the shipped CSV files.
     *
     * @return the current lists
     * @throws IllegalStateException if the form is missing, damaged, or not made from the CSV files
     */
    static CodeData read() {
        byte[] bin = bytes(RESOURCE);
        byte[][] sources = new byte[SOURCES.length][];
        for (int i = 0; i < SOURCES.length; i++) {
            sources[i] = bytes(SOURCES[i]);
        }
        return decode(bin, sources);
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

    /**
     * The form of {@code data}, as made from the shipped CSV files {@code sources} (the bytes of
     * {@link CodeData#PREFECTURES} and {@link CodeData#CITIES}).
     */
    static byte[] encode(CodeData data) {
        byte[][] sources = new byte[SOURCES.length][];
        for (int i = 0; i < SOURCES.length; i++) {
            sources[i] = bytes(SOURCES[i]);
        }
        return encode(data, sources);
    }

    static byte[] encode(CodeData data, byte[][] sources) {
        try {
            Map<String, Integer> strings = strings(data);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream b = new DataOutputStream(body);
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
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(payload);
            List<String> latin1 = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String s : strings.keySet()) {
                (isLatin1(s) ? latin1 : other).add(s);
            }
            table(p, latin1, StandardCharsets.ISO_8859_1);
            table(p, other, StandardCharsets.UTF_8);
            p.write(body.toByteArray());
            byte[] pl = payload.toByteArray();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(out);
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            for (byte[] src : sources) {
                o.writeInt(src.length);
                o.writeInt(crc(src, 0, src.length));
            }
            o.writeInt(pl.length);
            o.writeInt(crc(pl, 0, pl.length));
            o.write(pl);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static int optional(Map<String, Integer> strings, Optional<String> s) {
        return s.isEmpty() ? NONE : strings.get(s.get());
    }

    private static List<String> prefectureStrings(Prefecture p) {
        return List.of(p.code(), p.localGovernmentCode(), p.name(), p.nameKana(), p.nameEn(), p.iso3166());
    }

    /**
     * Every distinct string of the lists and its index: the Latin-1 strings first, then the others,
     * each in order of first use.
     */
    private static Map<String, Integer> strings(CodeData data) {
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

    /** Count, lengths in chars, byte length and bytes of {@code strings} in {@code charset}. */
    private static void table(DataOutputStream p, List<String> strings, Charset charset) throws IOException {
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
        p.writeInt(bytes.length);
        p.write(bytes);
    }

    /**
     * Reads a form made from the CSV files whose bytes are {@code sources}.
     *
     * @throws IllegalStateException if the form is damaged or was made from other CSV files
     */
    static CodeData decode(byte[] bin, byte[][] sources) {
        Input in = new Input(bin);
        if (bin.length < 8 || in.i32() != MAGIC) {
            throw damaged("not a code table file");
        }
        int version = in.i32();
        if (version != VERSION) {
            throw damaged("version " + version + ", expected " + VERSION);
        }
        for (int i = 0; i < SOURCES.length; i++) {
            int length = in.i32();
            int crc = in.i32();
            if (length != sources[i].length || crc != crc(sources[i], 0, sources[i].length)) {
                throw new IllegalStateException(CodeData.DATA + RESOURCE + " was not made from "
                        + SOURCES[i] + " as shipped; regenerate it: " + REGENERATE);
            }
        }
        int length = in.i32();
        int crc = in.i32();
        if (length != bin.length - in.pos) {
            throw damaged("payload of " + (bin.length - in.pos) + " bytes, expected " + length);
        }
        if (crc != crc(bin, in.pos, length)) {
            throw damaged("CRC-32 of the payload does not match");
        }
        try {
            return payload(in);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(CodeData.DATA + RESOURCE)) {
                throw e; // already says what is wrong
            }
            // the CRC matched, so the encoder wrote something this reader does not accept
            IllegalStateException x = damaged("unreadable payload: " + e.getMessage());
            x.initCause(e);
            throw x;
        }
    }

    private static CodeData payload(Input in) {
        String[] latin1 = table(in, StandardCharsets.ISO_8859_1);
        String[] other = table(in, StandardCharsets.UTF_8);
        String[] strings = Arrays.copyOf(latin1, latin1.length + other.length);
        System.arraycopy(other, 0, strings, latin1.length, other.length);
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
        if (in.pos != in.b.length) {
            throw new IllegalStateException((in.b.length - in.pos) + " bytes after the municipalities");
        }
        return new CodeData(prefectures, pFrom, pUntil, municipalities, mFrom, mUntil);
    }

    private static Optional<String> optional(String[] strings, int index) {
        return index == NONE ? Optional.empty() : Optional.of(strings[index]);
    }

    /** One string table; Latin-1 strings decode without a per-character loop, so they are kept apart. */
    private static String[] table(Input in, Charset charset) {
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

    private static IllegalStateException damaged(String why) {
        return new IllegalStateException(CodeData.DATA + RESOURCE + " is damaged (" + why + "); regenerate it: "
                + REGENERATE);
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    /** A bounds-checked big-endian reader over the form's bytes. */
    private static final class Input {
        final byte[] b;
        int pos;

        Input(byte[] b) {
            this.b = b;
        }

        int take(int n) {
            if (n < 0 || n > b.length - pos) {
                throw damaged("truncated at byte " + pos);
            }
            int at = pos;
            pos += n;
            return at;
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
                throw damaged("count " + n + " at byte " + (pos - 4));
            }
            return n;
        }

        String str(String[] strings) {
            int i = u16();
            if (i >= strings.length) {
                throw new IllegalStateException("string index " + i + " of " + strings.length);
            }
            return strings[i];
        }
    }
}
