using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>
/// Where sources disagree: each version with its source. <see cref="Kind"/> is "contradiction" (claims an
/// analyst linked with `contradicts`) or "date" (the same event on days that cannot be the same).
/// </summary>
/// <remarks>Kind "revision": a later claim revises an earlier one, not a disagreement. <see cref="Heading"/> says which in words.</remarks>
public sealed record DisagreementView(IReadOnlyList<VersionView> Versions, string Kind, string Heading);

/// <summary>
/// One source's version: its claim or event in our words, any quoted phrase, and whose it is; for a
/// date disagreement, the date that source gives and its own wording of it.
/// </summary>
public sealed record VersionView(string Source, string Text, QuoteView? Quote, IReadOnlyList<string> Cites, PartialDate? When, string? AsReported);

/// <summary>A short quotation and who said it.</summary>
public sealed record QuoteView(string Text, string By);
