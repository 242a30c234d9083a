package io.github.civicdata.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child JVM for {@code OutputsSignalTest}: writes half of a large file through {@link Outputs},
 * says so on standard output, then waits to be stopped.
 */
final class OutputsChild {
    private OutputsChild() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        Outputs.writeFile(target, out -> {
            byte[] row = "id,name,age,sex,town,household,care\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20_000; i++) {
                out.write(row);
            }
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
