namespace Briefings.Templates.Checking;

/// <summary>The kinds of Handlebars tag the checker understands.</summary>
public enum TagKind
{
    /// <summary>{{value}} or {{helper args}}: inserted with Markdown escaping.</summary>
    Expression,
    /// <summary>{{{value}}}: inserted as is.</summary>
    Raw,
    Comment,
    /// <summary>{{#helper args}}.</summary>
    BlockOpen,
    /// <summary>{{^value}}: shown when the value is empty.</summary>
    InverseOpen,
    /// <summary>{{else}} or {{^}}, possibly {{else if …}}.</summary>
    Else,
    /// <summary>{{/helper}}.</summary>
    BlockClose,
    /// <summary>{{> partial}}.</summary>
    Partial,
}
