namespace Briefings.Problems;

/// <summary>A place in a user's file, 1-based, as editors and compilers print it.</summary>
public sealed record Location(string File, int Line, int Column)
{
    /// <summary>For problems about a whole file (missing, unreadable), where no finer place exists.</summary>
    public static Location StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
