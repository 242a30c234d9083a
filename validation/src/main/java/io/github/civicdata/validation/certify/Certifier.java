package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.ToolInfo;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationRules;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Certifies files: validates each against the machine-readability rules (and a template or table
 * schema when given), decides the level each reaches with the attested manual checks, and writes a
 * certificate bound to the files' bytes (size and SHA-256), the template definition, the rule set,
 * the tool version and every option that changes a verdict, optionally signed with Ed25519 over
 * its RFC 8785 canonical form. {@link Verifier} checks such a certificate later.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Certification c = Certifier.builder()
 *         .template("aed@2021-suisho")
 *         .attestations(Attestation.read(Files.readAllBytes(Path.of("attest.json")), "attest.json"))
 *         .sign(Keys.readPrivateKey(Files.readString(Path.of("vendor.key.pem"))))
 *         .build()
 *         .certify(List.of(new Certifier.Subject("aed.csv", Path.of("export/aed.csv"))));
 * Files.write(Path.of("cert.json"), c.certificate().toJson());
 * int level = c.certificate().level();
 * }</pre>
 */
public final class Certifier {

    /** The certificate's {@code type}. */
    public static final String TYPE = "civicdata-certificate";
    /** The version of the certificate's form ({@code certificate.schema.json}). */
    public static final int FORMAT_VERSION = 1;

    /**
     * One file to certify: its name in the certificate (the path as the recipient will see it,
     * with {@code /} separators) and where it is now.
     *
     * @param name the name in the certificate
     * @param file the file
     */
    public record Subject(String name, Path file) {
        /**
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the name is blank
         */
        public Subject {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            if (name.isBlank()) {
                throw new IllegalArgumentException("subject name is blank");
            }
        }
    }

    private final Options options;
    private final TemplateSpec template;
    private final List<Attestation> attestations;
    private final RecordClaims record;
    private final String issuer;
    private final SigningKey key;
    private final Clock clock;
    private final int maxFindings;
    private final boolean hideValues;
    private final boolean profileColumns;

    private Certifier(Builder b, Options options, TemplateSpec template) {
        this.options = options;
        this.template = template;
        this.attestations = List.copyOf(b.attestations);
        this.record = b.record;
        this.issuer = b.issuer;
        this.key = b.key;
        this.clock = b.clock;
        this.maxFindings = b.maxFindings;
        this.hideValues = b.hideValues;
        this.profileColumns = b.profileColumns;
    }

    /**
     * @return a builder with the validator's defaults, no template, not signed
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The subjects of files and folders as every civicdata front end names them, so that the
     * recipient verifies the same folder wherever it lies: a file given by itself is named by its
     * file name; a folder is searched recursively for {@code .csv}, {@code .tsv}, {@code .txt} and
     * {@code .xlsx} files (hidden files and folders left out, symbolic links to folders not
     * followed) and each is named by its path inside the folder with {@code /} separators
     * ({@code sub/aed.csv}). A file given twice is listed once.
     *
     * @param inputs files and folders, in order
     * @return the subjects, in order (files of a folder sorted by path)
     * @throws CertificationException if an input does not exist, a folder holds no data file, or
     *     two different files would get one name
     */
    public static List<Subject> subjects(List<Path> inputs) {
        return SubjectNames.of(inputs);
    }

