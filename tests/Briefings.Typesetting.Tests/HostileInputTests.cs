using System.Globalization;
using System.Text;
using Briefings.Typesetting.Files;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// The engine against hostile or damaged input: deep nesting, damaged images, non-regular files, bad theme
/// values, machine cultures with other calendars. Each is an error at its line, never a crash or a hang.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefings-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Diagnostic OnlyError(RenderResult result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData(40)]     // past the limit, within what Markdig parses: the first block too deep
    [InlineData(300)]    // past Markdig's own limit: the line nested deepest
    public void Quotes_nested_too_deep_are_an_error_at_their_line(int depth)
    {
        var error = OnlyError(Render.Pdf($"# Title\n\n{new string('>', depth)} deep\n"));
        Assert.Equal(3, error.At.Line);
        Assert.Contains("nested more than 32 levels", error.Message);
    }

    [Fact]
    public void Lists_nested_too_deep_are_an_error_and_those_within_the_limit_render()
    {
        string Lists(int depth) => "# T\n\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n"));
        Assert.True(Render.Pdf(Lists(30)).Succeeded);
        var error = OnlyError(Render.Pdf(Lists(200)));
        Assert.Contains("nested more than", error.Message);
        Assert.InRange(error.At.Line, 3, 202);
    }

    [Fact]
    public void Front_matter_and_charts_nested_thousands_deep_are_errors_not_stack_overflows()
    {
        var deep = new string('[', 30_000) + new string(']', 30_000);
        var front = OnlyError(Render.Pdf($"---\ntitle: x\nkeywords: {deep}\n---\n\n# T\n"));
        Assert.Equal(3, front.At.Line);
        Assert.Contains("nested more than 64 levels", front.Message);
        var chart = OnlyError(Render.Pdf($"# T\n\n```chart\ntype: timeline\nevents: {deep}\n```\n"));
        Assert.Equal(5, chart.At.Line);
    }

    public static TheoryData<string, string> DamagedImages() => new()
    {
        { "truncated", "is a truncated" },
        { "bad-crc", "checksum of its IDAT chunk is wrong" },
        { "huge", "claims 100000 × 100000 pixels" },
        { "zero", "claims 0 × 10 pixels" },
        { "jpeg-truncated", "truncated JPEG" },
        { "text", "is not a PNG or JPEG file" },
    };

    [Theory]
    [MemberData(nameof(DamagedImages))]
    public void A_damaged_image_is_an_error_at_the_line_that_references_it(string kind, string expected)
    {
        var png = TestImages.Png(10, 10);
        byte[] bytes = kind switch
        {
            "truncated" => png[..(png.Length - 20)],
            "bad-crc" => Corrupt(png),
            "huge" => WithSize(png, 100_000, 100_000),
            "zero" => WithSize(png, 0, 10),
            "jpeg-truncated" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. new byte[14], 0xFF, 0xC0, 0, 11, 8, 0, 10, 0, 10, 1, 1, 0x11, 0],
            _ => Encoding.ASCII.GetBytes("not an image at all"),
        };
        File.WriteAllBytes(Path.Combine(_folder, "picture.png"), bytes);
        var error = OnlyError(Render.Pdf("# T\n\nText.\n\n![A picture](picture.png)\n", _folder));
        Assert.Equal(5, error.At.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void The_check_accepts_the_valid_image_it_was_given_so_the_cases_above_fail_for_their_damage()
    {
        File.WriteAllBytes(Path.Combine(_folder, "picture.png"), TestImages.Png(10, 10));
        Assert.True(Render.Pdf("# T\n\n![A picture](picture.png)\n", _folder).Succeeded);
    }

    [Fact]
    public void A_fifo_or_a_device_used_as_an_image_is_refused_without_opening_it()
    {
        var fifo = Path.Combine(_folder, "pipe.png");
        Assert.Equal(0, Fifo.Make(fifo));
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.png"), "/dev/zero");
        var task = Task.Run(() => (Render.Pdf("# T\n\n![Pipe](pipe.png)\n", _folder), Render.Pdf("# T\n\n![Zero](zero.png)\n", _folder)));
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "reading a FIFO or /dev/zero hung");
        Assert.Contains("a FIFO (named pipe), and only regular files are read", OnlyError(task.Result.Item1).Message);
        Assert.Contains("a character device", OnlyError(task.Result.Item2).Message);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column()
    {
        var path = Path.Combine(_folder, "bad.md");
        File.WriteAllBytes(path, [.. "# Title\n\nCaf\u00e9 ok, then "u8, 0xC3, 0x28, .. " broken\n"u8]);
        var error = Assert.Throws<InputFileException>(() => InputFile.ReadText(path));
        Assert.Equal((3, 15), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("body_size: 0", 2, "body_size 0 is not a usable type size")]
    [InlineData("line_height: .nan", 2, "line_height NaN is not usable")]
    [InlineData("title_size: .inf", 2, "title_size infinity")]
    [InlineData("margin_left: -3", 2, "margin_left -3 is not a margin")]
    [InlineData("margin_left: 100\nmargin_right: 100", 2, "leave less than 51 mm for text")]
    [InlineData("heading_sizes: [17, 13, 11, 10, 0, 10]", 2, "heading_sizes 0")]
    public void Theme_values_that_cannot_be_typeset_are_errors_at_their_key(string yaml, int line, string expected)
    {
        var path = Path.Combine(_folder, "theme.yaml");
        File.WriteAllText(path, "# a theme\n" + yaml + "\n");
        var (theme, diagnostics) = Theme.Load(path);
        Assert.Null(theme);
        var error = Assert.Single(diagnostics);
        Assert.Equal(line, error.At.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void The_shipped_theme_passes_the_checks()
    {
        var (theme, diagnostics) = Theme.Load(Path.Combine(Render.RepositoryRoot, "templates", "theme.yaml"));
        Assert.NotNull(theme);
        Assert.Empty(diagnostics);
    }

    [SkippableTheory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void The_pdf_date_is_gregorian_and_the_bytes_the_same_under_any_culture(string name)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            Skip.If(Environment.GetEnvironmentVariable("CI") != "true", $"no culture data for {name} (ICU missing); CI has it");
            throw;
        }
        Skip.If(culture.Calendar is GregorianCalendar && Environment.GetEnvironmentVariable("CI") != "true", $"{name} uses the Gregorian calendar here (no ICU data)");
        const string markdown = "---\ntitle: Dates\ndate: 2015-03-09\n---\n\n# Heading\n\nText.\n";
        var invariant = Render.Pdf(markdown).Bytes!;
        var saved = CultureInfo.CurrentCulture;
        byte[] local;
        try
        {
            CultureInfo.CurrentCulture = culture;
            local = Render.Pdf(markdown).Bytes!;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.Contains("/CreationDate(D:20150309", Encoding.Latin1.GetString(local));
        Assert.Equal(invariant, local);
    }

    [Fact]
    public void A_missing_glyph_in_a_chart_or_a_footnote_is_reported_at_its_own_line()
    {
        const string markdown = "# T\n\nText with a note.[^a]\n\n```chart\ntype: timeline\nevents:\n  - {date: 2015-03-09, label: \"Launch \u4e2d\"}\n```\n\n[^a]: A note \u4e9c here.\n";
        var result = Render.Pdf(markdown);
        Assert.True(result.Succeeded);
        var warnings = result.Diagnostics.Where(d => d.Message.Contains("not in the bundled fonts")).Select(d => (d.At.Line, d.Message[..16])).ToList();
        Assert.Contains((5, "character U+4E2D"), warnings);
        Assert.Contains((11, "character U+4E9C"), warnings);
    }

    private static byte[] Corrupt(byte[] png)
    {
        var copy = (byte[])png.Clone();
        var idat = Encoding.ASCII.GetString(copy).IndexOf("IDAT", StringComparison.Ordinal);
        copy[idat + 6] ^= 0xFF;
        return copy;
    }

    private static byte[] WithSize(byte[] png, int width, int height)
    {
        // Rewrite IHDR's width and height and its CRC, so only the size is wrong.
        var copy = (byte[])png.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(copy.AsSpan(12, 17)));
        return copy;
    }
}

/// <summary>mkfifo(1): .NET has no call for it.</summary>
internal static class Fifo
{
    public static int Make(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        return process.ExitCode;
    }
}
