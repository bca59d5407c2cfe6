namespace Briefings.Typesetting.Files;

/// <summary>
/// A file a user named that cannot be used, with the reason as the end of a sentence about the path
/// ("cannot be read: permission denied") and, for bad text, where in the file.
/// </summary>
public sealed class InputFileException(string reason, int line = 1, int column = 1) : IOException(reason)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
