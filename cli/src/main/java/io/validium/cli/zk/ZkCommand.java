package io.validium.cli.zk;

import picocli.CommandLine.Command;

/** {@code validium zk}: the proof-system tools. */
@Command(
    name = "zk",
    mixinStandardHelpOptions = true,
    description = "Groth16 proof tools, compatible with snarkjs files.",
    subcommands = {ProveCommand.class, VerifyCommand.class, ExportVerifierCommand.class})
public final class ZkCommand {}
