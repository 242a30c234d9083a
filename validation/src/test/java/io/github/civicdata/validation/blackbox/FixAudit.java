package io.github.civicdata.validation.blackbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.FixResult;
import io.github.civicdata.validation.FixTransformation;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixes a file and checks the fixer's guarantees from the outside, written apart from the fixer:
 * it re-reads the input ({@link TestCsv} with the encoding and delimiter the sidecar names, or POI
 * for workbooks), the output, the JSON change log and the sidecar, and checks
 * <ul>
 *   <li>every input row is a header row, a row the log says was removed or moved (and, when
 *       moved, whose values are in the sidecar entry of its line), or the next output row;
 *   <li>every non-blank input cell of a data row is in its output cell(s) unchanged, or the log's
 *       entries for that line and column lead from it to the output value; cells beyond the header
 *       are in an {@code extra-cells} entry; every output value that has no input value has a log
 *       entry; header cells lead to the output names the same way;
 *   <li>every finding of the validator on the output whose rule a transformation that ran covers
 *       is explained by an {@code unfixable} entry of the log at the same input line and column
 *       (or for the whole column).
 * </ul>
 */
final class FixAudit {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** What remains in the output, with why. */
    record Remaining(Finding finding, String why) {
    }

    final FixResult result;
    final Path output;
    final JsonNode sidecar;
    final List<JsonNode> log = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    final List<Remaining> remaining = new ArrayList<>();
    final List<List<String>> outRows;
    private final Fixer fixer;

