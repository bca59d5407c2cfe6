using System.Text;
using Briefings.Runs;

namespace Briefings.Tests.Runs;

public class ManifestJsonTests
{
    internal static Manifest Sample(Shard? shard = null, string month = "2020-03") => new(
        month, "briefings 1.0", shard, ["b-case", "a-case"],
        [
            ManifestEntry.Failed("briefs/b-case.pdf", "b-case", OutputFormat.Pdf, "sha256:2", ["sources/cases/b-case.yaml:3:10: error bad-date: '2020-13' is not a date"]),
            ManifestEntry.Built("briefs/a-case.pdf", "a-case", OutputFormat.Pdf, "sha256:1", "sha256:aa"),
            ManifestEntry.Built("briefs/a-case.html", "a-case", OutputFormat.Html, "sha256:3", "sha256:bb"),
        ]);

    [Fact]
    public void Round_trips()
    {
        var manifest = Sample(new Shard(2, 3));
        var (read, error) = ManifestJson.Read(Encoding.UTF8.GetString(ManifestJson.Write(manifest)), "manifest.json");
        Assert.Null(error);
        Assert.Equal(ManifestJson.Write(manifest), ManifestJson.Write(read!));
        Assert.Equal(new Shard(2, 3), read!.Shard);
        Assert.Equal(OutputStatus.Failed, read.Find("briefs/b-case.pdf")!.Status);
        Assert.Single(read.Find("briefs/b-case.pdf")!.Errors);
    }

    [Fact]
    public void Writes_the_same_bytes_whatever_the_order_of_entries()
    {
        var manifest = Sample();
        var reordered = manifest with { Cases = manifest.Cases.Reverse().ToList(), Outputs = manifest.Outputs.Reverse().ToList() };
        Assert.Equal(ManifestJson.Write(manifest), ManifestJson.Write(reordered));
    }

    [Fact]
    public void Is_plain_readable_json_without_empty_fields_or_carriage_returns()
    {
        var text = Encoding.UTF8.GetString(ManifestJson.Write(Sample()));
        Assert.DoesNotContain("\r", text);
        Assert.DoesNotContain("null", text);
        Assert.DoesNotContain("shard", text);
        Assert.Contains("\"status\": \"failed\"", text);
        Assert.Contains("\"format\": \"html\"", text);
        Assert.Contains("'2020-13'", text);
        Assert.True(text.IndexOf("a-case.html", StringComparison.Ordinal) < text.IndexOf("a-case.pdf", StringComparison.Ordinal));
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void A_broken_manifest_is_reported_at_its_line_and_column()
    {
        var (manifest, error) = ManifestJson.Read("{\n  \"month\": \"2020-03\",\n  \"tool\": \n}", "out/manifest.json");
        Assert.Null(manifest);
        Assert.StartsWith("out/manifest.json:4:", error);
    }

    [Fact]
    public void A_json_file_that_is_not_a_manifest_is_refused() =>
        Assert.Contains("not a Briefings manifest", ManifestJson.Read("{\"name\": \"x\"}", "m.json").Error);
}
