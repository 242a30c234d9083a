package io.github.civicdata.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pooled records of a {@link RecordPipeline}: handed over in order, and made small again once
 * checked when a record grew beyond {@link RecordPipeline#KEEP_CHARS} or held decoding errors (the
 * reading thread marks such a batch; the checking thread shrinks only marked batches).
 */
class RecordPipelineTest {

    private static final int HUGE = 100_000;

    /** Record i: one field of i's digits; record 1 has a field of {@link #HUGE} characters, record 2 decoding errors. */
    private static RecordPipeline.Source source(int count) {
        int[] next = {0};
        return r -> {
            int i = next[0]++;
            if (i >= count) {
                return false;
            }
            r.reset(i + 1);
            r.beginField();
            char[] text = (i == 1 ? "x".repeat(HUGE) : Integer.toString(i)).toCharArray();
            r.append(text, 0, text.length);
            r.endField(0);
            if (i == 2) {
                r.decodeErrors = new ArrayList<>(List.of(new RecordView.DecodeHit(0, 7, "FF")));
            }
            return true;
        };
    }

    @Test
    void oversizedRecordsAreMadeSmallAfterTheirBatchIsChecked() throws Exception {
        int count = 3 * RecordPipeline.BATCH_RECORDS;
        RecordView limits = new RecordView(100, 2 * HUGE, 2 * HUGE);
        List<RecordView> seen = new ArrayList<>();
        try (RecordPipeline p = new RecordPipeline(source(count), limits, "test")) {
            int i = 0;
            for (RecordView r = p.next(); r != null; r = p.next(), i++) {
                assertEquals(i == 1 ? HUGE : Integer.toString(i).length(), r.end[0] - r.start[0], "record " + i);
                if (i == 1) {
                    assertTrue(r.chars.length >= HUGE);
                }
                if (i == 2) {
                    assertEquals(1, r.decodeErrors.size());
                }
                if (i < 3) {
                    seen.add(r);
                }
            }
            assertEquals(count, i);
        }
        // the batches of records 1 and 2 were checked and given back: their arrays are small again
        // (a record reused since holds a short record, which keeps them small)
        assertTrue(seen.get(1).chars.length <= RecordPipeline.KEEP_CHARS, "chars: " + seen.get(1).chars.length);
        assertNull(seen.get(2).decodeErrors);
    }
}
