namespace Briefings.Sources.Model;

/// <summary>An ICD 203 expression of likelihood and the range of probability it stands for.</summary>
public sealed record LikelihoodTerm(string Term, int LowPercent, int HighPercent)
{
    public string Range => $"{LowPercent}–{HighPercent}%";
}
