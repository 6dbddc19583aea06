// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Every okf/v1 spec value the app uses (PROTOCOL.md §6, §16); no other file holds a literal for a wire field.

export const Version = 1;

export const MessageType = Object.freeze({
    Command: 0x01,
    GuestCommand: 0x02,
    Result: 0x03,
    Event: 0x04,
    Nonce: 0x05,
    PairingRequest: 0x10,
    PairingResponse: 0x11,
});

export const Sizes = Object.freeze({
    DeviceId: 8,
    PublicKey: 32,
    Secret: 16,
    InviteCode: 16,
    ArmInviteResult: 19,
    Nonce: 8,
    OwnerNonce: 16,
    Tag: 16,
    Counter: 8,
    MasterKey: 32,
    PassBody: 27,
    OwnerHeader: 27,
    GuestHeader: 54,
    DeviceHeader: 19,
    NonceMessage: 18,
    PairingRequest: 82,
    PairingResponse: 53,
    MaxArguments: 64,
    MaxDeviceData: 192,
    ResultPrefix: 10,
    EventPrefix: 9,
    Fingerprint: 8,
});

export const Direction = Object.freeze({ ToDevice: 0x01, ToOwner: 0x02 });

/** Highest counter a sender may use (2^63 - 2). */
export const MaxCounter = (1n << 63n) - 2n;

/** Replay window width (RFC 6479 bitmap), the same on both sides. */
export const ReplayWindowSize = 96n;

export const FirstDeviceAction = 0x20;

export const ProtocolAction = Object.freeze({
    Ping: 0x01,
    ListKeys: 0x02,
    RevokeKey: 0x03,
    RotateKey: 0x04,
    SetRole: 0x05,
    RevokePass: 0x06,
    RevokeAllPasses: 0x07,
    ReadAudit: 0x08,
    ArmInvite: 0x09,
});

/** Pairing window (PROTOCOL.md §10) and the setup-button hold that opens it (SetupButton.PairingHoldMs). */
export const Pairing = Object.freeze({ WindowSeconds: 120, HoldSeconds: 3 });

export const Role = Object.freeze({ Admin: 1, Member: 2 });

export const Labels = Object.freeze({
    DeviceId: 'okf1 device id',
    PairingSalt: 'okf1 pairing salt',
    PairProof: 'okf1 pair proof',
    Master: 'okf1 master',
    PairConfirm: 'okf1 pair confirm',
    C2dEnc: 'okf1 c2d enc',
    C2dMac: 'okf1 c2d mac',
    D2cEnc: 'okf1 d2c enc',
    D2cMac: 'okf1 d2c mac',
    PassIssue: 'okf1 pass issue',
    Guest: 'okf1 guest',
});

/** Topics (PROTOCOL.md §3). */
export const Topics = Object.freeze({
    command: (idHex) => `okf/v1/${idHex}/cmd`,
    ownerOut: (idHex, keyId) => `okf/v1/${idHex}/out/${keyId.toString(16).padStart(2, '0')}`,
    guestOut: (idHex, issuer, passId) =>
        `okf/v1/${idHex}/guest/${issuer.toString(16).padStart(2, '0')}${passId.toString(16).padStart(8, '0')}`,
    nonce: (idHex) => `okf/v1/${idHex}/nonce`,
    pairRequest: (idHex) => `okf/v1/${idHex}/pair/req`,
    pairResponse: (idHex) => `okf/v1/${idHex}/pair/res`,
    status: (idHex) => `okf/v1/${idHex}/status`,
});
