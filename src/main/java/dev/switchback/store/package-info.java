/**
 * Plan files: JSON through Jackson DTO records with a {@code schemaVersion}, migrations from older
 * versions, atomic saves with backups, the user's data folder and the sample plan. The only
 * package that imports Jackson.
 */
package dev.switchback.store;
