using Briefings.Sources;
using Briefings.Sources.Model;

namespace Briefings.Runs;

/// <summary>
/// Which cases belong to a month. The rule (docs/operations.md repeats it for operators):
/// <list type="number">
/// <item>A case whose <b>period</b> overlaps the month is in it. Each end of the period stands for every
/// day it could be, as partial dates do everywhere: 2015-03 to 2015-04 is in March and in April; a
/// period of just 2015 is in every month of 2015, because the analyst has said it runs all year.</item>
/// <item>Otherwise a case is in the month when one of its documents reports an <b>event</b> dated within
/// it, to the month or the day. An event known only to the year does not place a case: it could be any
/// of twelve months, and would put the case in all of them on one vague report.</item>
/// <item>A case file that cannot be read far enough to find its period is in every month, so that each
/// run reports it as failed until someone fixes it, rather than dropping it silently.</item>
/// </list>
/// </summary>
public static class MonthSelector
{
    public static IReadOnlyList<MonthCase> Select(SourceFileSet files, SourceLibrary library, Month month)
    {
        var parsed = library.Cases
            .GroupBy(c => c.IdAt.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var selected = new List<MonthCase>();
        foreach (var file in files.Cases)
        {
            var id = PathText.Stem(file.Path);
            var @case = parsed.GetValueOrDefault(file.Path);
            if (@case is null || !PeriodWasRead(@case))
            {
                selected.Add(new MonthCase(id, file.Path, @case, Placement.Unplaced, CaseStanding.New));
                continue;
            }
            Placement? placement = month.First <= @case.Period.End.Latest && @case.Period.Start.Earliest <= month.Last
                ? Placement.Period
                : HasEventIn(library, @case, month) ? Placement.Events : null;
            if (placement is { } placed)
                selected.Add(new MonthCase(id, file.Path, @case, placed, Standing(@case, month)));
        }
        return selected.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    public static CaseStanding Standing(CaseFile @case, Month month) =>
        @case.Period.Start.Earliest < month.First ? CaseStanding.Updated : CaseStanding.New;

    private static bool HasEventIn(SourceLibrary library, CaseFile @case, Month month) =>
        @case.Sources
            .Select(s => library.FindDocument(s.Text))
            .OfType<SourceDocument>()
            .SelectMany(d => d.Events)
            .Any(e => month.Holds(e.Date));

    /// <summary>
    /// The case reader stands in year 1 for a period it could not read (missing or malformed); no real
    /// case is dated then, so such a case cannot be placed in any month.
    /// </summary>
    private static bool PeriodWasRead(CaseFile @case) => @case.Period.Start.Year > 1;
}
