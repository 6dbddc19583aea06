// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// Persistent counters per owner slot. Receive side: a floor under which no command counter is accepted after
    /// a reboot. Send side: the device's outbound counter (results and events), never reused across reboots.
    /// Implementations persist in reserved blocks, so no flash write happens on most calls.
    /// </summary>
    public interface ICounterLedger
    {
        /// <summary>Gets the receive floor of a slot: counters at or below it were (or may have been) accepted.</summary>
        /// <param name="slot">Owner slot index.</param>
        /// <returns>The floor (0 for a slot never used).</returns>
        long ReceiveFloor(int slot);

        /// <summary>Records an accepted command counter of a slot.</summary>
        /// <param name="slot">Owner slot index.</param>
        /// <param name="counter">Accepted counter.</param>
        void ObserveReceived(int slot, long counter);

        /// <summary>Returns a fresh outbound counter for a slot (strictly above every one returned before).</summary>
        /// <param name="slot">Owner slot index.</param>
        /// <returns>The counter.</returns>
        long NextSend(int slot);
    }
}
