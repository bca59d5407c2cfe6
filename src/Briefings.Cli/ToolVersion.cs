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

    public static string Fingerprint { get; } = string.Join("\n",
        new[] { typeof(ToolVersion).Assembly, typeof(BriefPipeline).Assembly, typeof(Typesetter).Assembly }
            .SelectMany(a => a.GetReferencedAssemblies().Select(r => r.FullName)
                .Order(StringComparer.Ordinal)
                .Prepend($"{a.GetName().Name} {a.ManifestModule.ModuleVersionId:N}"))
            .Prepend(Name));
}
