using Briefings.Problems;
using Briefings.Templates;
using Briefings.Typesetting;

namespace Briefings.Tests.Templates;

/// <summary>
/// Template mistakes are reported at the template's file:line:column before anything renders (or, for what
/// only shows with data, when it renders), and a mistake in a partial also says where it was included.
/// </summary>
public class TemplateErrorTests
{
    private const string Main = "templates/brief.sbn-md";

    private static Diagnostic Only(TemplateSet templates)
    {
        var result = TemplateRenderer.Render(templates, Briefs.FixtureModel(), Locale.Default);
        Assert.Null(result.Markdown);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Syntax_errors_are_scribans_own_messages_at_their_place()
    {
        var problem = Only(Briefs.Templates("# Brief\n\n{{ if model.case.subtitle }}\nno end\n"));
        Assert.Equal(ProblemCodes.TemplateSyntax, problem.Code);
        Assert.Equal(Main, problem.At.File);
        Assert.Contains("The <end> statement was not found", problem.Message);
    }

    [Fact]
    public void Unknown_function_with_did_you_mean()
    {
        var problem = Only(Briefs.Templates("# Brief\n\nAs of {{ dat model.case.as_of }}.\n"));
        Assert.Equal(new Location(Main, 3, 10), problem.At);
        Assert.Equal(ProblemCodes.UnknownHelper, problem.Code);
        Assert.Equal("'dat' is not a field, variable or function here; did you mean 'date'?", problem.Message);
    }

    [Fact]
    public void Unknown_member_with_did_you_mean()
    {
        var problem = Only(Briefs.Templates("# {{ model.case.titel }}\n"));
        Assert.Equal(new Location(Main, 1, 17), problem.At);
        Assert.Equal(ProblemCodes.UnknownTemplateField, problem.Code);
        Assert.Equal("unknown field 'titel' on case; did you mean 'title'?", problem.Message);
    }

    [Fact]
    public void Unknown_member_of_a_loop_variable_in_a_partial_says_where_the_partial_was_included()
    {
        var problem = Only(Briefs.Templates("Intro\n\n{{ include \"judgments\" }}\n",
            ("judgments", "## Key judgments\n\n{{ for j in judgments }}\n1. {{ j.text }} ({{ j.likelyhood }})\n{{ end }}\n")));
        Assert.Equal(new Location("templates/partials/judgments.sbn-md", 4, 23), problem.At);
        Assert.Equal("unknown field 'likelyhood' on judgment; did you mean 'likelihood'? (in a partial included at templates/brief.sbn-md:3:4)", problem.Message);
    }

    [Fact]
    public void Unknown_member_in_a_branch_this_case_does_not_take()
    {
        // The fixture case has no subtitle, so rendering alone would never meet this mistake.
        var problem = Only(Briefs.Templates("{{ if model.case.subtitle }}\n{{ model.case.subtitel }}\n{{ end }}\n"));
        Assert.Equal(new Location(Main, 2, 15), problem.At);
    }

    [Fact]
    public void A_record_without_the_field_lists_its_fields()
    {
        var problem = Only(Briefs.Templates("{{ for j in judgments }}{{ j.marking }}{{ end }}\n"));
        Assert.Equal("unknown field 'marking' on judgment; its fields are: cites, confidence, confidence_reason, id, independent_sources, likelihood, likelihood_range, position, rests_on, sources, text",
            problem.Message);
    }

    [Fact]
    public void Missing_include_with_did_you_mean()
    {
        var problem = Only(Briefs.Templates("{{ include \"title-block\" }}\n{{ include \"timelin\" }}\n", ("title-block", "# {{ model.case.title }}\n"), ("timeline", "")));
        Assert.Equal(new Location(Main, 2, 4), problem.At);
        Assert.Equal(ProblemCodes.MissingPartial, problem.Code);
        Assert.Equal("no partial 'timelin' (looked for partials/timelin.sbn-md); did you mean 'timeline'?", problem.Message);
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/timeline")]
    public void Includes_load_only_from_the_templates_folder(string name)
    {
        var problem = Only(Briefs.Templates($"{{{{ include \"{name}\" }}}}\n", ("timeline", "")));
        Assert.Equal(new Location(Main, 1, 4), problem.At);
        Assert.StartsWith($"include takes a partial's name, not a path ('{name}')", problem.Message);
    }

    [Fact]
    public void A_name_computed_at_run_time_is_still_refused_outside_the_folder()
    {
        var problem = Only(Briefs.Templates("{{ name = \"../\" + \"secrets\" }}{{ include name }}\n"));
        Assert.Equal(new Location(Main, 1, 34), problem.At);
        Assert.StartsWith("include takes a partial's name, not a path ('../secrets')", problem.Message);
    }

    [Fact]
    public void Include_join_is_not_offered_because_it_would_escape_partials_twice()
    {
        var problem = Only(Briefs.Templates("{{ include_join [\"a\"] \"\" }}\n", ("a", "A\n")));
        Assert.Equal("'include_join' is not a field, variable or function here", problem.Message);
    }

    [Fact]
    public void Include_recursion_is_found_before_rendering()
    {
        var problem = Only(Briefs.Templates("{{ include \"a\" }}\n", ("a", "A\n{{ include \"b\" }}\n"), ("b", "B\n{{ include \"a\" }}\n")));
        Assert.Equal(new Location("templates/partials/b.sbn-md", 2, 4), problem.At);
        Assert.Equal(ProblemCodes.IncludeRecursion, problem.Code);
        Assert.Equal("partial 'a' includes itself (through a → b → a); it would never finish (in a partial included at templates/partials/a.sbn-md:2:4, itself included at templates/brief.sbn-md:1:4)",
            problem.Message);
    }

    [Fact]
    public void Include_depth_is_limited_with_a_clear_error()
    {
        var partials = Enumerable.Range(1, 12).Select(i => ($"p{i}", i < 12 ? $"{{{{ include \"p{i + 1}\" }}}}\n" : "deep\n")).ToArray();
        var problem = Only(Briefs.Templates("{{ include \"p1\" }}\n", partials));
        Assert.Equal(ProblemCodes.IncludeRecursion, problem.Code);
        Assert.StartsWith("partials nest more than 10 deep here", problem.Message);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_is_placed_there_and_at_its_include()
    {
        var problem = Only(Briefs.Templates("# {{ model.case.title }}\n\n{{ include \"dates\" }}\n", ("dates", "Subtitle dated\n{{ date model.case.subtitle }}\n")));
        Assert.Equal(new Location("templates/partials/dates.sbn-md", 2, 4), problem.At);
        Assert.Equal(ProblemCodes.TemplateRuntime, problem.Code);
        Assert.Equal("date got an empty value; wrap it in {{ if … }} when the date may be missing; e.g. {{ date published }} → 9 March 2015 (in a partial included at templates/brief.sbn-md:3:4)",
            problem.Message);
    }

    [Fact]
    public void Scribans_own_runtime_errors_are_located_too()
    {
        var problem = Only(Briefs.Templates("Line one\n{{ string.upcase_all model.case.title }}\n"));
        Assert.Equal(new Location(Main, 2, 11), problem.At);
        Assert.Equal("Cannot get member with name upcase_all", problem.Message);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit_with_a_located_error()
    {
        var problem = Only(Briefs.Templates("Start\n{{ for i in 1..2000000 }}{{ end }}\n"));
        Assert.Equal(new Location(Main, 2, 14), problem.At);
        Assert.Equal(ProblemCodes.TemplateLimit, problem.Code);
        Assert.Contains("1000000", problem.Message);
    }

    [Fact]
    public void Lists_and_text_have_size_and_nothing_else()
    {
        Assert.Empty(TemplateRenderer.Render(Briefs.Templates("{{ judgments.size }} {{ model.case.title.size }}\n"), Briefs.FixtureModel(), Locale.Default).Problems);
        var problem = Only(Briefs.Templates("{{ judgments.first_one }}\n"));
        Assert.StartsWith("'first_one' is read from a list of judgment", problem.Message);
    }

    [Fact]
    public void The_repository_templates_check_clean()
    {
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        Assert.Empty(TemplateRenderer.Check<Briefings.Templates.Model.BriefModel>(Briefings.Runs.RunTemplates.ForBrief(templates!)));
        var (digest, digestProblems) = TemplateFolder.Read(TestPaths.RepositoryTemplates, Briefings.Runs.RunTemplates.DigestMain);
        Assert.Empty(digestProblems);
        Assert.Empty(TemplateRenderer.Check<Briefings.Runs.Digest.DigestModel>(Briefings.Runs.RunTemplates.ForDigest(digest!)));
    }

    [Fact]
    public void A_missing_main_template_names_the_folder()
    {
        var (set, problems) = TemplateFolder.Read(Path.Combine(TestPaths.Fixtures, "no-such-folder"));
        Assert.Null(set);
        Assert.Equal(ProblemCodes.TemplateMissing, Assert.Single(problems).Code);
    }
}
