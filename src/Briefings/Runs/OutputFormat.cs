namespace Briefings.Runs;

/// <summary>What a brief or digest is written as: the PDF, and accessible HTML from the same document model.</summary>
public enum OutputFormat { Pdf, Html }
