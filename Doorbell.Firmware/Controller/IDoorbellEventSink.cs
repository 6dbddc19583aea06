// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Receives doorbell events; the runtime implements it (authenticated publish to every owner).
    /// </summary>
    public interface IDoorbellEventSink
    {
        /// <summary>
        /// Delivers one event. Called from the poll thread, oldest event first, never under the
        /// controller's lock. The event object is reused after the call: copy what you keep.
        /// </summary>
        /// <param name="ringEvent">The event.</param>
        /// <returns>
        /// <c>true</c> once delivered; <c>false</c> (or an exception) keeps it queued for a later retry.
        /// </returns>
        bool Deliver(RingEvent ringEvent);
    }
}
