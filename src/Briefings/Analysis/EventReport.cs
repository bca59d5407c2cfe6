using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>One document's report of an event: the event as written there, and the document, for citing.</summary>
public sealed record EventReport(SourceDocument Document, SourceEvent Event);
