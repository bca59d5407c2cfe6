using System.Collections.Frozen;

namespace Briefings.Templates.Checking;

/// <summary>The helpers a template may call: Handlebars' own and ours, split by whether they take a block.</summary>
public sealed record HelperCatalog(IReadOnlySet<string> Simple, IReadOnlySet<string> Block)
{
    /// <summary>Handlebars built-ins that change or test the context.</summary>
    public static IReadOnlySet<string> BuiltInBlocks { get; } = new[] { "if", "unless", "each", "with" }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> BuiltInSimple { get; } = new[] { "lookup" }.ToFrozenSet(StringComparer.Ordinal);

    public bool IsHelper(string name) => Simple.Contains(name) || BuiltInSimple.Contains(name);

    public bool IsBlock(string name) => Block.Contains(name) || BuiltInBlocks.Contains(name);

    public IEnumerable<string> AllNames => Simple.Concat(BuiltInSimple).Concat(Block).Concat(BuiltInBlocks).Order(StringComparer.Ordinal);
}
