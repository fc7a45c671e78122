/**
 * The load engine: pure functions over the model. Turns sessions, trips and logs into daily
 * session-RPE loads, computes weekly metrics and checks weeks against the rules. No I/O, no
 * JavaFX, no Jackson; never throws for a bad plan, returns findings instead.
 */
package dev.switchback.engine;
