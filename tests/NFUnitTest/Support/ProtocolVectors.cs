// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace NFUnitTest
{
    /// <summary>
    /// docs/test-vectors.json as constants: nanoFramework has neither a file system nor a JSON parser, so the
    /// vectors live in the source. DeviceSurface.Tests (VectorDriftTests) compares this table with the file, so the
    /// two cannot drift apart.
    /// </summary>
    public static class ProtocolVectors
    {
        /// <summary>input.device_private.</summary>
        public const string InputDevicePrivate = "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f";

        /// <summary>input.pairing_secret.</summary>
        public const string InputPairingSecret = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf";

        /// <summary>input.owner_private.</summary>
        public const string InputOwnerPrivate = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";

        /// <summary>input.owner_nonce.</summary>
        public const string InputOwnerNonce = "101112131415161718191a1b1c1d1e1f";

        /// <summary>input.device_nonce.</summary>
        public const string InputDeviceNonce = "d0d1d2d3d4d5d6d7";

        /// <summary>input.owner_time.</summary>
        public const string InputOwnerTime = "1800000000";

        /// <summary>derived.device_public.</summary>
        public const string DerivedDevicePublic = "79a631eede1bf9c98f12032cdeadd0e7a079398fc786b88cc846ec89af85a51a";

        /// <summary>derived.device_id.</summary>
        public const string DerivedDeviceId = "8a4f30a0718b943d";

        /// <summary>derived.pairing_uri.</summary>
        public const string DerivedPairingUri = "okf://pair?v=1&kind=garage&id=8a4f30a0718b943d&pk=79a631eede1bf9c98f12032cdeadd0e7a079398fc786b88cc846ec89af85a51a&s=a0a1a2a3a4a5a6a7a8a9aaabacadaeaf";

        /// <summary>derived.pairing_proof_key.</summary>
        public const string DerivedPairingProofKey = "5a3a36da9aaecfbf9f22323ecfecfb948276740f8f55ba9494fb49929243c187";

        /// <summary>derived.owner_public.</summary>
        public const string DerivedOwnerPublic = "07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c";

        /// <summary>derived.shared_secret.</summary>
        public const string DerivedSharedSecret = "ae4440cc8d7faddb2894172b78e3d745cafa0098bcc10d7ee0fda08fa85a9a2e";

        /// <summary>message.nonce.</summary>
        public const string MessageNonce = "01058a4f30a0718b943dd0d1d2d3d4d5d6d7";

        /// <summary>message.pairing_request.</summary>
        public const string MessagePairingRequest = "01108a4f30a0718b943d07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c101112131415161718191a1b1c1d1e1fd0d1d2d3d4d5d6d78fe61d0344e2935b2705e97a3c0541f4";

        /// <summary>message.pairing_response.</summary>
        public const string MessagePairingResponse = "01118a4f30a0718b943d101112131415161718191a1b1c1d1e1f00010100000000000000014ca9c5748d77409fcdb115e01f3a9c43";

        /// <summary>derived.master_key.</summary>
        public const string DerivedMasterKey = "8bf25ca01d78995f254e8e7b0c323f9e0e6cc886ffb45a80f59801a1a8880252";

        /// <summary>derived.confirm_key.</summary>
        public const string DerivedConfirmKey = "0c17d35561a5ab12d3f9c95f48d752634a4e4d90188ceb11c133260ba864a78c";

        /// <summary>derived.c2d_enc.</summary>
        public const string DerivedC2dEnc = "750e31a5365e2957f90aac5d33c1346a";

        /// <summary>derived.c2d_mac.</summary>
        public const string DerivedC2dMac = "c07a1c146eae1c0941f3ec8d8d0470cef8c8877ff159bd9b95df75ed599c2a37";

        /// <summary>derived.d2c_enc.</summary>
        public const string DerivedD2cEnc = "e083f3b1ac899948904d2635e6c1c75a";

        /// <summary>derived.d2c_mac.</summary>
        public const string DerivedD2cMac = "6606a9e1dee6995f65565f7b682572ff2e8fb9d738429fc01ebc2cb1eb3c771e";

        /// <summary>derived.pass_issue_key.</summary>
        public const string DerivedPassIssueKey = "584897c28c6d7f21480797a053ec0f4edc32d395d35ef70d458c32e8cb5a3843";

        /// <summary>message.command_ping.</summary>
        public const string MessageCommandPing = "01018a4f30a0718b943d010000000000000001d0d1d2d3d4d5d6d715ec8df5cbc723ee1a74eac002f6066e794c571c181eaa61ea";

        /// <summary>message.result_ping.</summary>
        public const string MessageResultPing = "01038a4f30a0718b943d010000000000000001caa8875f6ed95dc2131874f69aa03e75f4cd143517fad3303ae3";

        /// <summary>message.command_open.</summary>
        public const string MessageCommandOpen = "01018a4f30a0718b943d010000000000000002d0d1d2d3d4d5d6d70e59ec0f7741c69304cfe4c3d5ff3d550615cc9d945fbbd6da9e2832";

        /// <summary>message.result_open.</summary>
        public const string MessageResultOpen = "01038a4f30a0718b943d010000000000000002e16177860a40a38e19c55583048a6d5c4cc256edfc4501dc792821822a";

        /// <summary>message.event.</summary>
        public const string MessageEvent = "01048a4f30a0718b943d0100000000000000034d1e622431d010239857e8cb34fa1bd35342ff227bb39884a893a73466";

        /// <summary>message.guest_pass_body.</summary>
        public const string MessageGuestPassBody = "0102030400000000000305000000006b49c3f0000000006b4b2380";

        /// <summary>derived.guest_master.</summary>
        public const string DerivedGuestMaster = "435817b2bb3a989b77753247ad85c89b0d8809a29d8e2399a0c60c5d11df6472";

        /// <summary>message.command_guest_open.</summary>
        public const string MessageCommandGuestOpen = "01028a4f30a0718b943d010000000000000001d0d1d2d3d4d5d6d70102030400000000000305000000006b49c3f0000000006b4b238048ebb0f50002570e2e96df921652f480288a9256d455a2cd18";

        /// <summary>message.result_guest_open.</summary>
        public const string MessageResultGuestOpen = "01038a4f30a0718b943d0100000000000000047d6bafd274cff9b78a7018f67af5baca30158e721a524f102c0e";

        /// <summary>message.arm_invite_result_data.</summary>
        public const string MessageArmInviteResultData = "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf000078";

        /// <summary>derived.invite_uri.</summary>
        public const string DerivedInviteUri = "okf://pair?v=1&kind=garage&id=8a4f30a0718b943d&pk=79a631eede1bf9c98f12032cdeadd0e7a079398fc786b88cc846ec89af85a51a&i=c0c1c2c3c4c5c6c7c8c9cacbcccdcecf";

        /// <summary>derived.invite_proof_key.</summary>
        public const string DerivedInviteProofKey = "ae94379e38a8a2f9f12080bfd1d7ad7dd02ed8a280d02cb92206b3f97d50f3f5";

        /// <summary>message.invite_pairing_request.</summary>
        public const string MessageInvitePairingRequest = "01108a4f30a0718b943d5869aff450549732cbaaed5e5df9b30a6da31cb0e5742bad5ad4a1a768f1a67b303132333435363738393a3b3c3d3e3fd0d1d2d3d4d5d6d7a50959e47d5fc0d8eebb0fcef2e235b7";

        /// <summary>message.invite_pairing_response.</summary>
        public const string MessageInvitePairingResponse = "01118a4f30a0718b943d303132333435363738393a3b3c3d3e3f00020200000000000000012e8f862834a561ab42cfea79db4e4e03";

        /// <summary>derived.invite_master_key.</summary>
        public const string DerivedInviteMasterKey = "e13021106263b631e7308841631952e56cb77d4d0f8d64c681fdb1488c78d505";

        /// <summary>Every vector as (file name, value) pairs, in file order: what the host drift test compares.</summary>
        public static readonly string[] Table = new string[]
        {
            "input.device_private", InputDevicePrivate,
            "input.pairing_secret", InputPairingSecret,
            "input.owner_private", InputOwnerPrivate,
            "input.owner_nonce", InputOwnerNonce,
            "input.device_nonce", InputDeviceNonce,
            "input.owner_time", InputOwnerTime,
            "derived.device_public", DerivedDevicePublic,
            "derived.device_id", DerivedDeviceId,
            "derived.pairing_uri", DerivedPairingUri,
            "derived.pairing_proof_key", DerivedPairingProofKey,
            "derived.owner_public", DerivedOwnerPublic,
            "derived.shared_secret", DerivedSharedSecret,
            "message.nonce", MessageNonce,
            "message.pairing_request", MessagePairingRequest,
            "message.pairing_response", MessagePairingResponse,
            "derived.master_key", DerivedMasterKey,
            "derived.confirm_key", DerivedConfirmKey,
            "derived.c2d_enc", DerivedC2dEnc,
            "derived.c2d_mac", DerivedC2dMac,
            "derived.d2c_enc", DerivedD2cEnc,
            "derived.d2c_mac", DerivedD2cMac,
            "derived.pass_issue_key", DerivedPassIssueKey,
            "message.command_ping", MessageCommandPing,
            "message.result_ping", MessageResultPing,
            "message.command_open", MessageCommandOpen,
            "message.result_open", MessageResultOpen,
            "message.event", MessageEvent,
            "message.guest_pass_body", MessageGuestPassBody,
            "derived.guest_master", DerivedGuestMaster,
            "message.command_guest_open", MessageCommandGuestOpen,
            "message.result_guest_open", MessageResultGuestOpen,
            "message.arm_invite_result_data", MessageArmInviteResultData,
            "derived.invite_uri", DerivedInviteUri,
            "derived.invite_proof_key", DerivedInviteProofKey,
            "message.invite_pairing_request", MessageInvitePairingRequest,
            "message.invite_pairing_response", MessageInvitePairingResponse,
            "derived.invite_master_key", DerivedInviteMasterKey,
        };
    }
}
