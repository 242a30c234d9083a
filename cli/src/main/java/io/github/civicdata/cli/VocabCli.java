package io.github.civicdata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.VocabularyException;
import java.nio.file.Path;
import java.util.Locale;

/** Shared helpers of the vocabulary commands ({@code templates}, {@code template}, {@code code}). */
final class VocabCli {

    /**
     * Made on first use, not when the class is: {@code code 131016} prints text through
     * {@link #text} and needs no JSON, and an {@code ObjectMapper} costs about 0.1 s CPU of a cold
     * start (some 370 classes).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    private VocabCli() {
    }

    /** The standard vocabulary, plus a city's template files when {@code dir} is given. */
    static Vocabulary vocabulary(Path dir) {
        if (dir == null) {
            return Vocabulary.standard();
        }
        try {
            return Vocabulary.builder().addTemplates(dir).build();
        } catch (VocabularyException e) {
            throw new UserException(ExitCode.ERROR, e.text());
        }
    }

    static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    static String json(JsonNode node) {
        try {
            return Json.MAPPER.writer(Json.PRETTY).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Locale locale, String key, Object... args) {
        return io.github.civicdata.core.Messages.get().format(locale, key, args);
    }
}
