package dev.switchback.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, falling back to "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SwitchbackCommand.class.getPackage().getImplementationVersion();
        return new String[] {"switchback " + (v == null ? "(development build)" : v)};
    }
}
