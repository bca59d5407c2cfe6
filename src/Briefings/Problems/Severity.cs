namespace Briefings.Problems;

/// <summary>Errors stop a build; warnings are printed and the build goes on.</summary>
public enum Severity { Error, Warning }
