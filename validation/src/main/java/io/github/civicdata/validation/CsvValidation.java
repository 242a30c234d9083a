package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.encoding.DetectedEncoding;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.ArrayList;

/**
 * Validates one CSV (or TSV) input: detects or applies the encoding, decodes in one pass
 * reporting invalid byte sequences with their offsets, splits records, and feeds them to a
 * {@link TableProcessor}.
 *
 * <p>Not thread-safe; one use per input.
 */
final class CsvValidation {

    private CsvValidation() {
    }

    /**
     * @param in the input, buffered, positioned at its first byte, supporting mark/reset
     * @return what the report should say about the source
     */
    /** Inputs at least this large are decoded on a second thread. */
    static final long PIPELINE_THRESHOLD = Long.getLong("civicdata.pipeline", 4L << 20);

    static SourceInfo run(BufferedInputStream in, String name, long size, Validator v, Emitter out,
            ProgressTracker progress) throws IOException {
        in.mark(EncodingDetector.DEFAULT_SAMPLE_LIMIT + 8);
        DetectedEncoding enc;
        if (v.encoding != null) {
            byte[] head = new byte[4];
            int n = in.readNBytes(head, 0, 4);
            int bom = EncodingDetector.bomLength(head, n);
            if (bom == 3 && !v.encoding.name().equals("UTF-8")) {
                bom = 0; // a UTF-8 BOM is only a BOM in UTF-8
            }
            if (bom == 2 && !v.encoding.name().startsWith("UTF-16")) {
                bom = 0;
            }
            enc = DetectedEncoding.declared(v.encoding, bom);
        } else {
            enc = EncodingDetector.detect(in, EncodingDetector.DEFAULT_SAMPLE_LIMIT);
        }
        in.reset();
        char expected = name.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        char delimiter = v.delimiter != 0 ? v.delimiter : detectDelimiter(in, enc, expected);
        if (enc.bomLength() > 0) {
            in.skipNBytes(enc.bomLength());
        }
        if (v.delimiter == 0 && delimiter != expected) {
            delimiterFinding(name, delimiter, expected, out);
        }
        ByteDecoder decoder = new ByteDecoder(in, enc.charset(), enc.bomLength(), progress);
        PipelinedDecoder pipe = size >= PIPELINE_THRESHOLD ? new PipelinedDecoder(decoder, name) : null;
        try {
            return read(pipe != null ? pipe : decoder::read, new Errors(decoder, pipe), name, delimiter, enc, v, out,
                    progress);
        } finally {
            if (pipe != null) {
                pipe.close();
            }
        }
    }

    /**
     * Detects the delimiter from the decoded start of the input ({@link DelimiterSniffer}); the
     * stream is reset to where it was (the caller's mark covers the sample).
     */
    static char detectDelimiter(BufferedInputStream in, DetectedEncoding enc, char expected) throws IOException {
        byte[] head = in.readNBytes(enc.bomLength() + DelimiterSniffer.SAMPLE_BYTES);
        in.reset();
        boolean complete = head.length < enc.bomLength() + DelimiterSniffer.SAMPLE_BYTES;
        java.nio.charset.CharsetDecoder dec = enc.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(head, enc.bomLength(),
                Math.max(0, head.length - enc.bomLength()));
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(head.length + 16);
        dec.decode(bytes, chars, true);
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
        out.emit(RuleIds.CSV_DELIMITER, RuleIds.CSV_DELIMITER, null, out.location().build(), null, null, ext,
                DelimiterSniffer.display(found), DelimiterSniffer.display(expected), DelimiterSniffer.display(found));
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
            DetectedEncoding enc, Validator v, Emitter out, ProgressTracker progress) throws IOException {
        CsvTokenizer tok = new CsvTokenizer(chars, delimiter);
        Conformance conf = v.newConformance();
        TableProcessor table = new TableProcessor(out, false, v.semantics, conf);
        table.headerRow(v.headerRow);
        table.encodingLabel(enc.label());
        RecordView rec = new RecordView(v.maxColumns, v.maxFieldLength, v.maxLineLength);
        long reported = 0;
        while (tok.next(rec)) {
            if (decoder.peek() != null && decoder.peek().charIndex() < rec.charEnd) {
                reported += attachDecodeErrors(rec, decoder);
            }
            out.footprint.row(rec);
            table.accept(rec);
        }
        table.finish();
        long missed = decoder.count() - reported;
        if (missed > 0) {
            out.emit(RuleIds.ENCODING_ERROR, "encoding-error.more", null, out.location().build(), null, null, missed);
        }
        lineEndings(tok, out);
        if (!enc.isUtf8()) {
            out.emit(RuleIds.L3_08, "L3-08.encoding", null, out.location().build(), null, null, enc.label(),
                    enc.bom() ? 1 : 0);
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
        out.emit(RuleIds.CSV_LINE_ENDINGS, RuleIds.CSV_LINE_ENDINGS, null,
                Location.builder(out.source()).line(firstOther).build(), null, null, counts,
                major == RecordView.T_CRLF ? "CRLF" : major == RecordView.T_LF ? "LF" : "CR");
    }
}
