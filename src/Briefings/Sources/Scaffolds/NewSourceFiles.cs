using Briefings.Sources.Reading;
using Briefings.Sources.Schemas;

namespace Briefings.Sources.Scaffolds;

/// <summary>The skeletons `briefings new` writes, and where: sources/documents/&lt;id&gt;.yaml and sources/cases/&lt;id&gt;.yaml.</summary>
public static class NewSourceFiles
{
    /// <summary>From a file two folders below the project (sources/documents/x.yaml) to the checked-in schemas.</summary>
    private const string SchemasFromSourceFile = "../../schemas/";

    public static string DocumentPath(string sources, string id) => PathText.Join(sources, SourceFolder.Documents, id + ".yaml");

    public static string CasePath(string sources, string id) => PathText.Join(sources, SourceFolder.Cases, id + ".yaml");

    /// <param name="known">Values given on the command line (title, publisher, url, published), by field name.</param>
    public static string Document(string id, IReadOnlyDictionary<string, string> known) =>
        Scaffold.Write(SchemasFromSourceFile + SourceSchemas.Document,
            "A structured summary of one source document: what it is, how far it can be trusted and what it says (docs/schema.md).",
            DocumentReader.Fields,
            new Dictionary<string, string>(known) { ["id"] = id });

    public static string Case(string id) =>
        Scaffold.Write(SchemasFromSourceFile + SourceSchemas.Case,
            "One case: the question, the documents it may rest on, the displacement it describes and the analyst's judgments (docs/schema.md).",
            CaseReader.Fields,
            new Dictionary<string, string> { ["id"] = id });
}
