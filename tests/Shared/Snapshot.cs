using System.Text;

namespace Briefings.Testing;

/// <summary>
/// Golden files under tests/snapshots/, compared exactly. BRIEFINGS_UPDATE_SNAPSHOTS=1 rewrites them
/// (a deliberate change: review the diff in git before committing); otherwise a difference fails with
/// the first differing lines and how to accept the change. Linked into both test projects.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "BRIEFINGS_UPDATE_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        if (!File.Exists(path))
            Assert.Fail($"no snapshot {path}; create it with {UpdateVariable}=1 dotnet test --filter Snapshot, then review and commit it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        Assert.Fail(Difference(path, expected, actual));
    }

    /// <summary>The first differing line with a little context either side, and the size of the change.</summary>
    private static string Difference(string path, string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        int first = 0;
        while (first < want.Length && first < got.Length && want[first] == got[first]) first++;
        int changed = 0;
        for (int k = 0; k < Math.Max(want.Length, got.Length); k++)
            if (k >= want.Length || k >= got.Length || want[k] != got[k]) changed++;
        var message = new StringBuilder()
            .AppendLine($"layout differs from snapshot {path}")
            .AppendLine($"first difference at line {first + 1}; {changed} of {want.Length} lines differ (expected {want.Length} lines, got {got.Length})");
        for (int k = Math.Max(0, first - 3); k < first; k++) message.AppendLine("    " + want[k]);
        for (int k = first; k < Math.Min(want.Length, first + 6); k++) message.AppendLine("-   " + want[k]);
        for (int k = first; k < Math.Min(got.Length, first + 6); k++) message.AppendLine("+   " + got[k]);
        message.AppendLine($"if the change is intended: {UpdateVariable}=1 dotnet test --filter Snapshot, then review `git diff tests/snapshots`");
        return message.ToString();
    }

    private static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln"))) return Path.Combine(dir.FullName, "tests", "snapshots");
            throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
