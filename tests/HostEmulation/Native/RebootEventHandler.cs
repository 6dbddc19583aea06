// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.Runtime.Native
{
    /// <summary>Handler of <see cref="Power.OnRebootEvent"/>.</summary>
    public delegate void RebootEventHandler();
}
