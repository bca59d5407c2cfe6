namespace Briefings.Sources.Model;

/// <summary>Who acts in an event.</summary>
public enum ActorKind
{
    /// <summary>The organised group itself.</summary>
    Group,
    /// <summary>People acting for or in sympathy with the group, not its leadership.</summary>
    Supporters,
    /// <summary>Whoever runs a site or account, where their identity is unknown or beside the point.</summary>
    Operators,
    /// <summary>A company acting as such (a host, a registrar, a platform's owner).</summary>
    Company,
    Government,
    Other,
}
