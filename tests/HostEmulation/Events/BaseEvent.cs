// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.Runtime.Events
{
    /// <summary>
    /// The base class of nanoFramework's native events (GPIO pin changes derive from it): which driver sent the
    /// event and its message code, as public fields like on the device. The host never fills them.
    /// </summary>
    public class BaseEvent
    {
        /// <summary>The native source of the event.</summary>
        public ushort Source;

        /// <summary>The native message code of the event.</summary>
        public byte Message;
    }
}
