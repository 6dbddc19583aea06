// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// Rewrites a .nfproj Compile list from the .cs files on disk (sorted, backslash separators), so
    /// adding a file to a device folder needs no hand edit of the project.
    /// </summary>
    public static class CompileListSync
    {
        private static readonly XNamespace Ns = "http://schemas.microsoft.com/developer/msbuild/2003";

        /// <summary>Syncs one project; returns true when the file changed.</summary>
        /// <param name="project">The project to rewrite.</param>
        /// <returns><c>true</c> when the Compile list was different and has been rewritten.</returns>
        public static bool Sync(NfProject project)
        {
            IReadOnlyList<string> wanted = project.SourcesOnDisk();
            if (wanted.SequenceEqual(project.CompileItems))
            {
                return false;
            }

            XDocument doc = XDocument.Load(project.Path, LoadOptions.None);
            List<XElement> old = doc.Root.Descendants(Ns + "Compile").ToList();
            XElement group = old.Count > 0 ? old[0].Parent : EmptyGroupOrNew(doc.Root);
            foreach (XElement e in old)
            {
                XElement parent = e.Parent;
                e.Remove();
                if (parent != group && !parent.HasElements)
                {
                    parent.Remove();
                }
            }

            group.RemoveNodes();
            foreach (string include in wanted)
            {
                group.Add(new XElement(Ns + "Compile", new XAttribute("Include", include)));
            }

            XmlWriterSettings settings = new XmlWriterSettings
            {
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\r\n",
                Encoding = new UTF8Encoding(true),
            };
            using (XmlWriter w = XmlWriter.Create(project.Path, settings))
            {
                doc.Save(w);
            }

            File.AppendAllText(project.Path, "\r\n");
            return true;
        }

        private static XElement EmptyGroupOrNew(XElement root)
        {
            XElement empty = root.Elements(Ns + "ItemGroup").FirstOrDefault(g => !g.HasElements);
            if (empty != null)
            {
                return empty;
            }

            XElement group = new XElement(Ns + "ItemGroup");
            XElement firstGroup = root.Elements(Ns + "ItemGroup").FirstOrDefault();
            if (firstGroup != null)
            {
                firstGroup.AddBeforeSelf(group);
            }
            else
            {
                root.Add(group);
            }

            return group;
        }
    }
}
