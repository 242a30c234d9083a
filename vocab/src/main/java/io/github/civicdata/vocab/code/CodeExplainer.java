package io.github.civicdata.vocab.code;

import io.github.civicdata.core.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of {@link CodeLists#explain(CharSequence, ReferencePeriod)}: one instance per call.
 * Not API.
 */
final class CodeExplainer {

    private final CodeLists codes;
    private final ReferencePeriod period;

    CodeExplainer(CodeLists codes, ReferencePeriod period) {
        this.codes = codes;
        this.period = period;
    }

    CodeExplanation explain(CharSequence input) {
        String in = input == null ? "" : input.toString();
        StringBuilder sb = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) (c - '\uFF10' + '0');
            }
            sb.append(c);
        }
        String s = sb.toString().strip().replace("\uFEFF", "");
        if (s.isEmpty() || !LocalGovernmentCodes.allDigits(s, 0, s.length())) {
            return simple(in, CodeExplanation.Verdict.MALFORMED, "lgcode.malformed");
        }
        switch (s.length()) {
            case 1:
            case 2: {
                String pc = s.length() == 1 ? "0" + s : s;
                Prefecture p = codes.prefectureOrNull(pc);
                if (p == null) {
                    return simple(in, CodeExplanation.Verdict.UNKNOWN_PREFECTURE, "lgcode.unknown-prefecture", pc);
                }
                Optional<CodeRecord> rec = Optional.ofNullable(codes.recordOrNull(p.localGovernmentCode()));
                if (s.length() == 1) {
                    // "1" is "01" that lost its leading zero, just as 92011 is 092011
                    return new CodeExplanation(in, CodeExplanation.Verdict.LEADING_ZERO_RESTORED,
                            Optional.of(p.localGovernmentCode()), Optional.of(p), Optional.empty(), List.of(),
                            "lgcode.prefecture-leading-zero", List.of(s, pc, p.name(), p.localGovernmentCode()), rec);
                }
                return new CodeExplanation(in, CodeExplanation.Verdict.PREFECTURE_CODE,
                        Optional.of(p.localGovernmentCode()), Optional.of(p), Optional.empty(), List.of(),
                        "lgcode.prefecture-code", List.of(pc, p.name(), p.localGovernmentCode()), rec);
            }
            case 6:
                return explainSix(in, s);
            case 5:
                return explainFive(in, s);
            case 4: {
                String six = LocalGovernmentCodes.withCheckDigit("0" + s);
                if (codes.isKnown(six)) {
                    return found(in, CodeExplanation.Verdict.LEADING_ZERO_RESTORED, six, "lgcode.leading-zero");
                }
                return simple(in, CodeExplanation.Verdict.MALFORMED, "lgcode.malformed");
            }
            default:
                return simple(in, CodeExplanation.Verdict.MALFORMED, "lgcode.malformed");
        }
    }

    private CodeExplanation explainSix(String in, String s) {
        int cd = LocalGovernmentCodes.checkDigitUnchecked(s);
        int found = s.charAt(5) - '0';
        if (cd != found) {
            String fixed = s.substring(0, 5) + cd;
            return new CodeExplanation(in, CodeExplanation.Verdict.WRONG_CHECK_DIGIT,
                    codes.isKnown(fixed) ? Optional.of(fixed) : Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), "lgcode.wrong-check-digit", List.of(s, Integer.toString(cd), Integer.toString(found)),
                    Optional.empty());
        }
        Prefecture p = codes.prefectureOrNull(s.substring(0, 2));
        if (p == null) {
            return simple(in, CodeExplanation.Verdict.UNKNOWN_PREFECTURE, "lgcode.unknown-prefecture", s.substring(0, 2));
        }
        CodeRecord r = codes.recordOrNull(s);
        if (r == null) {
            return new CodeExplanation(in, CodeExplanation.Verdict.VALID_UNLISTED, Optional.of(s), Optional.of(p),
                    Optional.empty(), List.of(), "lgcode.valid-unlisted", List.of(s, p.name()), Optional.empty());
        }
        Optional<CodeExplanation> dated = dated(in, s, r, p);
        return dated.orElseGet(() -> found(in, CodeExplanation.Verdict.VALID, s, "lgcode.valid"));
    }

    /**
     * The verdict on a known code that is not simply valid: a county, a former code, or a current
     * code that took effect after the reference period; empty for a current code in effect.
     */
    private Optional<CodeExplanation> dated(String in, String s, CodeRecord r, Prefecture p) {
        String name = codes.fullName(s).orElse(r.name());
        Optional<CodeRecord> rec = Optional.of(r);
        if (!r.isLocalGovernment()) {
            return Optional.of(r.validUntil().isPresent()
                    ? new CodeExplanation(in, CodeExplanation.Verdict.NOT_LOCAL_GOVERNMENT, Optional.of(s),
                            Optional.of(p), Optional.empty(), List.of(), "lgcode.county-abolished",
                            List.of(s, name, r.validUntil().get().plusDays(1).toString()), rec)
                    : new CodeExplanation(in, CodeExplanation.Verdict.NOT_LOCAL_GOVERNMENT, Optional.of(s),
                            Optional.of(p), Optional.empty(), List.of(), "lgcode.county", List.of(s, name), rec));
        }
        if (r.isCurrent() || (period != null && r.validFrom().isPresent() && r.validFrom().get().isAfter(period.to()))) {
            if (period != null && r.validFrom().isPresent() && r.validFrom().get().isAfter(period.to())) {
                return Optional.of(new CodeExplanation(in, CodeExplanation.Verdict.NOT_YET_IN_EFFECT, Optional.of(s),
                        Optional.of(p), codes.municipality(s), r.isCurrent() ? List.of() : codes.currentSuccessors(s),
                        "lgcode.not-yet",
                        List.of(s, name, r.validFrom().get().toString(), period.toString()), rec));
            }
            return Optional.empty();
        }
        List<String> now = codes.currentSuccessors(s);
        String until = r.validUntil().orElseThrow().toString();
        if (period != null && period.overlaps(r)) {
            return Optional.of(new CodeExplanation(in, CodeExplanation.Verdict.FORMER_IN_EFFECT, Optional.of(s),
                    Optional.of(p), Optional.empty(), now, "lgcode.former-in-effect",
                    List.of(s, name, until, period.toString(), names(now)), rec));
        }
        LocalDate end = r.validUntil().get().plusDays(1);
        String how = "";
        for (CodeChange c : r.changes()) {
            if (c.date().equals(end) && c.from().contains(s)) {
                how = c.kind().label();
            }
        }
        List<Object> args = new ArrayList<>(List.of(s, name, until, how, end.toString(), names(now)));
        String key = "lgcode.former";
        if (period != null) {
            key = "lgcode.former-period";
            args.add(period.toString());
        }
        return Optional.of(new CodeExplanation(in, CodeExplanation.Verdict.FORMER, Optional.of(s), Optional.of(p),
                Optional.empty(), now, key, args, rec));
    }

    private String names(List<String> now) {
        if (now.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        for (String c : now) {
            parts.add(c + " " + codes.fullName(c).orElse(""));
        }
        return String.join(" / ", parts);
    }

    private CodeExplanation explainFive(String in, String s) {
        String asFive = LocalGovernmentCodes.withCheckDigit(s);
        String asLostZero = s.charAt(0) != '0' ? "0" + s : null;
        boolean fiveKnown = codes.isKnown(asFive);
        boolean zeroKnown = asLostZero != null && LocalGovernmentCodes.hasValidCheckDigit(asLostZero)
                && codes.isKnown(asLostZero);
        if (fiveKnown && zeroKnown) {
            return new CodeExplanation(in, CodeExplanation.Verdict.AMBIGUOUS, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(asFive, asLostZero), "lgcode.ambiguous",
                    List.of(s, asFive, codes.fullName(asFive).orElse(""), asLostZero,
                            codes.fullName(asLostZero).orElse("")), Optional.empty());
        }
        if (fiveKnown) {
            CodeRecord r = codes.recordOrNull(asFive);
            Prefecture p = codes.prefectureOrNull(asFive.substring(0, 2));
            Optional<CodeExplanation> dated = dated(in, asFive, r, p);
            return dated.orElseGet(() -> found(in, CodeExplanation.Verdict.FIVE_DIGIT_FORM, asFive,
                    "lgcode.five-digit"));
        }
        if (zeroKnown) {
            return found(in, CodeExplanation.Verdict.LEADING_ZERO_RESTORED, asLostZero, "lgcode.leading-zero");
        }
        Prefecture p = codes.prefectureOrNull(s.substring(0, 2));
        if (p != null) {
            return new CodeExplanation(in, CodeExplanation.Verdict.FIVE_DIGIT_FORM, Optional.of(asFive),
                    Optional.of(p), Optional.empty(), List.of(), "lgcode.five-digit-unlisted",
                    List.of(s, asFive, p.name()), Optional.empty());
        }
        return simple(in, CodeExplanation.Verdict.UNKNOWN_PREFECTURE, "lgcode.unknown-prefecture", s.substring(0, 2));
    }

    private CodeExplanation found(String in, CodeExplanation.Verdict v, String six, String key) {
        Optional<Municipality> m = codes.municipality(six);
        Optional<Prefecture> p = m.isPresent() ? codes.prefecture(m.get().prefectureCode())
                : Optional.ofNullable(codes.prefectureOrNull(six.substring(0, 2)));
        List<Object> args = v == CodeExplanation.Verdict.VALID ? List.of(six, codes.fullName(six).orElse(""))
                : List.of(Values.truncate(in.strip()), six, codes.fullName(six).orElse(""));
        return new CodeExplanation(in, v, Optional.of(six), p, m, List.of(), key, args,
                Optional.ofNullable(codes.recordOrNull(six)));
    }

    private static CodeExplanation simple(String in, CodeExplanation.Verdict v, String key, Object... args) {
        List<Object> a = new ArrayList<>();
        a.add(Values.truncate(in.strip()));
        a.addAll(List.of(args));
        return new CodeExplanation(in, v, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), key, a,
                Optional.empty());
    }
}
