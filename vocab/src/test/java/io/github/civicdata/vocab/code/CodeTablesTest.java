package io.github.civicdata.vocab.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The precomputed forms of the current code lists ({@code current-codes.bin}) and of the records
 * with their history ({@code code-records.bin}) are exactly what the shipped CSV files give,
 * {@link CodeLists} answers the same from either route, and a damaged, truncated or stale form fails
 * with an {@link IllegalStateException}. Regenerate deliberately with
 * {@link CodeTables#REGENERATE} (then review the diff).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodeTablesTest {

    private static final Path DIR = Path.of("src/main/resources/io/github/civicdata/vocab/data/codes");
    /** magic, version, two sources (length, CRC), payload length, payload CRC. */
    private static final int HEADER = 32;
    /** The same with three sources. */
    private static final int RECORDS_HEADER = 40;

    /** A form under test: its name, how it is made, and how it is read from bytes. */
    private record Form(String resource, int header, byte[] fresh, Function<byte[], Object> decode) {
    }

    private static List<Form> forms() {
        return List.of(
                new Form(CodeTables.RESOURCE, HEADER, CodeTables.encode(CodeData.parseCurrent()),
                        b -> CodeTables.decode(b, CodeTables.bytes(CodeTables.SOURCES))),
                new Form(RecordTables.RESOURCE, RECORDS_HEADER,
                        RecordTables.encode(CodeData.parseCurrent().parseRecords()),
                        b -> RecordTables.decode(b, CodeTables.bytes(RecordTables.SOURCES))));
    }

    @Test
    @Order(1) // first: with -Dgolden.update=true it rewrites the forms the other tests read
    void committedFormsAreWhatTheCsvFilesGive() throws Exception {
        for (Form f : forms()) {
            Path source = DIR.resolve(f.resource());
            if (Boolean.getBoolean("golden.update")) {
                Files.write(source, f.fresh());
                // and the copy on the class path, which the other tests of this run read
                URL csv = CodeTables.class.getResource(CodeData.DATA + CodeData.CITIES);
                if (csv != null && csv.getProtocol().equals("file")) {
                    Files.write(Path.of(csv.toURI()).resolveSibling(f.resource()), f.fresh());
                }
            }
            assertThat(Files.exists(source)).as("%s is missing; regenerate it: %s", source, CodeTables.REGENERATE)
                    .isTrue();
            byte[] committed = Files.readAllBytes(source);
            assertThat(Arrays.equals(committed, f.fresh()))
                    .as("%s differs from what the CSV files give; regenerate it: %s", source, CodeTables.REGENERATE)
                    .isTrue();
            // and the class path holds the committed bytes (a build that did not copy the resource fails here)
            assertThat(CodeTables.bytes(f.resource())).isEqualTo(committed);
        }
    }

    @Test
    void bothRoutesGiveTheSameData() {
        CodeData csv = CodeData.parseCurrent();
        CodeData bin = CodeTables.read();
        assertThat(bin.prefectures).isEqualTo(csv.prefectures).hasSize(47);
        assertThat(bin.municipalities).isEqualTo(csv.municipalities).hasSize(1918);
        assertThat(bin.prefectureFrom).isEqualTo(csv.prefectureFrom);
        assertThat(bin.prefectureUntil).isEqualTo(csv.prefectureUntil);
        assertThat(bin.municipalityFrom).isEqualTo(csv.municipalityFrom);
        assertThat(bin.municipalityUntil).isEqualTo(csv.municipalityUntil);
        // the dates say something: every code has its first day, and 浜松市中央区 began on 2024-01-01
        assertThat(csv.municipalityFrom).doesNotContain(CodeData.NO_DATE);
        int i = csv.municipalities.indexOf(new CodeLists(csv).municipality("221384").orElseThrow());
        assertThat(LocalDate.ofEpochDay(csv.municipalityFrom[i])).isEqualTo(LocalDate.of(2024, 1, 1));

        Map<String, CodeRecord> parsed = CodeData.parseCurrent().parseRecords();
        Map<String, CodeRecord> read = RecordTables.read();
        assertThat(read).isEqualTo(parsed);
        assertThat(List.copyOf(read.keySet())).isEqualTo(List.copyOf(parsed.keySet())).isSorted();
        // the records say something: current, former codes with changes, counties
        assertThat(read.get("221317").validUntil()).contains(LocalDate.of(2023, 12, 31));
        assertThat(read.get("221317").changes()).isNotEmpty();
        assertThat(read.values()).filteredOn(r -> r.kind() == CodeRecord.Kind.COUNTY).isNotEmpty();
        assertThat(read.values()).filteredOn(r -> !r.isCurrent()).hasSizeGreaterThan(2000);
    }

    /** Every question CodeLists answers, for every code either list knows, gets the same answer. */
    @Test
    void codeListsAnswerTheSameFromEitherRoute() {
        CodeLists csv = new CodeLists(CodeData.parseCurrent(), true);
        CodeLists bin = new CodeLists(CodeTables.read());
        assertThat(bin.prefectures()).isEqualTo(csv.prefectures());
        assertThat(bin.municipalities()).isEqualTo(csv.municipalities());
        assertThat(bin.hierarchy()).isEqualTo(csv.hierarchy());
        assertThat(bin.records()).isEqualTo(csv.records());
        assertThat(bin.records()).hasSizeGreaterThan(1965);

        int listed = 0;
        for (int v = 0; v < 1_000_000; v++) {
            String code = sixDigits(v);
            assertThat(bin.isListed(code)).as(code).isEqualTo(csv.isListed(code));
            assertThat(bin.isKnown(code)).as(code).isEqualTo(csv.isKnown(code));
            if (csv.isListed(code)) {
                listed++;
            }
        }
        assertThat(listed).isEqualTo(47 + 1918);

        ReferencePeriod before = ReferencePeriod.of(LocalDate.of(2023, 12, 31));
        ReferencePeriod old = ReferencePeriod.of(LocalDate.of(1990, 4, 1));
        Set<String> inputs = new LinkedHashSet<>();
        for (CodeRecord r : csv.records()) {
            String c = r.code();
            inputs.add(c);
            inputs.add(c.substring(0, 5));
            inputs.add(c.substring(0, 5) + (char) ('0' + (c.charAt(5) - '0' + 1) % 10)); // wrong check digit
            if (c.startsWith("0")) {
                inputs.add(c.substring(1)); // lost its leading zero
            }
            inputs.add(c.substring(0, 2));
        }
        for (String in : inputs) {
            assertThat(bin.explain(in)).as(in).isEqualTo(csv.explain(in));
            assertThat(bin.explain(in, before)).as(in).isEqualTo(csv.explain(in, before));
            assertThat(bin.explain(in, old)).as(in).isEqualTo(csv.explain(in, old));
        }
        for (CodeRecord r : csv.records()) {
            String c = r.code();
            assertThat(bin.record(c)).isEqualTo(csv.record(c));
            assertThat(bin.fullName(c)).as(c).isEqualTo(csv.fullName(c));
            assertThat(bin.prefecture(c)).as(c).isEqualTo(csv.prefecture(c));
            assertThat(bin.municipality(c)).as(c).isEqualTo(csv.municipality(c));
            assertThat(bin.currentSuccessors(c)).as(c).isEqualTo(csv.currentSuccessors(c));
            assertThat(bin.sameAreaSuccessor(c)).as(c).isEqualTo(csv.sameAreaSuccessor(c));
            assertThat(bin.isListedDuring(c, before)).as(c).isEqualTo(csv.isListedDuring(c, before));
            assertThat(bin.isListedDuring(c, old)).as(c).isEqualTo(csv.isListedDuring(c, old));
            assertThat(bin.lookup(r.name())).as(r.name()).isEqualTo(csv.lookup(r.name()));
            for (String other : r.otherNames()) {
                assertThat(bin.lookup(other)).as(other).isEqualTo(csv.lookup(other));
            }
        }
        for (Prefecture p : csv.prefectures()) {
            assertThat(bin.prefecture(p.code())).isEqualTo(csv.prefecture(p.code()));
            assertThat(bin.lookup(p.nameKana())).isEqualTo(csv.lookup(p.nameKana()));
            assertThat(bin.lookup(p.nameEn())).isEqualTo(csv.lookup(p.nameEn()));
        }
        int byReading = 0;
        for (Municipality m : csv.municipalities()) {
            String full = csv.fullName(m.code()).orElseThrow();
            assertThat(bin.lookup(full)).as(full).isEqualTo(csv.lookup(full));
            if (m.nameKana().isPresent()) {
                assertThat(bin.lookup(m.nameKana().get())).isEqualTo(csv.lookup(m.nameKana().get()));
                byReading++;
            }
            if (m.nameRoman().isPresent()) {
                assertThat(bin.lookup(m.nameRoman().get())).isEqualTo(csv.lookup(m.nameRoman().get()));
            }
        }
        assertThat(byReading).isGreaterThan(1900);
    }

    @Test
    void everyDamagedHeaderByteFails() {
        for (Form f : forms()) {
            for (int i = 0; i < f.header(); i++) {
                byte[] b = f.fresh().clone();
                b[i] ^= 0x01;
                assertFails(f, b, "byte " + i);
            }
        }
    }

    @Test
    void damagedPayloadBytesFail() {
        Random random = new Random(16);
        for (Form f : forms()) {
            byte[] good = f.fresh();
            for (int n = 0; n < 300; n++) {
                byte[] b = good.clone();
                int at = f.header() + random.nextInt(good.length - f.header());
                b[at] ^= (byte) (1 + random.nextInt(255));
                assertFails(f, b, "byte " + at);
            }
        }
    }

    @Test
    void truncatedOrExtendedFormsFail() {
        for (Form f : forms()) {
            byte[] good = f.fresh();
            for (int len = 0; len < good.length; len += len < 64 ? 1 : 997) {
                assertFails(f, Arrays.copyOf(good, len), "length " + len);
            }
            assertFails(f, Arrays.copyOf(good, good.length - 1), "one byte short");
            assertFails(f, Arrays.copyOf(good, good.length + 1), "one byte more");
        }
    }

    /** Damage that keeps the payload's CRC right (a writer bug) is still caught by the reader. */
    @Test
    void inconsistentPayloadWithRightChecksumFails() {
        for (Form f : forms()) {
            byte[] good = f.fresh();
            int h = f.header();
            assertFails(f, withPayload(good, h, Arrays.copyOfRange(good, h, good.length - 3)), "payload cut short");
            assertFails(f, withPayload(good, h, Arrays.copyOfRange(good, h, good.length + 1)), "trailing byte");
            byte[] payload = Arrays.copyOfRange(good, h, good.length);
            ByteBuffer.wrap(payload).putInt(0, Integer.MAX_VALUE);
            assertFails(f, withPayload(good, h, payload), "huge string count");
        }
        // the last municipality's kind out of range: 4 + 4 days + 2 city index + 1 kind from the end
        Form current = forms().get(0);
        byte[] payload = Arrays.copyOfRange(current.fresh(), HEADER, current.fresh().length);
        payload[payload.length - 11] = 42;
        assertFails(current, withPayload(current.fresh(), HEADER, payload), "kind 42");
        // the last record's last change index out of range
        Form records = forms().get(1);
        payload = Arrays.copyOfRange(records.fresh(), RECORDS_HEADER, records.fresh().length);
        payload[payload.length - 2] = (byte) 0xFF;
        payload[payload.length - 1] = (byte) 0xFE;
        assertFails(records, withPayload(records.fresh(), RECORDS_HEADER, payload), "change index");
    }

    @Test
    void formMadeFromOtherCsvFilesFails() {
        byte[][] edited = CodeTables.bytes(RecordTables.SOURCES);
        edited[1] = Arrays.copyOf(edited[1], edited[1].length);
        edited[1][edited[1].length - 2] ^= 0x20;
        byte[] current = CodeTables.encode(CodeData.parseCurrent());
        assertThatThrownBy(() -> CodeTables.decode(current, Arrays.copyOf(edited, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not made from " + CodeData.CITIES)
                .hasMessageContaining(CodeTables.REGENERATE);
        byte[] records = RecordTables.encode(CodeData.parseCurrent().parseRecords());
        assertThatThrownBy(() -> RecordTables.decode(records, edited)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not made from " + CodeData.CITIES);
        byte[][] history = CodeTables.bytes(RecordTables.SOURCES);
        history[2] = Arrays.copyOf(history[2], history[2].length + 1);
        assertThatThrownBy(() -> RecordTables.decode(records, history)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not made from " + CodeData.HISTORY);
        // and the untouched files are accepted
        assertThat(CodeTables.decode(current, CodeTables.bytes(CodeTables.SOURCES)).municipalities).hasSize(1918);
        assertThat(RecordTables.decode(records, CodeTables.bytes(RecordTables.SOURCES))).hasSizeGreaterThan(4000);
    }

    private static String sixDigits(int v) {
        char[] c = new char[6];
        for (int i = 5, x = v; i >= 0; i--, x /= 10) {
            c[i] = (char) ('0' + x % 10);
        }
        return new String(c);
    }

    private static void assertFails(Form f, byte[] bin, String what) {
        assertThatThrownBy(() -> f.decode().apply(bin)).as("%s: %s", f.resource(), what)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(f.resource());
    }

    private static byte[] withPayload(byte[] good, int header, byte[] payload) {
        byte[] out = Arrays.copyOf(good, header + payload.length);
        System.arraycopy(payload, 0, out, header, payload.length);
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer.wrap(out).putInt(header - 8, payload.length).putInt(header - 4, (int) crc.getValue());
        return out;
    }
}
