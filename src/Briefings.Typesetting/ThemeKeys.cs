using Briefings.Typesetting.Text;

namespace Briefings.Typesetting;

/// <summary>
/// Every key of theme.yaml, in the order the schema lists them. <see cref="ThemeReader"/> refuses to start
/// if a settable <see cref="Theme"/> property has no key here or a key names no property, so the two stay one list.
/// </summary>
public static class ThemeKeys
{
    private static readonly ThemeValue Margin = new ThemeValue.Number(0, null);
    /// <summary>A type size in points; <see cref="ThemeLimits"/> checks every key that takes one.</summary>
    public static readonly ThemeValue TypeSize = new ThemeValue.Number(ThemeLimits.MinSize, ThemeLimits.MaxSize);
    private static readonly ThemeValue Face = new ThemeValue.Face(FontLibrary.Families.Order(StringComparer.Ordinal).ToList());
    private static readonly ThemeValue Colour = new ThemeValue.Colour();
    private static readonly ThemeValue Flag = new ThemeValue.Flag();

    public static IReadOnlyList<ThemeKey> All { get; } =
    [
        new("margin_top", "Top page margin in millimetres; the margins must leave at least 51 mm of text height on a Letter page.", Margin),
        new("margin_bottom", "Bottom page margin in millimetres.", Margin),
        new("margin_left", "Left page margin in millimetres; the margins must leave at least 51 mm of text width on an A4 page.", Margin),
        new("margin_right", "Right page margin in millimetres.", Margin),
        new("body_font", "Typeface of the running text: a bundled family.", Face),
        new("heading_font", "Typeface of headings, the title and the page furniture: a bundled family.", Face),
        new("mono_font", "Typeface of code: a bundled family.", Face),
        new("body_size", "Size of the running text in points.", TypeSize),
        new("line_height", "Leading as a multiple of the type size, e.g. 1.4.", new ThemeValue.Number(ThemeLimits.MinLineHeight, ThemeLimits.MaxLineHeight)),
        new("paragraph_spacing", "Space between paragraphs in points.", new ThemeValue.Number(0, ThemeLimits.MaxSpacing)),
        new("heading_sizes", "Sizes of headings H1 to H6 in points: six numbers.", new ThemeValue.Numbers(6, ThemeLimits.MinSize, ThemeLimits.MaxSize)),
        new("title_size", "Size of the document's title in points.", TypeSize),
        new("subtitle_size", "Size of the subtitle in points.", TypeSize),
        new("footnote_size", "Size of footnotes in points.", TypeSize),
        new("table_size", "Size of table text in points.", TypeSize),
        new("code_size", "Size of code in points.", TypeSize),
        new("furniture_size", "Size of the running title, page numbers and protective marking in points.", TypeSize),
        new("justify", "true justifies paragraphs (optimal line breaking); false sets them ragged-right.", Flag),
        new("hyphenate", "true lets the line breaker hyphenate words, with the patterns of the document's language.", Flag),
        new("text_color", "Colour of the running text, #rrggbb.", Colour),
        new("heading_color", "Colour of headings and the title, #rrggbb.", Colour),
        new("muted_color", "Colour of secondary text (captions, page furniture), #rrggbb.", Colour),
        new("rule_color", "Colour of rules and table lines, #rrggbb.", Colour),
        new("link_color", "Colour of links, #rrggbb.", Colour),
        new("marking_color", "Colour of the protective marking at the top and bottom of each page, #rrggbb.", Colour),
        new("table_header_fill", "Background of table header rows, #rrggbb.", Colour),
        new("table_stripe_fill", "Background of every other table row, #rrggbb.", Colour),
        new("code_fill", "Background of code blocks, #rrggbb.", Colour),
        new("bluf_fill", "Background of :::bluf call-outs (bottom line up front), #rrggbb.", Colour),
        new("bluf_accent", "Accent bar and label of :::bluf call-outs, #rrggbb.", Colour),
        new("note_fill", "Background of :::note call-outs, #rrggbb.", Colour),
        new("note_accent", "Accent bar and label of :::note call-outs, #rrggbb.", Colour),
        new("warning_fill", "Background of :::warning call-outs, #rrggbb.", Colour),
        new("warning_accent", "Accent bar and label of :::warning call-outs, #rrggbb.", Colour),
    ];
}
