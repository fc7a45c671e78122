package dev.switchback.model;

/** How the user wants distances, climbs and masses shown. Storage is always SI. */
public enum Units {
    METRIC,
    IMPERIAL
}
