namespace Briefings.Sources.Model;

/// <summary>What a document's content originates from, when it relays rather than reports first-hand.</summary>
public enum OriginKind
{
    /// <summary>A news agency's story (Reuters, AP, AFP) carried under another masthead.</summary>
    WireStory,
    /// <summary>An organisation's press release or news-room post.</summary>
    PressRelease,
    /// <summary>A study, paper or preprint.</summary>
    Study,
    /// <summary>A person's or organisation's statement, post or interview.</summary>
    Statement,
    /// <summary>An earlier report by another outlet.</summary>
    Report,
}
