package dev.switchback.export;

import java.util.List;

/**
 * RFC 4180 fields and records: CRLF line ends; a field holding a comma, a double quote, CR or LF
 * is enclosed in double quotes with inner quotes doubled. A text cell that a spreadsheet would
 * take for a formula (starting with {@code = + - @}, tab or CR) gets a leading single quote, as
 * OWASP recommends against CSV injection.
 */
public final class Csv {
    public static final String CRLF = "\r\n";

    private Csv() {
    }

    /** A text cell: neutralised against formulas, then quoted as needed. */
    public static String text(String value) {
        return quote(neutralise(value));
    }

    /** A number or other cell that is safe by construction: only quoted as needed. */
    public static String plain(String value) {
        return quote(value);
    }

    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }

    static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One record: the cells joined by commas, ended by CRLF. Cells must already be encoded. */
    public static String record(List<String> encodedCells) {
        return String.join(",", encodedCells) + CRLF;
    }
}
