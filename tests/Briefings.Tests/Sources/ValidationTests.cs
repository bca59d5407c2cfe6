using Briefings.Problems;
using Briefings.Typesetting;

namespace Briefings.Tests.Sources;

/// <summary>
/// One fixture per class of problem (Fixtures/Invalid/&lt;class&gt;/ replaces files of the valid
/// Fixtures/Library/), each asserting file, line, column, code and message.
/// </summary>
public class ValidationTests
{
    private static void AssertOnly(string fixture, string file, int line, int column, string code, string message)
    {
        var problems = FixtureLibrary.Load(fixture).Problems;
        var problem = Assert.Single(problems);
        Assert.Equal(new Location(file, line, column), problem.At);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(code, problem.Code);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void The_fixture_library_is_valid() => Assert.Empty(FixtureLibrary.Load().Problems);

    [Fact]
    public void Yaml_syntax() => AssertOnly("yaml-syntax",
        "sources/documents/report-one.yaml", 7, 7, ProblemCodes.YamlSyntax,
        "YAML syntax: while scanning a plain scalar value, found invalid mapping; check this line's indentation " +
        "(keys of one mapping line up) and that a value containing ': ' is in quotes");

    [Fact]
    public void Unknown_field_suggests_the_nearest() => AssertOnly("unknown-field",
        "sources/documents/report-one.yaml", 6, 1, ProblemCodes.UnknownField,
        "unknown field 'autor' in document; did you mean 'author'?");

    [Fact]
    public void Missing_required_field_shows_an_example() => AssertOnly("missing-field",
        "sources/documents/report-one.yaml", 2, 1, ProblemCodes.MissingField,
        "document is missing required field 'publisher'; add a line like `publisher: ITProPortal`");

    [Fact]
    public void Malformed_date() => AssertOnly("bad-date",
        "sources/documents/report-one.yaml", 6, 12, ProblemCodes.BadDate,
        "'2020-13-03' is not a date; write a year, a month or a day as 2015, 2015-03 or 2015-03-09");

    [Fact]
    public void Reliability_outside_A_to_F() => AssertOnly("bad-reliability",
        "sources/documents/report-one.yaml", 10, 10, ProblemCodes.BadReliability,
        "reliability grade 'G' is not an Admiralty grade; use one capital letter A–F " +
        "(A completely reliable … E unreliable, F cannot be judged)");

    [Fact]
    public void Credibility_outside_1_to_6() => AssertOnly("bad-credibility",
        "sources/documents/report-one.yaml", 20, 18, ProblemCodes.BadCredibility,
        "credibility '7' must be a whole number from 1 to 6; use the Admiralty scale: 1 confirmed, 2 probably true, " +
        "3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged");

    [Fact]
    public void Likelihood_not_an_ICD_203_term() => AssertOnly("bad-likelihood",
        "sources/cases/sample-case.yaml", 22, 17, ProblemCodes.BadLikelihood,
        "likelihood 'probabley' is not an ICD 203 term; did you mean 'probable'?");

    [Fact]
    public void Word_outside_a_vocabulary() => AssertOnly("bad-value",
        "sources/platforms.yaml", 5, 11, ProblemCodes.BadValue,
        "kind 'mainstrem' is not one of mainstream, alternative, bespoke, messaging; did you mean 'mainstream'?");

    [Fact]
    public void Duplicate_id_points_at_the_first_use() => AssertOnly("duplicate-id",
        "sources/documents/report-one.yaml", 23, 9, ProblemCodes.DuplicateId,
        "id 'accounts-removed' is already used in this document at line 14; claims and events need different ids");

    [Fact]
    public void Id_not_equal_to_the_file_name() => AssertOnly("id-mismatch",
        "sources/cases/sample-case.yaml", 2, 5, ProblemCodes.IdMismatch,
        "id 'sample' does not match the file name 'sample-case.yaml'; set `id: sample-case` or rename the file to 'sample.yaml'");

    [Fact]
    public void Dangling_document_reference() => AssertOnly("dangling-document",
        "sources/cases/sample-case.yaml", 9, 23, ProblemCodes.DanglingReference,
        "no document 'report-too' in sources/documents; did you mean 'report-two'?");

    [Fact]
    public void Dangling_claim_reference() => AssertOnly("dangling-claim",
        "sources/cases/sample-case.yaml", 25, 16, ProblemCodes.DanglingReference,
        "no claim or event 'accounts-remove' in document 'report-one'; did you mean 'accounts-removed'?");

    [Fact]
    public void Dangling_platform_reference() => AssertOnly("dangling-platform",
        "sources/documents/report-one.yaml", 35, 15, ProblemCodes.DanglingReference,
        "no platform 'beta-sit' in sources/platforms.yaml; did you mean 'beta-site'?");

    [Fact]
    public void Evidence_from_a_document_outside_the_case()
    {
        var problems = FixtureLibrary.Load("reference-outside-case").Problems;
        Assert.Equal([new Location("sources/cases/sample-case.yaml", 17, 15), new Location("sources/cases/sample-case.yaml", 25, 16)],
            problems.Select(p => p.At));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.ReferenceOutsideCase, p.Code));
        Assert.Equal("document 'report-one' is not among this case's sources; add it to `sources:` so the brief can cite it", problems[0].Message);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_sorted()
    {
        var problems = FixtureLibrary.Load("many-files").Problems;
        Assert.Equal(
            [
                "sources/cases/sample-case.yaml:8:1: error unknown-field: unknown field 'markings' in case; did you mean 'marking'?",
                "sources/cases/sample-case.yaml:24:17: error bad-confidence: confidence 'certain' is not one of high, moderate, low",
                "sources/documents/report-one.yaml:6:12: error bad-date: 'May 2020' is not a date; write a year, a month or a day as 2015, 2015-03 or 2015-03-09",
                "sources/documents/report-one.yaml:10:10: error bad-reliability: reliability grade 'b' is not an Admiralty grade; use one capital letter A–F (A completely reliable … E unreliable, F cannot be judged)",
                "sources/documents/report-two.yaml:16:18: error bad-credibility: credibility '0' must be a whole number from 1 to 6; use the Admiralty scale: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_repository_sources_are_valid()
    {
        var result = LibraryLoaderFor(TestPaths.RepositorySources);
        Assert.Empty(result.Problems.Select(p => p.ToString()));
        Assert.NotNull(result.Library.FindCase("caliphate-book-2015"));
    }

    private static Briefings.Sources.LoadResult LibraryLoaderFor(string root) =>
        Briefings.Sources.LibraryLoader.Load(Briefings.Sources.SourceFolder.Read(root));
}
