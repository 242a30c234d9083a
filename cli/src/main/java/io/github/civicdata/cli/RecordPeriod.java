package io.github.civicdata.cli;

import io.github.civicdata.metadata.TemporalCoverage;
import io.github.civicdata.vocab.code.ReferencePeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The reference period of {@code validate --metadata RECORD.json}: the days the data describe, from
 * the temporal coverage ({@code temporal}) of the dataset's metadata record, so that a former
 * 全国地方公共団体コード in effect then is fine (issue 12, part 1).
 *
 * <p>A closed coverage {@code start}–{@code end} is the period itself. An open end (data from
 * {@code start} on, still current) is {@code start} to today (or the start day alone when it lies
 * in the future). An open start (data up to {@code end}) is the day {@code end} alone: "everything
 * before" would accept any code ever in effect, so only the codes of the last described day pass. A
 * record without a coverage gives none (the present, as without {@code --as-of}).
 */
final class RecordPeriod {

    private RecordPeriod() {
    }

    /**
     * The period a coverage stands for.
     *
     * @param coverage the record's temporal coverage
     * @param today the present day (for an open end)
     * @return the period
     */
    static ReferencePeriod of(TemporalCoverage coverage, LocalDate today) {
        Optional<LocalDate> start = coverage.start();
        Optional<LocalDate> end = coverage.end();
        if (start.isPresent() && end.isPresent()) {
            return end.get().isBefore(start.get()) ? ReferencePeriod.of(start.get())
                    : new ReferencePeriod(start.get(), end.get());
        }
        if (start.isPresent()) {
            return today.isBefore(start.get()) ? ReferencePeriod.of(start.get()) : new ReferencePeriod(start.get(), today);
        }
        return ReferencePeriod.of(end.orElseThrow());
    }
}
