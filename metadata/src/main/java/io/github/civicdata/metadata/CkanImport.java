package io.github.civicdata.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.metadata.internal.JsonLocations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a CKAN package — the {@code package_show} response served by the national catalogue
 * (e-Gov データポータル) and most municipal portals (BODIK and others) — into a {@link
 * DatasetRecord}.
 *
 * <p>Accepted input: the whole API response ({@code {"success": true, "result": {...}}}) or the
 * package object alone. Mapping: {@code name} → identifier (the package {@code id} is kept as an
 * extra); {@code title}/{@code notes} (or ckanext-fluent {@code title_translated}/{@code
 * notes_translated}) → title/description; publisher code from a CKAN extra such as
 * {@code 全国地方公共団体コード}, {@code 地方公共団体コード}, {@code publisher_code} or {@code
 * lg_code}, else from an organisation name of five or six digits, else the {@linkplain
 * ReaderBuilder#defaultPublisher(Publisher) default publisher}; organisation title → publisher name;
 * {@code maintainer}/{@code maintainer_email} → contact point; tags → keywords; groups whose title
 * is one of the 17 統計分野 → themes; {@code license_url}/{@code license_id}/{@code license_title}
 * → licence when it is recognised; extras {@code issued}/{@code 公開日} and {@code modified}/{@code
 * 最終更新日} (else {@code metadata_created}/{@code metadata_modified}, which CKAN keeps in UTC,
 * converted to the Japanese date) → issued/modified; extra {@code frequency}/{@code 更新頻度} →
 * accrual periodicity; {@code url} → landing page; resources → distributions ({@code name},
 * {@code description}, {@code format} or the URL's extension, {@code mimetype}, {@code url},
 * {@code size}, {@code hash} as a checksum by its length, and resource fields {@code
 * character_encoding}/{@code charset}/{@code 文字コード} and {@code bom}/{@code BOM}).
 *
 * <p><strong>Nothing is silently dropped.</strong> Every other non-empty field is kept in the
 * record's extras under {@code ckan:<JSON pointer>} (e.g. {@code ckan:/author}, {@code
 * ckan:/resources/0/created}); CKAN extras under {@code ckan:extras:<key>}. Only CKAN's derived
 * bookkeeping is left out — {@code num_resources}, {@code num_tags}, {@code resources[].position},
 * {@code resources[].package_id}, {@code tags[].display_name} — and the finding {@code
 * metadata.ckan-extras} says how many fields were kept and how many left out. Null and empty
 * values carry nothing and are not kept.
 *
 * <p>Findings point into the CKAN document (e.g. {@code /result/license_id}), including those of
 * the {@link RecordChecks}.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * RecordReader ckan = CkanImport.reader()
 *         .defaultPublisher(Publisher.of(LocalGovernmentCode.parse("131016"), "千代田区"))
 *         .checks(RecordChecks.standard())
 *         .build();
 * RecordReadResult r = ckan.read(Path.of("package_show.json"));
 * }</pre>
 */
public final class CkanImport {

    private CkanImport() {
    }

    /**
     * Starts a CKAN reader. It accepts any {@code .json} file: use it for files known to be CKAN
     * packages.
     *
     * @return a new builder
     */
    public static ReaderBuilder reader() {
        return new ReaderBuilder();
    }

    /** Builds a CKAN {@link RecordReader}; not thread-safe. */
    public static final class ReaderBuilder {
        private Optional<RecordChecks> checks = Optional.empty();
        private Optional<Publisher> defaultPublisher = Optional.empty();
        private long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;
        private int maxNestingDepth = MetadataJson.DEFAULT_MAX_NESTING_DEPTH;
        private int maxNumberLength = MetadataJson.DEFAULT_MAX_NUMBER_LENGTH;

        private ReaderBuilder() {
        }

        /**
         * Runs these checks on the imported record (none by default).
         *
         * @param checks the checks
         * @return this builder
         */
        public ReaderBuilder checks(RecordChecks checks) {
            this.checks = Optional.of(checks);
            return this;
        }

        /**
         * The publisher to use when the package names no local government code (CKAN has no
         * field for it); its name is replaced by the organisation's title when there is one.
         *
         * @param publisher the publisher
         * @return this builder
         */
        public ReaderBuilder defaultPublisher(Publisher publisher) {
            this.defaultPublisher = Optional.of(publisher);
            return this;
        }

        /**
         * @param maxBytes the largest file accepted; default {@link MetadataJson#DEFAULT_MAX_BYTES}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public ReaderBuilder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * @param maxNestingDepth the deepest nesting of arrays and objects accepted; default {@link
         *     MetadataJson#DEFAULT_MAX_NESTING_DEPTH}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public ReaderBuilder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = MetadataJson.checkNestingDepth(maxNestingDepth);
            return this;
        }

        /**
         * @param maxNumberLength the most characters of one number; default {@link
         *     MetadataJson#DEFAULT_MAX_NUMBER_LENGTH}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public ReaderBuilder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = MetadataJson.checkNumberLength(maxNumberLength);
            return this;
        }

        /**
         * @return the reader
         */
        public RecordReader build() {
            return new Reader(checks, defaultPublisher, maxBytes, new StrictJson.Limits(maxNestingDepth, maxNumberLength));
        }
    }

    private static final class Reader extends JsonFileReader {
        private final Optional<Publisher> defaultPublisher;

        Reader(Optional<RecordChecks> checks, Optional<Publisher> defaultPublisher, long maxBytes,
                StrictJson.Limits limits) {
            super(checks, maxBytes, limits, MetadataRules.FILE_UNREADABLE, MetadataRules.FILE_TOO_LARGE,
                    MetadataRules.JSON_SYNTAX, MetadataRules.CKAN_NOT_PACKAGE, MetadataRules.CKAN_MAPPING,
                    MetadataRules.CKAN_EXTRAS);
            this.defaultPublisher = defaultPublisher;
        }

        @Override
        RecordReadResult fromTree(JsonNode tree, byte[] content, String source) {
            CkanMapper mapper = new CkanMapper(source, defaultPublisher);
            Optional<DatasetRecord> record = mapper.map(tree);
            List<Finding> findings = new ArrayList<>(mapper.findings());
            if (record.isPresent() && checks.isPresent()) {
                for (Finding f : checks.get().check(record.get(), source)) {
                    findings.add(mapper.relocate(f));
                }
            }
            return new RecordReadResult(source, record.stream().toList(),
                    JsonRecordReader.sorted(JsonLocations.of(content).locate(findings)), rules);
        }
    }
}
