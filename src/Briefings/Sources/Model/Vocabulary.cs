using System.Text;

namespace Briefings.Sources.Model;

/// <summary>
/// The fixed words a field accepts, spelt in kebab-case in the YAML and as enum members in code,
/// so the files read naturally and the code cannot mistype them.
/// </summary>
public static class Vocabulary<TEnum> where TEnum : struct, Enum
{
    public static IReadOnlyList<string> Words { get; } = Enum.GetValues<TEnum>().Select(Word).ToList();

    public static TEnum? Parse(string word)
    {
        foreach (var value in Enum.GetValues<TEnum>())
            if (Word(value) == word) return value;
        return null;
    }

    /// <summary>ShutDown → "shut-down".</summary>
    public static string Word(TEnum value)
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
