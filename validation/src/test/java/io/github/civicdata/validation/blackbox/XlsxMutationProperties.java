package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A valid workbook with one zip entry dropped, emptied, truncated, corrupted or swapped for
 * another part gives a report, never an exception, never an internal error, and prints nothing:
 * a broken part becomes an {@code xlsx.unreadable} finding. Unlike random bytes behind a zip
 * signature, these workbooks get past the zip and package layers, into the parts read one by
 * one (workbook, sheets, comments, drawings, styles, shared strings).
 */
class XlsxMutationProperties {

    /** What is done to the chosen entry. */
    enum Mutation {
        /** The entry is left out (relationships and content types still name it). */
        DROP,
        /** The entry has no bytes. */
        EMPTY,
        /** The entry is cut at a random point. */
        TRUNCATE,
        /** A few random bytes are overwritten. */
        FLIP_BYTES,
        /** A few characters are replaced by XML-ish ASCII ({@code < > " = / 0-9 a b c}), keeping the text. */
        EDIT_TEXT,
        /** The entry is a few bytes that are not XML. */
        NOT_XML,
        /** The entry holds the bytes of another entry. */
        SWAP,
        /** In a relationships part, one target points to a part that is not there. */
        RETARGET
    }

    /** One zip entry of one of the test workbooks. */
    record Entry(String workbook, String name) {
    }

    private static final String EDITS = "<>\"=/0123456789abc r";
    private static final Validator VALIDATOR = Validator.builder().build();
    private static final Map<String, Map<String, byte[]>> WORKBOOKS = new LinkedHashMap<>();

    static {
        XlsxFixtures.cases().forEach((name, content) -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                content.accept(wb);
                wb.write(out);
                WORKBOOKS.put(name, unzip(out.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every entry of every workbook with every mutation (about 900 workbooks, each read twice). */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5000)
    void everyEntryBrokenInEveryWayGivesAReport(@ForAll("entries") Entry entry, @ForAll Mutation mutation)
            throws IOException {
        check(entry, mutation, entry.hashCode() * 31L + mutation.ordinal());
    }

    /** Random damage of the kinds that depend on where the bytes are hit. */
    @Property(tries = 200)
    void randomDamageOfOneEntryGivesAReport(@ForAll("entries") Entry entry, @ForAll("randomised") Mutation mutation,
            @ForAll long seed) throws IOException {
        check(entry, mutation, seed);
    }

    private static void check(Entry entry, Mutation mutation, long seed) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(WORKBOOKS.get(entry.workbook()));
        List<String> names = new ArrayList<>(parts.keySet());
        String target = entry.name();
        Random rnd = new Random(seed);
        byte[] content = parts.get(target);
        switch (mutation) {
            case DROP -> parts.remove(target);
            case EMPTY -> parts.put(target, new byte[0]);
            case TRUNCATE -> parts.put(target, Arrays.copyOf(content, rnd.nextInt(Math.max(1, content.length))));
            case FLIP_BYTES, EDIT_TEXT -> {
                byte[] c = content.clone();
                for (int k = 0; k < 1 + rnd.nextInt(4) && c.length > 0; k++) {
                    c[rnd.nextInt(c.length)] = mutation == Mutation.FLIP_BYTES ? (byte) rnd.nextInt(256)
                            : (byte) EDITS.charAt(rnd.nextInt(EDITS.length()));
                }
                parts.put(target, c);
            }
            case NOT_XML -> parts.put(target, "<x".getBytes(StandardCharsets.UTF_8));
            case SWAP -> parts.put(target, parts.get(names.get(rnd.nextInt(names.size()))));
            case RETARGET -> {
                String xml = new String(content, StandardCharsets.UTF_8);
                List<Integer> at = new ArrayList<>();
                for (int i = xml.indexOf("Target=\""); i >= 0; i = xml.indexOf("Target=\"", i + 1)) {
                    at.add(i + "Target=\"".length());
                }
                if (at.isEmpty()) {
                    return; // not a relationships part
                }
                int i = at.get(rnd.nextInt(at.size()));
                parts.put(target, (xml.substring(0, i) + "missing-" + xml.substring(i)).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] zip = zip(parts);
        String what = entry + " " + mutation;
        check(Printed.by(() -> VALIDATOR.validate(new ByteArrayInputStream(zip), entry.workbook() + ".xlsx")), what);
        Path file = Files.createTempFile("mutated", ".xlsx");
        try {
            Files.write(file, zip);
            check(Printed.by(() -> VALIDATOR.validate(file)), what);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void check(Printed.Result<Report> printed, String what) {
        assertThat(printed.printed()).as(what).isEmpty();
        Report r = printed.value();
        assertThat(r.sources()).as(what).hasSize(1);
        assertThat(r.total()).as(what).isGreaterThanOrEqualTo(r.findings().size());
        assertThat(r.findings()).as(what).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
    }

    @Provide
    Arbitrary<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        WORKBOOKS.forEach((wb, parts) -> parts.keySet().forEach(n -> all.add(new Entry(wb, n))));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<Mutation> randomised() {
        return Arbitraries.of(Mutation.TRUNCATE, Mutation.FLIP_BYTES, Mutation.EDIT_TEXT, Mutation.SWAP,
                Mutation.RETARGET);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                m.put(e.getName(), z.readAllBytes());
            }
        }
        return m;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
