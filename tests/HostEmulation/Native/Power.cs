// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.Board;

namespace nanoFramework.Runtime.Native
{
    /// <summary>
    /// nanoFramework's reboot API over the current <see cref="VirtualBoard"/>: the reboot is recorded there,
    /// the board's <see cref="VirtualBoard.RebootHandler"/> runs, and the call throws
    /// <see cref="VirtualRebootException"/> because on the device it never returns.
    /// </summary>
    public class Power
    {
        /// <summary>Raised before the device reboots.</summary>
        public static event RebootEventHandler OnRebootEvent
        {
            add
            {
                VirtualBoard board = VirtualBoard.Current;
                lock (board)
                {
                    board.PowerRebootHandlers = (RebootEventHandler)Delegate.Combine(board.PowerRebootHandlers, value);
                }
            }

            remove
            {
                VirtualBoard board = VirtualBoard.Current;
                lock (board)
                {
                    board.PowerRebootHandlers = (RebootEventHandler)Delegate.Remove(board.PowerRebootHandlers, value);
                }
            }
        }

        /// <summary>Reboots the device after the <see cref="OnRebootEvent"/> handlers ran.</summary>
        /// <param name="rebootOption">How the device restarts; every option ends the run the same way on the PC.</param>
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot)
        {
            RebootDevice(-1, rebootOption);
        }

        /// <summary>Reboots the device; the time limit for the handlers is not enforced on the PC.</summary>
        /// <param name="exeConstraintTimeout">The handlers' time limit in milliseconds (-1: none).</param>
        /// <param name="rebootOption">How the device restarts; every option ends the run the same way on the PC.</param>
        public static void RebootDevice(int exeConstraintTimeout, RebootOption rebootOption = RebootOption.NormalReboot)
        {
            VirtualBoard board = VirtualBoard.Current;
            try
            {
                board.PowerRebootHandlers?.Invoke();
            }
            catch (Exception)
            {
                // As on the device: a failing handler does not stop the reboot.
            }

            board.RequestReboot();
            throw new VirtualRebootException();
        }
    }
}
