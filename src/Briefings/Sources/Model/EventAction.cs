namespace Briefings.Sources.Model;

/// <summary>
/// What happened, from a fixed list so events from different sources can be matched
/// (same actor, action, platform and subject) without reading their prose.
/// </summary>
public enum EventAction
{
    /// <summary>A platform said it would remove or bar the subject.</summary>
    AnnouncedBan,
    /// <summary>A platform removed or barred the subject (its accounts, pages or content).</summary>
    Banned,
    /// <summary>Particular accounts of the subject were suspended.</summary>
    SuspendedAccounts,
    /// <summary>A platform or site went live.</summary>
    Launched,
    /// <summary>A platform or site stopped being reachable, for whatever reason.</summary>
    WentOffline,
    /// <summary>A platform or site that had gone offline was reachable again.</summary>
    CameBack,
    /// <summary>The subject's activity moved to the platform.</summary>
    Migrated,
    /// <summary>A host, registrar or service provider withdrew its service.</summary>
    LostHosting,
    /// <summary>A government or network operator blocked access.</summary>
    Blocked,
}
