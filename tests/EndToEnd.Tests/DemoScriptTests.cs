// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.IO;
using EndToEnd.Tests.Support;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>The README's run command, so the demo cannot rot: it must finish, succeed and leave nothing running.</summary>
    public sealed class DemoScriptTests
    {
        [Fact]
        public void RunShCompletesEveryStepAndLeavesNoProcessBehind()
        {
            string root = FindRepositoryRoot();
            string state = Path.Combine(Path.GetTempPath(), "okf-e2e-demo-" + Guid.NewGuid().ToString("N"));
            ProcessStartInfo info = new ProcessStartInfo("bash") { WorkingDirectory = root };
            info.ArgumentList.Add(Path.Combine(root, "run.sh"));

            // The test project's build already built the owner tool and both virtual devices.
            info.ArgumentList.Add("--no-build");
            info.Environment["OKF_DEMO_STATE"] = state;
            info.Environment["OKF_CONFIGURATION"] = BuildConfiguration();
            OkfRun demo = ChildProcess.Run(info, TimeSpan.FromMinutes(3));
            string output = demo.Output;

            try
            {
                Assert.True(demo.Code == 0, demo.ToString());
                Assert.Contains("paired with garage", output);
                Assert.Contains("paired with doorbell", output);
                Assert.Contains("light flashed", output);
                Assert.Contains("status: done (open", output);
                Assert.Matches(@"ring #\d+, chime sounded", output);
                Assert.Contains("refused: guest pass revoked", output);
                Assert.Contains("demo OK", output);
                Assert.Empty(ProcessesMentioning(state));
            }
            finally
            {
                Directory.Delete(state, true);
            }
        }

        [Fact]
        public void CtrlCSaysTheDemoWasStoppedNotThatItFailedAndStopsEverything()
        {
            string root = FindRepositoryRoot();
            string state = Path.Combine(Path.GetTempPath(), "okf-e2e-demo-" + Guid.NewGuid().ToString("N"));
            // A terminal's Ctrl+C signals the whole foreground process group, so the demo runs in a session of its own
            // (setsid: its pid is the group id) and SIGINT goes to the group, children included, as at a terminal.
            ProcessStartInfo info = new ProcessStartInfo("setsid")
            {
                WorkingDirectory = root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // A test run started in the background inherits SIGINT as ignored, and bash cannot trap a signal ignored
            // on entry: env restores the default disposition first, as an interactive terminal would have it.
            info.ArgumentList.Add("env");
            info.ArgumentList.Add("--default-signal=INT");
            info.ArgumentList.Add("bash");
            info.ArgumentList.Add(Path.Combine(root, "run.sh"));
            info.ArgumentList.Add("--no-build");
            info.Environment["OKF_DEMO_STATE"] = state;
            info.Environment["OKF_CONFIGURATION"] = BuildConfiguration();
            using Process demo = Process.Start(info);
            var output = new System.Text.StringBuilder();
            var online = new System.Threading.ManualResetEventSlim();
            demo.OutputDataReceived += (s, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }

                if (e.Data != null && e.Data.Contains("devices: both online"))
                {
                    online.Set();
                }
            };
            demo.ErrorDataReceived += (s, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            };
            demo.BeginOutputReadLine();
            demo.BeginErrorReadLine();
            try
            {
                Assert.True(online.Wait(TimeSpan.FromMinutes(2)), "the demo never got its devices online:\n" + output);
                Process.Start("kill", new[] { "-INT", "--", "-" + demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).WaitForExit();
                Assert.True(demo.WaitForExit(60_000), "the demo did not stop after SIGINT");
                demo.WaitForExit();

                string text = output.ToString();
                Assert.Equal(130, demo.ExitCode);
                Assert.Contains("demo stopped by Ctrl+C", text);
                Assert.DoesNotContain("FAILED", text);
                Assert.Empty(ProcessesMentioning(state));
            }
            finally
            {
                if (!demo.HasExited)
                {
                    demo.Kill(true);
                }

                Directory.Delete(state, true);
            }
        }

        private static string[] ProcessesMentioning(string text)
        {
            var found = new System.Collections.Generic.List<string>();
            foreach (string dir in Directory.GetDirectories("/proc"))
            {
                try
                {
                    string commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                    if (commandLine.Contains(text, StringComparison.Ordinal))
                    {
                        found.Add(Path.GetFileName(dir) + ": " + commandLine);
                    }
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
                catch (UnauthorizedAccessException)
                {
                    // Not ours.
                }
            }

            return found.ToArray();
        }

        // bin/<Configuration>/net10.0/: the demo uses the outputs of the same build as this test.
        private static string BuildConfiguration()
        {
            return new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent.Name;
        }

        private static string FindRepositoryRoot()
        {
            DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "run.sh")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("run.sh not found above " + AppContext.BaseDirectory);
        }
    }
}
