using JobSentinel.Core.Matching;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class TermTokensTests
{
    [Theory]
    [InlineData("C#", "c#")]
    [InlineData("C++", "c++")]
    [InlineData("F# and C#/.NET", "f#|and|c#|net")]
    [InlineData("node.js", "node|js")]
    [InlineData("Go, Rust; Python!", "go|rust|python")]
    [InlineData("going", "going")]
    [InlineData("CI/CD", "ci|cd")]
    [InlineData("C++17 & c++20", "c++17|c++20")]
    [InlineData("#hashtag a#b", "#hashtag|a#b")]
    [InlineData("snake_case kebab-case", "snake|case|kebab|case")]
    [InlineData("it's", "it|s")]
    [InlineData("\"quoted\"", "quoted")]
    public void Tokenize_Punctuation_SeparatesExceptHashAndPlus(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), TermTokens.Tokenize(text));
    }

    [Theory]
    [InlineData("KUBERNETES", "kubernetes")]
    [InlineData("Café Résumé", "cafe|resume")]
    [InlineData("naïve Zürich São Paulo", "naive|zurich|sao|paulo")]
    [InlineData("Straße", "straße")]
    [InlineData("Ærø Łódź", "ærø|łodz")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ΑΘΗΝΑ Ωμέγα", "αθηνα|ωμέγα")]
    [InlineData("cafe\u0301", "cafe")]
    public void Tokenize_CaseAndLatinDiacritics_AreFolded(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), TermTokens.Tokenize(text));
    }

    [Theory]
    [InlineData("3.14 v2 2024-11-23", "3|14|v2|2024|11|23")]
    [InlineData("x²y ½", "x²y|½")]
    [InlineData("５Ｇ", "５ｇ")]
    public void Tokenize_Digits_AreTokenCharacters(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), TermTokens.Tokenize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("-- / . , !")]
    [InlineData("\u0301")]
    public void Tokenize_NothingSearchable_IsEmpty(string? text)
    {
        Assert.Empty(TermTokens.Tokenize(text));
    }

    [Fact]
    public void Tokenize_SurrogatePairs_LettersStayAndEmojiSeparate()
    {
        Assert.Equal(["a", "𠀀𠀁", "b"], TermTokens.Tokenize("a 😀 𠀀𠀁😀b"));
    }

    [Fact]
    public void Tokenize_TokenLongerThanTheStackBuffer_IsKeptWhole()
    {
        var word = new string('É', 1000);

        Assert.Equal(["x", new string('e', 1000), "y"], TermTokens.Tokenize($"x {word} y"));
    }

    [Fact]
    public void Tokenize_SameTextAsFts5_GivesTheSameTokens()
    {
        const string text = "Senior C#/.NET & C++ Engineer — Kubernetes (k8s), Node.js, Go; Café Zürich, naïve résumé 2024! #remote";

        Assert.Equal(Fts5Tokens([text])[0], TermTokens.Tokenize(text));
    }

    [Fact]
    public void Tokenize_EveryCharacterOfCommonScripts_AgreesWithFts5()
    {
        // Latin (with all combining accents), Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Latin
        // Extended Additional, punctuation, currency, kana, CJK, Hangul and full-width forms.
        (int From, int To)[] ranges =
        [
            (0x20, 0x37E), (0x384, 0x527), (0x531, 0x58A), (0x5D0, 0x5EA), (0x620, 0x64A), (0x900, 0x97F),
            (0x1E00, 0x1EFF), (0x2000, 0x2065), (0x20A0, 0x20B9), (0x3000, 0x30FF), (0x4E00, 0x4FFF),
            (0xAC00, 0xAD00), (0xFF00, 0xFFEF),
        ];
        var texts = ranges.SelectMany(range => Enumerable.Range(range.From, range.To - range.From + 1))
            .Select(codePoint => "x" + (char)codePoint + "x")
            .ToList();

        var expected = Fts5Tokens(texts);

        var mismatches = texts.Where((text, i) => !expected[i].SequenceEqual(TermTokens.Tokenize(text)))
            .Select(text => $"U+{(int)text[1]:X4}")
            .ToList();
        Assert.Empty(mismatches);
    }

    // The tokens SQLite's own FTS5 tokenizer makes of each text, in order.
    private static List<List<string>> Fts5Tokens(IReadOnlyList<string> texts)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"CREATE VIRTUAL TABLE t USING fts5(Body, tokenize=\"{TermTokens.Fts5Tokenizer}\");" +
            "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');";
        command.ExecuteNonQuery();

        using (var transaction = connection.BeginTransaction())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO t(rowid, Body) VALUES ($id, $body)";
            var id = command.Parameters.Add("$id", SqliteType.Integer);
            var body = command.Parameters.Add("$body", SqliteType.Text);
            for (var i = 0; i < texts.Count; i++)
            {
                id.Value = i;
                body.Value = texts[i];
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var tokens = texts.Select(_ => new List<string>()).ToList();
        command.Transaction = null;
        command.Parameters.Clear();
        command.CommandText = "SELECT doc, term FROM v ORDER BY doc, offset";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tokens[reader.GetInt32(0)].Add(reader.GetString(1));
        }

        return tokens;
    }
}
