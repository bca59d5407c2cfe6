using System.Text.RegularExpressions;
using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Checks;

/// <summary>
/// Checks of estimative wording (docs/analysis.md, "Estimative language"). On a key judgment's `text`: the brief
/// prints the likelihood and the confidence from their own fields, in sentences of their own, as ICD 203 asks;
/// words of likelihood or confidence in the text would say it twice, mix the two, or use another scale's bands
/// (warnings: the words may be meant), and words that say something other than the fields are an error, since
/// the brief would then print two estimates. On the bottom line, implications and confidence reasons: mixed
/// expressions and other scales' words, and a bottom line more certain than the judgments it restates.
/// </summary>
public static partial class EstimativeLanguage
{
    /// <summary>Words of certainty outside any scale, read as "almost certain" when a bottom line is compared with its judgments.</summary>
    private static readonly Regex CertaintyPattern = new(
        @"\b(?:certainly|definitely|undoubtedly|without\s+(?:a\s+)?doubt|beyond\s+doubt|is\s+certain|are\s+certain)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// A key judgment's text: the warnings below, and an error wherever its words state a likelihood or a
    /// confidence other than its `likelihood:` and `confidence:` fields.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckJudgment(SourceText source, YamlScalar text, LikelihoodTerm likelihood, Confidence confidence)
    {
        var problems = Check(source, text).ToList();
        var at = new ScalarPositions(source, text.At, Likelihood(), Confidence());
        var likelihoods = Likelihood().Matches(text.Text).ToList();
        for (var i = 0; i < likelihoods.Count; i++)
        {
            var nearest = ProbabilityPhrases.Find(likelihoods[i].Value)?.NearestIcd203 is { } term ? EstimativeScale.Find(term) : null;
            if (nearest is not null && nearest.LowPercent != likelihood.LowPercent)
                problems.Add(Diagnostic.Error(at.Likelihood(i), ProblemCodes.ContradictoryEstimate,
                    $"the text says '{Words(likelihoods[i].Value)}' ({nearest.Range}) but `likelihood:` is '{likelihood.Term}' ({likelihood.Range}); " +
                    "the brief would print both; state the proposition only and keep the likelihood in the field"));
        }
        var confidences = Confidence().Matches(text.Text).ToList();
        for (var i = 0; i < confidences.Count; i++)
            if (StatedConfidence(confidences[i].Value) is { } stated && stated != confidence)
                problems.Add(Diagnostic.Error(at.Confidence(i), ProblemCodes.ContradictoryEstimate,
                    $"the text says '{Words(confidences[i].Value)}' but `confidence:` is '{Vocabulary<Confidence>.Word(confidence)}'; " +
                    "the brief would print both; leave confidence to the field and its reason"));
        return problems;
    }

    /// <summary>
    /// A bottom line, implication or confidence reason: prose where estimative words may belong, so only
    /// mixed expressions and other scales' words are reported.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckProse(SourceText source, YamlScalar text) =>
        Check(source, text).Where(p => p.Code != ProblemCodes.EstimativeInText).ToList();

    /// <summary>
    /// A bottom line whose words are more certain than the most likely judgment it builds on: a warning at
    /// the words. The bottom line restates judgments; it cannot be surer than they are.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckBottomLine(SourceText source, YamlScalar text, IReadOnlyList<LikelihoodTerm> judgments)
    {
        if (judgments.Count == 0) return [];
        var strongest = judgments.MaxBy(j => j.LowPercent)!;
        var at = new ScalarPositions(source, text.At, Likelihood(), CertaintyPattern);
        var problems = new List<Diagnostic>();
        var likelihoods = Likelihood().Matches(text.Text).ToList();
        for (var i = 0; i < likelihoods.Count; i++)
            if ((ProbabilityPhrases.Find(likelihoods[i].Value)?.NearestIcd203 is { } term ? EstimativeScale.Find(term) : null) is { } said
                && said.LowPercent > strongest.LowPercent)
                problems.Add(Overstated(at.Likelihood(i), Words(likelihoods[i].Value), said.Range, strongest));
        var certain = CertaintyPattern.Matches(text.Text).ToList();
        var almostCertain = EstimativeScale.Find("almost certain")!;
        // "almost certainly" is a likelihood, reported above; its "certainly" is not a second claim of certainty.
        bool InLikelihood(Match m) => likelihoods.Any(l => m.Index >= l.Index && m.Index < l.Index + l.Length);
        if (almostCertain.LowPercent > strongest.LowPercent)
            for (var i = 0; i < certain.Count; i++)
                if (!InLikelihood(certain[i]))
                    problems.Add(Overstated(at.Confidence(i), Words(certain[i].Value), "certainty", strongest));
        return problems;
    }

    private static Diagnostic Overstated(Location at, string words, string range, LikelihoodTerm strongest) =>
        Diagnostic.Warning(at, ProblemCodes.OverstatedBottomLine,
            $"the bottom line says '{words}' ({range}), more certain than the strongest judgment it builds on " +
            $"('{strongest.Term}', {strongest.Range}); soften the sentence or strengthen the judgment's evidence");

    private static Confidence? StatedConfidence(string match) =>
        Words(match).Split(' ', '-')[0] switch
        {
            "high" => Model.Confidence.High,
            "moderate" or "medium" => Model.Confidence.Moderate,
            "low" => Model.Confidence.Low,
            _ => null,
        };

    public static IReadOnlyList<Diagnostic> Check(SourceText source, YamlScalar text)
    {
        var likelihoods = Likelihood().Matches(text.Text).ToList();
        var confidences = Confidence().Matches(text.Text).ToList();
        var at = new ScalarPositions(source, text.At, Likelihood(), Confidence());
        var problems = new List<Diagnostic>();

        var mixed = likelihoods.Count > 0 && confidences.Count > 0;
        if (mixed)
        {
            var (l, c) = (likelihoods[0], confidences[0]);
            var first = l.Index <= c.Index ? at.Likelihood(0) : at.Confidence(0);
            problems.Add(Diagnostic.Warning(first, ProblemCodes.MixedEstimative,
                $"this judgment's text mixes a likelihood ('{Words(l.Value)}') and a confidence ('{Words(c.Value)}'); " +
                "ICD 203 keeps them apart, so state the proposition only and put them in `likelihood:` and `confidence:`"));
        }

        for (var i = 0; i < likelihoods.Count; i++)
        {
            var phrase = ProbabilityPhrases.Find(likelihoods[i].Value)!;
            if (!phrase.IsIcd203)
                problems.Add(Diagnostic.Warning(at.Likelihood(i), ProblemCodes.OtherProbabilityScale, OtherScale(phrase)));
            else if (!mixed)
                problems.Add(Diagnostic.Warning(at.Likelihood(i), ProblemCodes.EstimativeInText,
                    $"'{phrase.Phrase}' is an ICD 203 likelihood ({phrase.Range}); the brief prints `likelihood:` beside the text, " +
                    "so state the proposition only and leave the likelihood to that field"));
        }
        if (!mixed)
            for (var i = 0; i < confidences.Count; i++)
                problems.Add(Diagnostic.Warning(at.Confidence(i), ProblemCodes.EstimativeInText,
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
