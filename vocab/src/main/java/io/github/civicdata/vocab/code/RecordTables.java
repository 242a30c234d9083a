package io.github.civicdata.vocab.code;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@link CodeRecord} (current and former codes, prefectures, counties, with their changes),
 * as {@link CodeData#parseRecords()} builds them from the ABR lists and the e-Stat change history, in
 * a precomputed binary form, {@value #RESOURCE}. {@link CodeLists} reads it the first time a question
 * needs the history (a former code, a reference period, a name lookup) instead of parsing the
 * 700 KB history CSV with its 改正事由 clauses. Not API.
 *
 * <p>Kept equal to its sources exactly as {@link CodeTables} is (same frame, same checks, same
 * test). Payload after the two string tables: the changes (count; per change its date as an epoch
 * day, the kind's ordinal (u8), the codes before and after as string-index lists, the text's index),
 * then the records in code order (count; per record the string indexes of code and name, the other
 * names as a list, the indexes of reading, romanised name, prefecture code and county, the kind's
 * ordinal, first and last day ({@link CodeData#NO_DATE} if none), the successors as a list, and the
 * indexes of its changes as a list). A list is a u16 count and as many u16 indexes.
 */
final class RecordTables {

    /** The records' resource, in {@link CodeData#DATA}. */
    static final String RESOURCE = "code-records.bin";
    static final String[] SOURCES = {CodeData.PREFECTURES, CodeData.CITIES, CodeData.HISTORY};

    private static final int MAGIC = 0x43445231; // "CDR1"

    private RecordTables() {
    }

    /**
     * Reads the shipped form, checked against the shipped CSV files.
     *
     * @return the records by code, in code order
     * @throws IllegalStateException if the form is missing, damaged, or not made from the CSV files
     */
    static Map<String, CodeRecord> read() {
        return decode(CodeTables.bytes(RESOURCE), CodeTables.bytes(SOURCES));
    }

    /** The form of {@code records} (in code order), made from the shipped CSV files. */
    static byte[] encode(Map<String, CodeRecord> records) {
        Map<CodeChange, Integer> changes = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (CodeRecord r : records.values()) {
            all.add(r.code());
            all.add(r.name());
            all.addAll(r.otherNames());
            r.nameKana().ifPresent(all::add);
            r.nameRoman().ifPresent(all::add);
            all.add(r.prefectureCode());
            r.county().ifPresent(all::add);
            all.addAll(r.successors());
            for (CodeChange c : r.changes()) {
                if (!changes.containsKey(c)) {
                    changes.put(c, changes.size());
                    all.addAll(c.from());
                    all.addAll(c.to());
                    all.add(c.text());
                }
            }
        }
        if (changes.size() > 0xFFFF) {
            throw new IllegalStateException("too many changes for the code tables: " + changes.size());
        }
        Map<String, Integer> strings = CodeTables.index(all);
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream b = new DataOutputStream(payload);
            CodeTables.writeStrings(b, strings);
            b.writeInt(changes.size());
            for (CodeChange c : changes.keySet()) {
                b.writeInt(Math.toIntExact(c.date().toEpochDay()));
                b.writeByte(c.kind().ordinal());
                list(b, strings, c.from());
                list(b, strings, c.to());
                b.writeShort(strings.get(c.text()));
            }
            b.writeInt(records.size());
            for (CodeRecord r : records.values()) {
                b.writeShort(strings.get(r.code()));
                b.writeShort(strings.get(r.name()));
                list(b, strings, r.otherNames());
                b.writeShort(CodeTables.optional(strings, r.nameKana()));
                b.writeShort(CodeTables.optional(strings, r.nameRoman()));
                b.writeShort(strings.get(r.prefectureCode()));
                b.writeShort(CodeTables.optional(strings, r.county()));
                b.writeByte(r.kind().ordinal());
                b.writeInt(day(r.validFrom()));
                b.writeInt(day(r.validUntil()));
                list(b, strings, r.successors());
                count(b, r.changes().size());
                for (CodeChange c : r.changes()) {
                    b.writeShort(changes.get(c));
                }
            }
            return CodeTables.frame(MAGIC, CodeTables.bytes(SOURCES), payload.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static void list(DataOutputStream b, Map<String, Integer> strings, List<String> list) throws IOException {
        count(b, list.size());
        for (String s : list) {
            b.writeShort(strings.get(s));
        }
    }

    private static void count(DataOutputStream b, int n) throws IOException {
        if (n > 0xFFFF) {
            throw new IllegalStateException("list too long for the code tables: " + n);
        }
        b.writeShort(n);
    }

    private static int day(Optional<LocalDate> d) {
        return d.isEmpty() ? CodeData.NO_DATE : Math.toIntExact(d.get().toEpochDay());
    }

    /**
     * Reads a form made from the CSV files whose bytes are {@code sources}.
     *
     * @throws IllegalStateException if the form is damaged or was made from other CSV files
     */
    static Map<String, CodeRecord> decode(byte[] bin, byte[][] sources) {
        CodeTables.Input in = CodeTables.unframe(RESOURCE, MAGIC, bin, SOURCES, sources);
        try {
            return payload(in);
        } catch (RuntimeException e) {
            throw CodeTables.unreadable(RESOURCE, e);
        }
    }

    private static Map<String, CodeRecord> payload(CodeTables.Input in) {
        String[] strings = CodeTables.readStrings(in);
        CodeChange.Kind[] changeKinds = CodeChange.Kind.values();
        CodeChange[] changes = new CodeChange[in.count()];
        for (int i = 0; i < changes.length; i++) {
            LocalDate date = LocalDate.ofEpochDay(in.i32());
            CodeChange.Kind kind = changeKinds[in.u8()];
            changes[i] = new CodeChange(date, kind, list(in, strings), list(in, strings), in.str(strings));
        }
        CodeRecord.Kind[] kinds = CodeRecord.Kind.values();
        int n = in.count();
        Map<String, CodeRecord> records = new LinkedHashMap<>(n * 4 / 3 + 1);
        String last = "";
        for (int i = 0; i < n; i++) {
            String code = in.str(strings);
            String name = in.str(strings);
            List<String> otherNames = list(in, strings);
            Optional<String> kana = CodeTables.optional(strings, in.u16());
            Optional<String> roman = CodeTables.optional(strings, in.u16());
            String pref = in.str(strings);
            Optional<String> county = CodeTables.optional(strings, in.u16());
            CodeRecord.Kind kind = kinds[in.u8()];
            Optional<LocalDate> from = day(in.i32());
            Optional<LocalDate> until = day(in.i32());
            List<String> successors = list(in, strings);
            CodeChange[] own = new CodeChange[in.u16()];
            for (int j = 0; j < own.length; j++) {
                own[j] = changes[in.u16()];
            }
            if (code.compareTo(last) <= 0) {
                throw new IllegalStateException("records not in code order at " + code);
            }
            last = code;
            records.put(code, new CodeRecord(code, name, otherNames, kana, roman, pref, county, kind, from, until,
                    successors, List.of(own)));
        }
        in.end();
        return records;
    }

    private static List<String> list(CodeTables.Input in, String[] strings) {
        int n = in.u16();
        if (n == 0) {
            return List.of();
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.str(strings);
        }
        return List.of(out);
    }

    private static Optional<LocalDate> day(int epochDay) {
        return epochDay == CodeData.NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
    }
}
