using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>An analyst's sentence in a case (bottom line, implication, recommendation, unknown) and what it rests on.</summary>
public sealed record Statement(string Text, IReadOnlyList<Reference> BasedOn, Location At);
