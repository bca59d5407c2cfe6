namespace Briefings.Typesetting;

public enum Severity { Warning, Error }

/// <summary>A problem in the user's input, located so an editor can jump to it.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) => new(Severity.Error, file, line, column, message);
    public static Diagnostic Warning(string file, int line, int column, string message) => new(Severity.Warning, file, line, column, message);

    public override string ToString() =>
        $"{Printable.Escape(File)}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Printable.Escape(Message)}";
}