    /**
     * Certifies files into one certificate.
     *
     * @param subjects the files, in the order the certificate lists them
     * @return the certificate and the combined validation report
     * @throws UnreadableInputException if a file cannot be read
     * @throws CertificationException if two subjects have one name, there is none, or an
     *     attestation names a file that is not certified
     */
    public Certification certify(List<Subject> subjects) {
        if (subjects.isEmpty()) {
            throw new CertificationException("certify.error.no-subjects");
        }
        Set<String> names = new HashSet<>();
        for (Subject s : subjects) {
            if (!names.add(s.name())) {
                throw new CertificationException("certify.error.duplicate-subject", s.name());
            }
        }
        for (Attestation a : attestations) {
            for (String f : a.files()) {
                if (!names.contains(f)) {
                    throw new CertificationException("certify.error.attest-unknown-file", a.rule(), f);
                }
            }
        }
        Evaluated e = evaluate(options, template, attestations, subjects, maxFindings, hideValues, profileColumns);
        ObjectNode c = StrictJson.MAPPER.createObjectNode();
        c.put("type", TYPE);
        c.put("version", FORMAT_VERSION);
        c.put("id", "urn:uuid:" + UUID.randomUUID());
        c.put("issued", DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        String who = issuer != null ? issuer : key != null ? key.subject().orElse(null) : null;
        if (who != null) {
            c.put("issuer", who);
        }
        ObjectNode tool = c.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.version());
        c.set("ruleSet", ruleSet());
        if (template != null) {
            c.set("template", template.toJson());
        }
        c.set("options", options.toJson());
        ArrayNode att = c.putArray("attestations");
        attestations.forEach(a -> att.add(attestationJson(a)));
        c.set("restrictions", Evaluation.restrictions(options));
        if (record != null) {
            c.set("metadata", MetadataCheck.check(record, Optional.ofNullable(template)
                    .filter(t -> "template".equals(t.kind())).map(TemplateSpec::label), e.files()));
        }
        e.fill(c, template != null);
        Certificate cert = new Certificate(c);
        if (key != null) {
            cert = cert.sign(key);
        }
        return new Certification(cert, e.report(), e.sources());
    }

    static ObjectNode ruleSet() {
        ObjectNode r = StrictJson.MAPPER.createObjectNode();
        r.put("id", Evaluation.RULE_SET_ID);
        r.put("version", Evaluation.RULE_SET_VERSION);
        r.put("sha256", Evaluation.ruleSetSha256());
        return r;
    }

    static ObjectNode attestationJson(Attestation a) {
        ObjectNode o = StrictJson.MAPPER.createObjectNode();
        o.put("rule", a.rule());
        o.put("by", a.by());
        o.put("checked", a.checked());
        a.note().ifPresent(n -> o.put("note", n));
        if (!a.files().isEmpty()) {
            a.files().forEach(o.putArray("files")::add);
        }
        return o;
    }

    /** The result of validating and evaluating the subjects. */
    record Evaluated(List<ObjectNode> subjects, List<MetadataCheck.File> files, Report report,
            Map<String, String> sources) {

        /** Writes {@code subjects}, {@code level}, {@code templateVerdict} and {@code summary}. */
        void fill(ObjectNode c, boolean template) {
            ArrayNode a = c.putArray("subjects");
            int level = 3;
            List<String> verdicts = new ArrayList<>();
            for (ObjectNode s : subjects) {
                a.add(s);
                level = Math.min(level, s.get("level").intValue());
                verdicts.add(s.get("template").textValue());
            }
            c.put("level", subjects.isEmpty() ? 0 : level);
            c.put("templateVerdict", Evaluation.overallTemplate(verdicts, template));
            c.set("summary", Evaluation.summary(report));
        }
    }

