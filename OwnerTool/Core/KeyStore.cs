// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Text.Json;
using BclCrypto = System.Security.Cryptography;
using System.Threading;

namespace OwnerTool.Core
{
    /// <summary>
    /// Loads and saves the key file. On Unix the file is created with mode 0600 (its folder 0700) and a file that
    /// group or others can access is refused. Saves are atomic (temporary file, flush, rename), so a crash leaves
    /// either the old or the new file, never half of one. Several okf processes may share one key file (an
    /// <c>okf watch</c> beside commands): every write holds an exclusive lock on <c>&lt;keyfile&gt;.lock</c> and
    /// changes the file as it is on disk at that moment (<see cref="Update"/>), never a copy loaded earlier.
    /// A key file may be protected by a passphrase (<see cref="SetPassphrase"/>): its secrets are then sealed on
    /// disk and opened here with a key derived once per store from <see cref="PassphraseProvider"/>.
    /// </summary>
    public sealed class KeyStore
    {
        private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

        private static readonly TimeSpan LockRetryPause = TimeSpan.FromMilliseconds(5);

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true };

        /// <summary>Creates a store for a path.</summary>
        /// <param name="path">Key file path.</param>
        public KeyStore(string path)
        {
            Path = path;
        }

        private KeyFileCipher _cipher;

        /// <summary>Gets the key file path.</summary>
        public string Path { get; }

        /// <summary>Gets or sets where the passphrase of a protected key file comes from (null: such a file is refused).</summary>
        public Func<string> PassphraseProvider { get; set; }

