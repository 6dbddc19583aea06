// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.CommandLine;
using System.Globalization;
using OwnerTool.Core;

namespace OwnerTool.Cli
{
    /// <summary>okf pass list: the guest passes this key file issued, from the key file alone.</summary>
    public static class PassListCommand
    {
        /// <summary>Builds <c>okf pass list</c>.</summary>
        /// <param name="app">The app.</param>
        /// <returns>The command.</returns>
        public static Command Build(App app)
        {
            var device = new Argument<string>("device") { Description = "Device name or id (default: every paired device)", Arity = ArgumentArity.ZeroOrOne };
            var json = JsonOutput.Option();
            var list = new Command("list", "List the guest passes issued from this key file: id, device, actions, uses allowed, validity, "
                + "and whether revoked or expired (from the key file; no broker needed).") { device, json };
            app.Handle(list, (p, c) =>
            {
                long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                var passes = app.Client(p).ListPasses(p.GetValue(device));
                if (p.GetValue(json))
                {
                    var rows = new System.Collections.Generic.List<object>();
                    foreach (var (d, pass) in passes)
                    {
                        rows.Add(new
                        {
                            passId = pass.PassId.ToString("x8"), device = d.Name, deviceId = d.DeviceId, actions = pass.Actions, uses = pass.Uses,
                            issuedAt = Iso(pass.IssuedAt), validFrom = Iso(pass.NotBefore), validUntil = Iso(pass.NotAfter), epoch = pass.Epoch,
                            state = OwnerClient.PassState(pass, now),
                        });
                    }

                    return JsonOutput.Write(app, rows);
                }

                if (passes.Count == 0)
                {
                    app.Out.WriteLine("no guest passes issued from this key file" + (p.GetValue(device) == null ? string.Empty : " for that device"));
                    return 0;
                }

                app.Out.WriteLine(string.Format("{0,-8}  {1,-12}  {2,-16}  {3,4}  {4,-13}  {5}", "PASS", "DEVICE", "ACTIONS", "USES", "STATE", "VALIDITY"));
                foreach (var (d, pass) in passes)
                {
                    app.Out.WriteLine(string.Format("{0,-8}  {1,-12}  {2,-16}  {3,4}  {4,-13}  {5}", pass.PassId.ToString("x8"), d.Name,
                        string.Join(",", pass.Actions ?? Array.Empty<string>()), pass.Uses, OwnerClient.PassState(pass, now), Validity(pass, now)));
                }

                return 0;
            });
            return list;
        }

        /// <summary>UTC seconds as ISO 8601 ("2026-12-06T19:00:00Z").</summary>
        /// <param name="utcSeconds">UTC seconds.</param>
        /// <returns>The text.</returns>
        internal static string Iso(long utcSeconds) => DateTimeOffset.FromUnixTimeSeconds(utcSeconds).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        /// <summary>Validity in words: "until 2026-12-06 19:00:00Z (in 2 h)", "ended 2026-12-05 19:00:00Z (3 h ago)".</summary>
        /// <param name="pass">The pass.</param>
        /// <param name="now">UTC seconds now.</param>
        /// <returns>The words.</returns>
        internal static string Validity(IssuedPass pass, long now)
        {
            if (now < pass.NotBefore)
            {
                return "from " + Formatting.Time(pass.NotBefore) + " (in " + DurationText.Words(pass.NotBefore - now) + ") until " + Formatting.Time(pass.NotAfter);
            }

            return now < pass.NotAfter
                ? "until " + Formatting.Time(pass.NotAfter) + " (in " + DurationText.Words(pass.NotAfter - now) + ")"
                : "ended " + Formatting.Time(pass.NotAfter) + " (" + DurationText.Words(now - pass.NotAfter) + " ago)";
        }
    }
}
