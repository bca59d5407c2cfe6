namespace Briefings.Cli;

/// <summary>What a run did with a case: the log's word for it (the manifest only says ok or failed).</summary>
internal enum CaseState { Built, UpToDate, Failed }
