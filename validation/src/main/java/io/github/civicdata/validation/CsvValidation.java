package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.encoding.DetectedEncoding;
import io.github.civicdata.core.encoding.EncodedInput;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Validates one CSV (or TSV) input: detects or applies the encoding, decodes in one pass
 * reporting invalid byte sequences with their offsets, splits records, and feeds them to a
 * {@link TableProcessor}. A large input is decoded and split on a second thread
 * ({@link RecordPipeline}, and with three threads or more {@link PipelinedDecoder} as well) while
 * the calling thread checks the records in order.
 *
 * <p>Not thread-safe; one use per input.
 */
final class CsvValidation {

    private CsvValidation() {
    }

    /** Inputs at least this large are read on a second thread (when the validator may use more than one). */
    static final long PIPELINE_THRESHOLD = Long.getLong("civicdata.pipeline", 4L << 20);

    /**
     * @param raw the input, buffered, positioned at its first byte, supporting mark/reset
     * @return what the report should say about the source
     */
    static SourceInfo run(BufferedInputStream raw, String name, long size, Validator v, Emitter out,
            ProgressTracker progress) throws IOException {
        return run(raw, name, size, v, out, progress, null);
    }

    /**
     * As {@link #run(BufferedInputStream, String, long, Validator, Emitter, ProgressTracker)}, letting
     * {@code setup} configure the table processor before the first record (the fixer observes it).
     */
    static SourceInfo run(BufferedInputStream raw, String name, long size, Validator v, Emitter out,
            ProgressTracker progress, java.util.function.Consumer<TableProcessor> setup) throws IOException {
        // the one rule of core: the encoding declared or detected, a BOM skipped only where it fits
        EncodedInput input = EncodingDetector.open(raw, Optional.ofNullable(v.encoding));
        DetectedEncoding enc = input.encoding();
        InputStream in = input.stream();
        char expected = name.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        char delimiter = v.delimiter != 0 ? v.delimiter : detectDelimiter(in, enc, expected);
        if (v.delimiter == 0 && delimiter != expected) {
            delimiterFinding(name, delimiter, expected, out);
        }
        ByteDecoder decoder = new ByteDecoder(in, enc.charset(), enc.bomLength(), progress);
        boolean large = size >= 0 ? size >= v.pipelineThreshold : v.pipelineThreshold == 0;
        // an observer (the fixer) sees the records on the checking thread and copies what it keeps
        // (FixRun.record), so records are handed over between threads for it too
        boolean pipelineRecords = large && v.threads >= 2;
        PipelinedDecoder pipe = large && v.threads >= 3 ? new PipelinedDecoder(decoder, name) : null;
        try {
            return read(pipe != null ? pipe : decoder::read, new Errors(decoder, pipe), name, delimiter, enc, v, out,
                    progress, pipelineRecords, setup);
        } finally {
            if (pipe != null) {
                pipe.close();
            }
        }
    }

    /**
     * Detects the delimiter from the decoded start of the input ({@link DelimiterSniffer}); the
     * stream (positioned after the byte-order mark, supporting mark) is reset to where it was.
     */
    static char detectDelimiter(InputStream in, DetectedEncoding enc, char expected) throws IOException {
        in.mark(DelimiterSniffer.SAMPLE_BYTES + 8);
        byte[] head = in.readNBytes(DelimiterSniffer.SAMPLE_BYTES);
        in.reset();
        boolean complete = head.length < DelimiterSniffer.SAMPLE_BYTES;
        java.nio.charset.CharsetDecoder dec = enc.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(head.length + 16);
        dec.decode(java.nio.ByteBuffer.wrap(head), chars, true);
        dec.flush(chars);
        chars.flip();
        return DelimiterSniffer.sniff(chars, complete, expected);
    }

