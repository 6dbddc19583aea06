// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>One state report the garage controller sent to its sink.</summary>
    public sealed class GarageEventRecord
    {
        /// <summary>The reported state.</summary>
        public DoorState State;

        /// <summary>Who caused it.</summary>
        public ActorKind Cause;

        /// <summary>Key id, pass id or 0.</summary>
        public int CauseId;

        /// <summary>Whether the obstruction flag was set.</summary>
        public bool Obstructed;

        /// <summary>Monotonic time of the report.</summary>
        public long At;
    }
}
