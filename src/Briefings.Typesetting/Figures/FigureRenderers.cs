namespace Briefings.Typesetting.Figures;

/// <summary>
/// The figure renderers a caller registers with the engine, by the figure type each draws. A
/// <c>```figure id</c> fence in the Markdown places the figure handed over under that id.
/// </summary>
public sealed class FigureRenderers
{
    private readonly IReadOnlyDictionary<Type, IFigureRenderer> _byType;

    public FigureRenderers(IEnumerable<IFigureRenderer> renderers) =>
        _byType = renderers.ToDictionary(r => r.FigureType);

    public static FigureRenderers None { get; } = new([]);

    public IFigureRenderer? For(object figure) => _byType.GetValueOrDefault(figure.GetType());
}
