package dev.switchback.model;

/** Chooses the Banister TRIMP constants; {@link #UNSPECIFIED} uses the mean of both. */
public enum Sex {
    FEMALE,
    MALE,
    UNSPECIFIED
}
