// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// The inputs and outputs a <see cref="DoorbellController"/> works with. Optional parts are null when
    /// not fitted.
    /// </summary>
    public sealed class DoorbellPorts
    {
        /// <summary>Gets or sets the outside doorbell button (required).</summary>
        public IDigitalInput Button;

        /// <summary>Gets or sets the setup button inside the enclosure (required).</summary>
        public IDigitalInput SetupButton;

        /// <summary>Gets or sets the motion sensor (optional).</summary>
        public IDigitalInput Motion;

        /// <summary>Gets or sets the chime relay (required).</summary>
        public IDigitalOutput ChimeRelay;

        /// <summary>Gets or sets the camera trigger (required).</summary>
        public IDigitalOutput CameraTrigger;

        /// <summary>Gets or sets the door strike relay (optional).</summary>
        public IDigitalOutput StrikeRelay;

        /// <summary>Gets or sets the status LED (required).</summary>
        public IDigitalOutput StatusLed;
    }
}
