using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// A Spectre progress bar while cases build, naming the cases being built now; failures and warnings are
/// listed when it completes.
/// </summary>
internal sealed class LiveRunLog(IAnsiConsole console, TextWriter output, TextWriter error) : RunLog(output, error)
{
    public override void Cases(string title, int total, Action<CaseProgress> work)
    {
        var finished = new List<CaseResult>();
        var building = new SortedSet<string>(StringComparer.Ordinal);
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total));
                if (total == 0) task.Increment(1);
                void Describe() => task.Description = Markup.Escape(building.Count == 0 ? title : $"{title}: building {string.Join(", ", building)}");
                work(new CaseProgress(
                    id => Locked(() =>
                    {
                        building.Add(id);
                        Describe();
                    }),
                    result => Locked(() =>
                    {
                        building.Remove(result.Case.Id);
                        finished.Add(result);
                        Describe();
                        task.Increment(1);
                    })));
                task.Description = Markup.Escape(title);
            });
        foreach (var result in finished.Where(r => r.State == CaseState.Failed || r.Messages.Count > 0).OrderBy(r => r.Case.Id, StringComparer.Ordinal))
        {
            console.MarkupLine(result.State == CaseState.Failed
                ? $"[red]FAILED[/] {Markup.Escape(result.Case.Id)}"
                : $"[yellow]warnings[/] {Markup.Escape(result.Case.Id)}");
            Problems(result.Messages);
        }
    }
}
