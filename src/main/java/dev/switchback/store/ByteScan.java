package dev.switchback.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * Looks at a plan file's bytes before the JSON parser does: the encoding (a plan is UTF-8, nothing
 * else), zero bytes from a damaged disk, and the place of the first value beyond the parser's limits,
 * so that every refusal can name a line. Works on at most {@link PlanJson#MAX_BYTES}.
 */
final class ByteScan {
    private ByteScan() {
    }

    /** A problem found at a byte offset; {@link #line} and {@link #column} count from 1. */
    record Found(int line, int column, String what) {
    }

    /** Line and column of byte {@code offset}; columns count characters, not bytes. */
    static Found at(byte[] content, int offset, String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            byte b = content[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) { // not a UTF-8 continuation byte
                column++;
            }
        }
        return new Found(line, column, what);
    }

    /**
     * UTF-16 and UTF-32 (with or without a byte-order mark), zero bytes, and bytes that are not UTF-8.
     * A UTF-8 byte-order mark is fine. Null when the bytes are UTF-8 text.
     */
    static Found encoding(byte[] c) {
        int n = c.length;
        if (n >= 4 && c[0] == 0 && c[1] == 0 && (c[2] & 0xFF) == 0xFE && (c[3] & 0xFF) == 0xFF
                || n >= 4 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE && c[2] == 0 && c[3] == 0) {
            return new Found(1, 1, wrongEncoding("UTF-32"));
        }
        if (n >= 2 && ((c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF || (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE)) {
            return new Found(1, 1, wrongEncoding("UTF-16"));
        }
        int zero = indexOfZero(c);
        if (zero >= 0) {
            if (n >= 4 && looksUtf32(c)) {
                return new Found(1, 1, wrongEncoding("UTF-32"));
            }
            if (n >= 4 && looksUtf16(c)) {
                return new Found(1, 1, wrongEncoding("UTF-16"));
            }
            return at(c, zero, "the file holds a zero byte here, which no text file has: it was damaged (by a"
                    + " disk or copy error)");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(c);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isError()) {
                return at(c, in.position(), "the bytes here are not UTF-8 text (the file was probably saved as"
                        + " Latin-1 or Windows-1252); save it as UTF-8 in a text editor");
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        try {
            utf8.flush(out);
        } catch (IllegalStateException e) {
            // nothing left to flush
        }
        return null;
    }

    private static String wrongEncoding(String which) {
        return "the file is in " + which + " encoding, but a plan file must be UTF-8; in a text editor, save it"
                + " again with the encoding UTF-8";
    }

    private static int indexOfZero(byte[] c) {
        for (int i = 0; i < c.length; i++) {
            if (c[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A JSON text starts with ASCII: in UTF-32 that is three zero bytes beside each character. */
    private static boolean looksUtf32(byte[] c) {
        return c[0] == 0 && c[1] == 0 && c[2] == 0 && c[3] != 0 || c[0] != 0 && c[1] == 0 && c[2] == 0 && c[3] == 0;
    }

    private static boolean looksUtf16(byte[] c) {
        return c[0] == 0 && c[1] != 0 && c[2] == 0 && c[3] != 0 || c[0] != 0 && c[1] == 0 && c[2] != 0 && c[3] == 0;
    }

    /**
     * Where the bytes first go beyond the parser's limits (nesting, number, text and name length), or
     * null. Used only after the parser refused, to name the line it does not give.
     */
    static Found beyondLimits(byte[] c, int maxDepth, int maxNumber, int maxString, int maxName) {
        int depth = 0;
        // Inside an object, is the next string a field name?
        java.util.ArrayDeque<Boolean> objects = new java.util.ArrayDeque<>();
        boolean expectName = false;
        for (int i = 0; i < c.length; i++) {
            byte b = c[i];
            switch (b) {
                case '{', '[' -> {
                    depth++;
                    if (depth > maxDepth) {
                        return at(c, i, "lists and objects are nested more than " + maxDepth + " levels deep here,"
                                + " which no plan is");
                    }
                    objects.push(b == '{');
                    expectName = b == '{';
                }
                case '}', ']' -> {
                    depth--;
                    if (!objects.isEmpty()) {
                        objects.pop();
                    }
                    expectName = false;
                }
                case ',' -> expectName = !objects.isEmpty() && objects.peek();
                case ':' -> expectName = false;
                case '"' -> {
                    int start = i;
                    int chars = 0;
                    i++;
                    while (i < c.length && c[i] != '"') {
                        if (c[i] == '\\') {
                            i++;
                        }
                        if (i < c.length && (c[i] & 0xC0) != 0x80) {
                            chars++;
                        }
                        i++;
                    }
                    if (expectName && chars > maxName) {
                        return at(c, start, "a field name here is longer than " + String.format("%,d", maxName)
                                + " characters, which no plan has");
                    }
                    if (!expectName && chars > maxString) {
                        return at(c, start, "a text here is longer than " + String.format("%,d", maxString)
                                + " characters, far beyond any field of a plan");
                    }
                }
                default -> {
                    if (b == '-' || b >= '0' && b <= '9') {
                        int start = i;
                        while (i + 1 < c.length && (c[i + 1] >= '0' && c[i + 1] <= '9' || c[i + 1] == '.'
                                || c[i + 1] == 'e' || c[i + 1] == 'E' || c[i + 1] == '+' || c[i + 1] == '-')) {
                            i++;
                        }
                        if (i - start + 1 > maxNumber) {
                            return at(c, start, "a number here is more than " + maxNumber + " digits long, which no"
                                    + " plan value is");
                        }
                    }
                }
            }
        }
        return null;
    }
}
