using System.Collections;
using Briefings.Analysis;
using Briefings.Runs;
using Briefings.Runs.Digest;
using Briefings.Sources.Model;
using Briefings.Templates;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// Scriban reads the members of C# objects by reflection, and under native AOT a member that was trimmed
/// renders as nothing, silently. Templates therefore get ScriptObjects built from the model: this fails if
/// any member of any view record is missing from them, or if a raw C# record (which Scriban would read by
/// reflection) is handed to a template.
/// </summary>
public class ModelMembersTests
{
    [Fact]
    public void Every_member_of_the_brief_model_reaches_templates_as_a_script_value()
    {
        var model = BriefModelBuilder.Build(Briefs.FirstCaseAnalysis(), Locale.Default);
        AssertComplete(ViewObject.Of(model), typeof(Briefings.Templates.Model.BriefModel));
    }

    [Fact]
    public void Every_member_of_the_digest_model_reaches_templates_as_a_script_value()
    {
        var may = new Month(2020, 5);
        var outcomes = AnalysisFixtures.MonthOutcomes("existing-platforms", may, ["a.pdf"]);
        AssertComplete(ViewObject.Of(DigestModelBuilder.Build(may, Locale.Default, outcomes, [])), typeof(DigestModel));
    }

    private static void AssertComplete(object? value, Type declared)
    {
        switch (value)
        {
            case null:
                return;
            case ViewObject view:
                var expected = view.Source.GetType().GetProperties()
                    .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                    .ToDictionary(p => TemplateNames.Snake(p.Name));
                Assert.Equal(expected.Keys.Order(), view.Keys.Order());
                foreach (var (name, property) in expected) AssertComplete(view[name], property.PropertyType);
                return;
            case ScriptArray array:
                var element = declared.IsGenericType ? declared.GetGenericArguments()[0] : typeof(object);
                foreach (var item in array) AssertComplete(item, element);
                return;
            case string or bool or int or long or double or decimal or PartialDate or DaySpan:
                return;
            default:
                Assert.Fail($"{declared.Name} reaches templates as a raw {value.GetType().Name}, which Scriban would read by reflection");
                return;
        }
    }
}
