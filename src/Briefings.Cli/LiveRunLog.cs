using Spectre.Console;

namespace Briefings.Cli;

/// <summary>A Spectre progress bar while cases build; failures and warnings are listed when it completes.</summary>
internal sealed class LiveRunLog(TextWriter output, TextWriter error) : RunLog(output, error)
{
    public override void Cases(string title, int total, Action<Action<CaseResult>> work)
    {
        var finished = new List<CaseResult>();
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total));
                if (total == 0) task.Increment(1);
                work(result => Locked(() =>
                {
                    finished.Add(result);
                    task.Description = Markup.Escape($"{title}: {result.Case.Id} {Verb(result.State)}");
                    task.Increment(1);
                }));
                task.Description = Markup.Escape(title);
            });
        foreach (var result in finished.Where(r => r.State == CaseState.Failed || r.Messages.Count > 0).OrderBy(r => r.Case.Id, StringComparer.Ordinal))
        {
            AnsiConsole.MarkupLine(result.State == CaseState.Failed
                ? $"[red]FAILED[/] {Markup.Escape(result.Case.Id)}"
                : $"[yellow]warnings[/] {Markup.Escape(result.Case.Id)}");
            Problems(result.Messages);
        }
    }
}
