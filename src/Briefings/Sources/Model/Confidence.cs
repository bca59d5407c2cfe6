namespace Briefings.Sources.Model;

/// <summary>
/// Analytic confidence in a judgment (ICD 203): how good the evidence and reasoning are.
/// Deliberately a separate scale from likelihood, and never printed in the same sentence.
/// </summary>
public enum Confidence { High, Moderate, Low }
