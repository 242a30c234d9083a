package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.civicdata.vocab.gif.CoreDataModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed vocabulary snapshot ({@code data/vocabulary.bin}) is exactly what the source files
 * (items.json, the GIF CSV files, header-aliases.json, the template files) give, and the vocabulary
 * read from it behaves as the one built from the sources in everything observable. Regenerate the
 * file deliberately with the command in {@link VocabSnapshot#REGENERATE} (then review the diff).
 */
class VocabSnapshotTest {

    private static final Path COMMITTED = Path.of("src/main/resources/io/github/civicdata/vocab/data",
            VocabSnapshot.RESOURCE);

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static Vocabulary fromSources;
    private static Vocabulary fromSnapshot;

    @BeforeAll
    static void load() throws IOException {
        fromSources = Vocabulary.loadStandardFromSources();
        if (UPDATE) {
            // the copy on the class path is the old one until the module is built again
            Files.write(COMMITTED, VocabSnapshot.write(fromSources.snapshotContent()));
            fromSnapshot = Vocabulary.fromSnapshot(VocabSnapshot.read(Files.readAllBytes(COMMITTED), "new"));
        } else {
            fromSnapshot = Vocabulary.standard();
        }
    }

    @Test
    void theStoredHeaderKeysAreTheNormalisersAndCoverEverySpellingTheIndexesHold() throws IOException {
        VocabSnapshot.Loaded l = VocabSnapshot.load(Files.readAllBytes(COMMITTED), "committed");
        assertThat(l.keys().loose).hasSizeGreaterThan(300);
        assertThat(l.keys().english).isNotEmpty();
        for (java.util.Map.Entry<String, String> e : l.keys().loose.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(HeaderKeys.loose(e.getKey()));
        }
        for (java.util.Map.Entry<String, String> e : l.keys().english.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(HeaderKeys.english(e.getKey()));
        }
        // building the standard vocabulary's indexes from them computes no other key
        HeaderMatcher.KeyCache keys = Vocabulary.spellingKeys(l.content());
        assertThat(keys.loose).isEqualTo(l.keys().loose);
        assertThat(keys.english).isEqualTo(l.keys().english);
    }

    @Test
    void committedSnapshotIsWhatTheSourceFilesGive() throws IOException {
        byte[] generated = VocabSnapshot.write(fromSources.snapshotContent());
        byte[] committed = Files.readAllBytes(COMMITTED);
        if (!Arrays.equals(committed, generated)) {
            fail(COMMITTED + " is not what the vocabulary's source files give (" + committed.length + " bytes, "
                    + generated.length + " generated): the JSON or CSV files changed. Regenerate it from the"
                    + " repository root with\n  " + VocabSnapshot.REGENERATE + "\nand review the diff.");
        }
        try (var in = UPDATE ? new java.io.ByteArrayInputStream(committed) : Vocabulary.class.getResourceAsStream("/io/github/civicdata/vocab/data/" + VocabSnapshot.RESOURCE)) {
            assertThat(in).as("the snapshot on the class path").isNotNull();
            assertThat(in.readAllBytes()).as("the snapshot on the class path (rebuild the module after regenerating)")
                    .isEqualTo(generated);
        }
        // the same content always gives the same bytes, and they read back to the same content
        assertThat(VocabSnapshot.write(fromSources.snapshotContent())).isEqualTo(generated);
        assertThat(VocabSnapshot.read(generated, "generated")).isEqualTo(fromSources.snapshotContent());
    }

    @Test
    void itemsTemplatesAliasesAndCompanionsAreTheSame() {
        assertThat(fromSnapshot.items()).isEqualTo(fromSources.items());
        assertThat(fromSnapshot.items()).hasSizeGreaterThan(500)
                .anyMatch(i -> i.id().startsWith(CoreDataModel.ID_PREFIX))
                .anyMatch(i -> i.constraints().pattern().isPresent())
                .anyMatch(i -> i.constraints().minimum().isPresent())
                .anyMatch(i -> !i.constraints().enumeration().isEmpty());
        // the GIF items whose example passes the item's checks keep it; the others have none
        assertThat(fromSnapshot.items()).filteredOn(i -> i.id().startsWith(CoreDataModel.ID_PREFIX))
                .isEqualTo(CoreDataModel.standard().dataItems());
        assertThat(fromSnapshot.templates()).isEqualTo(fromSources.templates()).hasSize(29);
        for (DatasetTemplate t : fromSources.templates()) {
            assertThat(fromSnapshot.versions(t.id())).isEqualTo(fromSources.versions(t.id()));
            assertThat(fromSnapshot.template(t.id())).isEqualTo(fromSources.template(t.id()));
            assertThat(fromSnapshot.companionOf(t)).as(t.key()).isEqualTo(fromSources.companionOf(t));
            assertThat(fromSnapshot.ambiguousSpellings(t)).as(t.key()).isEqualTo(fromSources.ambiguousSpellings(t));
            assertThat(t.provenance()).isEqualTo(fromSnapshot.template(t.id(), t.version()).orElseThrow().provenance());
        }
        assertThat(fromSnapshot.templates()).anyMatch(t -> t.companion().isPresent());
        int aliases = 0;
        for (DataItem i : fromSources.items()) {
            for (boolean english : new boolean[] {false, true}) {
                assertThat(fromSnapshot.headerAliases(i, english)).as(i.id())
                        .isEqualTo(fromSources.headerAliases(i, english));
                aliases += fromSnapshot.headerAliases(i, english).size();
            }
        }
        assertThat(aliases).isGreaterThan(100);
        // a template column's item is the vocabulary's item (the same instance), as when built from the sources
        for (DatasetTemplate t : fromSnapshot.templates()) {
            for (TemplateColumn c : t.columns()) {
                assertThat(fromSnapshot.item(c.item().id()).orElseThrow()).isSameAs(c.item());
            }
        }
    }

    @Test
    void everySpellingMatchesTheSameWay() {
        Set<String> spellings = spellings(fromSources);
        assertThat(spellings).hasSizeGreaterThan(2000);
        for (String s : spellings) {
            assertThat(fromSnapshot.matchHeader(s)).as(s).isEqualTo(fromSources.matchHeader(s));
            assertThat(fromSnapshot.itemsByName(s)).as(s).isEqualTo(fromSources.itemsByName(s));
        }
        List<String> all = new ArrayList<>(spellings);
        for (DatasetTemplate t : fromSources.templates()) {
            DatasetTemplate s = fromSnapshot.template(t.id(), t.version()).orElseThrow();
            assertThat(fromSnapshot.mapHeader(s, t.headers())).isEqualTo(fromSources.mapHeader(t, t.headers()));
            // every spelling as one column, and with its neighbours (collisions, "taken" columns)
            for (int from = 0; from < all.size(); from += 97) {
                List<String> headers = all.subList(from, Math.min(all.size(), from + 40));
                assertThat(fromSnapshot.mapHeader(s, headers)).isEqualTo(fromSources.mapHeader(t, headers));
            }
        }
        for (DatasetTemplate t : fromSources.templates()) {
            assertThat(fromSnapshot.mapHeaderToTemplates(t.headers(), List.of()))
                    .isEqualTo(fromSources.mapHeaderToTemplates(t.headers(), List.of()));
        }
        assertThat(fromSnapshot.mapHeaderToTemplates(all, List.of()))
                .isEqualTo(fromSources.mapHeaderToTemplates(all, List.of()));
    }

    /** Every name, alias, header, id and English name, and variants that reach the other tiers. */
    private static Set<String> spellings(Vocabulary v) {
        Set<String> out = new LinkedHashSet<>();
        for (DataItem i : v.items()) {
            out.addAll(i.names());
            out.add(i.id());
            out.add(i.nameEn());
            out.addAll(v.headerAliases(i, false));
            out.addAll(v.headerAliases(i, true));
        }
        for (DatasetTemplate t : v.templates()) {
            out.addAll(t.headers());
        }
        List<String> base = new ArrayList<>(out);
        for (String s : base) {
            out.add(" " + s.toUpperCase(Locale.ROOT) + " ");
            out.add(s.replace('_', '（') + "）");
            out.add(s + "（備考）");
            if (s.length() > 5) {
                out.add(s.substring(1)); // one letter away
            }
        }
        return out;
    }

    @Test
    void addingToTheStandardVocabularyStillWorks() {
        DataItem own = DataItem.builder("our-own-code", "独自コード", "Our own code").build();
        Vocabulary v = Vocabulary.builder().addItem(own).build();
        assertThat(v.item("our-own-code")).contains(own);
        assertThat(v.items()).hasSize(fromSnapshot.items().size() + 1);
        assertThat(v.templates()).isEqualTo(fromSnapshot.templates());
        assertThat(v.headerAliases(v.item("latitude").orElseThrow(), true))
                .isEqualTo(fromSnapshot.headerAliases(fromSnapshot.item("latitude").orElseThrow(), true));
    }

    // ------------------------------------------------------------------ damaged files

    private static byte[] good() {
        return VocabSnapshot.write(fromSources.snapshotContent());
    }

    @Test
    void aDamagedSnapshotFailsClearly() {
        byte[] good = good();
        // a flipped bit anywhere in the payload
        for (int at : new int[] {16, 17, good.length / 3, good.length / 2, good.length - 1}) {
            byte[] b = good.clone();
            b[at] ^= 0x10;
            assertDamaged(b, "checksum");
        }
        // truncated, extended, empty
        assertDamaged(Arrays.copyOf(good, good.length - 1), "header says");
        assertDamaged(Arrays.copyOf(good, good.length + 3), "header says");
        assertDamaged(Arrays.copyOf(good, 10), "not a vocabulary snapshot");
        assertDamaged(new byte[0], "not a vocabulary snapshot");
        // another file
        assertDamaged("{\"format\": \"civicdata-items/1\", \"items\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "not a vocabulary snapshot");
        // another format version
        byte[] other = good.clone();
        other[7] = (byte) (VocabSnapshot.FORMAT + 1);
        assertDamaged(other, "format version " + (VocabSnapshot.FORMAT + 1));
    }

    @Test
    void aSnapshotWithAMatchingChecksumButBrokenContentFailsClearly() throws IOException {
        byte[] good = good();
        byte[] payload = Arrays.copyOfRange(good, 16, good.length);
        // the payload cut short, with a header that fits it
        assertDamaged(withHeader(Arrays.copyOf(payload, payload.length / 2)), "damaged");
        // extra bytes after the content
        assertDamaged(withHeader(Arrays.copyOf(payload, payload.length + 1)), "bytes after the content");
        // an index past the string table: the payload of a table of one string and one item
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {1, 1, 'a', 1, 5});
        assertDamaged(withHeader(b.toByteArray()), "damaged");
    }

    private static byte[] withHeader(byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(out)) {
            d.writeInt(0x4356534E);
            d.writeInt(VocabSnapshot.FORMAT);
            d.writeInt(payload.length);
            d.writeInt((int) crc.getValue());
            d.write(payload);
        }
        return out.toByteArray();
    }

    private static void assertDamaged(byte[] bytes, String why) {
        assertThatThrownBy(() -> VocabSnapshot.read(bytes, "test.bin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vocabulary snapshot test.bin is damaged")
                .hasMessageContaining(why)
                .hasMessageContaining(VocabSnapshot.REGENERATE);
    }
}
