package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XlsxValidationTest {

    private static RuntimeException thrownAt(RuntimeException e, String... classes) {
        StackTraceElement[] trace = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            trace[i] = new StackTraceElement(classes[i], "m", "F.java", i + 1);
        }
        e.setStackTrace(trace);
        return e;
    }

    @Test
    void exceptionsOfPoiAndTheXmlParserAreUnreadableWorkbooksOursAreBugs() {
        assertThat(XlsxValidation.thrownByReader(thrownAt(new NullPointerException(),
                "org.apache.poi.xssf.model.CommentsTable", "io.github.civicdata.validation.XlsxValidation"))).isTrue();
        assertThat(XlsxValidation.thrownByReader(thrownAt(new IndexOutOfBoundsException(),
                "java.util.ArrayList", "org.apache.poi.xssf.model.StylesTable",
                "io.github.civicdata.validation.XlsxValidation"))).isTrue();
        assertThat(XlsxValidation.thrownByReader(thrownAt(new ArrayIndexOutOfBoundsException(),
                "com.sun.org.apache.xerces.internal.impl.XMLEntityScanner",
                "io.github.civicdata.validation.XlsxValidation"))).isTrue();
        assertThat(XlsxValidation.thrownByReader(thrownAt(new NullPointerException(),
                "java.lang.String", "io.github.civicdata.validation.TableProcessor",
                "org.apache.poi.xssf.eventusermodel.XSSFReader"))).isFalse();
        assertThat(XlsxValidation.thrownByReader(thrownAt(new IllegalStateException()))).isFalse();
    }
}
