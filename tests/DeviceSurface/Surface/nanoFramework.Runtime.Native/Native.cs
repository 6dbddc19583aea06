// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

using System;

namespace nanoFramework.Runtime.Native
{
    public delegate void RebootEventHandler();

    public enum RebootOption
    {
        NormalReboot = 0, EnterNanoBooter = 1, ClrOnly = 2, EnterProprietaryBooter = 8,
    }

    public class Power
    {
        public static event RebootEventHandler OnRebootEvent;
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) => throw null;
        public static void RebootDevice(int exeConstraintTimeout, RebootOption rebootOption = RebootOption.NormalReboot) => throw null;
    }
}

namespace System
{
    public static class Environment
    {
        public static long TickCount64 => throw null;
    }
}
