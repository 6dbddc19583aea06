// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>Topic name and topic filter rules (MQTT 3.1.1 section 4.7).</summary>
    public static class MqttTopic
    {
        /// <summary>A topic name to publish to: non-empty, no wildcard characters ([MQTT-3.3.2-2], [MQTT-4.7.3-1]).</summary>
        public static bool IsValidName(string topic)
        {
            return !string.IsNullOrEmpty(topic)
                && topic.IndexOf(MqttSpec.SingleLevelWildcard) < 0
                && topic.IndexOf(MqttSpec.MultiLevelWildcard) < 0
                && topic.IndexOf('\0') < 0;
        }

        /// <summary>
        /// A topic filter to subscribe to: non-empty; '+' fills a whole level; '#' fills a whole level and is
        /// the last character ([MQTT-4.7.1-2], [MQTT-4.7.1-3]).
        /// </summary>
        public static bool IsValidFilter(string filter)
        {
            if (string.IsNullOrEmpty(filter) || filter.IndexOf('\0') >= 0)
            {
                return false;
            }

            for (int i = 0; i < filter.Length; i++)
            {
                char c = filter[i];
                if (c != MqttSpec.SingleLevelWildcard && c != MqttSpec.MultiLevelWildcard)
                {
                    continue;
                }

                bool levelStart = i == 0 || filter[i - 1] == '/';
                bool levelEnd = i == filter.Length - 1 || filter[i + 1] == '/';
                if (!levelStart || !levelEnd)
                {
                    return false;
                }

                if (c == MqttSpec.MultiLevelWildcard && i != filter.Length - 1)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
