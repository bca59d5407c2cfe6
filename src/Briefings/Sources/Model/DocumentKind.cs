namespace Briefings.Sources.Model;

/// <summary>What sort of source a document is; it bears on how much weight its claims can carry.</summary>
public enum DocumentKind
{
    /// <summary>A news article reporting events.</summary>
    NewsReport,
    /// <summary>Commentary or analysis by a journalist or analyst.</summary>
    Analysis,
    /// <summary>Academic or think-tank research.</summary>
    Research,
    /// <summary>A platform's own announcement or transparency report.</summary>
    PlatformStatement,
    /// <summary>A government or regulator's statement.</summary>
    GovernmentStatement,
    /// <summary>A court or official record.</summary>
    OfficialRecord,
    Other,
}
