using System.Text;

namespace Briefings.Templates;

/// <summary>How view-model names appear in templates: snake_case, like the YAML the analyst writes.</summary>
public static class TemplateNames
{
    /// <summary>LikelihoodRange → likelihood_range.</summary>
    public static string Snake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    /// <summary>JudgmentView → "judgment", BriefModel → "brief": how messages name a record.</summary>
    public static string TypeName(Type type)
    {
        var name = type.Name;
        foreach (var suffix in new[] { "View", "Model" })
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) name = name[..^suffix.Length];
        return Snake(name).Replace('_', ' ');
    }
}
