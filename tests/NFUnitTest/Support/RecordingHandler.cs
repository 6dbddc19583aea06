// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>The device's actions as seen by the verifier: records each call, echoes the arguments as result data.</summary>
    public sealed class RecordingHandler : ICommandHandler
    {
        private readonly ArrayList _calls = new ArrayList();

        /// <summary>Gets or sets the result code every call returns.</summary>
        public byte Answer { get; set; }

        /// <summary>Gets how many commands reached the device.</summary>
        public int Count
        {
            get { return _calls.Count; }
        }

        /// <summary>Gets the last call as "actor:key:action:argument length" with numbers only (enum names are stripped on nanoCLR).</summary>
        public string Last
        {
            get { return _calls.Count == 0 ? null : (string)_calls[_calls.Count - 1]; }
        }

        /// <summary>Records the call.</summary>
        /// <param name="context">The verified command.</param>
        /// <returns><see cref="Answer"/>.</returns>
        public byte Execute(CommandContext context)
        {
            _calls.Add(((int)context.Actor).ToString() + ":" + context.KeyId.ToString() + ":" + context.Action.ToString() + ":"
                + context.ArgumentsLength.ToString());
            System.Array.Copy(context.Arguments, context.ArgumentsOffset, context.ResultData, 0, context.ArgumentsLength);
            context.ResultLength = context.ArgumentsLength;
            return Answer;
        }

        /// <summary>The text <see cref="Last"/> shows for a call.</summary>
        /// <param name="actor">Who.</param>
        /// <param name="keyId">Key id.</param>
        /// <param name="action">Action code.</param>
        /// <param name="argumentsLength">Argument bytes.</param>
        /// <returns>The text.</returns>
        public static string Call(ActorKind actor, int keyId, int action, int argumentsLength)
        {
            return ((int)actor).ToString() + ":" + keyId.ToString() + ":" + action.ToString() + ":" + argumentsLength.ToString();
        }
    }
}
