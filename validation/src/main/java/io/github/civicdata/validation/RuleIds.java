package io.github.civicdata.validation;

/** The rule ids used in code (stable API; documented in {@link ValidationRules}). */
final class RuleIds {
    static final String L1_01 = "L1-01";
    static final String L1_02 = "L1-02";
    static final String L1_03 = "L1-03";
    static final String L1_04 = "L1-04";
    static final String L1_05 = "L1-05";
    static final String L1_06 = "L1-06";
    static final String L1_07 = "L1-07";
    static final String L1_08 = "L1-08";
    static final String L1_09 = "L1-09";
    static final String L1_10 = "L1-10";
    static final String L1_11 = "L1-11";
    static final String L1_12 = "L1-12";
    static final String L1_13 = "L1-13";
    static final String L1_14 = "L1-14";
    static final String L1_15 = "L1-15";
    static final String L2_01 = "L2-01";
    static final String L2_02 = "L2-02";
    static final String L2_03 = "L2-03";
    static final String L2_04 = "L2-04";
    static final String L2_05 = "L2-05";
    static final String L2_06 = "L2-06";
    static final String L3_01 = "L3-01";
    static final String L3_02 = "L3-02";
    static final String L3_03 = "L3-03";
    static final String L3_04 = "L3-04";
    static final String L3_05 = "L3-05";
    static final String L3_06 = "L3-06";
    static final String L3_07 = "L3-07";
    static final String L3_08 = "L3-08";
    static final String L3_09 = "L3-09";

    static final String EXTRA_CELL = "extra-cell";
    static final String MISSING_CELL = "missing-cell";
    static final String TYPE_ERROR = "type-error";
    static final String CONSTRAINT_ERROR = "constraint-error";
    static final String UNIQUE_ERROR = "unique-error";
    static final String FOREIGN_KEY = "foreign-key";
    static final String ENCODING_ERROR = "encoding-error";

    static final String CSV_QUOTE = "csv.quote";
    static final String CSV_LINE_ENDINGS = "csv.mixed-line-endings";
    static final String CSV_EMPTY = "csv.empty";
    static final String CSV_DELIMITER = "csv.delimiter";
    static final String FILE_UNREADABLE = "file.unreadable";
    static final String XLSX_UNREADABLE = "xlsx.unreadable";
    static final String XLSX_MALFORMED = "xlsx.malformed";
    static final String FILE_NOT_VALIDATED = "file.not-validated";
    static final String DATA_EMPTY_COLUMN = "data.empty-column";
    static final String DATA_HEADER_ROW = "data.header-row";
    static final String TEMPLATE_MISSING_COLUMN = "template.missing-column";
    static final String TEMPLATE_COLUMN_NAME = "template.column-name";
    static final String TEMPLATE_COLUMN_ORDER = "template.column-order";
    static final String TEMPLATE_UNKNOWN_COLUMN = "template.unknown-column";
    static final String TEMPLATE_EMPTY_COLUMN = "template.empty-column";
    static final String TEMPLATE_DETECTED = "template.detected";
    static final String TEMPLATE_MAPPING = "template.mapping";
    static final String LIMIT_FIELD_LENGTH = "limit.field-length";
    static final String LIMIT_LINE_LENGTH = "limit.line-length";
    static final String LIMIT_COLUMNS = "limit.columns";
    static final String LIMIT_UNIQUE_VALUES = "limit.unique-values";
    static final String LIMIT_XLSX_PART_TIME = "limit.xlsx-part-time";
    static final String INTERNAL_ERROR = Validator.INTERNAL_ERROR;

    private RuleIds() {
    }
}