    private FixAudit(FixResult result, Path output, JsonNode logJson, JsonNode sidecar, Fixer fixer) throws IOException {
        this.result = result;
        this.output = output;
        this.sidecar = sidecar;
        this.fixer = fixer;
        for (JsonNode e : logJson.path("changes")) {
            log.add(e);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        outRows = new ArrayList<>();
        for (TestCsv.Row r : TestCsv.parse(text, ',')) {
            outRows.add(r.fields());
        }
    }

    /** Fixes {@code input} into {@code dir} and audits the result. */
    static FixAudit of(Path input, Fixer fixer, Path dir) throws IOException {
        Path out = dir.resolve("out.csv");
        Path log = dir.resolve("changes.json");
        Path side = dir.resolve("sidecar.json");
        FixResult r = fixer.fix(input, FixOutputs.builder().table(out).changes(log).sidecar(side).build());
        FixAudit a = new FixAudit(r, out, MAPPER.readTree(log.toFile()), MAPPER.readTree(side.toFile()), fixer);
        if (!r.refused()) {
            List<Input> rows = input.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                    ? XlsxInput.read(input, a.sidecar.path("table").path("sheet").asText(null))
                    : a.csvInput(input);
            a.accountFor(rows);
        }
        return a;
    }

    /** An input row as the audit reads it. */
    record Input(long line, List<String> cells) {
    }

    private List<Input> csvInput(Path input) throws IOException {
        String enc = sidecar.path("table").path("encoding").asText();
        Charset cs = switch (enc) {
            case "CP932", "Shift_JIS" -> Charset.forName("windows-31j");
            case "UTF-8", "" -> StandardCharsets.UTF_8;
            default -> Charset.forName(enc);
        };
        String text = new String(Files.readAllBytes(input), cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String d = sidecar.path("table").path("delimiter").asText(",");
        List<Input> rows = new ArrayList<>();
        for (TestCsv.Row r : TestCsv.parse(text, d.charAt(0))) {
            rows.add(new Input(r.line(), r.fields()));
        }
        return rows;
    }

    // ------------------------------------------------------------------ accounting

    private void accountFor(List<Input> input) {
        Set<Long> headerLines = new HashSet<>();
        for (JsonNode l : sidecar.path("table").path("headerLines")) {
            headerLines.add(l.asLong());
        }
        Map<Long, List<JsonNode>> byLine = new HashMap<>();
        for (JsonNode e : log) {
            byLine.computeIfAbsent(e.path("line").asLong(0), k -> new ArrayList<>()).add(e);
        }
        Map<Long, List<JsonNode>> entries = new HashMap<>();
        for (JsonNode e : sidecar.path("entries")) {
            entries.computeIfAbsent(e.path("line").asLong(0), k -> new ArrayList<>()).add(e);
        }
        List<JsonNode> columns = new ArrayList<>();
        sidecar.path("table").path("columns").forEach(columns::add);
        // title rows kept above the header (title-rows skipped): the input's rows before it, unchanged
        int above = sidecar.path("table").path("rowsAboveHeader").asInt(0);
        long firstHeader = headerLines.stream().min(Long::compare).orElse(0L);
        int keptAbove = 0;
        for (Input in : input) {
            if (in.line() < firstHeader && keptAbove < above && in.cells().stream().anyMatch(x -> !x.isEmpty())) {
                List<String> o = outRows.get(keptAbove++);
                if (!o.subList(0, Math.min(o.size(), in.cells().size())).equals(in.cells())) {
                    violations.add("line " + in.line() + " kept above the header as " + o);
                }
            }
        }
        for (int k = 0; k < above; k++) {
            outRows.remove(0);
        }
        // the header
        List<String> names = outRows.isEmpty() ? List.of() : outRows.get(0);
        for (Input in : input) {
            if (!headerLines.contains(in.line())) {
                continue;
            }
            for (int c = 0; c < in.cells().size(); c++) {
                String v = in.cells().get(c);
                if (v.isEmpty()) {
                    continue;
                }
                for (int k = 0; k < columns.size(); k++) {
                    if (columns.get(k).path("source").asInt() == c + 1 && !reachable(v, names.get(k), headerLines,
                            c + 1)) {
                        violations.add("header cell line " + in.line() + " column " + (c + 1) + " '" + v
                                + "' does not lead to the name '" + names.get(k) + "'");
                    }
                }
            }
        }
        int next = 1;
        for (Input in : input) {
            if (headerLines.contains(in.line()) || in.line() < firstHeader && above > 0) {
                continue;
            }
            List<JsonNode> entriesOfLine = byLine.getOrDefault(in.line(), List.of());
            JsonNode rowLevel = null;
            for (JsonNode e : entriesOfLine) {
                String a = e.path("action").asText();
                if (!e.has("column") && (a.equals("removed") || a.equals("moved"))) {
                    rowLevel = e;
                }
            }
            if (rowLevel != null) {
                if (rowLevel.path("action").asText().equals("moved")) {
                    List<String> kept = new ArrayList<>();
                    for (JsonNode s : entries.getOrDefault(in.line(), List.of())) {
                        s.path("values").forEach(x -> kept.add(x.asText()));
                    }
                    for (String v : in.cells()) {
                        if (!v.isEmpty() && !kept.contains(v)) {
                            violations.add("line " + in.line() + ": '" + v + "' moved but not in the sidecar");
                        }
                    }
                } else {
                    for (String v : in.cells()) {
                        if (!v.isEmpty() && !v.isBlank() && !onlySpaces(v)) {
                            violations.add("line " + in.line() + ": '" + v + "' removed with its row");
                        }
                    }
                }
                continue;
            }
            if (next >= outRows.size()) {
                violations.add("line " + in.line() + " is neither written nor logged");
                continue;
            }
            List<String> out = outRows.get(next++);
            dataLines.add(in.line());
            cells(in, out, columns, entries);
        }
        if (next != outRows.size()) {
            violations.add((outRows.size() - next) + " output row(s) without an input row");
        }
    }

    private static boolean onlySpaces(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private void cells(Input in, List<String> out, List<JsonNode> columns, Map<Long, List<JsonNode>> entries) {
        for (int c = 0; c < in.cells().size(); c++) {
            String v = in.cells().get(c);
            boolean mapped = false;
            boolean reached = false;
            List<String> targets = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                if (columns.get(k).path("source").asInt() != c + 1) {
                    continue;
                }
                mapped = true;
                String o = k < out.size() ? out.get(k) : "";
                targets.add(o);
                if (v.isEmpty()) {
                    if (!o.isEmpty() && !loggedAfter(in.line(), c + 1, o)) {
                        violations.add("line " + in.line() + " column " + (c + 1) + ": '" + o
                                + "' written where the input is empty, without a log entry");
                    }
                } else if (reachable(v, o, Set.of(in.line()), c + 1)) {
                    reached = true;
                } else if (!o.isEmpty()) {
                    violations.add("line " + in.line() + " column " + (c + 1) + ": '" + v + "' became '" + o
                            + "' without log entries leading there");
                }
            }
            if (mapped && !v.isEmpty() && !reached) {
                violations.add("line " + in.line() + " column " + (c + 1) + ": '" + v + "' is in none of its output "
                        + "columns " + targets);
            }
            if (!mapped && !v.isEmpty()) {
                boolean kept = false;
                for (JsonNode s : entries.getOrDefault(in.line(), List.of())) {
                    int first = s.path("column").asInt(1);
                    JsonNode values = s.path("values");
                    int at = c + 1 - first;
                    if (at >= 0 && at < values.size() && values.get(at).asText().equals(v)) {
                        kept = true;
                    }
                }
                if (!kept) {
                    violations.add("line " + in.line() + " column " + (c + 1) + ": '" + v
                            + "' is in no output column and not in the sidecar");
                }
            }
        }
        // an output column from a column the input row does not reach
        for (int k = 0; k < columns.size() && k < out.size(); k++) {
            int src = columns.get(k).path("source").asInt();
            if (src > in.cells().size() && !out.get(k).isEmpty() && !loggedAfter(in.line(), src, out.get(k))) {
                violations.add("line " + in.line() + " output column " + (k + 1) + ": '" + out.get(k)
                        + "' without an input value or log entry");
            }
        }
    }

    private boolean loggedAfter(long line, int column, String value) {
        for (JsonNode e : log) {
            if (e.path("line").asLong() == line && e.path("column").asInt() == column
                    && value.equals(e.path("after").asText(null))) {
                return true;
            }
        }
        return false;
    }

    /** Whether log entries of these lines and the column lead from {@code from} to {@code to}. */
    private boolean reachable(String from, String to, Set<Long> lines, int column) {
        if (from.equals(to)) {
            return true;
        }
        Map<String, List<String>> edges = new HashMap<>();
        for (JsonNode e : log) {
            if (lines.contains(e.path("line").asLong()) && e.path("column").asInt() == column && e.has("after")) {
                edges.computeIfAbsent(e.path("before").asText(""), k -> new ArrayList<>())
                        .add(e.path("after").asText());
            }
        }
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (s.equals(to)) {
                return true;
            }
            if (seen.add(s)) {
                todo.addAll(edges.getOrDefault(s, List.of()));
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ what remains

    /**
     * Validates the output (with {@code validator}) and sorts its findings: explained by an
     * {@code unfixable} entry, or of a rule no transformation that ran covers (both allowed), or
     * unexplained (a violation).
     */
    FixAudit validate(Validator validator) {
        if (result.refused()) {
            return this;
        }
        Report r = validator.validate(output);
        List<JsonNode> columns = new ArrayList<>();
        sidecar.path("table").path("columns").forEach(columns::add);
        List<Long> dataLines = dataLines();
        long headerLine = sidecar.path("table").path("headerLines").path(0).asLong();
        for (Finding f : r.findings()) {
            List<FixTransformation> covering = new ArrayList<>();
            for (FixTransformation t : fixer.transformations()) {
                if (t.covers(f.ruleId(), f.messageKey())) {
                    covering.add(t);
                }
            }
            if (covering.isEmpty()) {
                remaining.add(new Remaining(f, "no transformation covers " + f.messageKey()));
                continue;
            }
            int k = f.location().column().orElse(0) - 1;
            int source = k >= 0 && k < columns.size() ? columns.get(k).path("source").asInt() : 0;
            long row = f.location().row().orElse(0);
            long line = row > 0 && row <= dataLines.size() ? dataLines.get((int) row - 1) : headerLine;
            JsonNode why = unfixable(f.ruleId(), line, source, row > 0);
            if (why != null) {
                remaining.add(new Remaining(f, "unfixable: " + why.path("reason").asText()));
            } else {
                violations.add("output finding " + f.messageKey() + " at " + f.location() + " value "
                        + f.value().orElse("") + " is covered by " + covering + " but not logged as unfixable");
            }
        }
        return this;
    }

    private JsonNode unfixable(String rule, long line, int source, boolean cell) {
        for (JsonNode e : log) {
            if (!e.path("action").asText().equals("unfixable") || !e.path("rule").asText().equals(rule)) {
                continue;
            }
            int col = e.path("column").asInt(0);
            if (cell ? e.path("line").asLong() == line && (col == source || col == 0)
                    : col == source || col == 0) {
                return e;
            }
        }
        return null;
    }

    /** The input line of each output data row, in order (from the log and the sidecar). */
    List<Long> dataLines() {
        return dataLines;
    }

    private final List<Long> dataLines = new ArrayList<>();

    /** Reads a workbook's sheet with POI, for the audit. */
    static final class XlsxInput {
        private XlsxInput() {
        }

        static List<Input> read(Path file, String sheetName) throws IOException {
            List<Input> rows = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file);
                    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                org.apache.poi.ss.usermodel.Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
                org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
                for (org.apache.poi.ss.usermodel.Row r : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = r.getCell(c);
                        cells.add(cell == null ? "" : text(cell, fmt));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    if (!cells.isEmpty()) {
                        rows.add(new Input(r.getRowNum() + 1L, cells));
                    }
                }
            }
            return rows;
        }

        private static String text(org.apache.poi.ss.usermodel.Cell cell, org.apache.poi.ss.usermodel.DataFormatter f) {
            org.apache.poi.ss.usermodel.CellType t = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                    ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (t) {
                case STRING -> cell.getRichStringCellValue().getString();
                case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                        || cell.getCellStyle().getDataFormatString().contains("ggge")
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                                .toPlainString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> "";
            };
        }
    }

    /** The per-file listing of what remains, one line per finding kind: rule, key, count, why. */
    Map<String, Long> remainingByKind() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Remaining x : remaining) {
            String why = x.why().startsWith("unfixable") ? "logged unfixable" : "no transformation";
            m.merge(x.finding().messageKey() + " (" + why + ")", 1L, Long::sum);
        }
        return m;
    }
}
