namespace Briefings.Cli;

/// <summary>One line per case as it finishes: "[ 3/12] built       caliphate-book-2015  briefs/caliphate-book-2015.pdf, 3 pages  0.41 s".</summary>
internal sealed class PlainRunLog(TextWriter output, TextWriter error) : RunLog(output, error)
{
    public override void Cases(string title, int total, Action<CaseProgress> work)
    {
        Line(title);
        var done = 0;
        var width = total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        // A line per finished case; starts are not logged, since parallel starts would interleave with the lines.
        work(new CaseProgress(_ => { }, result => Locked(() =>
        {
            done++;
            Output.WriteLine($"[{done.ToString().PadLeft(width)}/{total}] {Verb(result.State),-10} {result.Case.Id}  {Detail(result)}  {result.Duration.TotalSeconds:0.00} s");
            foreach (var message in result.Messages) Error.WriteLine(message);
        })));
    }
}
