package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link DataItem#isValidId}, written by hand, accepts exactly what its regular expression does. */
class DataItemProperties {

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ab9-").withChars("-").withChars("Z_ é").ofMaxLength(8);
    }

    @Property(tries = 5000)
    void isValidIdIsTheRegularExpression(@ForAll("ids") String id) {
        boolean expected = id.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
        assertThat(DataItem.isValidId(id)).as(id).isEqualTo(expected);
        Statistics.collect(expected ? "valid" : "invalid");
    }
}
