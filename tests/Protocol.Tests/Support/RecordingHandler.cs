// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Crypto.Protocol;

namespace Protocol.Tests.Support
{
    /// <summary>Device actions for tests: records every call; answers a fixed reason and echoes the arguments.</summary>
    public sealed class RecordingHandler : ICommandHandler
    {
        public readonly List<string> Calls = new List<string>();

        public byte Answer { get; set; }

        public bool Throw { get; set; }

        public byte Execute(CommandContext context)
        {
            if (Throw)
            {
                throw new System.InvalidOperationException("controller bug");
            }

            Calls.Add(context.Actor + ":" + context.KeyId + ":" + context.Action.ToString("x2") + ":" + context.ArgumentsLength);
            System.Array.Copy(context.Arguments, context.ArgumentsOffset, context.ResultData, 0, context.ArgumentsLength);
            context.ResultLength = context.ArgumentsLength;
            return Answer;
        }
    }
}
