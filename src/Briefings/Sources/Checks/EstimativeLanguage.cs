using System.Text.RegularExpressions;
using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Sources.Yaml;

namespace Briefings.Sources.Checks;

/// <summary>
/// Warnings for a key judgment's `text` (docs/schema.md, "Estimative language"). The brief prints the
/// likelihood and the confidence from their own fields, in sentences of their own, as ICD 203 asks; words
/// of likelihood or confidence in the text would say it twice, mix the two, or use another scale's bands.
/// These are warnings, not errors: the words may be meant, and only the analyst can tell.
/// </summary>
public static partial class EstimativeLanguage
{
    public static IReadOnlyList<Problem> Check(SourceText source, YamlScalar text)
    {
        var likelihoods = Likelihood().Matches(text.Text).ToList();
        var confidences = Confidence().Matches(text.Text).ToList();
        var at = new ScalarPositions(source, text, Likelihood(), Confidence());
        var problems = new List<Problem>();

        var mixed = likelihoods.Count > 0 && confidences.Count > 0;
        if (mixed)
        {
            var (l, c) = (likelihoods[0], confidences[0]);
            var first = l.Index <= c.Index ? at.Likelihood(0) : at.Confidence(0);
            problems.Add(Problem.Warning(first, ProblemCodes.MixedEstimative,
                $"this judgment's text mixes a likelihood ('{Words(l.Value)}') and a confidence ('{Words(c.Value)}'); " +
                "ICD 203 keeps them apart, so state the proposition only and put them in `likelihood:` and `confidence:`"));
        }

        for (var i = 0; i < likelihoods.Count; i++)
        {
            var phrase = ProbabilityPhrases.Find(likelihoods[i].Value)!;
            if (!phrase.IsIcd203)
                problems.Add(Problem.Warning(at.Likelihood(i), ProblemCodes.OtherProbabilityScale, OtherScale(phrase)));
            else if (!mixed)
                problems.Add(Problem.Warning(at.Likelihood(i), ProblemCodes.EstimativeInText,
                    $"'{phrase.Phrase}' is an ICD 203 likelihood ({phrase.Range}); the brief prints `likelihood:` beside the text, " +
                    "so state the proposition only and leave the likelihood to that field"));
        }
        if (!mixed)
            for (var i = 0; i < confidences.Count; i++)
                problems.Add(Problem.Warning(at.Confidence(i), ProblemCodes.EstimativeInText,
                    $"'{Words(confidences[i].Value)}' expresses confidence; the brief prints `confidence:` and `confidence_reason:` " +
                    "in a sentence of their own, so leave it out of the text"));
        return problems;
    }

    private static string OtherScale(ProbabilityPhrase phrase) =>
        $"'{phrase.Phrase}' is not an ICD 203 term ({phrase.Scale}: {phrase.Range}); " +
        (phrase.NearestIcd203 is { } nearest
            ? $"the nearest ICD 203 term is '{nearest}' ({EstimativeScale.Find(nearest)!.Range}): put that in `likelihood:` and state the proposition only"
            : "choose an ICD 203 term for `likelihood:` and state the proposition only");

    private static string Words(string match) => string.Join(' ', match.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Every phrase, longest first, so "highly likely" wins over "likely" where both would match.</summary>
    internal static Regex Likelihood() => LikelihoodPattern;

    private static readonly Regex LikelihoodPattern = new(
        @"\b(?:" + string.Join("|", ProbabilityPhrases.All
            .OrderByDescending(p => p.Phrase.Length)
            .Select(p => string.Join(@"\s+", p.Phrase.Split(' ').Select(Regex.Escape)))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"high confidence", "moderate-confidence", "we are confident", "confidently", "confidence".</summary>
    [GeneratedRegex(@"\b(?:(?:high|moderate|medium|low)[\s-]+confidence|(?:highly\s+|fairly\s+|reasonably\s+)?confident(?:ly)?|confidence)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Confidence();
}
