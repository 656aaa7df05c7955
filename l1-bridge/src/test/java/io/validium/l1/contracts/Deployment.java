package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.address;
import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.l1.deploy.ContractCreator;
import io.validium.l1.deploy.ContractDeployer;
import io.validium.l1.solc.CompiledContracts;
import io.validium.zk.groth16.Proof;
import io.validium.zk.solidity.SolidityCalldata;
import io.validium.zk.testing.evm.EvmToolchain;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One deployment of the contracts on anvil: the Poseidon contracts, the exported Groth16 verifier
 * of a {@link BatchProver}, a committee and the Validium contract, all owned by account 0.
 */
final class Deployment {

  static final String SUBMIT_BATCH =
      "submitBatch((uint64,bytes32,bytes32,bytes32,bytes32),(uint256[2],uint256[2][2],uint256[2]),"
          + "bytes,uint64,(address,uint16,uint96)[])";
  static final String CLAIM = "claim(uint64,uint32,(address,uint16,uint96))";
  static final String EXIT =
      "exit((uint32,uint16,uint96,uint256,uint256,uint32,uint256[4],uint256[24]),address,"
          + "(uint256,uint256,uint256))";

  final L1 l1;
  final String owner;
  final String proofVerifier;
  final String committee;
  final String validium;
  final Domain domain;
  final List<CommitteeKeys.Member> members;
  final long depositDeadlineBlocks;
  final long upgradeDelayBlocks;

  private Deployment(
      L1 l1,
      String proofVerifier,
      String committee,
      String validium,
      List<CommitteeKeys.Member> members,
      long depositDeadlineBlocks,
      long upgradeDelayBlocks) {
    this.l1 = l1;
    this.owner = l1.account(0);
    this.proofVerifier = proofVerifier;
    this.committee = committee;
    this.validium = validium;
    this.domain = new Domain(ChainId.of(l1.chainId()), Address.parse(validium));
    this.members = members;
    this.depositDeadlineBlocks = depositDeadlineBlocks;
    this.upgradeDelayBlocks = upgradeDelayBlocks;
  }

  /** Compiles the verifier of {@code prover}'s key as the deploy command does. */
  static byte[] verifierBytecode(EvmToolchain tools, BatchProver prover) {
    return ContractSources.solc(tools)
        .compile(ContractDeployer.verifierSource(prover.verifyingKey()), true)
        .requireNoErrors()
        .contract(ContractDeployer.VERIFIER_CONTRACT)
        .bytecode();
  }

  /**
   * Deploys everything as the deploy command does (forced withdrawals closed), from the unlocked
   * account 0; the committee is {@code threshold} of {@code members}.
   */
  static Deployment deploy(
      L1 l1,
      CompiledContracts contracts,
      byte[] verifierBytecode,
      List<CommitteeKeys.Member> members,
      int threshold,
      long depositDeadlineBlocks,
      long upgradeDelayBlocks) {
    return deploy(
        l1,
        contracts,
        verifierBytecode,
        members,
        threshold,
        depositDeadlineBlocks,
        upgradeDelayBlocks,
        false);
  }

  /**
   * As {@link #deploy(L1, CompiledContracts, byte[], List, int, long, long)}, choosing whether
   * requestForcedWithdrawal is open.
   */
  static Deployment deploy(
      L1 l1,
      CompiledContracts contracts,
      byte[] verifierBytecode,
      List<CommitteeKeys.Member> members,
      int threshold,
      long depositDeadlineBlocks,
      long upgradeDelayBlocks,
      boolean forcedWithdrawals) {
    ContractCreator creator =
        new ContractCreator() {
          @Override
          public Address sender() {
            return Address.parse(l1.account(0));
          }

          @Override
          public Address create(String label, byte[] creationCode) {
            return Address.parse(l1.deploy(creationCode, new byte[0]));
          }
        };
    ContractDeployer.Deployed d =
        ContractDeployer.deploy(
            creator,
            contracts,
            verifierBytecode,
            new ContractDeployer.Parameters(
                CommitteeKeys.addresses(members).stream().map(Address::parse).toList(),
                threshold,
                depositDeadlineBlocks,
                upgradeDelayBlocks,
                L2State.DEFAULT_BALANCE_DEPTH,
                forcedWithdrawals));
    return new Deployment(
        l1,
        d.proofVerifier().toString(),
        d.daVerifier().toString(),
        d.validium().toString(),
        members,
        depositDeadlineBlocks,
        upgradeDelayBlocks);
  }

  /** The root of the empty state, z[24]: the genesis root of every deployment here. */
  static BigInteger emptyRoot() {
    return ContractDeployer.genesisRoot(L2State.DEFAULT_BALANCE_DEPTH);
  }

