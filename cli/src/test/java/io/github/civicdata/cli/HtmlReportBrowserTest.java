package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser renders the HTML reports: headless Chromium (Debian package {@code chromium})
 * prints each to PDF on A4 and takes a screenshot, and its network log shows that the page made no
 * network request. Runs wherever Chromium is installed; {@code .ci/run} installs it, and with
 * {@code CI=true} a missing Chromium fails the test instead of skipping it.
 */
class HtmlReportBrowserTest {

    static final Path EXAMPLES = Path.of("..", "examples", "data");
    static Path chromium;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is needed for the browser check in CI (.ci/run installs it: apt-get install -y chromium)");
            }
            Assumptions.abort("Chromium is not installed here (apt-get install -y chromium); CI runs this test");
        }
        chromium = found.get();
    }

    static Optional<Path> find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** What one headless run produced. */
    record Render(byte[] pdf, byte[] png, String dom, List<String> pageRequests) {
    }

    static Render render(Path html, Path work) throws Exception {
        Path pdf = work.resolve("page.pdf");
        Path png = work.resolve("page.png");
        Path netLog = work.resolve("net.json");
        List<String> common = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--disable-default-apps", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + work.resolve("profile"));
        String url = html.toAbsolutePath().toUri().toString();
        run(common, List.of("--log-net-log=" + netLog, "--net-log-capture-mode=Default", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, url), work);
        run(common, List.of("--hide-scrollbars", "--window-size=1280,1800", "--screenshot=" + png, url), work);
        String dom = run(common, List.of("--dump-dom", url), work);
        return new Render(Files.readAllBytes(pdf), Files.readAllBytes(png), dom, pageRequests(netLog));
    }

    static String run(List<String> common, List<String> args, Path work) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(chromium.toString());
        cmd.addAll(common);
        cmd.addAll(args);
        Path out = Files.createTempFile(work, "out", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 180 s: " + args);
        }
        assertThat(p.exitValue()).as("chromium " + args).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /**
     * The network requests the page made: URL requests of the net log whose initiator is an origin
     * (the browser's own background requests have none: "not an origin").
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        Map<Integer, String> types = new HashMap<>();
        log.path("constants").path("logEventTypes").fields().forEachRemaining(e -> types.put(e.getValue().asInt(), e.getKey()));
        List<String> out = new ArrayList<>();
        for (JsonNode e : log.path("events")) {
            JsonNode p = e.path("params");
            if ("URL_REQUEST_START_JOB".equals(types.get(e.path("type").asInt())) && p.has("url")
                    && !"not an origin".equals(p.path("initiator").asText())) {
                out.add(p.path("url").asText());
            }
        }
        return out;
    }

    static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static void assertRendered(Render r, String expectedText) {
        assertThat(new String(r.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages(r.pdf())).isGreaterThanOrEqualTo(1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]")
                .matcher(new String(r.pdf(), StandardCharsets.ISO_8859_1));
        assertThat(box.find()).isTrue();
        // A4 is 595.3 x 841.9 points
        assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.3, org.assertj.core.data.Offset.offset(2.0));
        assertThat(Double.parseDouble(box.group(2))).isCloseTo(841.9, org.assertj.core.data.Offset.offset(2.0));
        assertThat(r.png()).hasSizeGreaterThan(10_000);
        assertThat(new String(r.png(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(r.dom()).contains(expectedText);
        // nothing in the rendered page loads from anywhere: no src, no link element
        assertThat(r.dom()).doesNotContainPattern("<(img|script|iframe|link|video|audio|source|object|embed)\\b[^>]*(src|href|data)=");
        assertThat(r.pageRequests()).as("network requests made by the page").isEmpty();
    }

    @Test
    void certificateReportRendersOnA4WithoutNetworkRequests(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("vendor.key.pem");
        assertThat(CliRun.run("keygen", "-o", key.toString(), "--subject", "株式会社サンプル").code()).isZero();
        Path attest = Files.writeString(dir.resolve("attest.json"), CertifyCommandTest.ATTEST);
        Path html = dir.resolve("certificate.html");
        CliRun.Result c = CliRun.run("certify", EXAMPLES.resolve("validation/aed_clean.csv").toString(), "--template",
                "aed@2021-suisho", "--attest", attest.toString(), "--sign", key.toString(), "-o",
                dir.resolve("cert.json").toString(), "--html", html.toString(), "--lang", "ja");
        assertThat(c.code()).as(c.err()).isZero();
        CertifyCommandTest.assertSchemaValid(dir.resolve("cert.json"));
        Render r = render(html, Files.createDirectories(dir.resolve("chromium")));
        assertRendered(r, "適合証明書");
        assertThat(r.dom()).contains("レベル3");
    }

    @Test
    void validationReportOfTheDefectiveExampleRendersWithoutNetworkRequests(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        CliRun.Result v = CliRun.run("validate", EXAMPLES.resolve("validation/aed_defects_sjis.csv").toString(),
                "--format", "html", "-o", html.toString(), "--fail-on", "never");
        assertThat(v.code()).as(v.err()).isZero();
        Render r = render(html, Files.createDirectories(dir.resolve("chromium")));
        assertRendered(r, "Findings by rule");
        assertThat(pages(r.pdf())).isGreaterThan(1);
        if (Boolean.getBoolean("screenshot.update")) {
            Files.write(Path.of("..", "docs", "images", "html-report.png"), r.png());
        }
    }

    @Test
    void theNetworkCheckSeesARequestingPage(@TempDir Path dir) throws Exception {
        // the check above could not pass by a log that records nothing
        Path probe = Files.writeString(dir.resolve("probe.html"),
                "<!DOCTYPE html><html lang=en><title>p</title><img src=\"http://127.0.0.1:9/x.png\" alt=\"\"><p>x</p>");
        Render r = render(probe, Files.createDirectories(dir.resolve("chromium")));
        assertThat(r.pageRequests()).contains("http://127.0.0.1:9/x.png");
    }
}
