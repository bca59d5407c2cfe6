namespace Briefings.Templates.Checking;

/// <summary>A term inside a tag, with its offset in the file.</summary>
public abstract record Term(int Offset);

/// <summary>A name to look up: "case.title", "../cites", "this", "@index".</summary>
public sealed record PathTerm(string Path, int Offset) : Term(Offset);

/// <summary>A string, number, true, false or null written in the template.</summary>
public sealed record LiteralTerm(string Text, int Offset) : Term(Offset);

/// <summary>"(helper args)": a helper call whose result is an argument.</summary>
public sealed record CallTerm(Call Call, int Offset) : Term(Offset);

/// <summary>"name arg arg key=value": a helper call, or just a path when there are no arguments.</summary>
public sealed record Call(PathTerm Head, IReadOnlyList<Term> Arguments, IReadOnlyList<(string Key, Term Value)> Hash)
{
    public bool HasArguments => Arguments.Count > 0 || Hash.Count > 0;
}
