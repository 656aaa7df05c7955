// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

import {IDAVerifier} from "./IDAVerifier.sol";
import {IGroth16Verifier} from "./IGroth16Verifier.sol";
import {IERC20} from "./IERC20.sol";
import {PoseidonHashers} from "./PoseidonHashers.sol";
import {BabyJubjub} from "./BabyJubjub.sol";

/// @title The validium's L1 contract: state roots, deposits, withdrawals and the escape hatch
/// @notice A batch is accepted only with a Groth16 proof of its header's public inputs and a
///         certificate the current DA verifier accepts (docs/protocol.md section 10). Governance can
///         register tokens and replace the two verifiers after a delay; it cannot move funds.
contract Validium {
    using PoseidonHashers for address;

    /// @notice The batch header (protocol.md 8.4) as an ABI tuple.
    struct BatchHeader {
        uint64 batchNumber;
        bytes32 oldRoot;
        bytes32 newRoot;
        bytes32 batchCommitment;
        bytes32 l1OpsCommitment;
    }

    /// @notice A withdrawal a batch emits, in batch order.
    struct Withdrawal {
        address recipient;
        uint16 tokenId;
        uint96 amount;
    }

    /// @notice The Groth16 proof (a, b, c) with b's coordinates as (c1, c0).
    struct Proof {
        uint256[2] a;
        uint256[2][2] b;
        uint256[2] c;
    }

    /// @notice The deployed Poseidon contracts, by width.
    struct Hashers {
        address t3;
        address t4;
        address t5;
        address t6;
        address t7;
    }

    /// @notice An account's leaf and balance, with the Merkle paths to the last final root.
    struct ExitProof {
        uint32 accountId;
        uint16 tokenId;
        uint96 balance;
        uint256 ax;
        uint256 ay;
        uint32 nonce;
        uint256[4] balanceSiblings;
        uint256[24] accountSiblings;
    }

    /// @notice An EdDSA-Poseidon signature (R8, S) by the account's key.
    struct EdDsaSignature {
        uint256 r8x;
        uint256 r8y;
        uint256 s;
    }

    uint256 private constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 private constant MAX_AMOUNT = (1 << 96) - 1;
    uint256 private constant ACCOUNT_DEPTH = 24;
    uint256 private constant BALANCE_DEPTH = 4;
    uint256 private constant TOKEN_COUNT = 1 << BALANCE_DEPTH;
    uint256 private constant TYPE_DEPOSIT = 3;
    // Exit messages use a type byte of their own (protocol.md 10.4).
    uint256 private constant TYPE_EXIT = 4;
    // Forced-withdrawal requests and their queue leaves, type byte 5 (protocol.md 17.1).
    uint256 private constant TYPE_FORCED_WITHDRAWAL = 5;
    uint8 private constant CLAIMABLE = 1;
    uint8 private constant CLAIMED = 2;

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant ATTESTATION_TYPEHASH =
        keccak256("BatchAttestation(uint64 batchNumber,bytes32 oldRoot,bytes32 newRoot,bytes32 batchCommitment)");

    address public immutable owner;
    /// @notice Blocks a deposit may wait before its batch must have consumed it.
    uint64 public immutable depositDeadlineBlocks;
    /// @notice Blocks between proposing and activating a new verifier.
    uint64 public immutable upgradeDelayBlocks;
    /// @notice Whether requestForcedWithdrawal is open, fixed at deployment (ADR 0034): closed until
    ///         the operator side includes forced withdrawals, since an entry L2 cannot consume
    ///         would freeze the contract at its deadline.
    bool public immutable forcedWithdrawalsEnabled;
    /// @notice H(chainId, this), the domain every L2 signature and leaf is bound to.
    uint256 public immutable domainHash;
    bytes32 public immutable domainSeparator;
    address private immutable t3;
    address private immutable t4;
    address private immutable t5;
    address private immutable t6;
    address private immutable t7;

    // One slot: the counters submitBatch reads and writes together.
    uint64 public nextBatchNumber;
    uint64 public processedDeposits;
    uint64 public depositCount;
    bool public frozen;

    bytes32 public stateRoot;
    IGroth16Verifier public proofVerifier;
    IDAVerifier public daVerifier;

    address public pendingProofVerifier;
    uint64 public pendingProofVerifierAt;
    address public pendingDaVerifier;
    uint64 public pendingDaVerifierAt;

    /// @notice keccak256(abi.encode(header)) of each accepted batch.
    mapping(uint64 => bytes32) public batchHeaderHash;
    /// @notice D_i, the deposit chain after i deposits (D_0 = 0 is not stored).
    mapping(uint64 => uint256) public depositChain;
    /// @dev Deposit i's depositor and deadline block, packed; deleted when reclaimed after a freeze.
    mapping(uint64 => uint256) private depositInfo;
    /// @notice L1 token of each registered token id; id 0 is ETH.
    mapping(uint16 => address) public tokenAddress;
    mapping(address => uint16) public tokenIdOf;
    mapping(bytes32 => uint8) private withdrawals;
    /// @dev keccak256(Ax, Ay) of the key each account was opened with. Only deposits open
    ///      accounts and L2 never changes a key, so a deposit with another key could never be
    ///      credited (ACCOUNT_KEY_MISMATCH) and would block the queue until the freeze.
    mapping(uint32 => bytes32) private accountKey;
    mapping(uint256 => bool) private exited;
    /// @notice Accepted forced-withdrawal requests per account: the requestNonce of the next one.
    mapping(uint32 => uint32) public forcedWithdrawalNonce;
    /// @notice Deposits queued minus withdrawals claimed, per token: a bound on every L2 balance,
    ///         kept at most 2^96 - 1 so that no queued deposit can overflow one (protocol.md 17.4).
    mapping(uint16 => uint256) public l2Supply;

    bool private transient locked;

    event BatchFinalized(uint64 indexed batchNumber, bytes32 oldRoot, bytes32 newRoot, bytes32 batchCommitment, bytes32 l1OpsCommitment, uint64 processedDeposits);
    event DepositQueued(uint64 indexed depositIndex, uint32 indexed accountId, uint16 tokenId, uint96 amount, uint256 ax, uint256 ay, address depositor, uint64 deadline, uint256 depositChain);
    event WithdrawalClaimable(uint64 indexed batchNumber, uint32 index, address indexed recipient, uint16 tokenId, uint96 amount);
    event WithdrawalClaimed(uint64 indexed batchNumber, uint32 index, address indexed recipient, uint16 tokenId, uint96 amount);
    event TokenRegistered(uint16 indexed tokenId, address token);
    event ForcedWithdrawalQueued(uint64 indexed depositIndex, uint32 indexed accountId, uint16 tokenId, uint96 amount, address recipient, uint64 deadline, uint256 depositChain);
    event Frozen(bytes32 stateRoot, uint64 nextBatchNumber, uint64 overdueDeposit);
    event Exited(uint32 indexed accountId, uint16 tokenId, uint96 amount, address recipient);
    event DepositReclaimed(uint64 indexed depositIndex, address depositor, uint16 tokenId, uint96 amount);
    event VerifierProposed(bool proof, address verifier, uint64 activatesAt);
    event VerifierActivated(bool proof, address verifier);

    error NotOwner();
    error IsFrozen();
    error NotFrozen();
    error Reentrancy();
    error WrongBatchNumber(uint64 expected, uint64 given);
    error WrongOldRoot(bytes32 expected, bytes32 given);
    error DepositCountOutOfRange(uint64 processed, uint64 queued, uint64 given);
    error L1OpsMismatch(bytes32 expected, bytes32 given);
    error InvalidProof();
    error InvalidCertificate();
    error BadAccountId();
    error BadPublicKey();
    error AccountKeyMismatch();
    error BadAmount();
    error UnknownToken(uint16 tokenId);
    error TokenAlreadyRegistered();
    error TransferFailed();
    error NotClaimable();
    error NothingOverdue();
    error AlreadyExited();
    error InvalidExitProof();
    error BadExitSignature();
    error NotReclaimable();
    error NothingPending();
    error TooEarly(uint64 activatesAt);
    error BadRecipient();
    error UnknownAccount();
    error BadForcedWithdrawalSignature();
    error ForcedWithdrawalsDisabled();
    error SupplyCapExceeded(uint16 tokenId, uint256 supply, uint256 amount);

    modifier nonReentrant() {
        if (locked) revert Reentrancy();
        locked = true;
        _;
        locked = false;
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    /// @param owner_ governance (a multisig in production)
    /// @param genesisRoot the state root before batch 0
    constructor(
        address owner_,
        bytes32 genesisRoot,
        IGroth16Verifier proofVerifier_,
        IDAVerifier daVerifier_,
        Hashers memory hashers,
        uint64 depositDeadlineBlocks_,
        uint64 upgradeDelayBlocks_,
        bool forcedWithdrawalsEnabled_
    ) {
        if (uint256(genesisRoot) >= R) revert PoseidonHashers.NotAFieldElement();
        owner = owner_;
        stateRoot = genesisRoot;
        proofVerifier = proofVerifier_;
        daVerifier = daVerifier_;
        t3 = hashers.t3;
        t4 = hashers.t4;
        t5 = hashers.t5;
        t6 = hashers.t6;
        t7 = hashers.t7;
        depositDeadlineBlocks = depositDeadlineBlocks_;
        upgradeDelayBlocks = upgradeDelayBlocks_;
        forcedWithdrawalsEnabled = forcedWithdrawalsEnabled_;
        domainHash = hashers.t3.hash2(block.chainid, uint256(uint160(address(this))));
        domainSeparator = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Validium"), keccak256("1"), block.chainid, address(this))
        );
    }

    // ---------------------------------------------------------------- batches

    /// @notice Accepts batch `header` if it extends the current root with the next number, its L1
    ///         operations are the deposits up to `depositCountAfter` and `batchWithdrawals`, the
    ///         proof verifies and the DA verifier accepts `daCertificate`.
    function submitBatch(
        BatchHeader calldata header,
        Proof calldata proof,
        bytes calldata daCertificate,
        uint64 depositCountAfter,
        Withdrawal[] calldata batchWithdrawals
    ) external {
        if (frozen) revert IsFrozen();
        uint64 number = nextBatchNumber;
        if (header.batchNumber != number) revert WrongBatchNumber(number, header.batchNumber);
        if (header.oldRoot != stateRoot) revert WrongOldRoot(stateRoot, header.oldRoot);
        uint64 processed = processedDeposits;
        if (depositCountAfter < processed || depositCountAfter > depositCount) {
            revert DepositCountOutOfRange(processed, depositCount, depositCountAfter);
        }
        bytes32 ops = bytes32(
            t4.hash3(_chainAt(processed), _chainAt(depositCountAfter), _withdrawalChain(batchWithdrawals))
        );
        if (ops != header.l1OpsCommitment) revert L1OpsMismatch(ops, header.l1OpsCommitment);
        uint256[4] memory inputs = [
            uint256(header.oldRoot),
            uint256(header.newRoot),
            uint256(header.batchCommitment),
            uint256(header.l1OpsCommitment)
        ];
        if (!proofVerifier.verifyProof(proof.a, proof.b, proof.c, inputs)) revert InvalidProof();
        if (!daVerifier.verify(attestationDigest(header), daCertificate)) revert InvalidCertificate();

        stateRoot = header.newRoot;
        nextBatchNumber = number + 1;
        processedDeposits = depositCountAfter;
        batchHeaderHash[number] = keccak256(abi.encode(header));
        for (uint256 i = 0; i < batchWithdrawals.length; ++i) {
            Withdrawal calldata w = batchWithdrawals[i];
            withdrawals[_withdrawalKey(number, uint32(i), w)] = CLAIMABLE;
            emit WithdrawalClaimable(number, uint32(i), w.recipient, w.tokenId, w.amount);
        }
        emit BatchFinalized(
            number, header.oldRoot, header.newRoot, header.batchCommitment, header.l1OpsCommitment, depositCountAfter
        );
    }

    /// @notice The EIP-712 digest the committee signs for `header`.
    function attestationDigest(BatchHeader calldata header) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(ATTESTATION_TYPEHASH, header.batchNumber, header.oldRoot, header.newRoot, header.batchCommitment)
        );
        return keccak256(abi.encodePacked(hex"1901", domainSeparator, structHash));
    }

    function _chainAt(uint64 count) private view returns (uint256) {
        return count == 0 ? 0 : depositChain[count];
    }

    /// @dev W over the batch's withdrawals. The proof binds them, so a batch the circuit accepts
    ///      is never refused here: nothing beyond the ABI types is checked.
    function _withdrawalChain(Withdrawal[] calldata ws) private view returns (uint256 chain) {
        for (uint256 i = 0; i < ws.length; ++i) {
            Withdrawal calldata w = ws[i];
            uint256 leaf = t4.hash3(uint256(uint160(w.recipient)), w.tokenId, w.amount);
            chain = t3.hash2(chain, leaf);
        }
    }

    function _withdrawalKey(uint64 batchNumber, uint32 index, Withdrawal calldata w) private pure returns (bytes32) {
        return keccak256(abi.encode(batchNumber, index, w.recipient, w.tokenId, w.amount));
    }

    // ---------------------------------------------------------------- withdrawals

    /// @notice Pays withdrawal `index` of batch `batchNumber` to its recipient, once.
    function claim(uint64 batchNumber, uint32 index, Withdrawal calldata w) external nonReentrant {
        bytes32 key = _withdrawalKey(batchNumber, index, w);
        if (withdrawals[key] != CLAIMABLE) revert NotClaimable();
        withdrawals[key] = CLAIMED;
        l2Supply[w.tokenId] -= w.amount;
        emit WithdrawalClaimed(batchNumber, index, w.recipient, w.tokenId, w.amount);
        _pay(w.tokenId, w.recipient, w.amount);
    }

    /// @notice 0 unknown, 1 claimable, 2 claimed.
    function withdrawalState(uint64 batchNumber, uint32 index, Withdrawal calldata w) external view returns (uint8) {
        return withdrawals[_withdrawalKey(batchNumber, index, w)];
    }

    // ---------------------------------------------------------------- deposits

    /// @notice Queues a deposit of msg.value wei of ETH (token 0) to L2 account `accountId`.
    function depositEth(uint32 accountId, uint256 ax, uint256 ay) external payable nonReentrant {
        if (msg.value == 0 || msg.value > MAX_AMOUNT) revert BadAmount();
        _enqueue(accountId, ax, ay, 0, uint96(msg.value));
    }

    /// @notice Queues a deposit of a registered ERC-20; the amount is what the contract received.
    function depositToken(uint16 tokenId, uint96 amount, uint32 accountId, uint256 ax, uint256 ay) external nonReentrant {
        address token = tokenAddress[tokenId];
        if (tokenId == 0 || token == address(0)) revert UnknownToken(tokenId);
        uint256 before = IERC20(token).balanceOf(address(this));
        _callToken(token, abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), amount)));
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received == 0 || received > MAX_AMOUNT) revert BadAmount();
        _enqueue(accountId, ax, ay, tokenId, uint96(received));
    }

    function _enqueue(uint32 accountId, uint256 ax, uint256 ay, uint16 tokenId, uint96 amount) private {
        if (frozen) revert IsFrozen();
        if (accountId >= (1 << ACCOUNT_DEPTH)) revert BadAccountId();
        // Funds under an off-curve key could never be spent, and under the identity anyone can sign.
        if (!BabyJubjub.onCurve(ax, ay) || (ax == 0 && ay == 1)) revert BadPublicKey();
        bytes32 key = keccak256(abi.encode(ax, ay));
        bytes32 known = accountKey[accountId];
        if (known == 0) {
            accountKey[accountId] = key;
        } else if (known != key) {
            revert AccountKeyMismatch();
        }
        uint256 supply = l2Supply[tokenId];
        if (supply + amount > MAX_AMOUNT) revert SupplyCapExceeded(tokenId, supply, amount);
        l2Supply[tokenId] = supply + amount;
        uint64 index = depositCount;
        (uint64 deadline, uint256 chain) = _append(
            index, TYPE_DEPOSIT + (uint256(accountId) << 8) + (uint256(tokenId) << 32), amount, ax, ay
        );
        emit DepositQueued(index, accountId, tokenId, amount, ax, ay, msg.sender, deadline, chain);
    }

    /// @dev Appends entry `index` = H(domainHash, header, amount, a, b, index) to the priority chain.
    function _append(uint64 index, uint256 header, uint96 amount, uint256 a, uint256 b)
        private
        returns (uint64 deadline, uint256 chain)
    {
        uint256[] memory leafInputs = new uint256[](6);
        leafInputs[0] = domainHash;
        leafInputs[1] = header;
        leafInputs[2] = amount;
        leafInputs[3] = a;
        leafInputs[4] = b;
        leafInputs[5] = index;
        chain = t3.hash2(_chainAt(index), t7.hashN(leafInputs));
        deadline = uint64(block.number) + depositDeadlineBlocks;
        depositChain[index + 1] = chain;
        depositInfo[index] = (uint256(deadline) << 160) | uint160(msg.sender);
        depositCount = index + 1;
    }

    // ---------------------------------------------------------------- forced withdrawals

    /// @notice Queues a withdrawal of up to `amount` of `tokenId` from L2 account `accountId` to
    ///         `recipient`, authorised by the account key's signature of
    ///         H(domainHash, 5 + 2^8 accountId + 2^32 tokenId + 2^48 requestNonce, amount, recipient).
    ///         L2 must consume it by its deadline like a deposit; it pays min(amount, balance).
    function requestForcedWithdrawal(
        uint32 accountId,
        uint16 tokenId,
        uint96 amount,
        address recipient,
        uint256 ax,
        uint256 ay,
        EdDsaSignature calldata sig
    ) external {
        if (!forcedWithdrawalsEnabled) revert ForcedWithdrawalsDisabled();
        if (frozen) revert IsFrozen();
        if (accountId >= (1 << ACCOUNT_DEPTH)) revert BadAccountId();
        if (!_registered(tokenId)) revert UnknownToken(tokenId);
        if (amount == 0) revert BadAmount();
        if (recipient == address(0)) revert BadRecipient();
        bytes32 known = accountKey[accountId];
        if (known == 0) revert UnknownAccount();
        if (known != keccak256(abi.encode(ax, ay))) revert AccountKeyMismatch();
        uint32 requestNonce = forcedWithdrawalNonce[accountId];
        uint256 header = TYPE_FORCED_WITHDRAWAL + (uint256(accountId) << 8) + (uint256(tokenId) << 32);
        uint256 message = t5.hash4(domainHash, header + (uint256(requestNonce) << 48), amount, uint256(uint160(recipient)));
        if (!_signedBy(ax, ay, message, sig)) revert BadForcedWithdrawalSignature();
        forcedWithdrawalNonce[accountId] = requestNonce + 1;
        uint64 index = depositCount;
        (uint64 deadline, uint256 chain) = _append(index, header, amount, uint256(uint160(recipient)), 0);
        emit ForcedWithdrawalQueued(index, accountId, tokenId, amount, recipient, deadline, chain);
    }

    /// @dev EdDSA-Poseidon (protocol.md 3) of `message` under (ax, ay).
    function _signedBy(uint256 ax, uint256 ay, uint256 message, EdDsaSignature calldata sig)
        private
        view
        returns (bool)
    {
        if (sig.r8x >= R || sig.r8y >= R) return false;
        uint256[] memory challenge = new uint256[](5);
        challenge[0] = sig.r8x;
        challenge[1] = sig.r8y;
        challenge[2] = ax;
        challenge[3] = ay;
        challenge[4] = message;
        return BabyJubjub.verify(ax, ay, sig.r8x, sig.r8y, sig.s, t6.hashN(challenge));
    }

    /// @notice The deadline block of deposit `index` (0 once reclaimed or if unknown).
    function depositDeadline(uint64 index) external view returns (uint64) {
        return uint64(depositInfo[index] >> 160);
    }

    // ---------------------------------------------------------------- escape hatch

    /// @notice Freezes the contract when the oldest unprocessed entry of the priority queue (a
    ///         deposit or a forced withdrawal) is past its deadline.
    function freeze() external {
        if (frozen) revert IsFrozen();
        uint64 oldest = processedDeposits;
        if (oldest >= depositCount || block.number <= uint64(depositInfo[oldest] >> 160)) revert NothingOverdue();
        frozen = true;
        emit Frozen(stateRoot, nextBatchNumber, oldest);
    }

    /// @notice After a freeze, pays an account's balance of one token to `recipient`, once, given
    ///         Merkle proofs against the last final root and the account key's signature of
    ///         H(domainHash, 4 + 2^8 accountId + 2^32 tokenId, recipient).
    function exit(ExitProof calldata p, address recipient, EdDsaSignature calldata sig) external nonReentrant {
        if (!frozen) revert NotFrozen();
        if (p.accountId >= (1 << ACCOUNT_DEPTH) || !_registered(p.tokenId) || p.balance == 0) revert InvalidExitProof();
        uint256 key = (uint256(p.accountId) << 16) | p.tokenId;
        if (exited[key]) revert AlreadyExited();
        uint256 node = p.balance;
        for (uint256 k = 0; k < BALANCE_DEPTH; ++k) {
            node = ((p.tokenId >> k) & 1) == 1
                ? t3.hash2(p.balanceSiblings[k], node)
                : t3.hash2(node, p.balanceSiblings[k]);
        }
        node = t5.hash4(p.ax, p.ay, p.nonce, node);
        for (uint256 k = 0; k < ACCOUNT_DEPTH; ++k) {
            node = ((p.accountId >> k) & 1) == 1
                ? t3.hash2(p.accountSiblings[k], node)
                : t3.hash2(node, p.accountSiblings[k]);
        }
        if (bytes32(node) != stateRoot) revert InvalidExitProof();
        uint256 message = t4.hash3(
            domainHash, TYPE_EXIT + (uint256(p.accountId) << 8) + (uint256(p.tokenId) << 32), uint256(uint160(recipient))
        );
        if (!_signedBy(p.ax, p.ay, message, sig)) revert BadExitSignature();
        exited[key] = true;
        emit Exited(p.accountId, p.tokenId, p.balance, recipient);
        _pay(p.tokenId, recipient, p.balance);
    }

    /// @notice Whether account `accountId` has exited its balance of `tokenId`.
    function hasExited(uint32 accountId, uint16 tokenId) external view returns (bool) {
        return exited[(uint256(accountId) << 16) | tokenId];
    }

    /// @notice After a freeze, returns a deposit no batch consumed to its depositor, once.
    function reclaimDeposit(uint64 index, uint32 accountId, uint256 ax, uint256 ay, uint16 tokenId, uint96 amount)
        external
        nonReentrant
    {
        if (!frozen) revert NotFrozen();
        uint256 info = depositInfo[index];
        if (index < processedDeposits || info == 0) revert NotReclaimable();
        uint256[] memory leafInputs = new uint256[](6);
        leafInputs[0] = domainHash;
        leafInputs[1] = TYPE_DEPOSIT + (uint256(accountId) << 8) + (uint256(tokenId) << 32);
        leafInputs[2] = amount;
        leafInputs[3] = ax;
        leafInputs[4] = ay;
        leafInputs[5] = index;
        if (t3.hash2(_chainAt(index), t7.hashN(leafInputs)) != depositChain[index + 1]) revert NotReclaimable();
        delete depositInfo[index];
        address depositor = address(uint160(info));
        emit DepositReclaimed(index, depositor, tokenId, amount);
        _pay(tokenId, depositor, amount);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Registers ERC-20 `token` as L2 token `tokenId` (1..15), once per id and per token.
    function registerToken(uint16 tokenId, address token) external onlyOwner {
        if (tokenId == 0 || tokenId >= TOKEN_COUNT) revert UnknownToken(tokenId);
        if (token == address(0) || tokenAddress[tokenId] != address(0) || tokenIdOf[token] != 0) {
            revert TokenAlreadyRegistered();
        }
        tokenAddress[tokenId] = token;
        tokenIdOf[token] = tokenId;
        emit TokenRegistered(tokenId, token);
    }

    /// @notice Proposes a new proof verifier, active after upgradeDelayBlocks.
    function proposeProofVerifier(address verifier) external onlyOwner {
        uint64 activatesAt = uint64(block.number) + upgradeDelayBlocks;
        pendingProofVerifier = verifier;
        pendingProofVerifierAt = activatesAt;
        emit VerifierProposed(true, verifier, activatesAt);
    }

    /// @notice Proposes a new DA verifier, active after upgradeDelayBlocks.
    function proposeDaVerifier(address verifier) external onlyOwner {
        uint64 activatesAt = uint64(block.number) + upgradeDelayBlocks;
        pendingDaVerifier = verifier;
        pendingDaVerifierAt = activatesAt;
        emit VerifierProposed(false, verifier, activatesAt);
    }

    /// @notice Anyone activates the proposed proof verifier once its delay has passed.
    function activateProofVerifier() external {
        address v = pendingProofVerifier;
        if (v == address(0)) revert NothingPending();
        if (block.number < pendingProofVerifierAt) revert TooEarly(pendingProofVerifierAt);
        proofVerifier = IGroth16Verifier(v);
        pendingProofVerifier = address(0);
        emit VerifierActivated(true, v);
    }

    /// @notice Anyone activates the proposed DA verifier once its delay has passed.
    function activateDaVerifier() external {
        address v = pendingDaVerifier;
        if (v == address(0)) revert NothingPending();
        if (block.number < pendingDaVerifierAt) revert TooEarly(pendingDaVerifierAt);
        daVerifier = IDAVerifier(v);
        pendingDaVerifier = address(0);
        emit VerifierActivated(false, v);
    }

    // ---------------------------------------------------------------- payments

    function _registered(uint16 tokenId) private view returns (bool) {
        return tokenId == 0 || (tokenId < TOKEN_COUNT && tokenAddress[tokenId] != address(0));
    }

    function _pay(uint16 tokenId, address to, uint256 amount) private {
        if (tokenId == 0) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed();
        } else {
            _callToken(tokenAddress[tokenId], abi.encodeCall(IERC20.transfer, (to, amount)));
        }
    }

    /// @dev Calls a token, bubbling its revert; accepts no return data or a true one.
    function _callToken(address token, bytes memory data) private {
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        if (token.code.length == 0 || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TransferFailed();
        }
    }
}
