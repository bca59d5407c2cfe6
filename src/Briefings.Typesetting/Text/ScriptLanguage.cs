namespace Briefings.Typesetting.Text;

/// <summary>
/// The language tag a word needs when it is written in a script the document's language does not
/// use, so a screen reader switches voice: Greek and Hebrew name their language; Cyrillic and Arabic
/// serve many languages, so they are tagged by script alone ("und-Cyrl"), never by a guess.
/// </summary>
public static class ScriptLanguage
{
    public static string? Of(string word, string documentLanguage)
    {
        string? tag = null;
        foreach (var c in word)
        {
            tag = c switch
            {
                >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => "el",
                >= '\u0400' and <= '\u052F' => "und-Cyrl",
                >= '\u0590' and <= '\u05FF' => "he",
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => "und-Arab",
                _ => null,
            };
            if (tag is not null) break;
        }
        if (tag is null) return null;
        var primary = documentLanguage.Split('-')[0].ToLowerInvariant();
        bool native = tag switch
        {
            "el" => primary == "el",
            "he" => primary is "he" or "yi",
            "und-Cyrl" => primary is "ru" or "uk" or "bg" or "sr" or "mk" or "be" or "kk" or "ky" or "mn" or "tg",
            _ => primary is "ar" or "fa" or "ur" or "ps" or "ku" or "sd",
        };
        return native ? null : tag;
    }
}
