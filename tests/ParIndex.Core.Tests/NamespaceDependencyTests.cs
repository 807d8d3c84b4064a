using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace ParIndex.Tests;

/// <summary>
/// The namespaces of ParIndex.Core depend on each other one way only. Dependencies are read from the compiled
/// assembly's metadata and IL (base types, fields, signatures, locals and every type, method and field a method body
/// names, lambdas and iterators counted with the type that declares them), so a fully qualified name or a
/// <c>var</c> counts as much as a <c>using</c>.
/// </summary>
public sealed class NamespaceDependencyTests
{
    /// <summary>
    /// The pipeline, lowest first: a namespace may use its own layer and the layers before it. The root namespace
    /// (Points, Diagnostic, ParIndexException, SourceLocation), Internal and Resources form the shared foundation.
    /// IO reads files into the domain types, so it comes after them; Survey (respondents' answers to survey values and
    /// their bootstrap) reads its tables through IO; Reporting writes every result, the survey's included, so it is last.
    /// </summary>
    private static readonly string[][] Layers =
    {
        new[] { "ParIndex", "ParIndex.Internal", "ParIndex.Resources" },
        new[] { "ParIndex.Internal.Yaml" },
        new[] { "ParIndex.Criteria" },
        new[] { "ParIndex.Assessments" },
        new[] { "ParIndex.Scoring" },
        new[] { "ParIndex.Ranking" },
        new[] { "ParIndex.Scenarios" },
        new[] { "ParIndex.IO" },
        new[] { "ParIndex.Survey" },
        new[] { "ParIndex.Reporting" },
    };

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Graph = new(() => Dependencies(typeof(Points).Assembly));

    [Fact]
    public void EveryNamespaceOfTheLibraryHasALayer()
    {
        var known = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var unknown = Graph.Value.Keys.Where(ns => !known.Contains(ns)).ToArray();
        Assert.Empty(unknown);
    }

    [Fact]
    public void NamespacesDependOnlyOnTheirOwnOrEarlierLayers()
    {
        var layerOf = Layers.SelectMany((l, i) => l.Select(ns => (ns, i))).ToDictionary(x => x.ns, x => x.i, StringComparer.Ordinal);
        var upward = new List<string>();
        foreach (var (from, targets) in Graph.Value.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (to, example) in targets.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                if (layerOf.TryGetValue(from, out var a) && layerOf.TryGetValue(to, out var b) && b > a)
                {
                    upward.Add($"{from} -> {to} ({example})");
                }
            }
        }

