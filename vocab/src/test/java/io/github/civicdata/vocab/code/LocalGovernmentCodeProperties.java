package io.github.civicdata.vocab.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.format.FormatChecks;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LocalGovernmentCodeProperties {

    @Provide
    Arbitrary<String> fiveDigits() {
        return Arbitraries.strings().numeric().ofLength(5);
    }

    @Provide
    Arbitrary<String> shippedCodes() {
        return Arbitraries.of(CodeLists.standard().municipalities()).map(Municipality::code);
    }

    @Property
    void appendedCheckDigitIsAccepted(@ForAll("fiveDigits") String five) {
        String six = LocalGovernmentCodes.withCheckDigit(five);
        assertThat(LocalGovernmentCodes.hasValidCheckDigit(six)).isTrue();
    }

    @Property
    void aWrongCheckDigitIsAlwaysRejected(@ForAll("fiveDigits") String five, @ForAll @IntRange(min = 1, max = 9) int shift) {
        int wrong = (LocalGovernmentCodes.checkDigit(five) + shift) % 10;
        String six = five + wrong;
        assertThat(LocalGovernmentCodes.hasValidCheckDigit(six)).isFalse();
        CodeExplanation e = CodeLists.standard().explain(six);
        assertThat(e.isValid()).isFalse();
        assertThat(e.verdict()).isIn(CodeExplanation.Verdict.WRONG_CHECK_DIGIT);
        assertThat(FormatChecks.standard().check(NamedFormat.LOCAL_GOVERNMENT_CODE, six).isValid()).isFalse();
    }

    @Property
    void aShippedCodeThatLostItsLeadingZeroIsRestoredOrFlaggedAmbiguous(@ForAll("shippedCodes") String code) {
        if (code.startsWith("0")) {
            CodeExplanation e = CodeLists.standard().explain(code.substring(1));
            assertThat(e.verdict()).isIn(CodeExplanation.Verdict.LEADING_ZERO_RESTORED, CodeExplanation.Verdict.AMBIGUOUS);
            if (e.verdict() == CodeExplanation.Verdict.LEADING_ZERO_RESTORED) {
                assertThat(e.normalized()).contains(code);
            } else {
                assertThat(e.candidates()).contains(code);
            }
        }
        assertThat(CodeLists.standard().explain(code).verdict()).isEqualTo(CodeExplanation.Verdict.VALID);
        assertThat(CodeLists.standard().explain(code.substring(0, 5)).candidates().isEmpty()
                ? CodeLists.standard().explain(code.substring(0, 5)).normalized().orElseThrow()
                : code).isEqualTo(code);
    }
}
