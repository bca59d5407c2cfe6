namespace Briefings.Templates;

/// <summary>A main template and the partials it may call, as read from a templates folder.</summary>
public sealed record TemplateSet(TemplateFile Main, IReadOnlyList<TemplateFile> Partials)
{
    public IEnumerable<TemplateFile> All => Partials.Prepend(Main);

    public TemplateFile? FindPartial(string name) => Partials.FirstOrDefault(p => p.Name == name);
}
