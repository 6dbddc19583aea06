// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// nanoFramework rules the C# compiler alone does not enforce. Each rule has a stable id:
    /// NF0001 generic type or method declared (1.x has no generics);
    /// NF0002 foreach over a string (fails in the nanoFramework build);
    /// NF0003 ToString() on an enum value (names may be stripped: prints a number or garbage);
    /// NF0004 a C# feature newer than 9 (when the parser let it through);
    /// NF0005 an interpolation with a format specifier (only D, F, G, N, X exist; kept out entirely);
    /// NF0006 stackalloc (no Span&lt;T&gt;; the device has a small stack).
    /// </summary>
    public static class DeviceRules
    {
        /// <summary>Runs every rule over one compilation.</summary>
        /// <param name="compilation">The compiled project.</param>
        /// <returns>One message per violation, as (tree, location, id, text).</returns>
        public static IEnumerable<RuleHit> Check(CSharpCompilation compilation)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                SyntaxNode root = tree.GetRoot();
                foreach (SyntaxNode node in root.DescendantNodes())
                {
                    RuleHit hit = CheckNode(node, model);
                    if (hit != null)
                    {
                        yield return hit;
                    }
                }
            }
        }

        private static RuleHit CheckNode(SyntaxNode node, SemanticModel model)
        {
            switch (node)
            {
                case TypeDeclarationSyntax t when t.TypeParameterList != null:
                    return new RuleHit("NF0001", t.Identifier.GetLocation(), "generic type '" + t.Identifier.Text + "' declared: nanoFramework 1.x has no generics");
                case DelegateDeclarationSyntax d when d.TypeParameterList != null:
                    return new RuleHit("NF0001", d.Identifier.GetLocation(), "generic delegate '" + d.Identifier.Text + "' declared: nanoFramework 1.x has no generics");
                case MethodDeclarationSyntax m when m.TypeParameterList != null:
                    return new RuleHit("NF0001", m.Identifier.GetLocation(), "generic method '" + m.Identifier.Text + "' declared: nanoFramework 1.x has no generics");
                case LocalFunctionStatementSyntax f when f.TypeParameterList != null:
                    return new RuleHit("NF0001", f.Identifier.GetLocation(), "generic local function '" + f.Identifier.Text + "' declared: nanoFramework 1.x has no generics");
                case ForEachStatementSyntax fe:
                    ITypeSymbol over = model.GetTypeInfo(fe.Expression).Type;
                    if (over != null && over.SpecialType == SpecialType.System_String)
                    {
                        return new RuleHit("NF0002", fe.Expression.GetLocation(), "foreach over a string: index the string instead");
                    }

                    return null;
                case InvocationExpressionSyntax inv:
                    return EnumToString(inv, model);
                case FileScopedNamespaceDeclarationSyntax fs:
                    return new RuleHit("NF0004", fs.Name.GetLocation(), "file-scoped namespace is C# 10: use a block namespace");
                case RecordDeclarationSyntax r:
                    return new RuleHit("NF0004", r.Identifier.GetLocation(), "records are not supported by nanoFramework 1.x");
                case InterpolationFormatClauseSyntax fc:
                    return new RuleHit("NF0005", fc.GetLocation(), "format specifier in an interpolation: call ToString(\"D2\") etc. explicitly");
                case StackAllocArrayCreationExpressionSyntax sa:
                    return new RuleHit("NF0006", sa.GetLocation(), "stackalloc: use a byte[] buffer");
                case ImplicitStackAllocArrayCreationExpressionSyntax isa:
                    return new RuleHit("NF0006", isa.GetLocation(), "stackalloc: use a byte[] buffer");
                default:
                    return null;
            }
        }

        private static RuleHit EnumToString(InvocationExpressionSyntax inv, SemanticModel model)
        {
            MemberAccessExpressionSyntax access = inv.Expression as MemberAccessExpressionSyntax;
            if (access == null || access.Name.Identifier.Text != "ToString")
            {
                return null;
            }

            ITypeSymbol receiver = model.GetTypeInfo(access.Expression).Type;
            if (receiver != null && receiver.TypeKind == TypeKind.Enum)
            {
                return new RuleHit("NF0003", access.Name.GetLocation(), "ToString() on enum '" + receiver.Name + "': enum names may be stripped on the device; map to a string yourself");
            }

            return null;
        }
    }
}
