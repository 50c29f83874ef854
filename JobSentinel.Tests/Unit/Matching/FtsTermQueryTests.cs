using JobSentinel.Core.Matching;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class FtsTermQueryTests
{
    [Theory]
    [InlineData("k8s", "(\"k8s\" OR \"kubernetes\")")]
    [InlineData("Kubernetes", "(\"kubernetes\" OR \"k8s\")")]
    [InlineData("ML", "(\"ml\" OR \"machine learning\")")]
    [InlineData("rust", "\"rust\"")]
    [InlineData("Apache Flink", "\"apache flink\"")]
    [InlineData("C#", "(\"c#\" OR \"csharp\" OR \"c sharp\")")]
    [InlineData(".NET", "(\"net\" OR \"dotnet\")")]
    [InlineData("\"k8s\"", "(\"k8s\" OR \"kubernetes\")")]
    [InlineData("NOT", "\"not\"")]
    public void Build_Term_QuotesEveryAlternative(string term, string expected)
    {
        Assert.Equal(expected, FtsTermQuery.Build(term));
    }

    [Theory]
    [InlineData("k8s", "Title : (\"k8s\" OR \"kubernetes\")")]
    [InlineData("rust", "Title : \"rust\"")]
    public void Build_Column_FiltersTheWholeExpression(string term, string expected)
    {
        Assert.Equal(expected, FtsTermQuery.Build(term, "Title"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("* - ( )")]
    public void Build_NoTokens_IsNull(string term)
    {
        Assert.Null(FtsTermQuery.Build(term));
    }

    [Theory]
    [InlineData("Title; DROP TABLE Jobs")]
    [InlineData("Title\"")]
    [InlineData("")]
    [InlineData("1Title")]
    public void Build_ColumnThatIsNotAName_Throws(string column)
    {
        Assert.Throws<ArgumentException>(() => FtsTermQuery.Build("rust", column));
    }

    [Fact]
    public void Build_RunAgainstFts5_FindsWhatTextTermHitsFinds()
    {
        (string Title, string Company, string Body)[] postings =
        [
            ("Senior Go Engineer", "Acme", "Kubernetes operators, going fast."),
            ("Platform Engineer", "k8s Labs", "We are going places with Golang."),
            ("ML Engineer", "Initech", "Applied machine learning on GCP."),
            ("C# Developer", "Contoso GmbH", "ASP.NET Core, C++ interop, Node.js tooling."),
            ("Frontend Developer", "Café Zürich", "JavaScript, React.js and résumé parsing."),
            ("Data Engineer", "Globex", "Machine vision; learning Java, not JS."),
        ];
        string[] terms =
        [
            "go", "kubernetes", "k8s", "machine learning", "ml", "c#", "c++", ".net", "node.js", "javascript", "java",
            "react", "resume", "zurich", "gcp", "google cloud", "going", "engineer", "rust",
        ];
        using var connection = OpenIndex(postings);

        foreach (var term in terms)
        {
            var inMemory = postings.Select((posting, i) => (Hits: new TextTermHits(posting.Title, posting.Company, posting.Body), Id: i + 1)).ToList();
            Assert.Equal(inMemory.Where(p => p.Hits.InText(term)).Select(p => p.Id), Match(connection, FtsTermQuery.Build(term)!));
            Assert.Equal(inMemory.Where(p => p.Hits.InTitle(term)).Select(p => p.Id), Match(connection, FtsTermQuery.Build(term, "Title")!));
        }
    }

    [Fact]
    public void Build_RunAgainstFts5_MatchesTheExpectedPostings()
    {
        using var connection = OpenIndex([("Go Engineer", "Acme", "Kubernetes"), ("Engineer", "Acme", "Going to k8s"), ("Engineer", "Acme", "Java")]);

        Assert.Equal([1, 2], Match(connection, FtsTermQuery.Build("k8s")!));
        Assert.Equal([1], Match(connection, FtsTermQuery.Build("golang")!));
        Assert.Empty(Match(connection, FtsTermQuery.Build("kubernetes", "Title")!));
    }

    // The app's table: contentless, deletable, tokenized like TermTokens.
    private static SqliteConnection OpenIndex(IEnumerable<(string Title, string Company, string Body)> postings)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE JobsFts USING fts5(Title, Company, Body, content='', contentless_delete=1, " +
            $"tokenize=\"{TermTokens.Fts5Tokenizer}\")";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO JobsFts(rowid, Title, Company, Body) VALUES ($id, $title, $company, $body)";
        var id = 0;
        foreach (var (title, company, body) in postings)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$id", ++id);
            command.Parameters.AddWithValue("$title", title);
            command.Parameters.AddWithValue("$company", company);
            command.Parameters.AddWithValue("$body", body);
            command.ExecuteNonQuery();
        }

        return connection;
    }

    private static List<int> Match(SqliteConnection connection, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM JobsFts WHERE JobsFts MATCH $query ORDER BY rowid";
        command.Parameters.AddWithValue("$query", query);
        using var reader = command.ExecuteReader();
        List<int> ids = [];
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }
}
