// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.M2Mqtt.Messages;

namespace Shared.Runtime.Network
{
    /// <summary>
    /// Plain-words reasons for a failed broker connection, so a maker reading the serial console knows what to
    /// fix: the clock, the CA certificate, the host name, or the credentials. No line carries a password.
    /// </summary>
    public static class TlsDiagnosis
    {
        /// <summary>Earliest year taken as a set clock (a board without SNTP time starts in 1970).</summary>
        public const int FirstValidYear = 2021;

        /// <summary>Gets whether the wall clock has been set (by SNTP) so certificate dates can be checked.</summary>
        /// <param name="utcNow">The device's UTC time.</param>
        /// <returns>True when the year is at least <see cref="FirstValidYear"/>.</returns>
        public static bool IsClockSet(DateTime utcNow)
        {
            return utcNow.Year >= FirstValidYear;
        }

        /// <summary>The line logged while TLS waits for the clock.</summary>
        /// <param name="utcNow">The device's UTC time.</param>
        /// <returns>The log line.</returns>
        public static string ClockNotSet(DateTime utcNow)
        {
            return "mqtt: TLS waits for the clock (now year " + utcNow.Year.ToString()
                + "): certificates cannot be checked until SNTP sets it; is there a route to an NTP server?";
        }

        /// <summary>The line logged when a TLS connection attempt throws.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="ex">What the client threw.</param>
        /// <param name="hasConfiguredCa">Whether broker.ca named a certificate.</param>
        /// <returns>The log line.</returns>
        public static string ConnectFailed(string host, int port, Exception ex, bool hasConfiguredCa)
        {
            string ca = hasConfiguredCa
                ? "the broker's certificate must chain to the broker.ca certificate"
                : "no broker.ca: the broker's certificate must chain to the CA deployed with nanoff --networkdeployment (none deployed: every handshake is refused)";
            return "mqtt: TLS connect to " + host + ":" + port.ToString() + " failed (" + ex.GetType().Name + ": "
                + ex.Message + "); " + ca + ", its name must match broker.host, and the broker must offer TLS 1.2 on this port";
        }

        /// <summary>A hint added to a CONNACK refusal.</summary>
        /// <param name="code">The broker's return code.</param>
        /// <param name="sentUser">Whether a user name was sent.</param>
        /// <returns>The hint, starting with "; ", or empty.</returns>
        public static string RefusalHint(MqttReasonCode code, bool sentUser)
        {
            // MQTT 3.1.1 CONNACK codes 4 (bad user name or password) and 5 (not authorized).
            int value = (int)code;
            if (value == 4 || value == 5)
            {
                return sentUser
                    ? "; check broker.user and broker.password against the broker's password file"
                    : "; the broker wants a login: set broker.user and broker.password in config.txt";
            }

            return string.Empty;
        }
    }
}
