// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Storage;

namespace NFUnitTest
{
    /// <summary>
    /// A flash that loses power on demand: the chosen write is torn at a chosen byte (as <see cref="CutMode"/> says)
    /// and every later call throws until <see cref="Reboot"/>, like a device that went dark mid-write.
    /// </summary>
    public sealed class FaultInjectingMedium : IStorageMedium
    {
        private readonly MemoryStorageMedium _flash = new MemoryStorageMedium();
        private int _writesBeforeCut = -1;
        private int _cutAt;
        private CutMode _mode;
        private int _deletesBeforeCut = -1;

        /// <summary>Gets the flash contents underneath.</summary>
        public MemoryStorageMedium Flash
        {
            get { return _flash; }
        }

        /// <summary>Gets a value indicating whether power is currently off.</summary>
        public bool PowerLost { get; private set; }

        /// <summary>Gets how many writes were issued (torn ones included).</summary>
        public int WritesIssued { get; private set; }

        /// <summary>Arms a cut: after <paramref name="writeIndex"/> whole writes, the next one is torn.</summary>
        /// <param name="writeIndex">Writes that complete first.</param>
        /// <param name="byteOffset">Bytes of the torn write that reach the flash.</param>
        /// <param name="mode">What the torn write leaves.</param>
        public void ArmCut(int writeIndex, int byteOffset, CutMode mode)
        {
            _writesBeforeCut = writeIndex;
            _cutAt = byteOffset;
            _mode = mode;
        }

        /// <summary>Arms a cut before the given delete.</summary>
        /// <param name="deleteIndex">Deletes that complete first.</param>
        public void ArmDeleteCut(int deleteIndex)
        {
            _deletesBeforeCut = deleteIndex;
        }

        /// <summary>Power comes back; nothing is armed.</summary>
        public void Reboot()
        {
            PowerLost = false;
            _writesBeforeCut = -1;
            _deletesBeforeCut = -1;
        }

        /// <inheritdoc/>
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            ThrowIfDead();
            return _flash.Read(name, buffer, offset, count);
        }

        /// <inheritdoc/>
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

                _flash.Write(name, data, offset, count);
                return;
            }

            byte[] old = _flash.GetRaw(name);
            if (old == null)
            {
                old = new byte[0];
            }

            int kept = _cutAt < count ? _cutAt : count;
            if (_mode == CutMode.Prefix)
            {
                byte[] torn = new byte[kept];
                Array.Copy(data, offset, torn, 0, kept);
                _flash.SetRaw(name, torn);
            }
            else if (_mode == CutMode.PrefixOverOldTail)
            {
                byte[] torn = new byte[kept > old.Length ? kept : old.Length];
                Array.Copy(old, 0, torn, 0, old.Length);
                Array.Copy(data, offset, torn, 0, kept);
                _flash.SetRaw(name, torn);
            }

            PowerLost = true;
            _writesBeforeCut = -1;
            throw new PowerLossException();
        }

        /// <inheritdoc/>
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

            _flash.Delete(name);
        }

        /// <inheritdoc/>
        public int Length(string name)
        {
            ThrowIfDead();
            return _flash.Length(name);
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
