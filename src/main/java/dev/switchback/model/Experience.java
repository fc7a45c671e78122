package dev.switchback.model;

/** Picks the preset of rule thresholds: novices get earlier warnings. */
public enum Experience {
    NOVICE,
    EXPERIENCED
}
