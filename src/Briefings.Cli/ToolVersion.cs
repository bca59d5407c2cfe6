using System.Reflection;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// The tool as an input of every output. <see cref="Name"/> is what the manifest shows people; the
/// fingerprint adds the identity of the code itself (the module ids of deterministic builds, and the
/// exact versions of the libraries it was built against), so that a changed tool rebuilds everything
/// even when nobody bumped the version number.
/// </summary>
internal static class ToolVersion
{
    public static string Name { get; } =
        "briefings " + (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    // Named, not discovered (a native build keeps no list of references): each library whose code shapes an output.
    public static string Fingerprint { get; } = string.Join("\n",
        new[]
        {
            typeof(ToolVersion), typeof(BriefPipeline), typeof(Typesetter), typeof(PdfSharp.Pdf.PdfDocument), typeof(Markdig.Markdown),
            typeof(Scriban.Template), typeof(YamlDotNet.Core.Parser), typeof(Humanizer.StringHumanizeExtensions),
        }
            .Select(t => t.Assembly)
            .Select(a => $"{a.GetName().FullName} {a.ManifestModule.ModuleVersionId:N}")
            .Prepend(Name));
}
