package io.github.civicdata.cli;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.validation.certify.CertificationException;
import io.github.civicdata.validation.certify.Certifier;
import io.github.civicdata.validation.certify.RecordClaims;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The wiring of {@code certify}, {@code certify verify} and {@code keygen}: the names files get in
 * a certificate, reading small input files with a clear error, and the metadata record read by the
 * metadata code and handed to certification as plain values ({@link RecordClaims}). Not API.
 */
final class CertifyCli {

    /** The largest key, attestation or metadata file read. */
    static final long MAX_SMALL_FILE = 1 << 20;

    private CertifyCli() {
    }

    /**
     * The files of the inputs by the name the certificate gives them ({@link Certifier#subjects}:
     * a file given as such by its file name, a file found in a folder by its path relative to the
     * folder); a quoted glob pattern that is not a path is expanded here, each match named by its
     * file name.
     *
     * @throws UserException exit 3 if an input is missing or matches no file, exit 2 if two files
     *     would get one name
     */
    static Map<String, Path> subjects(List<String> inputs) {
        List<Path> paths = new ArrayList<>();
        for (String arg : inputs) {
            Path p;
            try {
                p = Path.of(arg);
            } catch (java.nio.file.InvalidPathException e) {
                throw UserException.unreadable("cli.file-not-found", arg);
            }
            if (!Files.exists(p) && io.github.civicdata.validation.InputFiles.isPattern(arg)) {
                List<Path> found = io.github.civicdata.validation.InputFiles.glob(Path.of(""), arg);
                if (found.isEmpty()) {
                    throw UserException.unreadable("cli.no-match", arg);
                }
                paths.addAll(found);
            } else {
                paths.add(p);
            }
        }
        List<Certifier.Subject> subjects;
        try {
            subjects = Certifier.subjects(paths);
        } catch (CertificationException e) {
            throw e.key().equals("certify.error.duplicate-file") ? usage(e) : new UserException(ExitCode.ERROR, e.text());
        }
        Map<String, Path> out = new LinkedHashMap<>();
        subjects.forEach(s -> out.put(s.name(), s.file()));
        return out;
    }

    static byte[] readSmall(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw UserException.unreadable("cli.file-not-found", file);
            }
            if (Files.size(file) > MAX_SMALL_FILE) {
                throw UserException.usage("certify.cmd.too-large", file, Files.size(file), MAX_SMALL_FILE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw UserException.unreadable("cli.file-unreadable", file, Outputs.reason(e));
        }
    }

    /** A certification error (a bad attestation file, key, template) as a usage error. */
    static UserException usage(CertificationException e) {
        return new UserException(ExitCode.USAGE, e.text());
    }

    /**
     * Reads a dataset record (JSON), as {@code certify --metadata} and {@code validate --metadata} take it.
     *
     * @throws UserException (exit 2) if the file is not a valid record
     */
    static DatasetRecord readRecord(Path file) {
        return readRecord(file, readSmall(file));
    }

    /** As {@link #readRecord(Path)}, from the file's bytes already read. */
    private static DatasetRecord readRecord(Path file, byte[] bytes) {
        RecordReadResult r = MetadataJson.reader().build().read(bytes, file.toString());
        long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (r.record().isEmpty() || errors > 0) {
            String first = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                    .map(Finding::ruleId).orElse("");
            throw UserException.usage("certify.cmd.bad-record", file, errors, first);
        }
        return r.record().get();
    }

    /**
     * Reads a dataset record (JSON) and hands its claims to certification.
     *
     * @throws UserException (exit 2) if the file is not a valid record
     */
    static RecordClaims claims(Path file) {
        byte[] bytes = readSmall(file);
        DatasetRecord d = readRecord(file, bytes);
        List<RecordClaims.Distribution> ds = new ArrayList<>();
        for (Distribution x : d.distributions()) {
            Optional<String> name = x.downloadUrl().map(u -> u.getPath()).filter(p -> p != null && !p.isEmpty())
                    .map(p -> p.substring(p.lastIndexOf('/') + 1)).filter(n -> !n.isEmpty()).or(x::title);
            ds.add(new RecordClaims.Distribution(name, x.byteSize().isPresent()
                    ? OptionalLong.of(x.byteSize().getAsLong()) : OptionalLong.empty(),
                    x.checksum().map(c -> c.algorithm().javaName()), x.checksum().map(c -> c.value()),
                    x.characterEncoding(), x.bom()));
        }
        return new RecordClaims(d.identifier(), Optional.of(sha256(bytes)),
                d.conformsTo().stream().map(TemplateRef::toString).toList(), ds);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
