// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// The doorbell's state as the status command reports it. The caller owns the object and the
    /// controller fills it in, so a status request allocates nothing.
    /// </summary>
    public sealed class DoorbellSnapshot
    {
        /// <summary>Gets or sets whether the runtime reports a broker connection.</summary>
        public bool Online;

        /// <summary>Gets or sets whether a mute is in force.</summary>
        public bool Muted;

        /// <summary>Gets or sets the mute time left in milliseconds (0 when not muted).</summary>
        public long MuteRemainingMs;

        /// <summary>Gets or sets whether do-not-disturb is on.</summary>
        public bool DoNotDisturb;

        /// <summary>Gets or sets whether the chime is enabled in the settings.</summary>
        public bool ChimeEnabled;

        /// <summary>Gets or sets whether a chime pattern is playing now.</summary>
        public bool ChimePlaying;

        /// <summary>Gets or sets whether the camera trigger is active now.</summary>
        public bool CameraTriggered;

        /// <summary>Gets or sets whether a door strike is wired.</summary>
        public bool StrikeFitted;

        /// <summary>Gets or sets whether the strike is released (door unlocked) now.</summary>
        public bool StrikeUnlocked;

        /// <summary>Gets or sets the unlock time left in milliseconds.</summary>
        public long StrikeRemainingMs;

        /// <summary>Gets or sets who last unlocked the strike.</summary>
        public ActorKind StrikeActor;

        /// <summary>Gets or sets the key or pass id of who last unlocked the strike.</summary>
        public int StrikeActorId;

        /// <summary>Gets or sets whether a motion sensor is wired.</summary>
        public bool MotionFitted;

        /// <summary>Gets or sets the sequence number of the newest event (0 before the first).</summary>
        public int LastSequence;

        /// <summary>Gets or sets the presses suppressed since the last ring (reported with the next one).</summary>
        public int SuppressedPresses;

        /// <summary>Gets or sets the events waiting for delivery.</summary>
        public int QueuedEvents;

        /// <summary>Gets or sets the events dropped because the offline queue was full.</summary>
        public int DroppedEvents;

        /// <summary>Gets or sets the failed delivery attempts since boot.</summary>
        public int FailedDeliveries;

        /// <summary>Gets or sets what the status LED shows.</summary>
        public StatusLedMode LedMode;
    }
}
