package io.github.civicdata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.ToolInfo;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationOutOfMemoryError;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP service of {@code civicdata serve}: {@code POST /validate} (a CSV, TSV or XLSX file as
 * the request body), {@code GET /templates} and {@code GET /health}, on the JDK's
 * {@code com.sun.net.httpserver}.
 *
 * <p>Bounds: a request body larger than {@link Settings#maxBodyBytes()} is refused (413, from its
 * {@code Content-Length} before reading, or as soon as a chunked body passes the limit); at most
 * {@link Settings#maxConcurrent()} validations run at once, a request that finds no free slot
 * within {@link Settings#queueWait()} is refused (503 with {@code Retry-After}); a validation that
 * has not finished reading its body after {@link Settings#requestTimeout()} is ended (503
 * {@code timeout}); at most {@link Settings#maxConnections()} connections are open. Each error is a
 * JSON object {@code {"error": {"status", "code", "message": {"ja", "en"}}}}. A report is always
 * 200, whatever it finds: bad data is findings, not an HTTP error.
 *
 * <p>Thread-safe; {@link #close()} stops it.
 */
final class ValidationServer implements AutoCloseable {

    /** Settings of the server; {@link #of} checks them. */
    record Settings(String host, int port, long maxBodyBytes, int maxConcurrent, Duration queueWait,
            Duration requestTimeout, int maxConnections, int maxFindings, int maxUniqueValues, boolean accessLog) {

        /** Default body limit: 64 MiB. */
        static final long DEFAULT_MAX_BODY = 64L << 20;
        /** Default number of validations at once. */
        static final int DEFAULT_MAX_CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());
        /** Default time a request waits for a free validation slot. */
        static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(30);
        /** Default time a request may take to be read and validated. */
        static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
        /** Default most open connections. */
        static final int DEFAULT_MAX_CONNECTIONS = 256;
        /** Default most distinct values remembered per unique column (lower than the CLI's: several run at once). */
        static final int DEFAULT_MAX_UNIQUE_VALUES = 200_000;

        Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(queueWait, "queueWait");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            if (port < 0 || port > 65535 || maxBodyBytes < 1 || maxConcurrent < 1 || queueWait.isNegative()
                    || requestTimeout.isNegative() || requestTimeout.isZero() || maxConnections < 1
                    || maxFindings < 0 || maxUniqueValues < 1) {
                throw new IllegalArgumentException("invalid server settings");
            }
        }

        /** The defaults, on 127.0.0.1 and the given port. */
        static Settings defaults(int port) {
            return new Settings("127.0.0.1", port, DEFAULT_MAX_BODY, DEFAULT_MAX_CONCURRENT, DEFAULT_QUEUE_WAIT,
                    DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_CONNECTIONS, Report.DEFAULT_MAX_FINDINGS,
                    DEFAULT_MAX_UNIQUE_VALUES, false);
        }
    }

    /** The query parameters of {@code POST /validate}. */
    static final Set<String> VALIDATE_PARAMETERS = Set.of("template", "format", "lang", "name", "fail-on");

    private final Settings settings;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Semaphore slots;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final PrintWriter log;

    private ValidationServer(Settings settings, HttpServer server, ExecutorService executor, PrintWriter log) {
        this.settings = settings;
        this.server = server;
        this.executor = executor;
        this.slots = new Semaphore(settings.maxConcurrent(), true);
        this.log = log;
    }

    /**
     * Binds and starts a server.
     *
     * @param settings the settings
     * @param log where the access log goes when {@link Settings#accessLog()}
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    static ValidationServer start(Settings settings, PrintWriter log) throws IOException {
        connectionLimits(settings);
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        // validations take slots; the other threads answer health, templates and "busy" at once
        int threads = settings.maxConcurrent() + 4;
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "civicdata-serve");
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        ValidationServer s = new ValidationServer(settings, server, executor, log);
        server.setExecutor(executor);
        server.createContext("/", s::handle);
        server.start();
        return s;
    }

    /**
     * The JDK server's own limits (system properties it reads once, when its first server starts):
     * the time to read a request and to send a response, so that a client that stops sending or
     * reading loses its connection, and the most open connections. Properties set by the user win.
     */
    private static void connectionLimits(Settings s) {
        long seconds = Math.max(1, s.requestTimeout().toSeconds());
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(seconds));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", Long.toString(seconds));
        System.getProperties().putIfAbsent("jdk.httpserver.maxConnections", Integer.toString(s.maxConnections()));
    }

    /** @return the port the server listens on (the chosen one when 0 was asked for) */
    int port() {
        return server.getAddress().getPort();
    }

    /** @return the most validations that ran at the same time so far */
    int peakConcurrent() {
        return peak.get();
    }

    /** Stops accepting requests, waits up to a second for running exchanges, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        long start = System.nanoTime();
        int status;
        try {
            status = route(ex);
        } catch (RuntimeException | Error e) {
            // a bug of civicdata: the client still gets an answer, the server goes on
            status = safeError(ex, 500, "internal-error", String.valueOf(e));
        } finally {
            ex.close();
        }
        if (settings.accessLog()) {
            log.printf(Locale.ROOT, "%s %s %d %d ms%n", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), status,
                    (System.nanoTime() - start) / 1_000_000);
            log.flush();
        }
    }

    /** Most bytes of an unread request body discarded after the response, and for how long. */
    static final long LINGER_BYTES = 16L << 20;
    static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * Reads and discards what is left of the request body (up to {@link #LINGER_BYTES} bytes or
     * {@link #LINGER_NANOS}) before the response is sent: closing a connection with unread bytes
     * makes TCP reset it, and a client still sending its body (a refused 413 upload) would lose the
     * answer. (It cannot wait until after the response: the JDK's server closes the request body
     * when the response body is closed.)
     */
    private static void discardRest(HttpExchange ex) {
        long deadline = System.nanoTime() + LINGER_NANOS;
        long budget = LINGER_BYTES;
        byte[] buf = new byte[16 * 1024];
        try {
            InputStream in = ex.getRequestBody();
            while (budget > 0 && System.nanoTime() - deadline < 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, budget));
                if (n < 0) {
                    break;
                }
                budget -= n;
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private int route(HttpExchange ex) {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        return switch (path) {
            case "/health" -> method.equals("GET") || method.equals("HEAD") ? health(ex) : notAllowed(ex, "GET, HEAD");
            case "/templates" -> method.equals("GET") ? templates(ex) : notAllowed(ex, "GET");
            case "/validate" -> method.equals("POST") ? validate(ex) : notAllowed(ex, "POST");
            default -> error(ex, 404, "not-found", path);
        };
    }

    private int health(HttpExchange ex) {
        ObjectNode o = VocabCli.mapper().createObjectNode();
        o.put("status", "ok");
        o.put("name", ToolInfo.NAME);
        o.put("version", ToolInfo.version());
        o.put("running", running.get());
        o.put("maxConcurrent", settings.maxConcurrent());
        return send(ex, 200, "application/json; charset=utf-8", json(o));
    }

    private int templates(HttpExchange ex) {
        byte[] body = json(TemplatesCommand.json(Vocabulary.standard()));
        return send(ex, 200, "application/json; charset=utf-8", body);
    }

    private int validate(HttpExchange ex) {
        Map<String, String> q;
        try {
            q = query(ex.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            return error(ex, 400, "bad-query", e.getMessage());
        }
        for (String k : q.keySet()) {
            if (!VALIDATE_PARAMETERS.contains(k)) {
                return error(ex, 400, "unknown-parameter", k, String.join(", ", new java.util.TreeSet<>(VALIDATE_PARAMETERS)));
            }
        }
        Optional<ReportFormat> format = ReportFormat.parse(q.getOrDefault("format", "json"));
        if (format.isEmpty()) {
            return error(ex, 400, "bad-format", q.get("format"));
        }
        Locale locale;
        switch (q.getOrDefault("lang", "en").toLowerCase(Locale.ROOT)) {
            case "ja" -> locale = Locale.JAPANESE;
            case "en" -> locale = Locale.ENGLISH;
            default -> {
                return error(ex, 400, "bad-lang", q.get("lang"));
            }
        }
        Optional<Severity> failOn;
        String fo = q.getOrDefault("fail-on", "error").toLowerCase(Locale.ROOT);
        if (fo.equals("never")) {
            failOn = Optional.empty();
        } else {
            failOn = Severity.parse(fo).filter(s -> s != Severity.INFO);
            if (failOn.isEmpty()) {
                return error(ex, 400, "bad-fail-on", q.get("fail-on"));
            }
        }
        String name = q.getOrDefault("name", "upload");
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
            return error(ex, 400, "bad-name", name.length() > 80 ? name.substring(0, 80) + "…" : name);
        }
        String type = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .toLowerCase(Locale.ROOT);
        // (not application/x-www-form-urlencoded: curl --data-binary sends a file under that type)
        if (type.startsWith("multipart/")) {
            return error(ex, 415, "form-body", type);
        }
        long declared;
        try {
            declared = contentLength(ex.getRequestHeaders());
        } catch (NumberFormatException e) {
            return error(ex, 400, "bad-content-length", ex.getRequestHeaders().getFirst("Content-Length"));
        }
        if (declared > settings.maxBodyBytes()) {
            // answered at once, unread: a client such as curl reads the answer while sending and stops
            ex.getResponseHeaders().set("Connection", "close");
            return errorUnread(ex, 413, "body-too-large", declared, settings.maxBodyBytes());
        }
        Validator validator;
        String template = q.get("template");
        try {
            validator = validator(template);
        } catch (IllegalArgumentException e) {
            return error(ex, 400, "unknown-template", template);
        }
        try {
            if (!slots.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                ex.getResponseHeaders().set("Retry-After", "1");
                return error(ex, 503, "busy", settings.maxConcurrent());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(ex, 503, "busy", settings.maxConcurrent());
        }
        try {
            int now = running.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            return validateBody(ex, validator, name, format.get(), locale, failOn);
        } finally {
            running.decrementAndGet();
            slots.release();
        }
    }

    private int validateBody(HttpExchange ex, Validator validator, String name, ReportFormat format, Locale locale,
            Optional<Severity> failOn) {
        BoundedBody body = new BoundedBody(ex.getRequestBody(), settings.maxBodyBytes(),
                System.nanoTime() + settings.requestTimeout().toNanos());
        Report report;
        try {
            report = validator.validate(body, name);
        } catch (UnreadableInputException e) {
            if (body.tooLarge || body.timedOut) {
                return bodyLimit(ex, body);
            }
            return error(ex, 400, "unreadable-body", String.valueOf(e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage()));
        } catch (ValidationOutOfMemoryError e) {
            return error(ex, 503, "out-of-memory", settings.maxConcurrent());
        } catch (OutOfMemoryError e) {
            return error(ex, 503, "out-of-memory", settings.maxConcurrent());
        }
        if (body.tooLarge || body.timedOut) { // a reader that turned the stream's failure into a finding
            return bodyLimit(ex, body);
        }
        long internal = report.countsByRule().getOrDefault(Validator.INTERNAL_ERROR, 0L);
        if (internal > 0) {
            return error(ex, 500, "internal-error", Validator.INTERNAL_ERROR + " × " + internal);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportWriter.builder(format).locale(locale).failOn(failOn).build().write(report, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        Headers h = ex.getResponseHeaders();
        h.set("X-Civicdata-Conforms", Boolean.toString(failOn.map(report::conforms).orElse(true)));
        h.set("X-Civicdata-Errors", Long.toString(report.count(Severity.ERROR)));
        h.set("X-Civicdata-Warnings", Long.toString(report.count(Severity.WARNING)));
        return send(ex, 200, contentType(format), out.toByteArray());
    }

    private int bodyLimit(HttpExchange ex, BoundedBody body) {
        if (body.tooLarge) {
            return error(ex, 413, "body-too-large", body.read, settings.maxBodyBytes());
        }
        return error(ex, 503, "timeout", settings.requestTimeout().toSeconds());
    }

    private Validator validator(String template) {
        String key = template == null ? "" : template;
        Validator v = validators.get(key);
        if (v != null) {
            return v;
        }
        Validator.Builder b = Validator.builder().maxFindings(settings.maxFindings())
                .maxUniqueValues(settings.maxUniqueValues());
        if (template != null) {
            b.template(template); // IllegalArgumentException for an unknown one: not cached
        }
        Validator built = b.build();
        validators.putIfAbsent(key, built); // keys are known templates only: bounded by the vocabulary
        return built;
    }

    static String contentType(ReportFormat f) {
        return switch (f.name()) {
            case "JSON" -> "application/json; charset=utf-8";
            case "SARIF" -> "application/sarif+json; charset=utf-8";
            case "JUNIT" -> "application/xml; charset=utf-8";
            case "HTML" -> "text/html; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }

    private static long contentLength(Headers h) {
        String v = h.getFirst("Content-Length");
        return v == null ? -1 : Long.parseLong(v.trim());
    }

    /** Parses a raw query string; a repeated or malformed parameter is an {@link IllegalArgumentException}. */
    static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String part : raw.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            if (q.put(k, v) != null) {
                throw new IllegalArgumentException("repeated parameter: " + k);
            }
        }
        return q;
    }

    private int notAllowed(HttpExchange ex, String allow) {
        ex.getResponseHeaders().set("Allow", allow);
        return error(ex, 405, "method-not-allowed", ex.getRequestMethod(), allow);
    }

    /** Sends a JSON error; the message comes from the bundle, key {@code serve.error.<code>}. */
    private static int error(HttpExchange ex, int status, String code, Object... args) {
        return error(ex, status, code, true, args);
    }

    /** Sends a JSON error at once, without reading the request body. */
    private static int errorUnread(HttpExchange ex, int status, String code, Object... args) {
        return error(ex, status, code, false, args);
    }

    private static int error(HttpExchange ex, int status, String code, boolean discard, Object[] args) {
        LocalizedText text = CliMessages.localize("serve.error." + code, args);
        ObjectNode root = VocabCli.mapper().createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("status", status);
        e.put("code", code);
        ObjectNode m = e.putObject("message");
        m.put("ja", text.ja());
        m.put("en", text.en());
        return send(ex, status, "application/json; charset=utf-8", json(root), discard);
    }

    private static byte[] json(Object tree) {
        try {
            return VocabCli.mapper().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of our own always serialises
        }
    }

    private static int safeError(HttpExchange ex, int status, String code, String detail) {
        try {
            return error(ex, status, code, detail);
        } catch (RuntimeException e) {
            return status; // headers already sent: the connection is closed by the caller
        }
    }

    private static int send(HttpExchange ex, int status, String contentType, byte[] body) {
        return send(ex, status, contentType, body, true);
    }

    private static int send(HttpExchange ex, int status, String contentType, byte[] body, boolean discard) {
        if (discard) {
            discardRest(ex);
        }
        try {
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away: nothing more to do
        }
        return status;
    }

    /**
     * The request body, cut off with an {@link IOException} beyond the size limit or the deadline;
     * the flags tell the handler which of the two it was.
     */
    static final class BoundedBody extends FilterInputStream {
        private final long max;
        private final long deadline;
        long read;
        volatile boolean tooLarge;
        volatile boolean timedOut;

        BoundedBody(InputStream in, long max, long deadlineNanos) {
            super(in);
            this.max = max;
            this.deadline = deadlineNanos;
        }

        private void check() throws IOException {
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                throw new IOException("request timeout");
            }
            if (read > max) {
                tooLarge = true;
                throw new IOException("request body larger than " + max + " bytes");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            int b = super.read();
            if (b >= 0) {
                read++;
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            int n = super.read(b, off, (int) Math.min(len, max + 1 - read));
            if (n > 0) {
                read += n;
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            check();
            long s = super.skip(Math.min(n, max + 1 - read));
            read += s;
            check();
            return s;
        }

        @Override
        public void close() {
            // the exchange closes the body
        }
    }
}
