namespace Briefings.Templates.Model;

/// <summary>Where sources contradict each other: each version with its source.</summary>
public sealed record DisagreementView(IReadOnlyList<VersionView> Versions);

/// <summary>One source's version: its claim in our words, any quoted phrase, and whose it is.</summary>
public sealed record VersionView(string Source, string Text, QuoteView? Quote, IReadOnlyList<string> Cites);

/// <summary>A short quotation and who said it.</summary>
public sealed record QuoteView(string Text, string By);
