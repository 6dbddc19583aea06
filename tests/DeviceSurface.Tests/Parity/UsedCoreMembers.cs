// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Linq;
using DeviceSurface.Checker;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeviceSurface.Tests.Parity
{
    /// <summary>
    /// The types and members of the real mscorlib that device code binds to, found by walking every syntax node of
    /// the device compilations. mscorlib is no longer declared here, so these are what the parity check compares.
    /// </summary>
    internal static class UsedCoreMembers
    {
        public static IReadOnlyList<ISymbol> Collect(IEnumerable<CSharpCompilation> compilations)
        {
            HashSet<ISymbol> used = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (CSharpCompilation c in compilations)
            {
                foreach (SyntaxTree tree in c.SyntaxTrees)
                {
                    SemanticModel model = c.GetSemanticModel(tree);
                    foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
                    {
                        ISymbol s = Normalize(model.GetSymbolInfo(node).Symbol);
                        if (s != null)
                        {
                            used.Add(s);
                        }
                    }
                }
            }

            return used.OrderBy(s => s.GetDocumentationCommentId(), System.StringComparer.Ordinal).ToList();
        }

        private static ISymbol Normalize(ISymbol s)
        {
            if (s == null || s.ContainingAssembly == null || s.ContainingAssembly.Name != SurfaceCatalog.CoreLibrary)
            {
                return null;
            }

            s = s.OriginalDefinition;
            INamedTypeSymbol owner = s as INamedTypeSymbol ?? s.ContainingType;
            if (owner == null || owner.IsGenericType || owner.DeclaredAccessibility != Accessibility.Public)
            {
                return null;
            }

            switch (s)
            {
                case INamedTypeSymbol _:
                case IPropertySymbol _:
                case IFieldSymbol _:
                case IEventSymbol _:
                    return s;
                case IMethodSymbol m when m.MethodKind == MethodKind.Ordinary || m.MethodKind == MethodKind.Constructor
                    || m.MethodKind == MethodKind.UserDefinedOperator || m.MethodKind == MethodKind.Conversion:
                    return m;
                default:
                    return null;
            }
        }
    }
}