    /**
     * The one finding for a file whose name promises one delimiter (.csv: comma, .tsv: tab) while
     * its fields are separated by another; a .txt file promises none.
     */
    private static void delimiterFinding(String name, char found, char expected, Emitter out) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String ext = lower.endsWith(".csv") ? "csv" : lower.endsWith(".tsv") ? "tsv" : null;
        if (ext == null) {
            return;
        }
        out.finding(RuleIds.CSV_DELIMITER).args(ext, DelimiterSniffer.display(found),
                DelimiterSniffer.display(expected), DelimiterSniffer.display(found)).emit();
    }

    /** The decoding errors of whichever decoder feeds the tokenizer. */
    private record Errors(ByteDecoder decoder, PipelinedDecoder pipe) {
        ByteDecoder.DecodeError peek() {
            return pipe != null ? pipe.peekError() : decoder.peekError();
        }

        ByteDecoder.DecodeError poll() {
            return pipe != null ? pipe.pollError() : decoder.pollError();
        }

        long count() {
            return decoder.errorCount();
        }
    }

    private static SourceInfo read(CsvTokenizer.CharSource chars, Errors decoder, String name, char delimiter,
            DetectedEncoding enc, Validator v, Emitter out, ProgressTracker progress, boolean pipelined,
            java.util.function.Consumer<TableProcessor> setup) throws IOException {
        CsvTokenizer tok = new CsvTokenizer(chars, delimiter);
        Conformance conf = v.newConformance();
        TableProcessor table = new TableProcessor(out, false, v.semantics, conf);
        if (setup != null) {
            setup.accept(table);
        }
        table.headerRow(v.headerRow);
        table.encodingLabel(enc.label());
        RecordView rec = new RecordView(v.maxColumns, v.maxFieldLength, v.maxLineLength);
        Reading source = new Reading(tok, decoder, pipelined ? new Cells.Scan() : null);
        if (pipelined) {
            // decode and tokenise on a second thread; the checks see the same records in the same order
            try (RecordPipeline records = new RecordPipeline(source, rec, name)) {
                for (RecordView r = records.next(); r != null; r = records.next()) {
                    out.footprint.row(r);
                    table.accept(r);
                }
            }
        } else {
            while (source.next(rec)) {
                out.footprint.row(rec);
                table.accept(rec);
            }
        }
        table.finish();
        long missed = decoder.count() - source.reported;
        if (missed > 0) {
            out.finding(RuleIds.ENCODING_ERROR).key("encoding-error.more").args(missed).emit();
        }
        lineEndings(tok, out);
        if (!enc.isUtf8()) {
            out.finding(RuleIds.L3_08).key("L3-08.encoding").args(enc.label(), enc.bom() ? 1 : 0).emit();
        }
        progress.finish();
        SourceInfo.Builder s = SourceInfo.builder(name).encoding(enc.label()).bom(enc.bom()).rows(table.rows())
                .delimiter(delimiter);
        if (conf != null) {
            s.template(conf.label());
            if (conf.provenance() != null) {
                s.templateProvenance(conf.provenance());
            }
        }
        return s.build();
    }

    /**
     * Reads one record: tokenises it, attaches the decoding errors that fall inside it and, on the
     * reading thread of a pipeline, scans its cells. A class of its own rather than a lambda, so
     * that the JIT compiles one method for it, not a lambda's forwarding method and its body.
     */
    private static final class Reading implements RecordPipeline.Source {
        private final CsvTokenizer tok;
        private final Errors decoder;
        private final Cells.Scan scan;
        /** Decoding errors attached to records; written by the reading thread, read once it has ended. */
        long reported;

        Reading(CsvTokenizer tok, Errors decoder, Cells.Scan scan) {
            this.tok = tok;
            this.decoder = decoder;
            this.scan = scan;
        }

        @Override
        public boolean next(RecordView r) throws IOException {
            if (!tok.next(r)) {
                return false;
            }
            if (decoder.peek() != null && decoder.peek().charIndex() < r.charEnd) {
                reported += attachDecodeErrors(r, decoder);
            }
            if (scan != null) {
                r.scanFields(scan); // the character scan of every cell, done on the reading thread
            }
            return true;
        }
    }

    /** Moves the decoder's errors that fall inside this record onto it; returns how many. */
    private static int attachDecodeErrors(RecordView rec, Errors decoder) {
        ArrayList<ByteDecoder.DecodeError> errs = new ArrayList<>();
        while (decoder.peek() != null && decoder.peek().charIndex() < rec.charEnd) {
            errs.add(decoder.poll());
        }
        rec.recordFlags |= RecordView.R_DECODE_ERRORS;
        rec.decodeErrors = new ArrayList<>();
        int e = 0;
        for (int f = 0; f < rec.size && e < errs.size(); f++) {
            for (int k = rec.start[f]; k < rec.end[f] && e < errs.size(); k++) {
                if (rec.chars[k] == '\uFFFD') {
                    ByteDecoder.DecodeError d = errs.get(e++);
                    if (rec.decodeErrors.size() < 8) {
                        rec.decodeErrors.add(new RecordView.DecodeHit(f, d.byteOffset(), d.bytesHex()));
                    } else {
                        rec.decodeErrorsDropped++;
                    }
                }
            }
        }
        for (; e < errs.size(); e++) {
            ByteDecoder.DecodeError d = errs.get(e);
            if (rec.decodeErrors.size() < 8) {
                rec.decodeErrors.add(new RecordView.DecodeHit(-1, d.byteOffset(), d.bytesHex()));
            } else {
                rec.decodeErrorsDropped++;
            }
        }
        return errs.size();
    }

    private static void lineEndings(CsvTokenizer tok, Emitter out) {
        long[] t = tok.terminators;
        int kinds = 0;
        int major = 0;
        for (int k = 1; k < 4; k++) {
            if (t[k] > 0) {
                kinds++;
                if (t[k] > t[major]) {
                    major = k;
                }
            }
        }
        if (kinds < 2) {
            return;
        }
        long firstOther = Long.MAX_VALUE;
        for (int k = 1; k < 4; k++) {
            if (k != major && t[k] > 0) {
                firstOther = Math.min(firstOther, tok.firstTerminatorLine[k]);
            }
        }
        java.util.List<String> parts = new java.util.ArrayList<>(3);
        String[] names = {"", "LF", "CRLF", "CR"};
        for (int k = 1; k < 4; k++) {
            if (t[k] > 0) {
                parts.add(names[k] + " " + t[k]);
            }
        }
        String counts = String.join(", ", parts);
        out.finding(RuleIds.CSV_LINE_ENDINGS).at(Location.builder(out.source()).line(firstOther).build())
                .args(counts, major == RecordView.T_CRLF ? "CRLF" : major == RecordView.T_LF ? "LF" : "CR").emit();
    }
}
