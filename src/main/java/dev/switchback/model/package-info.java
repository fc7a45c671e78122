/**
 * The domain: immutable records and enums for a training plan. Depends on the JDK only.
 *
 * <p>Every value is stored in SI units (kilograms, metres, {@link java.time.Duration}); conversion
 * for display happens in the UI and export. Records validate in their compact constructors, so a
 * model object that exists is always valid. Absent values are {@link java.util.Optional} or empty
 * strings, never {@code null} (see docs/decisions/0002-optional-components.md).
 */
package dev.switchback.model;
