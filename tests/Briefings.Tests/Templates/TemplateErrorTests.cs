using Briefings.Problems;
using Briefings.Templates;

namespace Briefings.Tests.Templates;

/// <summary>Template mistakes are reported at the template's file:line:column, before anything renders.</summary>
public class TemplateErrorTests
{
    private static Problem Only(TemplateSet templates)
    {
        var result = TemplateRenderer.Render(templates, Briefs.FixtureModel(), Locale.Default);
        Assert.Null(result.Markdown);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Unknown_helper()
    {
        var problem = Only(Briefs.Templates("# Brief\n\nAs of {{dat case.as_of}}.\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 3, 9), problem.At);
        Assert.Equal(ProblemCodes.UnknownHelper, problem.Code);
        Assert.Equal("unknown helper 'dat'; did you mean 'date'?", problem.Message);
    }

    [Fact]
    public void Unknown_block_helper()
    {
        var problem = Only(Briefs.Templates("{{#each judgments}}\n{{#iff text}}x{{/iff}}\n{{/each}}\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 2, 4), problem.At);
        Assert.StartsWith("unknown block helper '#iff'; did you mean 'if'?", problem.Message);
    }

    [Fact]
    public void Missing_partial()
    {
        var problem = Only(Briefs.Templates("{{> title-block}}\n{{> timelin}}\n", ("title-block", "# {{case.title}}\n"), ("timeline", "")));
        Assert.Equal(new Location("templates/brief.md.hbs", 2, 5), problem.At);
        Assert.Equal(ProblemCodes.MissingPartial, problem.Code);
        Assert.Equal("no partial 'timelin' (looked for partials/timelin.md.hbs); did you mean 'timeline'?", problem.Message);
    }

    [Fact]
    public void Unknown_field_is_located_at_the_misspelt_segment()
    {
        var problem = Only(Briefs.Templates("# {{case.titel}}\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 1, 10), problem.At);
        Assert.Equal(ProblemCodes.UnknownTemplateField, problem.Code);
        Assert.Equal("unknown field 'titel' on case; did you mean 'title'?", problem.Message);
    }

    [Fact]
    public void Unknown_field_inside_each_in_a_partial()
    {
        var problem = Only(Briefs.Templates("{{> judgments}}\n",
            ("judgments", "## Key judgments\n\n{{#each judgments}}\n1. {{text}} ({{likelyhood}})\n{{/each}}\n")));
        Assert.Equal(new Location("templates/partials/judgments.md.hbs", 4, 16), problem.At);
        Assert.Equal("unknown field 'likelyhood' on judgment; did you mean 'likelihood'?", problem.Message);
    }

    [Fact]
    public void Unknown_field_in_a_branch_this_case_does_not_take()
    {
        // The fixture case has no subtitle, so Handlebars alone would never see this mistake.
        var problem = Only(Briefs.Templates("{{#if case.subtitle}}\n{{case.subtitel}}\n{{/if}}\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 2, 8), problem.At);
    }

    [Fact]
    public void Parent_fields_need_dot_dot()
    {
        var problem = Only(Briefs.Templates("{{#each judgments}}{{marking}}{{/each}}\n"));
        Assert.Equal("unknown field 'marking' on judgment; its fields are: cites, confidence, confidence_reason, id, independent_sources, likelihood, likelihood_range, position, rests_on, sources, text",
            problem.Message);
        Assert.Empty(TemplateRenderer.Render(Briefs.Templates("{{#each judgments}}{{../case.marking}}{{/each}}\n"), Briefs.FixtureModel(), Locale.Default).Problems);
    }

    [Fact]
    public void Mismatched_block_close()
    {
        var problem = Only(Briefs.Templates("{{#each sources}}\n- {{title}}\n{{/if}}\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 3, 1), problem.At);
        Assert.Equal("{{/if}} does not match {{#each}} opened at line 1; write {{/each}}", problem.Message);
    }

    [Fact]
    public void Unclosed_block()
    {
        var problem = Only(Briefs.Templates("intro\n{{#if case.subtitle}}\nx\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 2, 1), problem.At);
        Assert.Equal("{{#if}} is never closed; add {{/if}}", problem.Message);
    }

    [Fact]
    public void Unclosed_tag()
    {
        var problem = Only(Briefs.Templates("# {{case.title\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 1, 3), problem.At);
        Assert.Equal("'{{' is never closed; add '}}'", problem.Message);
    }

    [Fact]
    public void A_helper_name_used_as_a_field()
    {
        var problem = Only(Briefs.Templates("{{#each sources}}{{date list}}{{/each}}\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 1, 25), problem.At);
        Assert.Equal("'list' here calls the helper of that name, not a field; write this.list for the field", problem.Message);
    }

    [Fact]
    public void A_helper_given_the_wrong_value_fails_at_its_use()
    {
        var problem = Only(Briefs.Templates("# {{case.title}}\n\n{{date case.subtitle}}\n"));
        Assert.Equal(new Location("templates/brief.md.hbs", 3, 3), problem.At);
        Assert.Equal(ProblemCodes.TemplateRuntime, problem.Code);
        Assert.Equal("date got an empty value; wrap it in {{#if …}} when the date may be missing", problem.Message);
    }

    [Fact]
    public void Triple_stash_is_a_warning_not_an_error()
    {
        var result = TemplateRenderer.Render(Briefs.Templates("{{{case.title}}}\n"), Briefs.FixtureModel(), Locale.Default);
        Assert.Equal("Sample case\n", result.Markdown);
        Assert.Equal(Severity.Warning, Assert.Single(result.Problems).Severity);
    }

    [Fact]
    public void The_repository_templates_check_clean()
    {
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        Assert.Empty(Briefings.Templates.Checking.TemplateChecker.Check(
            templates!, TemplateData.SchemaOf<Briefings.Templates.Model.BriefModel>(), BriefHelpers.Catalog));
    }

    [Fact]
    public void A_missing_main_template_names_the_folder()
    {
        var (set, problems) = TemplateFolder.Read(Path.Combine(TestPaths.Fixtures, "no-such-folder"));
        Assert.Null(set);
        Assert.Equal(ProblemCodes.TemplateMissing, Assert.Single(problems).Code);
    }
}
