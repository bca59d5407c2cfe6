namespace Briefings.Typesetting;

/// <summary>Errors stop a build; warnings are printed and the build goes on. Errors sort first.</summary>
public enum Severity { Error, Warning }

/// <summary>A place in a user's file, 1-based, as editors and compilers print it.</summary>
public sealed record Location(string File, int Line, int Column)
{
    /// <summary>For problems about a whole file (missing, unreadable), where no finer place exists.</summary>
    public static Location StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>
/// One thing wrong with the user's input, from the engine or the domain alike: where it is, a stable code
/// scripts can match on, and a message that says what to change.
/// </summary>
public sealed record Diagnostic(Location At, Severity Severity, string Code, string Message)
{
    public static Diagnostic Error(Location at, string code, string message) => new(at, Severity.Error, code, message);

    public static Diagnostic Warning(Location at, string code, string message) => new(at, Severity.Warning, code, message);

    public static Diagnostic Error(string file, int line, int column, string code, string message) => Error(new Location(file, line, column), code, message);

    public static Diagnostic Warning(string file, int line, int column, string code, string message) => Warning(new Location(file, line, column), code, message);

    public bool IsError => Severity == Severity.Error;

    // Printed names and messages can hold text from the user's files: control characters are shown escaped.
    public override string ToString() =>
        $"{Printable.Escape(At.ToString())}: {(IsError ? "error" : "warning")} {Code}: {Printable.Escape(Message)}";
}
