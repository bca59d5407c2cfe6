namespace Briefings.Sources.Model;

/// <summary>What kind of place activity is on or moves to; the monthly digest counts paths by this.</summary>
public enum PlatformKind
{
    /// <summary>Large general-purpose services with moderation teams (Twitter, Facebook, YouTube).</summary>
    Mainstream,
    /// <summary>Existing services with looser rules that banned groups move to.</summary>
    Alternative,
    /// <summary>A site built by or for the group itself.</summary>
    Bespoke,
    /// <summary>Chat and channel services (Telegram, WhatsApp).</summary>
    Messaging,
}