  /** A fresh L2 state for this deployment's domain. */
  L2State newState() {
    return new L2State(domain, L2State.DEFAULT_BALANCE_DEPTH);
  }

  // ------------------------------------------------------------------ encodings

  static List<BigInteger> headerWords(BatchHeader h) {
    return List.of(
        BigInteger.valueOf(h.number().value()),
        h.oldRoot().value().toBigInteger(),
        h.newRoot().value().toBigInteger(),
        h.commitment().value().toBigInteger(),
        h.l1OpsCommitment().value().toBigInteger());
  }

  static List<BigInteger> withdrawalWords(Withdrawal w) {
    return withdrawalWords(w.recipient().toString(), w.token().value(), w.amount().toBigInteger());
  }

  static List<BigInteger> withdrawalWords(String recipient, int tokenId, BigInteger amount) {
    return List.of(Abi.addressValue(recipient), BigInteger.valueOf(tokenId), amount);
  }

  /** The EIP-712 digest of the header's attestation, computed here independently of L1. */
  byte[] digest(BatchHeader h) {
    byte[] domainType =
        keccak(
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    byte[] separator =
        Keccak256.hash(
            Abi.encode(
                words(new BigInteger(1, domainType)),
                words(new BigInteger(1, keccak("Validium"))),
                words(new BigInteger(1, keccak("1"))),
                uint(domain.chainId().value()),
                address(validium)));
    byte[] structType =
        keccak(
            "BatchAttestation(uint64 batchNumber,bytes32 oldRoot,bytes32 newRoot,"
                + "bytes32 batchCommitment)");
    List<BigInteger> hw = headerWords(h);
    byte[] structHash =
        Keccak256.hash(
            Abi.encode(
                words(new BigInteger(1, structType)),
                words(hw.get(0)),
                words(hw.get(1)),
                words(hw.get(2)),
                words(hw.get(3))));
    byte[] message = new byte[66];
    message[0] = 0x19;
    message[1] = 0x01;
    System.arraycopy(separator, 0, message, 2, 32);
    System.arraycopy(structHash, 0, message, 34, 32);
    return Keccak256.hash(message);
  }

  /** abi.encode(uint64 epoch, bytes signatures), the signatures concatenated as given. */
  static byte[] certificate(long epoch, List<byte[]> signatures) {
    byte[] all = new byte[65 * signatures.size()];
    for (int i = 0; i < signatures.size(); i++) {
      System.arraycopy(signatures.get(i), 0, all, 65 * i, 65);
    }
    return Abi.encode(uint(epoch), Abi.bytes(all));
  }

  /** A certificate of epoch {@code epoch} signed by {@code signers}, in the order given. */
  byte[] certificate(long epoch, List<CommitteeKeys.Member> signers, BatchHeader h) {
    byte[] digest = digest(h);
    return certificate(epoch, signers.stream().map(m -> CommitteeKeys.sign(m, digest)).toList());
  }

  /** A certificate of epoch 0 from the first {@code count} members (in address order). */
  byte[] certificate(int count, BatchHeader h) {
    return certificate(0, members.subList(0, count), h);
  }

  static byte[] submitBatch(
      BatchHeader h,
      Proof proof,
      byte[] certificate,
      long depositCountAfter,
      List<List<BigInteger>> withdrawals) {
    return Abi.call(
        SUBMIT_BATCH,
        words(headerWords(h)),
        words(SolidityCalldata.proofWords(proof)),
        Abi.bytes(certificate),
        uint(depositCountAfter),
        Abi.array(withdrawals));
  }

  JsonNode submit(
      BatchHeader h,
      Proof proof,
      byte[] certificate,
      long depositCountAfter,
      List<List<BigInteger>> withdrawals) {
    return l1.send(
        l1.account(1),
        validium,
        submitBatch(h, proof, certificate, depositCountAfter, withdrawals));
  }

  void assertSubmitReverts(
      BatchHeader h,
      Proof proof,
      byte[] certificate,
      long depositCountAfter,
      List<List<BigInteger>> withdrawals,
      String error) {
    l1.assertReverts(
        l1.account(1),
        validium,
        submitBatch(h, proof, certificate, depositCountAfter, withdrawals),
        error);
  }

  // ------------------------------------------------------------------ reads

  BigInteger read(String signature, Abi.Arg... args) {
    return Abi.word(l1.call(validium, Abi.call(signature, args)), 0);
  }

  BigInteger stateRoot() {
    return read("stateRoot()");
  }

  long nextBatchNumber() {
    return read("nextBatchNumber()").longValueExact();
  }

  Fr depositChain(long count) {
    return Fr.fromBigInteger(read("depositChain(uint64)", uint(count)));
  }

  private static byte[] keccak(String s) {
    return Keccak256.hash(s.getBytes(StandardCharsets.UTF_8));
  }
}
