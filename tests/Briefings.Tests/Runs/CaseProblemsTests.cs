using Briefings.Problems;
using Briefings.Runs;
using Briefings.Sources;
using Briefings.Typesetting;

namespace Briefings.Tests.Runs;

/// <summary>A broken file fails the cases that read it, and only those.</summary>
public class CaseProblemsTests
{
    private static readonly Month March = new(2020, 3);

    private static (SourceFileSet Files, LoadResult Loaded, IReadOnlyList<MonthCase> March) Load(SourceFileSet files)
    {
        var loaded = MonthlyLibrary.Load(files);
        return (files, loaded, MonthSelector.Select(files, loaded.Library, March));
    }

    private static SourceFileSet WithDocument(string id, Func<string, string> edit)
    {
        var files = MonthlyLibrary.Files();
        return files with { Documents = files.Documents.Select(d => PathText.Stem(d.Path) == id ? d with { Text = edit(d.Text) } : d).ToList() };
    }

    [Fact]
    public void A_broken_document_fails_the_cases_that_cite_it_and_no_other()
    {
        var (files, loaded, march) = Load(WithDocument("edge-report", t => t.Replace("date: 2020-03-31", "date: 2020-03-32")));
        var failing = march.Where(c => CaseProblems.Of(c, files, loaded.Problems, []).Any(p => p.IsError)).Select(c => c.Id);
        Assert.Equal(["last-day-of-march"], failing);
        var problem = CaseProblems.Of(march.Single(c => c.Id == "last-day-of-march"), files, loaded.Problems, []).First(p => p.IsError);
        Assert.Equal(ProblemCodes.BadDate, problem.Code);
        Assert.EndsWith("documents/edge-report.yaml", problem.At.File);
        Assert.True(problem.At.Line > 1 && problem.At.Column > 1);
    }

    [Fact]
    public void A_broken_document_no_case_of_the_month_cites_fails_nothing_and_is_counted_apart()
    {
        var (files, loaded, march) = Load(WithDocument("year-report", t => t.Replace("grade: C", "grade: Q")));
        Assert.All(march, c => Assert.DoesNotContain(CaseProblems.Of(c, files, loaded.Problems, []), p => p.IsError));
        Assert.Single(CaseProblems.Elsewhere(march, files, loaded.Problems), p => p.IsError);
    }

    [Fact]
    public void A_broken_case_fails_alone()
    {
        var text = File.ReadAllText(Path.Combine(MonthlyLibrary.Folder, "cases", "march-only.yaml"))
            .Replace("id: march-only", "id: march-broken").Replace("likelihood: likely", "likelihood: probably-ish");
        var (files, loaded, march) = Load(MonthlyLibrary.WithCase("march-broken", text));
        var failing = march.Where(c => CaseProblems.Of(c, files, loaded.Problems, []).Any(p => p.IsError)).Select(c => c.Id);
        Assert.Equal(["march-broken"], failing);
    }

    [Fact]
    public void Template_problems_concern_every_case()
    {
        var (files, loaded, march) = Load(MonthlyLibrary.Files());
        var template = Diagnostic.Error(new Location("templates/displacement-brief.sbn-md", 3, 5), ProblemCodes.UnknownHelper, "unknown helper");
        Assert.All(march, c => Assert.Contains(template, CaseProblems.Of(c, files, loaded.Problems, [template])));
    }
}
