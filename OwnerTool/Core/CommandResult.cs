// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>The authenticated result of one command.</summary>
    public sealed class CommandResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="counter">Counter of the command it answers.</param>
        /// <param name="action">Action code echoed by the device.</param>
        /// <param name="reason">Reason code (0 = done).</param>
        /// <param name="data">Result data.</param>
        public CommandResult(long counter, byte action, byte reason, byte[] data)
            : this(counter, action, reason, data, 0)
        {
        }

        /// <summary>Creates a result with the device's own message counter.</summary>
        /// <param name="counter">Counter of the command it answers.</param>
        /// <param name="action">Action code echoed by the device.</param>
        /// <param name="reason">Reason code (0 = done).</param>
        /// <param name="data">Result data.</param>
        /// <param name="deviceCounter">The device's counter on this result (orders it among the device's events).</param>
        public CommandResult(long counter, byte action, byte reason, byte[] data, long deviceCounter)
        {
            DeviceCounter = deviceCounter;
            Counter = counter;
            Action = action;
            Reason = reason;
            Data = data;
        }

        /// <summary>Gets the counter of the answered command.</summary>
        public long Counter { get; }

        /// <summary>Gets the device's message counter on this result (0 = unknown); results and events share it per key.</summary>
        public long DeviceCounter { get; }

        /// <summary>Gets the action code.</summary>
        public byte Action { get; }

        /// <summary>Gets the reason code (0 = done).</summary>
        public byte Reason { get; }

        /// <summary>Gets the result data.</summary>
        public byte[] Data { get; }

        /// <summary>Gets a value indicating whether the device carried the command out.</summary>
        public bool IsDone => Reason == 0;
    }
}
