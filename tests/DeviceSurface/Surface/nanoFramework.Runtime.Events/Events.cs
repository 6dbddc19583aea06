// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

using System;

namespace nanoFramework.Runtime.Events
{
    public delegate void NativeEventHandler(uint data1, uint data2, DateTime time);

    public class BaseEvent
    {
        public ushort Source;
        public byte Message;
    }
}
