package io.github.civicdata.core.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Runs the Nu HTML Checker ({@code nu.validator:validator}, the checker behind validator.w3.org/nu)
 * on a page, offline: its HTML schema and checkers ship inside its jar. Test helper for every
 * module that writes HTML reports.
 */
public final class NuHtmlCheck {

    private NuHtmlCheck() {
    }

    /**
     * Checks a page.
     *
     * @param html the page
     * @return the errors (and fatal errors), each "line:column: message"; empty when valid
     * @throws Exception if the checker cannot be set up
     */
    public static synchronized List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (e.g. "consider adding a lang attribute") are not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        };
        SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
        v.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        v.setUpValidatorAndParsers(handler, false, false);
        InputSource in = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        in.setEncoding("UTF-8");
        v.checkHtmlInputSource(in);
        return errors;
    }
}
