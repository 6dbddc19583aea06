// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Device
{
    /// <summary>
    /// A firmware's settings kept as one power-cut-safe record: encoded under the device lock, written after the
    /// lock is released (a flash write must not stall the poll loop that releases relays), and only when the bytes
    /// differ from what is already on flash (flash wears; a write stalls the runtime thread). Used from the
    /// runtime thread only.
    /// </summary>
    public sealed class SettingsRecord
    {
        private readonly string _name;
        private readonly byte[] _buffer;
        private readonly byte[] _saved;
        private DeviceRuntime _runtime;
        private int _savedLength = -1;
        private int _pendingLength;

        /// <summary>Creates an unattached record.</summary>
        /// <param name="name">The record name (not starting with "okf.").</param>
        /// <param name="size">The largest encoded size.</param>
        public SettingsRecord(string name, int size)
        {
            _name = name;
            _buffer = new byte[size];
            _saved = new byte[size];
        }

        /// <summary>Gets the buffer to encode into (and that <see cref="Load"/> fills).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Gets whether a runtime keeps the record (no runtime: nothing is ever saved).</summary>
        public bool IsAttached
        {
            get { return _runtime != null; }
        }

        /// <summary>Attaches the runtime and reads the record into <see cref="Buffer"/>.</summary>
        /// <param name="runtime">The runtime whose record store keeps the settings.</param>
        /// <returns>The record's length, or -1 when there is none.</returns>
        public int Load(DeviceRuntime runtime)
        {
            _runtime = runtime;
            return runtime.LoadRecord(_name, _buffer);
        }

        /// <summary>Remembers that the first <paramref name="length"/> bytes of the buffer are what flash holds.</summary>
        /// <param name="length">The valid length just loaded.</param>
        public void MarkSaved(int length)
        {
            System.Array.Copy(_buffer, _saved, length);
            _savedLength = length;
        }

        /// <summary>Forgets what flash held (the record was erased by a factory reset): the next change is written.</summary>
        public void ForgetSaved()
        {
            _savedLength = -1;
            _pendingLength = 0;
        }

        /// <summary>Forgets any pending save (start of a command).</summary>
        public void ClearPending()
        {
            _pendingLength = 0;
        }

        /// <summary>Marks the first <paramref name="length"/> bytes of the buffer for saving.</summary>
        /// <param name="length">The encoded length.</param>
        public void SetPending(int length)
        {
            _pendingLength = length;
        }

        /// <summary>Writes the pending bytes when they differ from flash. Call outside the device lock.</summary>
        public void SavePending()
        {
            int length = _pendingLength;
            _pendingLength = 0;
            if (length <= 0 || _runtime == null || SameAsSaved(length))
            {
                return;
            }

            _runtime.SaveRecord(_name, _buffer, 0, length);
            MarkSaved(length);
        }

        private bool SameAsSaved(int length)
        {
            if (length != _savedLength)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_buffer[i] != _saved[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
