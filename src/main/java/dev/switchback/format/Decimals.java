package dev.switchback.format;

import java.util.Locale;

/**
 * Fixed-point text of a number, written by hand: exactly what {@code String.format(Locale.ROOT, "%.Nf", v)}
 * writes (the shortest decimal of the double, rounded half up; "-" for any negative value, also "-0.00"), at
 * a small part of its cost. The engine's sentences carry ratios, RPEs and percentages, and a long plan's
 * check writes thousands of them; {@code Formatter} was the most expensive part of building a sentence.
 * {@code DecimalsTest} compares the two over random and edge values.
 */
public final class Decimals {
    private Decimals() {
    }

    /** {@code v} with {@code decimals} (0 to 6) digits after the point. */
    public static String fixed(double v, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6 (was " + decimals + ")");
        }
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String s = Double.toString(Math.abs(v));
        if (s.indexOf('E') >= 0) { // very large or very small: the formatter's own way
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        int dot = s.indexOf('.');
        // the digits without the point, and how many of them are kept
        char[] digits = new char[s.length() - 1];
        s.getChars(0, dot, digits, 0);
        s.getChars(dot + 1, s.length(), digits, dot);
        int fraction = s.length() - dot - 1;
        int keep = dot + Math.min(decimals, fraction);
        boolean up = fraction > decimals && digits[keep] >= '5';
        int carry = up ? 1 : 0;
        for (int i = keep - 1; i >= 0 && carry > 0; i--) {
            if (digits[i] == '9') {
                digits[i] = '0';
            } else {
                digits[i]++;
                carry = 0;
            }
        }
        var out = new StringBuilder(keep + decimals + 3);
        if (Double.doubleToRawLongBits(v) < 0) {
            out.append('-');
        }
        if (carry > 0) {
            out.append('1');
        }
        out.append(digits, 0, dot);
        if (decimals > 0) {
            out.append('.').append(digits, dot, keep - dot);
            for (int i = fraction; i < decimals; i++) {
                out.append('0');
            }
        }
        return out.toString();
    }
}
