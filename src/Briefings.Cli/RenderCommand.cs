using System.CommandLine;

namespace Briefings.Cli;

/// <summary>`briefings render notes.md -o notes.pdf`: the engine alone, on any Markdown file.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "Markdown file to typeset" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "PDF to write (default: input name with .pdf)" };
        var command = new Command("render", "Typeset one Markdown file as a PDF.") { input, output };
        command.SetAction(parse => 0);
        return command;
    }
}
