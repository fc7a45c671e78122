/**
 * The one voice of Switchback's numbers and dates: every quantity the window, the PDF, the CSV, the
 * calendar and the command line show is written here ({@link dev.switchback.format.UnitFormat},
 * {@link dev.switchback.format.Dates}), and every number, duration or date a person types is read here,
 * with the same accepted forms and the same messages in every field. It imports only {@code model}
 * (conversions are {@link dev.switchback.model.Units}'); {@code engine}, {@code store}, {@code export},
 * {@code cli} and {@code ui} use it (decisions/0011).
 */
package dev.switchback.format;
