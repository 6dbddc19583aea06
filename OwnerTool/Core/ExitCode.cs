// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>Process exit codes of okf; each failure class has its own so scripts can tell them apart.</summary>
    public enum ExitCode
    {
        /// <summary>The command was carried out.</summary>
        Done = 0,

        /// <summary>The command line was wrong (unknown command, missing or invalid argument).</summary>
        Usage = 1,

        /// <summary>The device answered with an authenticated refusal (reason name and code printed).</summary>
        Refused = 2,

        /// <summary>The device is offline: its retained status says so, or it publishes no freshness nonce.</summary>
        DeviceOffline = 3,

        /// <summary>No authenticated answer arrived within --timeout.</summary>
        TimedOut = 4,

        /// <summary>The named device is not in the key file (pair it first).</summary>
        NotPaired = 5,

        /// <summary>The pairing URI is malformed or inconsistent.</summary>
        BadPairingUri = 6,

        /// <summary>The MQTT broker could not be reached or refused the connection.</summary>
        BrokerUnreachable = 7,

        /// <summary>The key file (or a pass file) is missing, unreadable, corrupt or readable by other users.</summary>
        KeyFileProblem = 8,

        /// <summary>Something claiming to be the device failed verification (pairing confirmation, audit chain).</summary>
        VerificationFailed = 9,

        /// <summary>The broker refused the login (bad user name or password) or the ACL refused a topic.</summary>
        BrokerLoginRefused = 10,

        /// <summary>The broker's TLS certificate is not trusted (unknown CA, wrong host name, expired).</summary>
        BrokerNotTrusted = 11,
    }
}
