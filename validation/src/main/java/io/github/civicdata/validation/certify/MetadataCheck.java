package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a metadata record's claims ({@link RecordClaims}) with the certified files: the
 * template in {@code conformsTo}, and per file the distribution's size, checksum, character
 * encoding and byte-order mark. A file's distribution is the one whose file name is the file's
 * name; with one file and one distribution, that one. Stateless.
 */
final class MetadataCheck {

    private MetadataCheck() {
    }

    /** One certified file as the check sees it. */
    record File(String name, Path path, long size, String sha256, JsonNode subject) {
    }

    static ObjectNode check(RecordClaims claims, Optional<String> template, List<File> files) {
        ObjectNode m = StrictJson.MAPPER.createObjectNode();
        m.put("identifier", claims.identifier());
        claims.sha256().ifPresent(s -> m.put("sha256", s));
        ArrayNode dis = StrictJson.MAPPER.createArrayNode();
        if (template.isPresent() && !claims.conformsTo().contains(template.get())) {
            add(dis, null, "conformsTo", String.join(", ", claims.conformsTo()), template.get());
        } else if (template.isEmpty() && !claims.conformsTo().isEmpty()) {
            add(dis, null, "conformsTo", String.join(", ", claims.conformsTo()), "");
        }
        for (File f : files) {
            Optional<RecordClaims.Distribution> d = distribution(claims, f, files.size());
            if (d.isEmpty()) {
                add(dis, f.name(), "distribution", "", f.name());
                continue;
            }
            RecordClaims.Distribution x = d.get();
            if (x.byteSize().isPresent() && x.byteSize().getAsLong() != f.size()) {
                add(dis, f.name(), "byteSize", Long.toString(x.byteSize().getAsLong()), Long.toString(f.size()));
            }
            if (x.checksum().isPresent()) {
                String alg = x.checksumAlgorithm().orElse("SHA-256");
                String actual = "SHA-256".equalsIgnoreCase(alg) ? f.sha256() : digest(f.path(), alg);
                if (!x.checksum().get().equalsIgnoreCase(actual)) {
                    add(dis, f.name(), "checksum", alg + " " + x.checksum().get(), alg + " " + actual);
                }
            }
            String enc = f.subject().path("encoding").asText("");
            if (x.encoding().isPresent() && !enc.isEmpty() && !sameCharset(x.encoding().get(), enc)) {
                add(dis, f.name(), "characterEncoding", x.encoding().get(), enc);
            }
            JsonNode bom = f.subject().get("bom");
            if (x.bom().isPresent() && bom != null && bom.booleanValue() != x.bom().get()) {
                add(dis, f.name(), "bom", x.bom().get().toString(), Boolean.toString(bom.booleanValue()));
            }
        }
        m.put("agrees", dis.isEmpty());
        m.set("disagreements", dis);
        return m;
    }

    private static Optional<RecordClaims.Distribution> distribution(RecordClaims c, File f, int files) {
        String base = f.name().substring(f.name().lastIndexOf('/') + 1);
        for (RecordClaims.Distribution d : c.distributions()) {
            if (d.fileName().filter(n -> n.equals(f.name()) || n.equals(base)).isPresent()) {
                return Optional.of(d);
            }
        }
        return files == 1 && c.distributions().size() == 1 ? Optional.of(c.distributions().get(0)) : Optional.empty();
    }

    private static void add(ArrayNode a, String subject, String field, String claimed, String found) {
        ObjectNode x = a.addObject();
        if (subject != null) {
            x.put("subject", subject);
        }
        x.put("field", field);
        x.put("claimed", claimed);
        x.put("found", found);
    }

    private static boolean sameCharset(String a, String b) {
        try {
            return Charset.forName(a).equals(Charset.forName(b));
        } catch (RuntimeException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    private static String digest(Path file, String algorithm) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            return "(" + algorithm + " unknown)";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Evaluation.hex(md.digest());
    }
}
