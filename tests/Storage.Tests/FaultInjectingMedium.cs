// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Storage;

namespace Storage.Tests
{
    /// <summary>
    /// A flash that loses power at byte k of the j-th write from now: the file keeps what a real cut would
    /// leave (see <see cref="CutMode"/>), the write throws <see cref="PowerLossException"/>, and every call
    /// fails until <see cref="Reboot"/>. The flash content itself survives the reboot.
    /// </summary>
    public sealed class FaultInjectingMedium : IStorageMedium
    {
        private int _writesBeforeCut = -1;
        private int _cutAt;
        private CutMode _mode;
        private int _deletesBeforeCut = -1;

        public MemoryStorageMedium Flash { get; } = new MemoryStorageMedium();

        public bool PowerLost { get; private set; }

        public int WritesIssued { get; private set; }

        /// <summary>Arms a cut at byte <paramref name="byteOffset"/> of write number <paramref name="writeIndex"/> (0 = next).</summary>
        public void ArmCut(int writeIndex, int byteOffset, CutMode mode)
        {
            _writesBeforeCut = writeIndex;
            _cutAt = byteOffset;
            _mode = mode;
        }

        /// <summary>Arms a power loss just before delete number <paramref name="deleteIndex"/> (0 = next) runs.</summary>
        public void ArmDeleteCut(int deleteIndex)
        {
            _deletesBeforeCut = deleteIndex;
        }

        /// <summary>Power comes back: calls work again and no cut is armed.</summary>
        public void Reboot()
        {
            PowerLost = false;
            _writesBeforeCut = -1;
            _deletesBeforeCut = -1;
        }

        public int Read(string name, byte[] buffer, int offset, int count)
        {
            ThrowIfDead();
            return Flash.Read(name, buffer, offset, count);
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            ThrowIfDead();
            WritesIssued++;
            if (_writesBeforeCut != 0)
            {
                if (_writesBeforeCut > 0)
                {
                    _writesBeforeCut--;
                }

                Flash.Write(name, data, offset, count);
                return;
            }

            byte[] old = Flash.GetRaw(name) ?? new byte[0];
            int kept = Math.Min(_cutAt, count);
            byte[] torn;
            switch (_mode)
            {
                case CutMode.Prefix:
                    torn = new byte[kept];
                    Array.Copy(data, offset, torn, 0, kept);
                    break;
                case CutMode.PrefixOverOldTail:
                    torn = new byte[Math.Max(kept, old.Length)];
                    Array.Copy(old, torn, old.Length);
                    Array.Copy(data, offset, torn, 0, kept);
                    break;
                case CutMode.Dropped:
                    torn = old;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(_mode));
            }

            if (_mode != CutMode.Dropped || Flash.GetRaw(name) != null)
            {
                Flash.SetRaw(name, torn);
            }

            PowerLost = true;
            _writesBeforeCut = -1;
            throw new PowerLossException();
        }

        public void Delete(string name)
        {
            ThrowIfDead();
            if (_deletesBeforeCut == 0)
            {
                PowerLost = true;
                _deletesBeforeCut = -1;
                throw new PowerLossException();
            }

            if (_deletesBeforeCut > 0)
            {
                _deletesBeforeCut--;
            }

            Flash.Delete(name);
        }

        public int Length(string name)
        {
            ThrowIfDead();
            return Flash.Length(name);
        }

        private void ThrowIfDead()
        {
            if (PowerLost)
            {
                throw new PowerLossException();
            }
        }
    }
}
