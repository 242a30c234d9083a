package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.RecordReadResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading RDF from a file is safe: no external entities, no remote JSON-LD contexts, bounded expansion. */
class DcatSafetyTest {

    private static final DcatReader READER = DcatReader.builder().build();

    private static final String RDF_OPEN = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns:dct=\"http://purl.org/dc/terms/\" xmlns:dcat=\"http://www.w3.org/ns/dcat#\">";

    @Test
    void xmlExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + RDF_OPEN + "<dcat:Dataset rdf:about=\"urn:example:x\"><dct:identifier>x</dct:identifier>"
                + "<dct:title xml:lang=\"ja\">&xxe;</dct:title></dcat:Dataset></rdf:RDF>";
        Path file = dir.resolve("xxe.rdf");
        Files.writeString(file, xml);
        RecordReadResult r = READER.read(file);
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_UNSAFE);
        Finding f = r.findings().get(0);
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-unsafe.entity");
        assertThat(f.location().line()).isPresent();
        assertThat(f.arguments().toString()).contains("secret.txt").doesNotContain("TOP-SECRET");
        assertThat(r.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void externalDtdIsRefused() throws Exception {
        try (ServerSocket server = listening()) {
            AtomicInteger connections = acceptInBackground(server);
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
                    + "/evil.dtd\">\n" + RDF_OPEN + "</rdf:RDF>";
            RecordReadResult r = READER.read(xml.getBytes(StandardCharsets.UTF_8), "dtd.rdf");
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_UNSAFE);
            Thread.sleep(300);
            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void billionLaughsIsStoppedNotExpanded() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        sb.append("]>\n").append(RDF_OPEN).append("<dcat:Dataset rdf:about=\"urn:example:x\"><dct:title>&l9;</dct:title>")
                .append("</dcat:Dataset></rdf:RDF>");
        RecordReadResult r = READER.read(sb.toString().getBytes(StandardCharsets.UTF_8), "laughs.rdf");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).contains(MetadataRules.RDF_SYNTAX);
    }

    @Test
    void internalEntitiesForNamespacesStillWork() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY dct \"http://purl.org/dc/terms/\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"&dct;\""
                + " xmlns:dcat=\"http://www.w3.org/ns/dcat#\" xmlns:foaf=\"http://xmlns.com/foaf/0.1/\">"
                + "<dcat:Dataset rdf:about=\"urn:example:x\"><dct:identifier>x</dct:identifier>"
                + "<dct:title xml:lang=\"ja\">公園</dct:title><dct:publisher><foaf:Organization>"
                + "<dct:identifier>132993</dct:identifier></foaf:Organization></dct:publisher>"
                + "</dcat:Dataset></rdf:RDF>";
        RecordReadResult r = READER.read(xml.getBytes(StandardCharsets.UTF_8), "ok.rdf");
        assertThat(r.findings()).isEmpty();
        assertThat(r.record().orElseThrow().title().ja()).isEqualTo("公園");
    }

    @Test
    void remoteJsonLdContextIsNeverFetched() throws Exception {
        try (ServerSocket server = listening()) {
            AtomicInteger connections = acceptInBackground(server);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/context.jsonld";
            String jsonld = "{\"@context\": \"" + url + "\", \"@id\": \"urn:example:x\", \"@type\": \"Dataset\", \"title\": \"t\"}";
            RecordReadResult r = READER.read(jsonld.getBytes(StandardCharsets.UTF_8), "remote.jsonld");
            assertThat(r.records()).isEmpty();
            assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("metadata.rdf-unsafe.remote-context");
            assertThat(r.findings().get(0).arguments()).containsExactly(url);
            Thread.sleep(300);
            assertThat(connections.get()).as("connections to the context server").isZero();
        }
    }

    @Test
    void remoteContextImportAndUnroutableAddressAreRefusedQuickly() {
        String jsonld = "{\"@context\": [{\"@import\": \"http://10.255.255.1/ctx.jsonld\"}], \"@id\": \"urn:example:x\"}";
        long t0 = System.nanoTime();
        RecordReadResult r = READER.read(jsonld.getBytes(StandardCharsets.UTF_8), "import.jsonld");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_UNSAFE);
    }

    private static ServerSocket listening() throws IOException {
        ServerSocket s = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        s.setSoTimeout(200);
        return s;
    }

    private static AtomicInteger acceptInBackground(ServerSocket server) {
        AtomicInteger n = new AtomicInteger();
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    n.incrementAndGet();
                    s.shutdownOutput();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return n;
    }
}
