namespace Briefings.Typesetting.Tests;

public class ThemeFileTests
{
    [Fact]
    public void The_shipped_theme_loads_and_restates_the_defaults()
    {
        var (theme, diagnostics) = Theme.Load(Path.Combine(Render.RepositoryRoot, "templates", "theme.yaml"));
        Assert.Empty(diagnostics);
        Assert.Equal(Theme.Default with { HeadingSizes = theme!.HeadingSizes }, theme);
        Assert.Equal(Theme.Default.HeadingSizes, theme.HeadingSizes);
    }
}