    /**
     * Validates each subject alone with the options and evaluates it (shared with verification).
     * A subject that is missing gets no entry; its absence is for the caller to report.
     */
    static Evaluated evaluate(Options options, TemplateSpec template, List<Attestation> attestations,
            List<Subject> subjects, int maxFindings, boolean hideValues, boolean profileColumns) {
        Validator.Builder vb = options.validator().maxFindings(maxFindings).hideValues(hideValues)
                .profileColumns(profileColumns);
        if (template != null) {
            template.apply(vb);
        }
        Validator v = vb.build();
        Report.Builder all = Report.builder().maxFindings(maxFindings);
        List<ObjectNode> out = new ArrayList<>();
        List<MetadataCheck.File> files = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Subject s : subjects) {
            Digest d = Digest.of(s.file());
            Report r = v.validate(s.file());
            all.merge(r);
            ObjectNode node = Evaluation.subject(s.name(), d.size(), d.sha256(), d.head(), r, options,
                    template != null, attestations);
            out.add(node);
            files.add(new MetadataCheck.File(s.name(), s.file(), d.size(), d.sha256(), node));
            sources.put(s.name(), s.file().toString());
        }
        if (subjects.isEmpty()) {
            all.rules(v.rules());
        }
        return new Evaluated(out, files, all.build(), sources);
    }

    /** A file's size, SHA-256 and first bytes, read once. */
    record Digest(long size, String sha256, byte[] head) {
        static Digest of(Path file) {
            MessageDigest md = Evaluation.sha256();
            byte[] head = new byte[8];
            int headLength = 0;
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (headLength < head.length) {
                        int k = Math.min(n, head.length - headLength);
                        System.arraycopy(buf, 0, head, headLength, k);
                        headLength += k;
                    }
                    md.update(buf, 0, n);
                    size += n;
                }
            } catch (IOException e) {
                throw new UnreadableInputException(file.toString(), e);
            }
            return new Digest(size, Evaluation.hex(md.digest()), Arrays.copyOf(head, headLength));
        }
    }

    /** Configures a {@link Certifier}; not thread-safe. */
    public static final class Builder {
        private String templateId;
        private Path schema;
        private final TreeMap<String, Severity> severities = new TreeMap<>();
        private final TreeSet<String> disabled = new TreeSet<>();
        private int maxFindingsPerColumn = Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN;
        private int maxFieldLength = Validator.DEFAULT_MAX_FIELD_LENGTH;
        private int maxLineLength = Validator.DEFAULT_MAX_LINE_LENGTH;
        private int maxColumns = Validator.DEFAULT_MAX_COLUMNS;
        private int maxUniqueValues = Validator.DEFAULT_MAX_UNIQUE_VALUES;
        private String encoding;
        private String delimiter;
        private boolean detectTemplate = true;
        private List<Attestation> attestations = List.of();
        private RecordClaims record;
        private String issuer;
        private SigningKey key;
        private Clock clock = Clock.systemUTC();
        private int maxFindings = Validator.DEFAULT_MAX_FINDINGS;
        private boolean hideValues;
        private boolean profileColumns;

        private Builder() {
        }

        /**
         * Certifies conformance to a template of the standard vocabulary, {@code id} (latest
         * version) or {@code id@version}.
         *
         * @param idOrIdAtVersion the template
         * @return this builder
         */
        public Builder template(String idOrIdAtVersion) {
            this.templateId = Objects.requireNonNull(idOrIdAtVersion, "template");
            this.schema = null;
            return this;
        }

        /**
         * Certifies conformance to a Frictionless Table Schema or CSVW metadata file; its bytes'
         * SHA-256 goes into the certificate.
         *
         * @param file the schema
         * @return this builder
         */
        public Builder schema(Path file) {
            this.schema = Objects.requireNonNull(file, "file");
            this.templateId = null;
            return this;
        }

        /**
         * Changes a rule's severity (recorded; a lowered severity keeps the rule's level out of reach).
         *
         * @param ruleIdOrAlias the rule
         * @param severity the severity
         * @return this builder
         * @throws IllegalArgumentException if no rule has that id or alias
         */
        public Builder severity(String ruleIdOrAlias, Severity severity) {
            severities.put(Options.severityKey(ruleIdOrAlias), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Turns a rule (or a frictionless variant) off (recorded; keeps the rule's level out of reach).
         *
         * @param ruleIdOrAlias the rule
         * @return this builder
         * @throws IllegalArgumentException if no rule has that id or alias
         */
        public Builder disable(String ruleIdOrAlias) {
            disabled.add(Options.disableKey(ruleIdOrAlias));
            return this;
        }

        /**
         * @param max see {@link Validator.Builder#maxFindingsPerColumn(int)}
         * @return this builder
         */
        public Builder maxFindingsPerColumn(int max) {
            this.maxFindingsPerColumn = max;
            return this;
        }

        /**
         * @param chars see {@link Validator.Builder#maxFieldLength(int)}
         * @return this builder
         */
        public Builder maxFieldLength(int chars) {
            this.maxFieldLength = chars;
            return this;
        }

        /**
         * @param chars see {@link Validator.Builder#maxLineLength(int)}
         * @return this builder
         */
        public Builder maxLineLength(int chars) {
            this.maxLineLength = chars;
            return this;
        }

        /**
         * @param columns see {@link Validator.Builder#maxColumns(int)}
         * @return this builder
         */
        public Builder maxColumns(int columns) {
            this.maxColumns = columns;
            return this;
        }

        /**
         * @param values see {@link Validator.Builder#maxUniqueValues(int)}
         * @return this builder
         */
        public Builder maxUniqueValues(int values) {
            this.maxUniqueValues = values;
            return this;
        }

        /**
         * @param charset the encoding of CSV input instead of detecting it (recorded)
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.encoding = charset.name();
            return this;
        }

        /**
         * @param delimiter the field delimiter of CSV input instead of detecting it (recorded)
         * @return this builder
         */
        public Builder delimiter(char delimiter) {
            this.delimiter = String.valueOf(delimiter);
            return this;
        }

        /**
         * @param detect see {@link Validator.Builder#detectTemplate(boolean)}
         * @return this builder
         */
        public Builder detectTemplate(boolean detect) {
            this.detectTemplate = detect;
            return this;
        }

        /**
         * The manual checks people attest (manual and partial rules only).
         *
         * @param attestations the attestations
         * @return this builder
         */
        public Builder attestations(List<Attestation> attestations) {
            this.attestations = List.copyOf(attestations);
            return this;
        }

        /**
         * Checks the files against what their metadata record claims (template, size, checksum,
         * encoding, byte-order mark); disagreements are written into the certificate.
         *
         * @param claims the record's claims
         * @return this builder
         */
        public Builder record(RecordClaims claims) {
            this.record = Objects.requireNonNull(claims, "claims");
            return this;
        }

        /**
         * Who issues the certificate (default: the signing key's subject, if any).
         *
         * @param issuer the issuer
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            return this;
        }

        /**
         * Signs the certificate (Ed25519 over its RFC 8785 canonical form).
         *
         * @param key the key
         * @return this builder
         */
        public Builder sign(SigningKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * @param clock the clock of the issue time (tests)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param max the findings kept in the combined report (the certificate counts all)
         * @return this builder
         */
        public Builder maxFindings(int max) {
            this.maxFindings = max;
            return this;
        }

        /**
         * @param hide leave values out of the combined report
         * @return this builder
         */
        public Builder hideValues(boolean hide) {
            this.hideValues = hide;
            return this;
        }

        /**
         * @param profile profile the columns for the report (HTML)
         * @return this builder
         */
        public Builder profileColumns(boolean profile) {
            this.profileColumns = profile;
            return this;
        }

        /**
         * @return the certifier
         * @throws CertificationException if the template is unknown
         * @throws IllegalArgumentException if a limit is out of range or the delimiter unusable
         * @throws UnreadableInputException if the schema cannot be read
         */
        public Certifier build() {
            Options o = new Options(severities, disabled, maxFindingsPerColumn, maxFieldLength, maxLineLength,
                    maxColumns, maxUniqueValues, Optional.ofNullable(encoding), Optional.ofNullable(delimiter),
                    detectTemplate);
            TemplateSpec t = templateId != null ? TemplateSpec.template(templateId)
                    : schema != null ? TemplateSpec.schema(schema) : null;
            Validator.Builder check = o.validator(); // fails now on a bad limit, not when certifying
            if (t != null) {
                t.apply(check);
            }
            check.build();
            for (String id : severities.keySet()) {
                ValidationRules.find(id).orElseThrow();
            }
            return new Certifier(this, o, t);
        }
    }

    static List<String> names(JsonNode subjects) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : subjects) {
            out.add(s.path("name").asText());
        }
        return out;
    }
}
