package io.validium.cli.setup;

import picocli.CommandLine.Command;

/** {@code validium setup}: proving and verifying keys of the batch circuit. */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description =
        "Groth16 keys of the batch circuit: the phase-2 ceremony (new, contribute, verify, export)"
            + " and an INSECURE development key (dev). See docs/ceremony.md.",
    subcommands = {DevCommand.class})
public final class SetupCommand {}
