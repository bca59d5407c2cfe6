using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Where YAML nests too deep, found from parser events before anything builds a tree of it: YamlDotNet's
/// object model and deserialiser recurse once per level, so thirty thousand levels overflow the stack.
/// </summary>
public static class YamlDepth
{
    /// <summary>Themes, front matter and charts nest two or three levels; sources a handful.</summary>
    public const int Limit = 64;

    public static readonly string Message = $"lists and mappings are nested more than {Limit} levels deep here; flatten the structure";

    /// <summary>The 1-based line and column of the first value nested past <see cref="Limit"/>, or null.</summary>
    public static (int Line, int Column)? TooDeepAt(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        int depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > Limit) return ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Not this check's business: the real reader reports the syntax error where it is.
        }
        return null;
    }
}
