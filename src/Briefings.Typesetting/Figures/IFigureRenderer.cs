using Briefings.Typesetting.Charts;

namespace Briefings.Typesetting.Figures;

/// <summary>
/// Draws one caller's kind of figure as a chart. The engine knows nothing of the figure's meaning: the
/// renderer turns the caller's typed data into a <see cref="ChartSpec"/> with every word it prints.
/// </summary>
public interface IFigureRenderer
{
    /// <summary>The type of figure this renderer draws (its instances are handed over in <see cref="RenderRequest.Figures"/>).</summary>
    Type FigureType { get; }

    ChartSpec Draw(object figure);
}

/// <summary>A renderer for figures of type <typeparamref name="T"/>.</summary>
public abstract class FigureRenderer<T> : IFigureRenderer where T : notnull
{
    public Type FigureType => typeof(T);

    public ChartSpec Draw(object figure) => Draw((T)figure);

    protected abstract ChartSpec Draw(T figure);
}
