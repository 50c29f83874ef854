using System.Collections.Frozen;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Words that carry no meaning for relevance. Without a corpus to learn inverse document frequencies from,
/// these lists stand in for it: English function words, and the words every job posting and resume uses
/// ("experience", "team", "candidate") that would otherwise dominate keywords and similarity.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "etc", "even", "ever", "every", "few", "for", "from",
        "further", "get", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less",
        "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "per", "please", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "upon", "us", "using", "very", "via", "was", "we", "well", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your", "yours", "yourself", "yourselves", "ll", "re", "ve", "s", "t", "d", "m",
        "e", "g", "ie", "eg", "com", "www", "http", "https", "non",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Stems (PorterStemmer) of words common to nearly all postings and resumes.
    private static readonly FrozenSet<string> Hiring = FrozenSet.ToFrozenSet(
    [
        "experi", "year", "work", "team", "skill", "abil", "strong", "good", "excel", "great", "candid", "role",
        "job", "posit", "compani", "opportun", "join", "look", "seek", "requir", "prefer", "plu", "bonu", "nice",
        "knowledg", "familiar", "profici", "understand", "relat", "field", "similar", "includ", "new", "help",
        "make", "use", "util", "etc", "equal", "employ", "appli", "resum", "salari", "benefit", "insur",
        "health", "dental", "vision", "retir", "save", "plan", "competit", "packag", "flexibl", "hour", "divers",
        "celebr", "inclus", "environ", "proud", "submit", "brief", "explan", "relev", "present", "usa", "ca",
        "inc", "llc", "ltd", "locat", "remot", "base", "time", "day", "month", "degre", "level",
        "success", "candidat", "respons", "duti", "qualif", "demonstr", "proven", "profession", "abreast",
        "want", "need", "detail", "descript", "variou", "multipl", "everi", "high", "best", "around", "across", "world",
        // Seniority, and the halves of "front-end"/"back-end"/"end-to-end": advice to "mention 'senior'" helps no one.
        "senior", "junior", "mid", "entri", "end", "front", "back",
    ], StringComparer.Ordinal);

    public static bool IsEnglish(ReadOnlySpan<char> folded) => English.Contains(folded);

    /// <summary>True for a stem every posting uses; such words count neither as keywords nor in the soft match.</summary>
    public static bool IsGenericStem(string stem) => Hiring.Contains(stem);
}
