namespace Briefings.Problems;

/// <summary>
/// Stable codes, one per class of problem, so scripts and tests match on the kind of problem
/// rather than on the wording of its message (which may improve).
/// </summary>
public static class ProblemCodes
{
    public const string FileMissing = "file-missing";
    public const string ReadError = "read-error";
    public const string TooDeep = "too-deep";
    public const string YamlSyntax = "yaml-syntax";
    public const string UnknownField = "unknown-field";
    public const string MissingField = "missing-field";
    public const string WrongShape = "wrong-shape";
    public const string BadValue = "bad-value";
    public const string BadDate = "bad-date";
    public const string BadReliability = "bad-reliability";
    public const string BadCredibility = "bad-credibility";
    public const string BadLikelihood = "bad-likelihood";
    public const string BadConfidence = "bad-confidence";
    public const string BadId = "bad-id";
    public const string DuplicateId = "duplicate-id";
    public const string IdMismatch = "id-mismatch";
    public const string DanglingReference = "dangling-reference";
    public const string ReferenceOutsideCase = "reference-outside-case";
    public const string OriginCycle = "origin-cycle";
    public const string SelfOrigin = "self-origin";

    // A scaffold's unfilled `<…>` value: a warning to validate, a refusal to build from it.
    public const string Placeholder = "placeholder";
    public const string UnfilledPlaceholder = "unfilled-placeholder";

    // Errors and warnings about how strong a case's statements are (docs/analysis.md).
    public const string ContradictoryEstimate = "contradictory-estimate";
    public const string TypedCredibility = "typed-credibility";
    public const string OverstatedBottomLine = "overstated-bottom-line";
    public const string OverstatedQuantifier = "overstated-quantifier";

    // Warnings about a key judgment's wording (estimative language).
    public const string MixedEstimative = "mixed-estimative";
    public const string OtherProbabilityScale = "other-probability-scale";
    public const string EstimativeInText = "estimative-in-text";

    public const string TemplateMissing = "template-missing";
    public const string TemplateSyntax = "template-syntax";
    public const string UnknownHelper = "unknown-helper";
    public const string MissingPartial = "missing-partial";
    public const string UnknownTemplateField = "unknown-template-field";
    public const string TemplateRuntime = "template-runtime";
    public const string IncludeRecursion = "include-recursion";
    public const string TemplateLimit = "template-limit";
}
