using Briefings.Typesetting;

namespace Briefings.Problems;

/// <summary>
/// One thing wrong with the user's input: where it is, a stable code scripts can match on,
/// and a message that says what to change.
/// </summary>
public sealed record Problem(Location At, Severity Severity, string Code, string Message)
{
    public static Problem Error(Location at, string code, string message) => new(at, Severity.Error, code, message);

    public static Problem Warning(Location at, string code, string message) => new(at, Severity.Warning, code, message);

    public bool IsError => Severity == Severity.Error;

    /// <summary>One line, whatever the user's file held: control characters in the message are escaped.</summary>
    public override string ToString() =>
        $"{Printable.Escape(At.ToString())}: {(IsError ? "error" : "warning")} {Code}: {Printable.Escape(Message)}";
}