        Assert.True(upward.Count == 0, "dependencies against the pipeline:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void NoTwoNamespacesDependOnEachOtherEvenThroughOthers()
    {
        // The foundation is one layer: its members may use each other (Points formats through Internal), so it is
        // taken as one node here; every other namespace is its own.
        string Node(string ns) => Layers[0].Contains(ns) ? "(foundation)" : ns;
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (from, targets) in Graph.Value)
        {
            foreach (var to in targets.Keys)
            {
                if (Node(from) != Node(to))
                {
                    (edges.TryGetValue(Node(from), out var set) ? set : edges[Node(from)] = new HashSet<string>(StringComparer.Ordinal)).Add(Node(to));
                }
            }
        }

        var cycles = Cycles(edges);
        Assert.True(cycles.Count == 0, "namespaces that depend on each other:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void TheReaderSeesTypesNamedOnlyInsideMethodBodies()
    {
        // Ranker names Criteria's TieBreaker only in method bodies (calls and locals), in no field or signature.
        Assert.Contains("ParIndex.Criteria.TieBreaker", Dependencies(typeof(Points).Assembly, "ParIndex.Ranking.Ranker"));
    }

    /// <summary>The strongly connected groups of more than one node, each as "a -> b -> a".</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<string>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.TryGetValue(v, out var next) ? next : new HashSet<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var group = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    group.Add(w);
                }
                while (w != v);
                if (group.Count > 1)
                {
                    group.Sort(StringComparer.Ordinal);
                    found.Add(string.Join(" <-> ", group));
                }
            }
        }

        foreach (var v in edges.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return found;
    }

    /// <summary>For each ParIndex namespace, the other ParIndex namespaces it uses, each with one example "Type -> Type".</summary>
    private static Dictionary<string, Dictionary<string, string>> Dependencies(Assembly assembly)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var md = pe.GetMetadataReader();
        foreach (var handle in md.TypeDefinitions)
        {
            var from = NamespaceOf(md, handle);
            if (!from.StartsWith("ParIndex", StringComparison.Ordinal))
            {
                continue;
            }

            if (!result.TryGetValue(from, out var targets))
            {
                result[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var used in UsedTypes(md, pe, handle))
            {
                var to = NamespaceOf(md, used);
                if (to != from && to.StartsWith("ParIndex", StringComparison.Ordinal) && !targets.ContainsKey(to))
                {
                    targets[to] = $"{FullName(md, handle)} uses {FullName(md, used)}";
                }
            }
        }

        return result;
    }

    /// <summary>The full names of the types one type uses.</summary>
    private static IEnumerable<string> Dependencies(Assembly assembly, string typeName)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var md = pe.GetMetadataReader();
        var handle = md.TypeDefinitions.Single(h => FullName(md, h) == typeName);
        return UsedTypes(md, pe, handle).Select(h => FullName(md, h)).ToArray();
    }

    private static HashSet<TypeDefinitionHandle> UsedTypes(MetadataReader md, PEReader pe, TypeDefinitionHandle handle)
    {
        var collector = new Collector(md);
        var type = md.GetTypeDefinition(handle);
        collector.Entity(type.BaseType);
        foreach (var i in type.GetInterfaceImplementations())
        {
            collector.Entity(md.GetInterfaceImplementation(i).Interface);
        }

        foreach (var f in type.GetFields())
        {
            md.GetFieldDefinition(f).DecodeSignature(collector, null);
        }

        foreach (var m in type.GetMethods())
        {
            var method = md.GetMethodDefinition(m);
            method.DecodeSignature(collector, null);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(collector, null);
            }

            foreach (var token in Tokens(body.GetILReader()))
            {
                collector.Entity(MetadataTokens.EntityHandle(token));
            }
        }

        // Compiler-generated nested types (lambdas' closures, iterators) count for the type that declares them.
        foreach (var nested in type.GetNestedTypes())
        {
            collector.Used.UnionWith(UsedTypes(md, pe, nested));
        }

        return collector.Used;
    }

    /// <summary>The metadata tokens a method body names (types, methods, fields, ldtoken), read opcode by opcode.</summary>
    private static IEnumerable<int> Tokens(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            var first = il.ReadByte();
            var code = first == 0xFE ? (short)(0xFE00 | il.ReadByte()) : first;
            var operand = OperandTypes[code];
            switch (operand)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += operand switch
                    {
                        OperandType.InlineNone => 0,
                        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                        OperandType.InlineVar => 2,
                        OperandType.InlineI8 or OperandType.InlineR => 8,
                        _ => 4,
                    };
                    break;
            }
        }

        return tokens;
    }

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private static string NamespaceOf(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = md.GetTypeDefinition(type.GetDeclaringType());
        }

        return md.GetString(type.Namespace);
    }

    private static string FullName(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        var name = md.GetString(type.Name);
        return type.IsNested ? FullName(md, type.GetDeclaringType()) + "+" + name : md.GetString(type.Namespace) + "." + name;
    }

    /// <summary>Collects the assembly's own types named by handles and signatures.</summary>
    private sealed class Collector : ISignatureTypeProvider<object?, object?>
    {
        private readonly MetadataReader md;

        public Collector(MetadataReader md) => this.md = md;

        public HashSet<TypeDefinitionHandle> Used { get; } = new();

        public void Entity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Used.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Used.Add(md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Used.Add(md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    Entity(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(spec.Method);
                    spec.DecodeSignature(this, null);
                    break;
            }
        }

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Used.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public object? GetSZArrayType(object? elementType) => null;

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericMethodParameter(object? genericContext, int index) => null;

        public object? GetGenericTypeParameter(object? genericContext, int index) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
    }
}
