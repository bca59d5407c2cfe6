using System.CommandLine;
using System.CommandLine.Parsing;
using Briefings.Runs;
using Briefings.Templates;

namespace Briefings.Cli;

/// <summary>
/// `briefings monthly`: build every brief of a month and the month's digest, unattended
/// (docs/operations.md). `briefings monthly merge` finishes a month that was split with --shard.
/// </summary>
internal static class MonthlyCommand
{
    public static Command Create()
    {
        var shared = new SharedOptions();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many briefs to build at once (default: the number of cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "n",
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
                r.AddError($"--jobs '{text}' is not possible; give a whole number from 1 to {int.MaxValue}, e.g. --jobs 2");
                return 0;
            },
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Build only share i of n (1-based, e.g. 2/4) and write manifest.shard-i-of-n.json; finish with `monthly merge`",
            HelpName = "i/n",
        };
        shard.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && Shard.Parse(text) is null)
                r.AddError($"--shard '{text}' is not of the form i/n with 1 <= i <= n, e.g. 2/4");
        });

        var command = new Command("monthly", "Build every case brief of a month and the monthly digest; re-runs rebuild only what changed.");
        shared.AddTo(command);
        command.Options.Add(jobs);
        command.Options.Add(shard);
        command.SetAction(parse => shared.Resolve(parse, parse.GetValue(jobs), parse.GetValue(shard) is { } s ? Shard.Parse(s)!.Value : Shard.Whole) is { } options
            ? MonthlyRun.Run(options, parse.InvocationConfiguration)
            : ExitCodes.Usage);

        var mergeShared = new SharedOptions();
        var merge = new Command("merge", "Merge the shard manifests of a month (from `monthly --shard i/n`), build the digest and write manifest.json.");
        mergeShared.AddTo(merge);
        merge.SetAction(parse => mergeShared.Resolve(parse, 1, Shard.Whole) is { } options
            ? MonthlyMerge.Run(options, parse.InvocationConfiguration)
            : ExitCodes.Usage);
        command.Subcommands.Add(merge);
        return command;
    }

    /// <summary>The options `monthly` and `monthly merge` both take; each command gets its own instances.</summary>
    private sealed class SharedOptions
    {
        private readonly Option<string?> _month = new("--month")
        {
            Description = "The month to build, YYYY-MM (default: the previous calendar month, in UTC)",
            HelpName = "YYYY-MM",
        };
        private readonly Option<string?> _out = OutputOption.Create("--out", "-o", "Output folder (default: out/monthly/YYYY-MM)", "dir");
        private readonly Option<string> _sources = Folders.SourcesOption();
        private readonly Option<string> _templates = Folders.TemplatesOption();
        private readonly Option<string?> _locale = new("--locale") { Description = "Write every brief and the digest in en-GB or en-US (default: each case's own, en-GB for the digest)" };
        private readonly Option<IReadOnlyList<OutputFormat>?> _format = OutputFormatOption.Create();
        private readonly Option<bool> _force = new("--force") { Description = "Rebuild everything, even what is up to date (the bytes come out the same)" };
        private readonly Option<bool> _pdfA = PdfAOption.Create();

        public SharedOptions()
        {
            _locale.AcceptOnlyFromAmong(Locale.All.Select(l => l.Name).ToArray());
            _month.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } text && Month.Parse(text) is null)
                    r.AddError($"--month '{text}' is not a month; write it as YYYY-MM, e.g. 2015-03");
            });
        }

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _month, _out, _sources, _templates, _locale, _format, _force, _pdfA }) command.Options.Add(option);
        }

        /// <summary>The run's options, or null after printing why the folders named do not exist.</summary>
        public MonthlyOptions? Resolve(ParseResult parse, int jobs, Shard shard)
        {
            var error = parse.InvocationConfiguration.Error;
            var sources = parse.GetValue(_sources)!;
            var templates = parse.GetValue(_templates)!;
            if (!Folders.Exists(sources, "--sources", error) || !Folders.Exists(templates, "--templates", error)) return null;
            // The one use of the clock: which month "last month" is. Nothing time-dependent is written anywhere.
            var month = parse.GetValue(_month) is { } text ? Month.Parse(text)!.Value : Month.PreviousOf(DateOnly.FromDateTime(DateTime.UtcNow));
            return new MonthlyOptions(
                month,
                parse.GetValue(_out) ?? Path.Combine("out", "monthly", month.ToString()),
                sources,
                templates,
                parse.GetValue(_locale) is { } locale ? Locale.Find(locale) : null,
                parse.Formats(_format),
                jobs,
                parse.GetValue(_force),
                shard,
                parse.GetValue(_pdfA));
        }
    }
}
