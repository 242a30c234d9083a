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
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The precomputed form of the current code lists ({@code current-codes.bin}) is exactly what the
 * shipped CSV files give, {@link CodeLists} answers the same from either route, and a damaged,
 * truncated or stale form fails with an {@link IllegalStateException}. Regenerate deliberately with
 * {@link CodeTables#REGENERATE} (then review the diff).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodeTablesTest {

    private static final Path SOURCE = Path.of("src/main/resources/io/github/civicdata/vocab/data/codes",
            CodeTables.RESOURCE);
    /** magic, version, two sources (length, CRC), payload length, payload CRC. */
    private static final int HEADER = 32;

    private static byte[][] sources() {
        return new byte[][] {CodeTables.bytes(CodeData.PREFECTURES), CodeTables.bytes(CodeData.CITIES)};
    }

    @Test
    @Order(1) // first: with -Dgolden.update=true it rewrites the form the other tests read
    void committedFormIsWhatTheCsvFilesGive() throws Exception {
        byte[] fresh = CodeTables.encode(CodeData.parseCurrent());
        if (Boolean.getBoolean("golden.update")) {
            Files.write(SOURCE, fresh);
            // and the copy on the class path, which the other tests of this run read
            URL copy = CodeTables.class.getResource(CodeData.DATA + CodeTables.RESOURCE);
            if (copy != null && copy.getProtocol().equals("file")) {
                Files.write(Path.of(copy.toURI()), fresh);
            }
        }
        assertThat(Files.exists(SOURCE)).as("%s is missing; regenerate it: %s", SOURCE, CodeTables.REGENERATE).isTrue();
        byte[] committed = Files.readAllBytes(SOURCE);
        assertThat(Arrays.equals(committed, fresh))
                .as("%s differs from what the CSV files give; regenerate it: %s", SOURCE, CodeTables.REGENERATE)
                .isTrue();
        // and the class path holds the committed bytes (a build that did not copy the resource fails here)
        assertThat(CodeTables.bytes(CodeTables.RESOURCE)).isEqualTo(committed);
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
    }

    /** Every question CodeLists answers, for every code either list knows, gets the same answer. */
    @Test
    void codeListsAnswerTheSameFromEitherRoute() {
        CodeLists csv = new CodeLists(CodeData.parseCurrent());
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
        byte[] good = CodeTables.encode(CodeData.parseCurrent());
        for (int i = 0; i < HEADER; i++) {
            byte[] b = good.clone();
            b[i] ^= 0x01;
            assertFails(b, "byte " + i);
        }
    }

    @Test
    void damagedPayloadBytesFail() {
        byte[] good = CodeTables.encode(CodeData.parseCurrent());
        Random random = new Random(16);
        for (int n = 0; n < 400; n++) {
            byte[] b = good.clone();
            int at = HEADER + random.nextInt(good.length - HEADER);
            b[at] ^= (byte) (1 + random.nextInt(255));
            assertFails(b, "byte " + at);
        }
    }

    @Test
    void truncatedOrExtendedFormsFail() {
        byte[] good = CodeTables.encode(CodeData.parseCurrent());
        for (int len = 0; len < good.length; len += len < 64 ? 1 : 997) {
            assertFails(Arrays.copyOf(good, len), "length " + len);
        }
        assertFails(Arrays.copyOf(good, good.length - 1), "one byte short");
        assertFails(Arrays.copyOf(good, good.length + 1), "one byte more");
    }

    /** Damage that keeps the payload's CRC right (an encoder bug) is still caught by the reader. */
    @Test
    void inconsistentPayloadWithRightChecksumFails() {
        byte[] good = CodeTables.encode(CodeData.parseCurrent());
        // the payload cut short, its length and CRC fixed up
        byte[] shortened = withPayload(good, Arrays.copyOfRange(good, HEADER, good.length - 3));
        assertFails(shortened, "payload cut short");
        // one byte more at the end
        byte[] longer = withPayload(good, Arrays.copyOfRange(good, HEADER, good.length + 1));
        assertFails(longer, "payload with a trailing byte");
        // the string count made huge
        byte[] payload = Arrays.copyOfRange(good, HEADER, good.length);
        ByteBuffer.wrap(payload).putInt(0, Integer.MAX_VALUE);
        assertFails(withPayload(good, payload), "huge string count");
        // the last municipality's kind out of range: 4 + 4 days + 2 city index + 1 kind from the end
        payload = Arrays.copyOfRange(good, HEADER, good.length);
        payload[payload.length - 11] = 42;
        assertFails(withPayload(good, payload), "kind 42");
    }

    @Test
    void formMadeFromOtherCsvFilesFails() {
        byte[] good = CodeTables.encode(CodeData.parseCurrent());
        byte[][] edited = sources();
        edited[1] = Arrays.copyOf(edited[1], edited[1].length);
        edited[1][edited[1].length - 2] ^= 0x20;
        assertThatThrownBy(() -> CodeTables.decode(good, edited)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not made from " + CodeData.CITIES)
                .hasMessageContaining(CodeTables.REGENERATE);
        assertThat(CodeTables.decode(good, sources()).municipalities).hasSize(1918);
    }

    private static String sixDigits(int v) {
        char[] c = new char[6];
        for (int i = 5, x = v; i >= 0; i--, x /= 10) {
            c[i] = (char) ('0' + x % 10);
        }
        return new String(c);
    }

    private static void assertFails(byte[] bin, String what) {
        assertThatThrownBy(() -> CodeTables.decode(bin, sources())).as(what).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CodeTables.RESOURCE);
    }

    private static byte[] withPayload(byte[] good, byte[] payload) {
        byte[] out = Arrays.copyOf(good, HEADER + payload.length);
        System.arraycopy(payload, 0, out, HEADER, payload.length);
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer.wrap(out).putInt(HEADER - 8, payload.length).putInt(HEADER - 4, (int) crc.getValue());
        return out;
    }
}