        /// <summary>Gets the default key file path: ~/.config/okf/owner.json.</summary>
        public static string DefaultPath => System.IO.Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "okf", "owner.json");

        /// <summary>Tells whether the key file exists.</summary>
        public bool Exists => File.Exists(Path);

        /// <summary>Loads the key file after checking its permissions.</summary>
        /// <returns>The key file.</returns>
        /// <exception cref="OwnerToolException">KeyFileProblem with the reason.</exception>
        public OwnerKeyFile Load()
        {
            OwnerKeyFile file = ReadJson<OwnerKeyFile>(Path, "key file", "run 'okf keygen' first");
            file.Devices ??= new System.Collections.Generic.List<PairedDevice>();
            if (file.Protection != null)
            {
                OpenSecrets(file);
            }

            if (file.Version != OwnerKeyFile.CurrentVersion || !Hex.IsKey(file.OwnerPrivateKey) || !Hex.IsKey(file.OwnerPublicKey))
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "key file " + Path + " is corrupt (bad version or owner key).");
            }

            return file;
        }

        /// <summary>Gets or sets how long a write waits for another okf process holding the key file lock.</summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Gets how many times this store wrote the key file (tests and the latency probe count them).</summary>
        public int Writes { get; private set; }

        /// <summary>Gets the lock file path: the key file path plus ".lock".</summary>
        public string LockPath => Path + ".lock";

        /// <summary>
        /// Replaces the whole key file (keygen only: pairings not in <paramref name="file"/> are lost). Everything
        /// else changes the file through <see cref="Update"/>, which keeps what other processes wrote.
        /// </summary>
        /// <param name="file">The content.</param>
        public void Save(OwnerKeyFile file)
        {
            using (AcquireLock())
            {
                WriteKeyFile(file);
            }
        }

        /// <summary>
        /// Sets, changes or removes the key file's passphrase (read-modify-write under the lock): a new random salt,
        /// the secrets sealed again under the new key. Loading first needs the current passphrase.
        /// </summary>
        /// <param name="newPassphrase">The new passphrase, or null to store the secrets plain again.</param>
        /// <param name="iterations">PBKDF2 iterations for the new passphrase.</param>
        public void SetPassphrase(string newPassphrase, int iterations = KeyFileProtection.DefaultIterations)
        {
            if (newPassphrase != null && newPassphrase.Length == 0)
            {
                throw new OwnerToolException(ExitCode.Usage, "an empty passphrase protects nothing.");
            }

            using (AcquireLock())
            {
                OwnerKeyFile current = Load();
                current.Protection = newPassphrase == null ? null : NewProtection(iterations);
                _cipher?.Dispose();
                _cipher = current.Protection == null ? null : KeyFileCipher.Derive(current.Protection, newPassphrase);
                WriteKeyFile(current);
            }
        }

        /// <summary>Makes passphrase settings with a fresh random salt.</summary>
        /// <param name="iterations">PBKDF2 iterations.</param>
        /// <returns>The settings.</returns>
        public static KeyFileProtection NewProtection(int iterations)
        {
            byte[] salt = BclCrypto.RandomNumberGenerator.GetBytes(KeyFileProtection.SaltSize);
            return new KeyFileProtection { Iterations = iterations, Salt = Hex.Encode(salt) };
        }

        /// <summary>
        /// Read-modify-write under the exclusive lock: loads the key file as it is now, lets
        /// <paramref name="change"/> edit it, and writes it atomically when the change says so.
        /// </summary>
        /// <param name="change">Edits the current content; returns false to leave the file untouched. May throw (nothing is written).</param>
        /// <returns>The content now on disk.</returns>
        public OwnerKeyFile Update(Func<OwnerKeyFile, bool> change)
        {
            using (AcquireLock())
            {
                OwnerKeyFile current = Load();
                if (change(current))
                {
                    WriteKeyFile(current);
                }

                return current;
            }
        }

        /// <summary>
        /// Takes the cross-process lock: <c>&lt;keyfile&gt;.lock</c> opened with FileShare.None (an flock on Unix, a
        /// share lock on Windows), retried until <see cref="LockTimeout"/>. The lock file stays; deleting it could let
        /// two processes hold locks on different inodes.
        /// </summary>
        /// <returns>The lock; dispose it to release.</returns>
        public IDisposable AcquireLock()
        {
            string full = System.IO.Path.GetFullPath(LockPath);
            EnsureFolder(System.IO.Path.GetDirectoryName(full));
            var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile;
            }

            DateTime giveUp = DateTime.UtcNow + LockTimeout;
            while (true)
            {
                try
                {
                    return new FileStream(full, options);
                }
                catch (IOException e) when (!(e is FileNotFoundException) && !(e is DirectoryNotFoundException))
                {
                    if (DateTime.UtcNow >= giveUp)
                    {
                        throw new OwnerToolException(ExitCode.KeyFileProblem, "key file " + Path + " stays locked by another okf process ("
                            + full + " held for " + LockTimeout.TotalSeconds + " s): " + e.Message);
                    }

                    Thread.Sleep(LockRetryPause);
                }
                catch (UnauthorizedAccessException e)
                {
                    throw new OwnerToolException(ExitCode.KeyFileProblem, "cannot lock key file " + Path + ": " + e.Message);
                }
            }
        }

        /// <summary>Reads a JSON secret file (key file or guest pass) after the permission check.</summary>
        /// <typeparam name="T">Content type.</typeparam>
        /// <param name="path">File path.</param>
        /// <param name="what">"key file" or "pass file" for messages.</param>
        /// <param name="hint">What to do when it is missing.</param>
        /// <returns>The content.</returns>
        public static T ReadJson<T>(string path, string what, string hint)
            where T : class
        {
            if (!File.Exists(path))
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, what + " " + path + " does not exist: " + hint + ".");
            }

            CheckPrivate(path, what);
            try
            {
                T value = JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
                if (value == null)
                {
                    throw new OwnerToolException(ExitCode.KeyFileProblem, what + " " + path + " is empty.");
                }

                return value;
            }
            catch (JsonException e)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, what + " " + path + " is not valid JSON (" + e.Message + ").");
            }
            catch (IOException e)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "cannot read " + what + " " + path + ": " + e.Message);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "cannot read " + what + " " + path + ": " + e.Message);
            }
        }

        /// <summary>Writes a JSON secret file atomically, creating it (and its folder) owner-only.</summary>
        /// <param name="path">File path.</param>
        /// <param name="value">Content.</param>
        public static void WriteJson(string path, object value)
        {
            string full = System.IO.Path.GetFullPath(path);
            string folder = System.IO.Path.GetDirectoryName(full);
            string temporary = full + ".tmp";
            try
            {
                EnsureFolder(folder);
                byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Json);
                var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = OwnerOnlyFile;
                }

                File.Delete(temporary);
                using (var stream = new FileStream(temporary, options))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(true);
                }

                File.Move(temporary, full, true);
            }
            catch (IOException e)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "cannot write " + full + ": " + e.Message);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "cannot write " + full + ": " + e.Message);
            }
        }

        private KeyFileCipher CipherFor(KeyFileProtection protection)
        {
            if (_cipher != null && _cipher.Protection.Salt == protection.Salt && _cipher.Protection.Iterations == protection.Iterations
                && _cipher.Protection.Kdf == protection.Kdf)
            {
                return _cipher;
            }

            if (PassphraseProvider == null)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "key file " + Path
                    + " is protected by a passphrase: set OKF_PASSPHRASE or run okf in a terminal to be asked for it.");
            }

            _cipher?.Dispose();
            _cipher = KeyFileCipher.Derive(protection, PassphraseProvider());
            return _cipher;
        }

        private void OpenSecrets(OwnerKeyFile file)
        {
            KeyFileCipher cipher = CipherFor(file.Protection);
            file.OwnerPrivateKey = cipher.Open(file.OwnerPrivateKey, "owner", Path);
            foreach (PairedDevice device in file.Devices)
            {
                device.MasterKey = cipher.Open(device.MasterKey, "master:" + device.DeviceId, Path);
                device.PendingMasterKey = cipher.Open(device.PendingMasterKey, "pending:" + device.DeviceId, Path);
            }
        }

        private void WriteKeyFile(OwnerKeyFile file)
        {
            Writes++;
            if (file.Protection == null)
            {
                WriteJson(Path, file);
                return;
            }

            // A sealed copy goes to disk; the caller keeps working with the plain one.
            KeyFileCipher cipher = _cipher != null && _cipher.Protection.Salt == file.Protection.Salt ? _cipher : CipherFor(file.Protection);
            OwnerKeyFile copy = JsonSerializer.Deserialize<OwnerKeyFile>(JsonSerializer.SerializeToUtf8Bytes(file, Json), Json);
            copy.OwnerPrivateKey = cipher.Seal(file.OwnerPrivateKey, "owner");
            foreach (PairedDevice device in copy.Devices)
            {
                device.MasterKey = cipher.Seal(device.MasterKey, "master:" + device.DeviceId);
                device.PendingMasterKey = cipher.Seal(device.PendingMasterKey, "pending:" + device.DeviceId);
            }

            WriteJson(Path, copy);
        }

        private static void EnsureFolder(string folder)
        {
            if (Directory.Exists(folder))
            {
                return;
            }

            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerOnlyFolder);
            }
        }

        /// <summary>Refuses a file that group or others may access (Unix); Windows relies on the profile's ACL.</summary>
        /// <param name="path">File path.</param>
        /// <param name="what">"key file" or "pass file".</param>
        public static void CheckPrivate(string path, string what)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            UnixFileMode mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOther) != 0)
            {
                string octal = Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');
                throw new OwnerToolException(ExitCode.KeyFileProblem, what + " " + path + " is accessible by other users (mode 0"
                    + octal + "); it holds secret keys. Fix it with: chmod 600 " + path);
            }
        }
    }
}
