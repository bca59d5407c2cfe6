namespace Briefings.Analysis;

/// <summary>
/// The Admiralty rule for information reported more than once. Grade 1 means "confirmed by other
/// independent sources", so it is earned, never typed: a claim or event is graded 1 when at least two
/// independent sources report it and nothing in the case disputes it. Otherwise the most favourable
/// grade an analyst gave any of its reports stands, since a second report cannot make it less credible.
/// </summary>
public static class CredibilityRule
{
    public const int Confirmed = 1;

    public const int MinimumIndependentSources = 2;

    public static int Derive(IEnumerable<int> analystGrades, int independentSources, bool disputed)
    {
        var best = analystGrades.DefaultIfEmpty(6).Min();
        return independentSources >= MinimumIndependentSources && !disputed ? Confirmed : best;
    }

    /// <summary>The same, for events, which have a grade only through the claims they rest on.</summary>
    public static int? DeriveOptional(IReadOnlyCollection<int> analystGrades, int independentSources, bool disputed) =>
        analystGrades.Count == 0 && (independentSources < MinimumIndependentSources || disputed)
            ? null
            : Derive(analystGrades, independentSources, disputed);
}
