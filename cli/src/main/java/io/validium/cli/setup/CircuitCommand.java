package io.validium.cli.setup;

import picocli.CommandLine.Command;

/** {@code validium circuit}: the batch circuit as files other tools read. */
@Command(
    name = "circuit",
    mixinStandardHelpOptions = true,
    description = "The batch circuit, exported for other tools (snarkjs).",
    subcommands = {ExportR1csCommand.class})
public final class CircuitCommand {}
