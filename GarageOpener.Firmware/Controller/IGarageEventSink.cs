// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Receives every change of the door's reported state with its cause, for the audit chain and
    /// for authenticated events to the owners. Called from the controller's poll or command thread;
    /// an exception thrown here is caught and counted, never allowed to stop the controller.
    /// </summary>
    public interface IGarageEventSink
    {
        /// <summary>
        /// Called after the snapshot changed (state, obstruction, lockout, suspension or fault).
        /// </summary>
        /// <param name="snapshot">The new state.</param>
        /// <param name="cause">Who caused the change.</param>
        /// <param name="causeId">The key, pass or other id of the cause (0 when none).</param>
        /// <param name="now">The time of the change in milliseconds.</param>
        void OnStateChanged(GarageSnapshot snapshot, ActorKind cause, int causeId, long now);
    }
}
