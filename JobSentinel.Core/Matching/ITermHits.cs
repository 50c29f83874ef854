namespace JobSentinel.Core.Matching;

/// <summary>
/// Whether a profile term (as the user typed it, e.g. "k8s", "node.js", "machine learning") occurs
/// in one posting as whole terms, synonyms included (see <see cref="Synonyms"/>): "go" never
/// matches "going". Two implementations share these semantics: the SQLite FTS5 index for stored
/// postings in bulk, and <see cref="TextTermHits"/> over a posting's text in memory.
/// </summary>
public interface ITermHits
{
    /// <summary>The term occurs in the title.</summary>
    bool InTitle(string term);

    /// <summary>The term occurs in the title, the company or the description.</summary>
    bool InText(string term);
}
