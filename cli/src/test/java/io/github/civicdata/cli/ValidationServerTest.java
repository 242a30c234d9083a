package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code civicdata serve}'s {@link ValidationServer} on a free local port: valid, malformed and
 * oversized bodies, errors as JSON, a 50-request burst, a client that stops sending.
 */
class ValidationServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JDK server's request and response time limit in this JVM (read once, when its first server starts). */
    private static final int JDK_TIMEOUT_SECONDS = 4;

    static final byte[] CLEAN = "名称,住所,人数\n市役所,東京都千代田区,10\n市民会館,東京都千代田区,20\n"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] DEFECTS = "名称,カナ,人数\n第①会議室,ｼﾐﾝ,10人\n㈱会館,シミン,20\n図書館,トショカン,30\n体育館,タイイクカン,40\n"
            .getBytes(Charset.forName("windows-31j"));

    private ValidationServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void jdkServerLimits() {
        System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(JDK_TIMEOUT_SECONDS));
        System.setProperty("sun.net.httpserver.maxRspTime", Integer.toString(JDK_TIMEOUT_SECONDS));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ValidationServer start(int maxConcurrent, Duration queueWait, long maxBody) throws Exception {
        ValidationServer.Settings d = ValidationServer.Settings.defaults(0);
        server = ValidationServer.start(new ValidationServer.Settings("127.0.0.1", 0, maxBody, maxConcurrent, queueWait,
                Duration.ofSeconds(JDK_TIMEOUT_SECONDS), d.maxConnections(), d.maxFindings(), d.maxUniqueValues(), false),
                new PrintWriter(new StringWriter()));
        return server;
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private HttpResponse<String> post(String query, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/validate" + query)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The report the library gives for these bytes, written as the server writes it. */
    private static String expected(byte[] body, String name, ReportFormat format, Optional<String> template) throws Exception {
        ValidationServer.Settings d = ValidationServer.Settings.defaults(0);
        Validator.Builder b = Validator.builder().maxFindings(d.maxFindings()).maxUniqueValues(d.maxUniqueValues());
        template.ifPresent(b::template);
        Report r = b.build().validate(new ByteArrayInputStream(body), name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.builder(format).locale(Locale.ENGLISH).failOn(Optional.of(io.github.civicdata.core.Severity.ERROR))
                .build().write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode error(HttpResponse<String> r, int status, String code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("code").asText()).isEqualTo(code);
        assertThat(e.get("message").get("en").asText()).isNotBlank();
        assertThat(e.get("message").get("ja").asText()).isNotBlank().isNotEqualTo(e.get("message").get("en").asText());
        return e;
    }

    @Test
    void healthAndTemplates() throws Exception {
        start(2, Duration.ofSeconds(5), 1 << 20);
        HttpResponse<String> h = http.send(HttpRequest.newBuilder(uri("/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(h.body()).get("status").asText()).isEqualTo("ok");
        HttpResponse<String> t = http.send(HttpRequest.newBuilder(uri("/templates")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(t.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(t.body());
        assertThat(list.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).contains("aed", "public-toilet");
    }

    @Test
    void validCsvGetsTheLibrarysReport() throws Exception {
        start(2, Duration.ofSeconds(5), 1 << 20);
        HttpResponse<String> clean = post("?name=clean.csv", CLEAN);
        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.body()).isEqualTo(expected(CLEAN, "clean.csv", ReportFormat.JSON, Optional.empty()));
        assertThat(clean.headers().firstValue("X-Civicdata-Conforms")).hasValue("true");

        HttpResponse<String> defects = post("?name=defects.csv&format=sarif", DEFECTS);
        assertThat(defects.statusCode()).isEqualTo(200);
        assertThat(defects.headers().firstValue("Content-Type")).hasValue("application/sarif+json; charset=utf-8");
        assertThat(defects.body()).isEqualTo(expected(DEFECTS, "defects.csv", ReportFormat.SARIF, Optional.empty()));
        assertThat(defects.headers().firstValue("X-Civicdata-Conforms")).hasValue("false");
        assertThat(Long.parseLong(defects.headers().firstValue("X-Civicdata-Errors").orElseThrow())).isPositive();
        assertThat(JSON.readTree(defects.body()).toString()).contains("L1-08");

        HttpResponse<String> text = post("?name=defects.csv&format=text&lang=ja", DEFECTS);
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(text.body()).contains("機種依存文字");
    }

    @Test
    void templateQueryChecksConformance() throws Exception {
        start(2, Duration.ofSeconds(5), 1 << 20);
        HttpResponse<String> r = post("?template=aed&name=aed.csv", CLEAN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(expected(CLEAN, "aed.csv", ReportFormat.JSON, Optional.of("aed")))
                .contains("template.missing-column");
        JsonNode e = error(post("?template=no-such-template", CLEAN), 400, "unknown-template");
        assertThat(e.get("message").get("en").asText()).contains("no-such-template");
    }

    @Test
    void malformedBodiesAreFindingsNotErrors() throws Exception {
        start(2, Duration.ofSeconds(5), 1 << 20);
        byte[] brokenXlsx = "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> x = post("?name=broken.xlsx", brokenXlsx);
        assertThat(x.statusCode()).isEqualTo(200);
        assertThat(x.body()).isEqualTo(expected(brokenXlsx, "broken.xlsx", ReportFormat.JSON, Optional.empty()));
        assertThat(x.headers().firstValue("X-Civicdata-Conforms")).hasValue("false");
        byte[] invalid = {'a', ',', 'b', '\n', (byte) 0xff, (byte) 0xfe, 0, ',', (byte) 0x81, '\n'};
        HttpResponse<String> b = post("?name=bytes.csv", invalid);
        assertThat(b.statusCode()).isEqualTo(200);
        assertThat(b.body()).isEqualTo(expected(invalid, "bytes.csv", ReportFormat.JSON, Optional.empty()));
        HttpResponse<String> empty = post("", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo(expected(new byte[0], "upload", ReportFormat.JSON, Optional.empty()));
    }

    @Test
    void requestMistakesAreJsonErrors() throws Exception {
        start(2, Duration.ofSeconds(5), 1 << 20);
        error(post("?format=pdf", CLEAN), 400, "bad-format");
        error(post("?lang=fr", CLEAN), 400, "bad-lang");
        error(post("?fail-on=info", CLEAN), 400, "bad-fail-on");
        error(post("?tempalte=aed", CLEAN), 400, "unknown-parameter");
        error(post("?template=aed&template=toilet", CLEAN), 400, "bad-query");
        String raw = raw("POST /validate?name=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        // a request line that is not a URI is refused by the JDK's server itself, before any handler
        assertThat(raw).startsWith("HTTP/1.1 400");
        error(post("?name=..%2Fetc%2Fpasswd", CLEAN), 400, "bad-name");
        error(http.send(HttpRequest.newBuilder(uri("/validate")).header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CLEAN)).build(), HttpResponse.BodyHandlers.ofString()),
                415, "form-body");
        error(http.send(HttpRequest.newBuilder(uri("/nothing")).build(), HttpResponse.BodyHandlers.ofString()), 404, "not-found");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/validate")).build(), HttpResponse.BodyHandlers.ofString());
        error(get, 405, "method-not-allowed");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        start(2, Duration.ofSeconds(5), 4096);
        byte[] big = new byte[64 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        // with a Content-Length: refused before reading
        JsonNode e = error(post("?name=big.csv", big), 413, "body-too-large");
        assertThat(e.get("message").get("en").asText()).contains("4096");
        // chunked (no length): refused once the limit is passed
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/validate?name=big.csv"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        error(chunked, 413, "body-too-large");
        // the server goes on serving
        assertThat(post("?name=clean.csv", CLEAN).statusCode()).isEqualTo(200);
        // exactly at the limit is accepted
        byte[] atLimit = java.util.Arrays.copyOf(CLEAN, 4096);
        java.util.Arrays.fill(atLimit, CLEAN.length, 4096, (byte) '\n');
        assertThat(post("?name=limit.csv", atLimit).statusCode()).isEqualTo(200);
    }

    @Test
    void burstOfFiftyConcurrentRequestsAllAnsweredCorrectly() throws Exception {
        start(2, Duration.ofSeconds(60), 1 << 20);
        String cleanReport = expected(CLEAN, "clean.csv", ReportFormat.JSON, Optional.empty());
        String defectsReport = expected(DEFECTS, "defects.csv", ReportFormat.JSON, Optional.empty());
        post("?name=clean.csv", CLEAN); // warm up, then measure the heap
        long before = usedHeapAfterGc();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 50; i++) {
                boolean clean = i % 2 == 0;
                responses.add(http.sendAsync(HttpRequest.newBuilder(uri("/validate?name=" + (clean ? "clean.csv" : "defects.csv")))
                        .timeout(Duration.ofSeconds(100))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(clean ? CLEAN : DEFECTS)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(110, TimeUnit.SECONDS);
        });
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> r = responses.get(i).get();
            assertThat(r.statusCode()).as("request %d: %s", i, r.body()).isEqualTo(200);
            assertThat(r.body()).as("request %d", i).isEqualTo(i % 2 == 0 ? cleanReport : defectsReport);
        }
        assertThat(server.peakConcurrent()).isBetween(1, 2);
        long after = usedHeapAfterGc();
        assertThat(after - before).as("heap growth after the burst, bytes").isLessThan(32L << 20);
    }

    @Test
    void busyServerAnswers503AndASlowClientIsCutOff() throws Exception {
        start(1, Duration.ZERO, 1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Socket slow = new Socket()) {
                // takes the only slot: headers and part of the body, then nothing more
                slow.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
                OutputStream o = slow.getOutputStream();
                o.write(("POST /validate?name=slow.csv HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n名称,人数\n")
                        .getBytes(StandardCharsets.UTF_8));
                o.flush();
                awaitRunning(1);
                HttpResponse<String> busy = post("?name=clean.csv", CLEAN);
                error(busy, 503, "busy");
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
                // health is answered while the slot is taken
                assertThat(http.send(HttpRequest.newBuilder(uri("/health")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
                // the stalled request loses its connection after the JDK server's request time limit
                slow.setSoTimeout((JDK_TIMEOUT_SECONDS + 10) * 1000);
                long t0 = System.nanoTime();
                InputStream in = slow.getInputStream();
                byte[] rest = in.readAllBytes();
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
                assertThat(seconds).isLessThanOrEqualTo(JDK_TIMEOUT_SECONDS + 3);
                String answer = new String(rest, StandardCharsets.UTF_8);
                assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 503")).as(answer).isTrue();
            }
            awaitRunning(0);
            assertThat(post("?name=clean.csv", CLEAN).statusCode()).isEqualTo(200);
        });
    }

    @Test
    void boundedBodyCutsOffAtTheLimitAndTheDeadline() throws Exception {
        ValidationServer.BoundedBody b = new ValidationServer.BoundedBody(new ByteArrayInputStream(new byte[10]), 5,
                System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
        assertThat(b.readNBytes(5)).hasSize(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(b::read).isInstanceOf(java.io.IOException.class);
        assertThat(b.tooLarge).isTrue();
        ValidationServer.BoundedBody late = new ValidationServer.BoundedBody(new ByteArrayInputStream(new byte[10]), 100,
                System.nanoTime() - 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(late::read).isInstanceOf(java.io.IOException.class);
        assertThat(late.timedOut).isTrue();
    }

    @Test
    void serveCommandListensOnLoopbackAndStops() throws Exception {
        // a child JVM: the command runs until the process is stopped
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("civicdata-serve");
        Process p = ChildJvm.builder(dir, List.of("-Xmx256m"), Main.class, List.of("serve", "--port", "0"))
                .redirectErrorStream(true).start();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<String> line = reader.submit(() -> {
                java.io.BufferedReader r = new java.io.BufferedReader(
                        new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.startsWith("civicdata serve: listening on")) {
                        return l;
                    }
                }
                return "";
            });
            String l = line.get(120, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(l);
            assertThat(m.find()).as(l).isTrue();
            URI health = URI.create("http://127.0.0.1:" + m.group(1) + "/health");
            assertThat(http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the server
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.shutdownNow();
        }
        assertThat(p.exitValue()).isIn(0, 143);
    }

    /** Sends a request as it is written and reads the whole answer (the request asks to close). */
    private String raw(String request) throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void awaitRunning(int n) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> h;
            try {
                h = http.send(HttpRequest.newBuilder(uri("/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (JSON.readTree(h.body()).get("running").asInt() == n) {
                    return;
                }
            } catch (java.io.IOException e) {
                // try again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server never had " + n + " running validations");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
