package io.github.civicdata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata serve --port 8080}: validation as an HTTP service ({@link ValidationServer}),
 * so that a catalogue (CKAN, a city portal) can validate uploads without starting a JVM per file.
 * Runs until the process is stopped (Ctrl-C, SIGTERM).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve validation over HTTP: POST /validate (a CSV/TSV/XLSX file as the body; query template=, "
                + "format=, lang=, name=, fail-on=), GET /templates, GET /health.",
            "HTTP で検証を提供します: POST /validate（本文に CSV/TSV/XLSX ファイル。クエリ template=, format=, lang=, name=, "
                + "fail-on=）、GET /templates、GET /health。"},
        footer = {"", "Listens on 127.0.0.1 unless --bind says otherwise; put it behind a reverse proxy (TLS, "
                + "authentication) before exposing it.",
            "Exit codes: 0 stopped, 2 usage error, 3 the address cannot be bound."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port (0: any free port, printed at start; default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind = "127.0.0.1";

    @Option(names = "--max-body", paramLabel = "MB", description = "Largest request body in MiB (default: 64).")
    int maxBodyMb = (int) (ValidationServer.Settings.DEFAULT_MAX_BODY >> 20);

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Most validations at once; others wait for --queue-wait (default: the number of processors, at least 2).")
    int maxConcurrent = ValidationServer.Settings.DEFAULT_MAX_CONCURRENT;

    @Option(names = "--queue-wait", paramLabel = "SECONDS",
            description = "How long a request waits for a free validation before 503 busy (default: 30).")
    int queueWaitSeconds = (int) ValidationServer.Settings.DEFAULT_QUEUE_WAIT.toSeconds();

    @Option(names = "--request-timeout", paramLabel = "SECONDS",
            description = "Longest time to receive and validate one request, and to send its response (default: 120).")
    int requestTimeoutSeconds = (int) ValidationServer.Settings.DEFAULT_REQUEST_TIMEOUT.toSeconds();

    @Option(names = "--max-connections", paramLabel = "N", description = "Most open connections (default: 256).")
    int maxConnections = ValidationServer.Settings.DEFAULT_MAX_CONNECTIONS;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "List at most N findings per report; counts still cover all (default: 1000).")
    int maxFindings = io.github.civicdata.core.Report.DEFAULT_MAX_FINDINGS;

    @Option(names = "--max-unique-values", paramLabel = "N",
            description = "Most values remembered per unique column in one validation (default: 200000).")
    int maxUniqueValues = ValidationServer.Settings.DEFAULT_MAX_UNIQUE_VALUES;

    @Option(names = "--access-log", description = "Print one line per request (method, path, status, time) to standard error.")
    boolean accessLog;

    @Override
    public Integer call() throws InterruptedException {
        ValidationServer.Settings settings;
        try {
            settings = new ValidationServer.Settings(bind, port, (long) positive("--max-body", maxBodyMb) << 20,
                    positive("--max-concurrent", maxConcurrent), Duration.ofSeconds(nonNegative("--queue-wait", queueWaitSeconds)),
                    Duration.ofSeconds(positive("--request-timeout", requestTimeoutSeconds)),
                    positive("--max-connections", maxConnections), nonNegative("--max-findings", maxFindings),
                    positive("--max-unique-values", maxUniqueValues), accessLog);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("serve.bad-port", port);
        }
        PrintWriter err = spec.commandLine().getErr();
        ValidationServer server;
        try {
            server = ValidationServer.start(settings, err);
        } catch (IOException | RuntimeException e) {
            throw UserException.unreadable("serve.cannot-bind", bind, port, String.valueOf(e.getMessage()));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "civicdata-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliMessages.bilingual("serve.listening", bind, server.port(), settings.maxConcurrent(), maxBodyMb));
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    private static int positive(String option, int v) {
        if (v < 1) {
            throw UserException.usage("validate.not-positive", option, v);
        }
        return v;
    }

    private static int nonNegative(String option, int v) {
        if (v < 0) {
            throw UserException.usage("validate.negative", option, v);
        }
        return v;
    }
}
