namespace Briefings.Sources.Model;

/// <summary>A document's Admiralty reliability grade (A–F) and the analyst's one-line reason for it.</summary>
public sealed record Reliability(char Grade, string Reason)
{
    public string Label => AdmiraltyScale.Reliability.GetValueOrDefault(Grade, "ungraded");
}
